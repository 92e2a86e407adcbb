package negotiate.repository;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import negotiate.guide.ParsedFile;

/**
 * A cache of parsed seeds files, so that repeated runs skip parsing. One file per seeds location in
 * the user's cache directory (`$NEGOTIATE_CACHE_DIR`, else `$XDG_CACHE_HOME/negotiate`, else
 * `~/.cache/negotiate`; `NEGOTIATE_CACHE=off` disables it). An entry is used only when the file's
 * size, modification time and file key are unchanged and the file was last modified well before the
 * cache was written (a file changed twice within one clock tick is re-parsed, never served stale).
 * Writes go to a temporary file renamed into place, so concurrent runs never see half a cache.
 */
public final class GuideCache {
    /** Set in an entry's kind byte when the file has errors (said by commands without decoding it). */
    private static final int BROKEN = 0x80;
    private static final int MAGIC = 0x4e474338; // "NGC8": checksums, and a file's full identity with its change time
    /** Modifications this close to the cache's own write time are not trusted. */
    private static final long RACY_NANOS = TimeUnit.SECONDS.toNanos(2);
    /** Cache files up to this size are read whole; larger ones are mapped and entries read when decoded. */
    private static final long IN_MEMORY = 4L << 20;

    /**
     * What identifies one version of a file on disk: size, modification and change time (a `chmod`
     * or a rename over it changes the latter), and the file system's key (device and inode on Unix;
     * "" where there is none), in full.
     */
    public record Stamp(long size, long mtimeNanos, long ctimeNanos, String fileKey) {
        static Stamp of(Path f, BasicFileAttributes a) {
            return of(a).withChangeTime(f);
        }

        /** What the directory walk saw; the change time (one more stat) is read only when a cache will use it. */
        static Stamp of(BasicFileAttributes a) {
            Object key = a.fileKey();
            return new Stamp(a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS), 0, key == null ? "" : key.toString());
        }

