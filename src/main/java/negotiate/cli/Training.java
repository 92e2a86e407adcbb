package negotiate.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A training workload for class-data sharing: runs every command once (output discarded) so that the
 * archive the launcher creates holds the classes of all of them, not just of the first command run.
 */
public final class Training {
    private Training() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("negotiate-training");
        try {
            Path yaml = copy("offers.yaml", dir);
            Path json = copy("offers.json", dir);
            Path seeds = Files.createDirectories(dir.resolve("seeds"));
            // older than the cache's 2-second window, so the second run reads it back from the cache
            Files.setLastModifiedTime(copy("guide.md", seeds), FileTime.fromMillis(System.currentTimeMillis() - 60_000));
            Path cache = Files.createDirectories(dir.resolve("cache"));
            String y = yaml.toString();
            List<String[]> runs = List.of(
                    new String[] {"--help"}, new String[] {"bands", "--help"},
                    new String[] {"guides"}, new String[] {"guides", "--format", "json"},
                    new String[] {"bands", "anyscale"}, new String[] {"bands", "--format", "json", "--currency", "EUR"},
                    new String[] {"bands", "--format", "csv"}, new String[] {"bands", "--format", "markdown"},
                    new String[] {"show", "anyscale"}, new String[] {"show", "anyscale", "--format", "json"},
                    new String[] {"company", "hugging face"}, new String[] {"company", "hugging face", "--format", "json"},
                    new String[] {"compare", y}, new String[] {"compare", y, json.toString(), "--format", "json"},
                    new String[] {"compare", "--offer", "X:base=$100K,equity=$50K/yr", "--format", "csv"},
                    new String[] {"breakeven", "--offers", y, "A", "B", "--using", "equity"},
                    new String[] {"counter", "anyscale", "--region", "London", "--offer", "O:base=£150K",
                            "--competing", "C:base=£200K,bonus=10%", "--format", "json"},
                    new String[] {"counter", "hugging face", "--region", "Paris", "--offer", "O:base=€100K"},
                    new String[] {"validate"}, new String[] {"validate", "--format", "json"},
                    new String[] {"bands", "nosuchguide"}, new String[] {"compare", "--offer", "bad"},
                    new String[] {"bands", "--seeds", seeds.toString()}, new String[] {"bands", "--seeds", seeds.toString()},
                    new String[] {"validate", seeds.toString(), "--format", "github"});
            Map<String, String> env = Map.of("NEGOTIATE_CACHE_DIR", cache.toString());
            for (String[] run : runs) {
                PrintWriter err = new PrintWriter(Writer.nullWriter());
                new Main(OutputStream.nullOutputStream(), err, env, false, LocalDate.now()).run(run);
            }
        } finally {
            try (var s = Files.walk(dir)) {
                for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static Path copy(String name, Path dir) throws IOException {
        Path p = dir.resolve(name);
        try (InputStream in = Training.class.getResourceAsStream("/negotiate/training/" + name)) {
            Files.copy(in, p, StandardCopyOption.REPLACE_EXISTING);
        }
        return p;
    }
}
