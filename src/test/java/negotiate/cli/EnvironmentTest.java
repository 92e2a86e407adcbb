package negotiate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Faults of the environment: special files, symlink loops, a closed pipe and a full disk, from a real process. */
@EnabledOnOs({OS.LINUX, OS.MAC})
class EnvironmentTest {
    @TempDir
    Path tmp;

    private Path seedsWithOneGuide() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("seeds"));
        Files.copy(Path.of("src/test/resources/fixtures/guides/ok-chf.md"), dir.resolve("acme.md"));
        return dir;
    }

    @Test
    @Timeout(60)
    void fifosAndSymlinkLoopsAreSkippedWithAWarning() throws Exception {
        Path dir = seedsWithOneGuide();
        Process mk = new ProcessBuilder("mkfifo", dir.resolve("pipe.md").toString()).start();
        assertThat(mk.waitFor()).isZero();
        Files.createSymbolicLink(dir.resolve("loop"), dir);
        Files.createSymbolicLink(dir.resolve("dangling.md"), tmp.resolve("nowhere.md"));
        Cli.Result r = Cli.run("validate", dir.toString(), "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("acme/staff-engineer", "special file", "symlink loop");
        assertThat(Cli.run("bands", "--seeds", dir.toString()).out()).contains("Zurich");
    }

    @Test
    @Timeout(120)
    void fullDiskIsExitFourWithOneLine() throws Exception {
        Process p = java("bands", "--seeds", seedsWithOneGuide().toString())
                .redirectOutput(new File("/dev/full")).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(4);
        assertThat(err.strip()).isEqualTo("negotiate: cannot write the output: No space left on device");
    }

    @Test
    @Timeout(120)
    void closedPipeStopsQuietly() throws Exception {
        Path dir = seedsWithOneGuide();
        for (int i = 0; i < 600; i++) { // far more output than a pipe buffer holds
            Files.writeString(dir.resolve("g" + i + ".md"), Files.readString(dir.resolve("acme.md"))
                    .replace("Staff Engineer |", "Staff Engineer " + i + " |"));
        }
        Process p = java("bands", "--seeds", dir.toString()).start();
        p.getInputStream().read();
        p.getInputStream().close();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(err).isEmpty();
        assertThat(p.exitValue()).isZero();
    }

    private static ProcessBuilder java(String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "negotiate.cli.Main"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("NEGOTIATE_CACHE", "off");
        return pb;
    }
}