        /** The same with the file's change time (0 where the file system has none). */
        Stamp withChangeTime(Path f) {
            long ctime;
            try {
                Object c = Files.getAttribute(f, "unix:ctime");
                ctime = c instanceof java.nio.file.attribute.FileTime t ? t.to(TimeUnit.NANOSECONDS) : 0;
            } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
                ctime = 0; // no change time on this file system: size, mtime and key still identify the file
            }
            return new Stamp(size, mtimeNanos, ctime, fileKey);
        }

        /** Field by field: a record's generated equals is bootstrapped at run time, a cost paid at every start. */
        boolean same(Stamp o) {
            return size == o.size && mtimeNanos == o.mtimeNanos && ctimeNanos == o.ctimeNanos && fileKey.equals(o.fileKey);
        }
    }

    /** CRC-32C of a buffer's remaining bytes (the buffer is not moved). */
    static int crc(ByteBuffer b) {
        java.util.zip.CRC32C c = new java.util.zip.CRC32C();
        c.update(b.duplicate());
        return (int) c.getValue();
    }

    private record Entry(Stamp stamp, SeedFile file) {
    }

    private final Path file;
    private final String location;
    private final String code;
    private final long startedAt = System.currentTimeMillis() * 1_000_000L;
    private long writtenAt;
    private Map<String, Entry> old = new HashMap<>();
    private Map<String, Entry> current = new HashMap<>();
    private boolean changed;

    private GuideCache(Path file, String location, String code) {
        this.file = file;
        this.location = location;
        this.code = code;
    }

    /** The cache for a seeds location, or null when caching is off or there is nowhere to put it. */
    static GuideCache open(Map<String, String> env, String location) {
        return opening(env, location).get();
    }

    /** A cache being opened: at once when small, else on a second thread while the caller walks the directory. */
    static final class Opening implements Runnable {
        private final GuideCache cache;
        private final Thread thread;

        private Opening(GuideCache cache, boolean background) {
            this.cache = cache;
            if (background) {
                thread = new Thread(this, "negotiate-cache");
                thread.setDaemon(true);
                thread.start();
            } else {
                thread = null;
                if (cache != null) {
                    cache.load();
                }
            }
        }

        @Override
        public void run() {
            try {
                cache.load();
            } catch (Throwable e) { // on this thread even an Error only means no cache (and no stack trace)
                cache.old.clear();
            }
        }

        /** Whether there is a cache at all (known at once, before it is loaded). */
        boolean enabled() {
            return cache != null;
        }

        /** The cache, loaded (null when off or nowhere to put it; empty when interrupted: only a slower run). */
        GuideCache get() {
            if (thread != null) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return null;
                }
            }
            return cache;
        }
    }

    /**
     * Starts opening the cache of a seeds location. Reading the index of 10,000 guides takes ~50 ms,
     * so a cache file over 1 MiB is read on a second thread; a small one costs less than a thread.
     */
    static Opening opening(Map<String, String> env, String location) {
        if ("off".equalsIgnoreCase(env.get("NEGOTIATE_CACHE"))) {
            return new Opening(null, false);
        }
        Path dir = dir(env);
        String code = codeIdentity();
        if (dir == null || code == null) {
            return new Opening(null, false);
        }
        String name = "guides-" + Integer.toHexString(location.hashCode()) + "-" + Integer.toHexString(code.hashCode()) + ".bin";
        GuideCache c = new GuideCache(dir.resolve(name), location, code);
        long size;
        try {
            size = Files.size(c.file);
        } catch (IOException e) {
            size = 0;
        }
        return new Opening(c, size > (1 << 20));
    }

    static Path dir(Map<String, String> env) {
        String explicit = env.get("NEGOTIATE_CACHE_DIR");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String xdg = env.get("XDG_CACHE_HOME");
        // the XDG convention: a relative path is invalid and ignored
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "negotiate");
        }
        String home = env.get("HOME");
        return home == null || home.isBlank() ? null : Path.of(home, ".cache", "negotiate");
    }

    /** What went wrong with the cache, for --verbose (null when nothing did). */
    private String problem;

    String problem() {
        return problem;
    }

    /** The last cache problem of this run (for --verbose), cleared when read. */
    private static volatile String lastProblem;

    public static String takeProblem() {
        String p = lastProblem;
        lastProblem = null;
        return p;
    }

    /** How old a temporary file must be to count as left by an interrupted write (a running one is younger). */
    private static final long ABANDONED_MILLIS = TimeUnit.MINUTES.toMillis(10);

    /** Temporary files of writes that were interrupted (killed, out of disk) are removed, not left to grow. */
    private void removeAbandoned() {
        long now = System.currentTimeMillis();
        try (var s = Files.newDirectoryStream(file.getParent(), "guides-*.tmp")) {
            for (Path p : s) {
                if (now - Files.getLastModifiedTime(p).toMillis() > ABANDONED_MILLIS) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException | RuntimeException e) {
            // another run may be cleaning too; nothing here is needed
        }
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
                p = p.resolve("negotiate/repository/GuideCodec.class");
            }
            return p + ":" + Files.size(p) + ":" + Files.getLastModifiedTime(p).toMillis();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Reads the index (names, stamps, kinds, ids, companies, roles and where each entry's bytes are)
     * and maps the rest of the file: an entry's bytes are read only when a command decodes it, so a
     * query over 10,000 cached guides reads a few hundred kilobytes, not the whole cache.
     */
    private void load() {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long length = ch.size();
            if (length > Integer.MAX_VALUE) {
                return;
            }
            ByteBuffer map;
            if (length <= IN_MEMORY) {
                // read at once: mapping goes through reflection, which on JDK 18+ spins method handles (~30 ms)
                map = ByteBuffer.allocate((int) length);
                while (map.hasRemaining() && ch.read(map) >= 0) {
                    // until the buffer is full or the file ends
                }
                map.flip();
                map = map.asReadOnlyBuffer(); // so that its slices are, without a read-only copy each
            } else {
                map = ch.map(FileChannel.MapMode.READ_ONLY, 0, length); // stays valid after the channel closes
            }
            if (map.getInt() != MAGIC || !code.equals(GuideCodec.str(map)) || !location.equals(GuideCodec.str(map))) {
                return;
            }
            writtenAt = map.getLong();
            int n = map.getInt();
            if (n < 0 || n > 10_000_000) {
                throw new IOException("corrupt cache");
            }
            long blobs = map.getLong();
            int indexCrc = map.getInt();
            if (blobs < map.position() || blobs > length) {
                throw new IOException("corrupt cache");
            }
            ByteBuffer index = map.duplicate();
            index.limit((int) blobs);
            if (crc(index) != indexCrc) {
                throw new IOException("corrupt cache"); // a changed byte in names, stamps or ids: re-read every file
            }
            old = new HashMap<>(n * 4 / 3 + 16);
            current = new HashMap<>(n * 4 / 3 + 16);
            for (int k = 0; k < n; k++) {
                String name = GuideCodec.str(map);
                Stamp s = new Stamp(map.getLong(), map.getLong(), map.getLong(), GuideCodec.str(map));
                byte k8 = map.get();
                ParsedFile.Kind kind = ParsedFile.Kind.values()[k8 & 0x7f];
                boolean broken = (k8 & BROKEN) != 0;
                String id = GuideCodec.str(map);
                String company = GuideCodec.str(map);
                String role = GuideCodec.str(map);
                long offset = map.getLong();
                int size = map.getInt();
                int entryCrc = map.getInt();
                if (offset < 0 || size < 0 || blobs + offset + size > length) {
                    throw new IOException("corrupt cache");
                }
                old.put(name, new Entry(s, SeedFile.encoded(name, kind, id, company, role, broken, map.slice((int) (blobs + offset), size),
                        null, entryCrc)));
            }
        } catch (IOException | RuntimeException e) {
            old.clear(); // a damaged cache is only a slower run
        }
    }


    /** The cached file `name` (decoded when first used) when it is certainly still current, else null. */
    synchronized SeedFile lookup(String name, Stamp stamp, Path path) {
        Entry e = old.get(name);
        if (e == null || !e.stamp().same(stamp) || stamp.mtimeNanos() > writtenAt - RACY_NANOS) {
            return null;
        }
        current.put(name, e);
        return e.file().from(path);
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
            removeAbandoned();
            tmp = Files.createTempFile(file.getParent(), "guides-", ".tmp");
            List<String> names = new ArrayList<>(current.keySet());
            List<ByteBuffer> blobs = new ArrayList<>(names.size());
            for (String name : names) {
                SeedFile f = current.get(name).file();
                ByteBuffer blob = f.encoded();
                blobs.add(blob != null ? blob : ByteBuffer.wrap(GuideCodec.encode(f.parsed())));
            }
            try (OutputStream raw = Files.newOutputStream(tmp);
                 DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16))) {
                out.writeInt(MAGIC);
                GuideCodec.str(out, code);
                GuideCodec.str(out, location);
                out.writeLong(startedAt);
                out.writeInt(names.size());
                // the index gives each entry's offset in the bytes that follow it; they start right after it
                ByteArrayOutputStream index = new ByteArrayOutputStream(names.size() * 160);
                DataOutputStream ix = new DataOutputStream(index);
                long offset = 0;
                for (int k = 0; k < names.size(); k++) {
                    Entry e = current.get(names.get(k));
                    SeedFile f = e.file();
                    GuideCodec.str(ix, names.get(k));
                    ix.writeLong(e.stamp().size());
                    ix.writeLong(e.stamp().mtimeNanos());
                    ix.writeLong(e.stamp().ctimeNanos());
                    GuideCodec.str(ix, e.stamp().fileKey());
                    ix.writeByte(f.kind().ordinal() | (f.broken() ? BROKEN : 0));
                    GuideCodec.str(ix, f.id());
                    GuideCodec.str(ix, f.company());
                    GuideCodec.str(ix, f.role());
                    ix.writeLong(offset);
                    ix.writeInt(blobs.get(k).remaining());
                    ix.writeInt(crc(blobs.get(k))); // each entry's bytes are checked when decoded
                    offset += blobs.get(k).remaining();
                }
                ix.flush();
                out.writeLong(out.size() + 8L + 4L + index.size()); // where the entries' bytes start
                out.writeInt(crc(ByteBuffer.wrap(index.toByteArray())));
                index.writeTo(out);
                byte[] chunk = new byte[1 << 16];
                for (ByteBuffer b : blobs) {
                    while (b.hasRemaining()) {
                        int len = Math.min(chunk.length, b.remaining());
                        b.get(chunk, 0, len);
                        out.write(chunk, 0, len);
                    }
                }
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            removeOlderBuilds();
        } catch (IOException | RuntimeException e) {
            problem = "cache not written to " + file.getParent() + ": " + e; // said with --verbose; the cache is optional
            lastProblem = problem;
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
