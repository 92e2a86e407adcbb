package negotiate.guide;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A cache of parsed seeds files, so that repeated runs skip parsing. One file per seeds location in
 * the user's cache directory (`$NEGOTIATE_CACHE_DIR`, else `$XDG_CACHE_HOME/negotiate`, else
 * `~/.cache/negotiate`; `NEGOTIATE_CACHE=off` disables it). An entry is used only when the file's
 * size, modification time and file key are unchanged and the file was last modified well before the
 * cache was written (a file changed twice within one clock tick is re-parsed, never served stale).
 * Writes go to a temporary file renamed into place, so concurrent runs never see half a cache.
 */
public final class GuideCache {
    private static final int MAGIC = 0x4e474332; // "NGC2"
    /** Modifications this close to the cache's own write time are not trusted. */
    private static final long RACY_NANOS = TimeUnit.SECONDS.toNanos(2);

    /** What identifies one version of a file on disk. */
    public record Stamp(long size, long mtimeNanos, String fileKey) {
        static Stamp of(BasicFileAttributes a) {
            return new Stamp(a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS), String.valueOf(a.fileKey()));
        }

        /** Field by field: a record's generated equals is bootstrapped at run time, a cost paid at every start. */
        boolean same(Stamp o) {
            return size == o.size && mtimeNanos == o.mtimeNanos && fileKey.equals(o.fileKey);
        }
    }

    private record Entry(Stamp stamp, SeedFile file) {
    }

    private final Path file;
    private final String location;
    private final String code;
    private final long startedAt = System.currentTimeMillis() * 1_000_000L;
    private long writtenAt;
    private final Map<String, Entry> old = new HashMap<>();
    private final Map<String, Entry> current = new HashMap<>();
    private boolean changed;

    private GuideCache(Path file, String location, String code) {
        this.file = file;
        this.location = location;
        this.code = code;
    }

    /** The cache for a seeds location, or null when caching is off or there is nowhere to put it. */
    static GuideCache open(Map<String, String> env, String location) {
        if ("off".equalsIgnoreCase(env.get("NEGOTIATE_CACHE"))) {
            return null;
        }
        Path dir = dir(env);
        String code = codeIdentity();
        if (dir == null || code == null) {
            return null;
        }
        String name = "guides-" + Integer.toHexString(location.hashCode()) + "-" + Integer.toHexString(code.hashCode()) + ".bin";
        GuideCache c = new GuideCache(dir.resolve(name), location, code);
        c.load();
        return c;
    }

    static Path dir(Map<String, String> env) {
        String explicit = env.get("NEGOTIATE_CACHE_DIR");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String xdg = env.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "negotiate");
        }
        String home = env.get("HOME");
        return home == null || home.isBlank() ? null : Path.of(home, ".cache", "negotiate");
    }

    /** Caches of this location written by other builds are of no further use. */
    private void removeOlderBuilds() throws IOException {
        String name = file.getFileName().toString();
        String prefix = name.substring(0, name.lastIndexOf('-') + 1);
        try (var s = Files.list(file.getParent())) {
            for (Path p : s.toList()) {
                String n = p.getFileName().toString();
                if (n.startsWith(prefix) && n.endsWith(".bin") && !n.equals(name)) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** The running code (jar path, size, time): a new build never reads an old build's cache. */
    private static String codeIdentity() {
        try {
            Path p = Path.of(GuideCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(p)) {
                // running from compiled classes (tests, IDE): the codec's class file stands for the build
                p = p.resolve("negotiate/guide/GuideCodec.class");
            }
            return p + ":" + Files.size(p) + ":" + Files.getLastModifiedTime(p).toMillis();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    private void load() {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try (InputStream raw = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
            if (in.readInt() != MAGIC || !code.equals(GuideCodec.str(in)) || !location.equals(GuideCodec.str(in))) {
                return;
            }
            writtenAt = in.readLong();
            int n = in.readInt();
            for (int k = 0; k < n; k++) {
                String name = GuideCodec.str(in);
                Stamp s = new Stamp(in.readLong(), in.readLong(), GuideCodec.str(in));
                ParsedFile.Kind kind = ParsedFile.Kind.values()[in.readByte()];
                String id = GuideCodec.str(in);
                String company = GuideCodec.str(in);
                String role = GuideCodec.str(in);
                int size = in.readInt();
                if (size < 0 || size > 64 * 1024 * 1024) {
                    throw new IOException("corrupt cache");
                }
                old.put(name, new Entry(s, SeedFile.encoded(name, kind, id, company, role, in.readNBytes(size))));
            }
        } catch (IOException | RuntimeException e) {
            old.clear(); // a damaged cache is only a slower run
        }
    }

    /** The cached file `name` (decoded when first used) when it is certainly still current, else null. */
    synchronized SeedFile lookup(String name, Stamp stamp) {
        Entry e = old.get(name);
        if (e == null || !e.stamp().same(stamp) || stamp.mtimeNanos() > writtenAt - RACY_NANOS) {
            return null;
        }
        current.put(name, e);
        return e.file();
    }

    synchronized void put(String name, Stamp stamp, SeedFile file) {
        current.put(name, new Entry(stamp, file));
        changed = true;
    }

    /** Writes the cache when anything was parsed or removed; failures are ignored (the cache is optional). */
    void save() {
        if (!changed && current.size() == old.size()) {
            return;
        }
        Path tmp = null;
        try {
            Files.createDirectories(file.getParent());
            tmp = Files.createTempFile(file.getParent(), "guides-", ".tmp");
            try (OutputStream raw = Files.newOutputStream(tmp);
                 DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16))) {
                out.writeInt(MAGIC);
                GuideCodec.str(out, code);
                GuideCodec.str(out, location);
                out.writeLong(startedAt);
                out.writeInt(current.size());
                for (Map.Entry<String, Entry> e : current.entrySet()) {
                    GuideCodec.str(out, e.getKey());
                    out.writeLong(e.getValue().stamp().size());
                    out.writeLong(e.getValue().stamp().mtimeNanos());
                    GuideCodec.str(out, e.getValue().stamp().fileKey());
                    SeedFile f = e.getValue().file();
                    out.writeByte(f.kind().ordinal());
                    GuideCodec.str(out, f.id());
                    GuideCodec.str(out, f.company());
                    GuideCodec.str(out, f.role());
                    byte[] blob = f.encoded() != null ? f.encoded() : GuideCodec.encode(f.parsed());
                    out.writeInt(blob.length);
                    out.write(blob);
                }
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            removeOlderBuilds();
        } catch (IOException | RuntimeException e) {
            try {
                if (tmp != null) {
                    Files.deleteIfExists(tmp);
                }
            } catch (IOException ignored) {
                // nothing more to do: the cache is optional
            }
        }
    }
}
