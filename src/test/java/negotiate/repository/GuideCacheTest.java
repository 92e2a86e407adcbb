package negotiate.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import negotiate.guide.ParsedFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parsed-guide cache gives the same results as parsing and never serves a changed file. */
class GuideCacheTest {
    @TempDir
    Path tmp;

    private Path seeds() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("seeds"));
        for (String f : new String[] {"000_8d8eefcd7e1a024a.txt", "001_5247fd72239bff95.txt", "002_51a7a94ec056edc2.txt"}) {
            Path p = Files.copy(Path.of("seeds", f), dir.resolve(f));
            Files.setLastModifiedTime(p, FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
        }
        return dir;
    }

    @Test
    void roundTripsEveryFieldExactly() throws IOException {
        Path dir = seeds();
        Map<String, String> env = Map.of("NEGOTIATE_CACHE_DIR", tmp.resolve("cache").toString());
        Seeds parsed = SeedRepository.loadDir(dir, "s", "t", env);
        assertThat(Files.list(tmp.resolve("cache")).count()).isEqualTo(1);
        GuideCache cache = GuideCache.open(env, dir.toAbsolutePath().normalize() + "|s");
        assertThat(cache).isNotNull();
        for (ParsedFile f : parsed.files()) {
            String name = f.file();
            Path p = dir.resolve(name.substring(2));
            var attrs = Files.readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class);
            assertThat(cache.lookup(name, GuideCache.Stamp.of(p, attrs), null).parsed()).as(name).isEqualTo(f);
        }
        Seeds cached = SeedRepository.loadDir(dir, "s", "t", env);
        assertThat(cached.files()).isEqualTo(parsed.files());
    }

    @Test
    void changedFilesAreReparsed() throws IOException {
        Path dir = seeds();
        Map<String, String> env = Map.of("NEGOTIATE_CACHE_DIR", tmp.resolve("cache").toString());
        SeedRepository.loadDir(dir, "s", "t", env);
        Path f = dir.resolve("000_8d8eefcd7e1a024a.txt");
        assertThat(SeedRepository.loadDir(dir, "s", "t", env).guides().get(0).bands().get(0).base().low()).isEqualByComparingTo("98000");
        Files.writeString(f, Files.readString(f).replace("€98K–€132K", "€99K–€132K"));
        Files.setLastModifiedTime(f, FileTime.from(Instant.parse("2026-01-01T00:00:01Z")));
        Seeds again = SeedRepository.loadDir(dir, "s", "t", env);
        assertThat(again.guides().get(0).bands().get(0).base().low()).isEqualByComparingTo("99000");
    }

    @Test
    void recentlyModifiedFilesAreNotTrusted() throws IOException {
        Path dir = seeds();
        Path f = dir.resolve("000_8d8eefcd7e1a024a.txt");
        Files.setLastModifiedTime(f, FileTime.from(Instant.now()));
        Map<String, String> env = Map.of("NEGOTIATE_CACHE_DIR", tmp.resolve("cache").toString());
        Seeds first = SeedRepository.loadDir(dir, "s", "t", env);
        GuideCache cache = GuideCache.open(env, dir.toAbsolutePath().normalize() + "|s");
        var attrs = Files.readAttributes(f, java.nio.file.attribute.BasicFileAttributes.class);
        assertThat(cache.lookup("s/000_8d8eefcd7e1a024a.txt", GuideCache.Stamp.of(f, attrs), null)).isNull();
        assertThat(first.guides()).hasSize(2);
    }

    @Test
    void damagedCacheIsIgnored() throws IOException {
        Path dir = seeds();
        Path cacheDir = Files.createDirectories(tmp.resolve("cache"));
        Map<String, String> env = Map.of("NEGOTIATE_CACHE_DIR", cacheDir.toString());
        SeedRepository.loadDir(dir, "s", "t", env);
        try (var s = Files.list(cacheDir)) {
            for (Path p : s.toList()) {
                Files.write(p, new byte[] {1, 2, 3});
            }
        }
        assertThat(SeedRepository.loadDir(dir, "s", "t", env).guides()).hasSize(2);
    }

    @Test
    void aDamagedEntryIsReadFromItsFile() throws IOException {
        Path dir = seeds();
        Path cacheDir = Files.createDirectories(tmp.resolve("cache"));
        Map<String, String> env = Map.of("NEGOTIATE_CACHE_DIR", cacheDir.toString());
        java.util.List<ParsedFile> expected = SeedRepository.loadDir(dir, "s", "t", env).files();
        Path file;
        try (var s = Files.list(cacheDir)) {
            file = s.filter(p -> p.toString().endsWith(".bin")).findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(file);
        long blobs;
        try (var in = new java.io.DataInputStream(new java.io.ByteArrayInputStream(bytes))) {
            in.readInt();
            in.skipBytes(in.readInt()); // build
            in.skipBytes(in.readInt()); // location
            in.readLong();
            in.readInt();
            blobs = in.readLong();
        }
        // the first entry's first string length becomes 2 GB: that entry cannot be decoded, the others can
        for (int i = 0; i < 4; i++) {
            bytes[(int) blobs + i] = 0x7f;
        }
        Files.write(file, bytes);
        assertThat(SeedRepository.loadDir(dir, "s", "t", env).files()).isEqualTo(expected);
    }

    @Test
    void aLargeIndexIsReadAlongsideTheWalkWithTheSameResult() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("many"));
        String text = Files.readString(Path.of("seeds", "000_8d8eefcd7e1a024a.txt"));
        for (int i = 0; i < 160; i++) {
            // distinct companies so that ids differ; the index of 160 entries and their bytes pass 1 MiB
            Path p = Files.writeString(dir.resolve("g" + i + ".md"), text.replace("Hugging Face", "Hugging Face " + i));
            Files.setLastModifiedTime(p, FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
        }
        Map<String, String> env = Map.of("NEGOTIATE_CACHE_DIR", tmp.resolve("cache").toString());
        java.util.List<ParsedFile> parsed = SeedRepository.loadDir(dir, "m", "t", env).files();
        try (var s = Files.list(tmp.resolve("cache"))) {
            assertThat(Files.size(s.findFirst().orElseThrow())).isGreaterThan(1 << 20);
        }
        Seeds cached = SeedRepository.loadDir(dir, "m", "t", env);
        assertThat(cached.files()).isEqualTo(parsed);
        assertThat(cached.guides("hugging-face-7/open-source-ml-platform-engineer")).singleElement()
                .satisfies(g -> assertThat(g.company()).isEqualTo("Hugging Face 7"));
    }

    @Test
    void concurrentRunsShareTheCacheSafely() throws Exception {
        Path dir = seeds();
        Map<String, String> env = Map.of("NEGOTIATE_CACHE_DIR", tmp.resolve("cache").toString());
        java.util.List<ParsedFile> expected = SeedRepository.loadDir(dir, "s", "t", Map.of()).files();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.List<java.util.concurrent.Future<java.util.List<ParsedFile>>> runs = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                runs.add(pool.submit(() -> SeedRepository.loadDir(dir, "s", "t", env).files()));
            }
            for (var r : runs) {
                assertThat(r.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
        try (var s = Files.list(tmp.resolve("cache"))) {
            assertThat(s.map(p -> p.getFileName().toString()).toList()).singleElement().satisfies(n -> assertThat(n).endsWith(".bin"));
        }
    }

    @Test
    void cacheCanBeTurnedOffAndNeedsAPlace() {
        assertThat(GuideCache.open(Map.of("NEGOTIATE_CACHE", "off", "HOME", tmp.toString()), "x")).isNull();
        assertThat(GuideCache.dir(Map.of())).isNull();
        assertThat(GuideCache.dir(Map.of("XDG_CACHE_HOME", "/c"))).isEqualTo(Path.of("/c/negotiate"));
        assertThat(GuideCache.dir(Map.of("HOME", "/h"))).isEqualTo(Path.of("/h/.cache/negotiate"));
    }

    @Test
    void noChangedByteOfTheCacheEverServesAWrongFigure() throws IOException {
        Path dir = seeds();
        Path cacheDir = Files.createDirectories(tmp.resolve("cache"));
        Map<String, String> env = Map.of("NEGOTIATE_CACHE_DIR", cacheDir.toString());
        java.util.List<ParsedFile> expected = SeedRepository.loadDir(dir, "s", "t", Map.of()).files();
        SeedRepository.loadDir(dir, "s", "t", env);
        Path file;
        try (var s = Files.list(cacheDir)) {
            file = s.filter(p -> p.toString().endsWith(".bin")).findFirst().orElseThrow();
        }
        byte[] good = Files.readAllBytes(file);
        java.util.Random rnd = new java.util.Random(27112026);
        for (int trial = 0; trial < 120; trial++) {
            byte[] bad = good.clone();
            int at = rnd.nextInt(bad.length);
            bad[at] = (byte) (bad[at] ^ (1 << rnd.nextInt(8)));
            Files.write(file, bad);
            // every figure as the files say, whatever byte changed (the cache is rewritten as it goes: restore it)
            assertThat(SeedRepository.loadDir(dir, "s", "t", env).files()).as("byte " + at).isEqualTo(expected);
            Files.write(file, good);
        }
    }

    @Test
    void temporaryFilesOfInterruptedWritesAreRemoved() throws IOException {
        Path dir = seeds();
        Path cacheDir = Files.createDirectories(tmp.resolve("cache"));
        Path left = Files.write(cacheDir.resolve("guides-123.tmp"), new byte[1024]);
        Files.setLastModifiedTime(left, FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
        Path fresh = Files.write(cacheDir.resolve("guides-456.tmp"), new byte[10]);
        SeedRepository.loadDir(dir, "s", "t", Map.of("NEGOTIATE_CACHE_DIR", cacheDir.toString()));
        assertThat(left).doesNotExist();
        assertThat(fresh).exists(); // another run may be writing it now
    }

    @Test
    void aRelativeXdgCacheHomeIsIgnoredAndAnUnusableCacheIsBypassed() throws IOException {
        assertThat(GuideCache.dir(Map.of("XDG_CACHE_HOME", "relative/cache", "HOME", "/home/u")))
                .isEqualTo(Path.of("/home/u/.cache/negotiate"));
        assertThat(GuideCache.dir(Map.of("XDG_CACHE_HOME", "/x/cache", "HOME", "/home/u"))).isEqualTo(Path.of("/x/cache/negotiate"));
        Path dir = seeds();
        Path inTheWay = Files.write(tmp.resolve("file-in-the-way"), new byte[] {1});
        Map<String, String> env = Map.of("NEGOTIATE_CACHE_DIR", inTheWay.resolve("cache").toString());
        assertThat(SeedRepository.loadDir(dir, "s", "t", env).guides()).hasSize(2);
    }
}
