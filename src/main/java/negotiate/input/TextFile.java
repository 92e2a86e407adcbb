package negotiate.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads untrusted text defensively: size checked before reading, strict UTF-8, BOM skipped, CRLF as LF. */
public final class TextFile {
    private TextFile() {
    }

    /** Files above this are refused before parsing. */
    public static final long MAX_BYTES = 1024 * 1024;

    /** Thrown with a ready diagnostic (codes `unreadable`, `too-large`, `encoding`). */
    public static final class ReadFailure extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Diagnostic diagnostic;

        ReadFailure(Diagnostic d) {
            super(d.message(), null, false, false);
            this.diagnostic = d;
        }

        public Diagnostic diagnostic() {
            return diagnostic;
        }

        /** "file: message": a whole file that cannot be read has no line to name (not "file:1:1"). */
        public String plain() {
            return diagnostic.file().replace("\n", "\\n").replace("\r", "\\r") + ": " + diagnostic.message();
        }
    }

    public static String read(Path path, String name) throws ReadFailure {
        byte[] bytes;
        try {
            if (Files.isDirectory(path)) {
                throw new ReadFailure(Diagnostic.error(name, 1, 1, "unreadable", name + " is a directory, not a file"));
            }
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                throw new ReadFailure(Diagnostic.error(name, 1, 1, "too-large",
                        "file is " + size + " bytes, over the 1 MiB limit: is it the file you meant? (split a guide that large)"));
            }
            try (InputStream in = Files.newInputStream(path)) {
                bytes = in.readNBytes((int) MAX_BYTES + 1);
            }
        } catch (IOException e) {
            throw new ReadFailure(Diagnostic.error(name, 1, 1, "unreadable",
                    "cannot read the file (" + describe(e) + "): check that it exists and is readable"));
        }
        return decode(bytes, name);
    }

    /** Text from a stream (standard input), with the same limit and decoding as a file. */
    public static String read(InputStream in, String name) throws ReadFailure {
        try {
            return decode(in.readNBytes((int) MAX_BYTES + 1), name);
        } catch (IOException e) {
            throw new ReadFailure(Diagnostic.error(name, 1, 1, "unreadable", "cannot read " + name + " (" + describe(e) + ")"));
        }
    }

    public static String decode(byte[] bytes, String name) throws ReadFailure {
        if (bytes.length > MAX_BYTES) {
            throw new ReadFailure(Diagnostic.error(name, 1, 1, "too-large",
                    "file is over the 1 MiB limit: is it the file you meant? (split a guide that large)"));
        }
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            start = 3;
        }
        // The JDK's own decoding is fast (an intrinsic for ASCII) but replaces malformed bytes with
        // U+FFFD; without a U+FFFD in its result the bytes were valid, else the strict decoder below says
        // where the first bad byte is (or finds none: the file itself holds U+FFFD).
        String fast = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) {
            return lineEnds(fast);
        }
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = dec.decode(in, out, true);
        if (r.isError()) {
            int offset = in.position();
            int line = 1;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new ReadFailure(Diagnostic.error(name, line, 1, "encoding", String.format(
                    "not valid UTF-8 at byte offset %d (byte 0x%02X): save the file as UTF-8", offset, bytes[offset] & 0xff)));
        }
        dec.flush(out);
        out.flip();
        return lineEnds(out.toString());
    }

    private static String lineEnds(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    static String describe(IOException e) {
        String kind = e.getClass().getSimpleName();
        return switch (kind) {
            case "NoSuchFileException" -> "no such file";
            case "AccessDeniedException" -> "permission denied";
            case "FileSystemLoopException" -> "symlink loop";
            default -> e.getMessage() == null ? kind : e.getMessage();
        };
    }
}
