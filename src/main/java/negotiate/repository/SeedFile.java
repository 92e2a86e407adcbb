package negotiate.repository;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;
import negotiate.guide.Named;
import negotiate.guide.ParsedFile;
import negotiate.input.Diagnostic;

/**
 * One seeds file, known by its name, kind, id, company and role before its content is decoded:
 * a cached file is decoded only when a command needs it (a query over 10,000 cached guides decodes
 * the matches, not the rest).
 */
public final class SeedFile implements Named {
    private final String file;
    private final ParsedFile.Kind kind;
    private final String id;
    private final String company;
    private final String role;
    /** The file has errors: some of what it says (bands above all) could not be read. */
    private final boolean broken;
    private final ByteBuffer encoded;
    private final Path source;
    /** CRC-32C of `encoded` as the cache wrote it; {@link #UNCHECKED} for bytes made in this run. */
    private final int crc;
    private final boolean checked;
    private ParsedFile parsed;

    private SeedFile(String file, ParsedFile.Kind kind, String id, String company, String role, boolean broken,
            ByteBuffer encoded, Path source, ParsedFile parsed) {
        this(file, kind, id, company, role, broken, encoded, source, parsed, 0, false);
    }

    private SeedFile(String file, ParsedFile.Kind kind, String id, String company, String role, boolean broken,
            ByteBuffer encoded, Path source, ParsedFile parsed, int crc, boolean checked) {
        this.crc = crc;
        this.checked = checked;
        this.file = file;
        this.kind = kind;
        this.id = id;
        this.company = company;
        this.role = role;
        this.broken = broken;
        this.encoded = encoded;
        this.source = source;
        this.parsed = parsed;
    }

    static SeedFile of(ParsedFile p) {
        String company = p.guide() != null ? p.guide().company() : p.report() != null ? p.report().company() : null;
        String role = p.guide() != null ? p.guide().role() : null;
        return new SeedFile(p.file(), p.kind(), p.id(), company, role, p.hasErrors(), null, null, p);
    }

    /** A cached file: the header now, the content (read from `source` if the cached bytes are damaged) when asked for. */
    static SeedFile encoded(String file, ParsedFile.Kind kind, String id, String company, String role, boolean broken,
            ByteBuffer encoded, Path source, int crc) {
        return new SeedFile(file, kind, id, company, role, broken, encoded.isReadOnly() ? encoded : encoded.asReadOnlyBuffer(),
                source, null, crc, true);
    }

    /**
     * A freshly parsed file kept in encoded form: a parsed guide takes several times the memory of its
     * encoding, so a batch of thousands of files (validate) is held encoded and decoded one at a time.
     */
    static SeedFile compact(ParsedFile p, Path source) {
        SeedFile full = of(p);
        try {
            return new SeedFile(full.file, full.kind, full.id, full.company, full.role, full.broken,
                    ByteBuffer.wrap(GuideCodec.encode(p)).asReadOnlyBuffer(), source, null);
        } catch (IOException e) {
            return full; // not expected (the encoding is written to memory); the parsed form serves as well
        }
    }

    /** This file with the path it is read from should its cached form turn out damaged. */
    SeedFile from(Path path) {
        return encoded == null ? this : new SeedFile(file, kind, id, company, role, broken, encoded, path, parsed, crc, checked);
    }

    public synchronized ParsedFile parsed() {
        if (parsed == null) {
            parsed = decode();
        }
        return parsed;
    }

    /** The content, not kept when it had to be decoded (for one pass over many files). */
    public ParsedFile decoded() {
        synchronized (this) {
            if (parsed != null) {
                return parsed;
            }
        }
        return decode();
    }

    private ParsedFile decode() {
        try {
            byte[] bytes = new byte[encoded.remaining()];
            encoded.duplicate().get(bytes);
            if (checked && GuideCache.crc(ByteBuffer.wrap(bytes)) != crc) {
                throw new IOException("cached bytes changed"); // never served: the file is read again
            }
            return GuideCodec.read(new DataInputStream(new ByteArrayInputStream(bytes)));
        } catch (IOException | RuntimeException | InternalError e) {
            // a damaged cache entry (or a cache file cut short under its mapping) is only a slower run
            return source != null ? SeedRepository.parseOne(source, file) : new ParsedFile(file, kind, null, null, List.of(
                    Diagnostic.error(file, 1, 1, "unreadable", "the cached copy is damaged: run again with NEGOTIATE_CACHE=off")));
        }
    }

    /** The encoded form, when this file came from the cache (so saving does not encode it again). */
    ByteBuffer encoded() {
        return encoded == null ? null : encoded.duplicate();
    }

    public String file() {
        return file;
    }

    public boolean broken() {
        return broken;
    }

    public ParsedFile.Kind kind() {
        return kind;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String company() {
        return company;
    }

    @Override
    public String role() {
        return role;
    }
}
