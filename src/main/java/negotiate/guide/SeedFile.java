package negotiate.guide;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * One seeds file, known by its name, kind, id, company and role before its content is decoded:
 * a cached file is decoded only when a command needs it (a query over 10,000 cached guides decodes
 * the matches, not the rest).
 */
public final class SeedFile implements Query.Named {
    private final String file;
    private final ParsedFile.Kind kind;
    private final String id;
    private final String company;
    private final String role;
    private final byte[] encoded;
    private ParsedFile parsed;

    private SeedFile(String file, ParsedFile.Kind kind, String id, String company, String role, byte[] encoded, ParsedFile parsed) {
        this.file = file;
        this.kind = kind;
        this.id = id;
        this.company = company;
        this.role = role;
        this.encoded = encoded;
        this.parsed = parsed;
    }

    static SeedFile of(ParsedFile p) {
        String company = p.guide() != null ? p.guide().company() : p.report() != null ? p.report().company() : null;
        String role = p.guide() != null ? p.guide().role() : null;
        return new SeedFile(p.file(), p.kind(), p.id(), company, role, null, p);
    }

    /** A cached file: the header now, the content when asked for. */
    static SeedFile encoded(String file, ParsedFile.Kind kind, String id, String company, String role, byte[] encoded) {
        return new SeedFile(file, kind, id, company, role, encoded, null);
    }

    public synchronized ParsedFile parsed() {
        if (parsed == null) {
            try {
                parsed = GuideCodec.read(new DataInputStream(new ByteArrayInputStream(encoded)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return parsed;
    }

    /** The encoded form, when this file came from the cache (so saving does not encode it again). */
    byte[] encoded() {
        return encoded;
    }

    public String file() {
        return file;
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
