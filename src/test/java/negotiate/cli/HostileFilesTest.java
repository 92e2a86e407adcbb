package negotiate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** §7: rates files that contradict themselves, special files in the seeds, one id in two files, flow-style YAML. */
class HostileFilesTest {
    private static final String R = "src/test/resources/fixtures/rates/";

    @Test
    void ratesFilesThatContradictThemselvesOrCannotBeReadAreErrorsNamingTheLine() {
        Cli.Result inverse = Cli.run("compare", "--offer", "A:base=€1", "--currency", "USD", "--rates", R + "inverse-contradicts.yaml");
        assertThat(inverse.exit()).isEqualTo(3);
        assertThat(inverse.err()).contains("inverse-contradicts.yaml:4:3: error: USD/EUR: 0.5 contradicts EUR/USD: 1.10 (its inverse"
                + " is 0.909091): keep one of them");
        Cli.Result date = Cli.run("compare", "--offer", "A:base=€1", "--currency", "USD", "--rates", R + "impossible-date.yaml");
        assertThat(date.exit()).isEqualTo(3);
        assertThat(date.err()).contains("impossible-date.yaml:1:8: error: as_of: '2026-13-45' is no such day");
        Cli.Result key = Cli.run("compare", "--offer", "A:base=€1", "--currency", "USD", "--rates", R + "unknown-key.yaml");
        assertThat(key.exit()).isEqualTo(3);
        assertThat(key.err()).contains("unknown-key.yaml:2:1: error: unknown key 'sourc': did you mean 'source'?");
        Cli.Result list = Cli.run("compare", "--offer", "A:base=€1", "--currency", "USD", "--rates", R + "source-list.yaml");
        assertThat(list.exit()).isEqualTo(3);
        assertThat(list.err()).contains("source-list.yaml:2:1: error: source: write it as text");
        // an inverse written to four decimals agrees
        assertThat(Cli.run("compare", "--offer", "A:base=€1", "--currency", "USD", "--rates", R + "inverse-agrees.yaml").exit()).isZero();
    }

    @Test
    void flowStyleYamlOfferFilesAreYaml() {
        Cli.Result r = Cli.run("compare", "src/test/resources/fixtures/offers/flow-style.yaml", "-o", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"best\" : \"B\"");
    }

    @Test
    @Timeout(30)
    void specialFilesAreSkippedWithAWordAndNeverRead(@TempDir Path dir) throws Exception {
        Files.copy(Path.of("seeds/004_b5d86265bf3c1cf1.txt"), dir.resolve("a.txt"));
        Files.createSymbolicLink(dir.resolve("kmsg.md"), Path.of("/proc/kmsg"));
        Files.createSymbolicLink(dir.resolve("proc"), Path.of("/proc/self"));
        Files.createSymbolicLink(dir.resolve("gone.md"), Path.of("/nonexistent/guide.md"));
        Cli.Result r = Cli.run("validate", dir.toString());
        assertThat(r.out()).contains("kmsg.md:1:1: warning: symlink into /proc skipped (never read there: a read can block)")
                .contains("proc:1:1: warning: symlink into /proc skipped")
                .contains("gone.md:1:1: warning: dangling symlink skipped (its target /nonexistent/guide.md does not exist)");
        assertThat(Cli.run("bands", "anyscale", "--seeds", dir.toString()).exit()).isZero();
    }

    @Test
    void twoLinksPointingAtEachOtherAreALoopNotDangling(@TempDir Path dir) throws Exception {
        Files.createSymbolicLink(dir.resolve("loop1"), Path.of("loop2.md"));
        Files.createSymbolicLink(dir.resolve("loop2.md"), Path.of("loop1"));
        Files.createSymbolicLink(dir.resolve("gone.md"), Path.of("nothing-here.md"));
        Cli.Result r = Cli.run("validate", dir.toString());
        assertThat(r.out()).contains("loop1:1:1: warning: symlink loop skipped [not-a-guide]")
                .contains("loop2.md:1:1: warning: symlink loop skipped [not-a-guide]")
                .contains("gone.md:1:1: warning: dangling symlink skipped (its target nothing-here.md does not exist)");
        // option values too large say so
        assertThat(Cli.run("compare", "--offer", "A:base=$1", "--width", "99999999999").err())
                .isEqualTo("negotiate: --width 99999999999: give a whole number below a million\n");
        assertThat(Cli.run("compare", "--offer", "A:base=€1", "--currency", "USD", "--rate", "EUR/USD=99999999999999999999").err())
                .contains("a rate has at most 12 digits before the point");
    }

    @Test
    void guidesDeeperThanTheWalkGoesAreSaidNotLost(@TempDir Path dir) throws Exception {
        Path deep = dir;
        for (int i = 0; i < 32; i++) {
            deep = deep.resolve("d");
        }
        Files.createDirectories(deep);
        Files.copy(Path.of("seeds/004_b5d86265bf3c1cf1.txt"), deep.resolve("g.md"));
        Files.copy(Path.of("seeds/004_b5d86265bf3c1cf1.txt"), deep.getParent().resolve("g.md")); // 32 levels down: read
        Cli.Result r = Cli.run("validate", dir.toString());
        assertThat(r.out()).contains("d/d:1:1: warning: directory 32 levels down skipped: nothing deeper is read")
                .contains("1 guide,");
    }

    @Test
    void oneIdInTwoFilesStopsCommandsAboutOneGuideAndIsMarkedInListings(@TempDir Path dir) throws Exception {
        Files.copy(Path.of("seeds/004_b5d86265bf3c1cf1.txt"), dir.resolve("a.txt"));
        Files.copy(Path.of("seeds/004_b5d86265bf3c1cf1.txt"), dir.resolve("b.txt"));
        Cli.Result show = Cli.run("show", "anyscale", "--seeds", dir.toString());
        assertThat(show.exit()).isEqualTo(2);
        assertThat(show.err()).contains("'anyscale' is the guide anyscale/ray-platform-engineer in 2 files (" + dir.resolve("a.txt")
                + ", " + dir.resolve("b.txt") + ")");
        assertThat(Cli.run("counter", "anyscale", "--region", "London", "--offer", "A:base=1", "--seeds", dir.toString()).exit())
                .isEqualTo(2);
        Cli.Result guides = Cli.run("guides", "--seeds", dir.toString());
        assertThat(guides.out().lines().filter(l -> l.contains("guide (duplicate id)")).count()).isEqualTo(2);
        Cli.Result bands = Cli.run("bands", "--seeds", dir.toString());
        assertThat(bands.out()).contains("a.txt (duplicate id)").contains("b.txt (duplicate id)");
        assertThat(Cli.run("validate", dir.toString()).out()).contains("duplicate-id");
    }

    @Test
    void aWarningTheTableShowsIsOnStderrInJsonMode() {
        Cli.Result r = Cli.run("bands", "--premium", "nosuch", "-o", "json");
        assertThat(r.exit()).isZero();
        assertThat(r.err()).contains("negotiate: warning: anyscale/ray-platform-engineer: no premium matching 'nosuch'; shown without");
        assertThat(r.out()).startsWith("{");
    }
}
