package negotiate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The `./negotiate` launcher on the packaged jar, as a user runs it: with its class-data archive, G1
 * or SerialGC and the fast exit, every output and exit code is the same as without the archive, JSON
 * stdout carries nothing but JSON, and output faults keep their exit codes.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class LauncherIT {
    @TempDir
    Path tmp;

    record Run(int exit, String out, String err) {
    }

    private Run launch(Map<String, String> env, File stdout, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("./negotiate"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("NEGOTIATE_CACHE_DIR", tmp.resolve("cache").toString());
        pb.environment().remove("NEGOTIATE_JAVA_OPTS");
        pb.environment().putAll(env);
        if (stdout != null) {
            pb.redirectOutput(stdout);
        }
        Process p = pb.start();
        String out = stdout != null ? "" : new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), out, err);
    }

    @Test
    @Timeout(600)
    void archivedRunsGiveTheSameOutputAsPlainOnes() throws Exception {
        assertThat(Path.of("target/negotiate.jar")).exists();
        assertThat(launch(Map.of(), null, "--version").exit()).isZero(); // makes the archive if missing
        try (var s = Files.list(Path.of("target/cds"))) {
            assertThat(s.map(p -> p.getFileName().toString()).toList()).anyMatch(n -> n.endsWith(".jsa") || n.endsWith(".aot"));
        }
        // and used: with -Xshare:on a JVM that cannot map the archive refuses to start
        Run shared = launch(Map.of("NEGOTIATE_JAVA_OPTS", "-Xshare:on"), null, "--version");
        assertThat(shared.exit()).as(shared.err()).isZero();
        String[][] runs = {
            {"compare", "docs/examples/offers.yaml"},
            {"compare", "docs/examples/offers.yaml", "--format", "json"},
            {"bands", "anyscale", "--today", "2026-11-22"},
            {"show", "hugging-face", "--format", "json", "--today", "2026-11-22"},
            {"counter", "anyscale", "--region", "London", "--offer", "O:base=£150K", "--today", "2026-11-22"},
            {"validate", "--today", "2026-11-22", "--format", "json"},
            {"bands", "nosuchguide"},
            {"compare", "--offer", "X:base=lots"},
            {"bands", "--bogus"},
        };
        for (String[] args : runs) {
            Run archived = launch(Map.of(), null, args);
            // the other arm: no archive, no cache, another collector and the normal exit (extra JVM
            // options turn the fast exit off)
            Run plain = launch(Map.of("NEGOTIATE_CDS", "off", "NEGOTIATE_CACHE", "off", "NEGOTIATE_JAVA_OPTS", "-XX:+UseSerialGC"),
                    null, args);
            assertThat(archived).as(String.join(" ", args)).isEqualTo(plain);
            if (List.of(args).contains("json") && archived.exit() == 0) {
                assertThat(archived.out()).startsWith("{").endsWith("}\n");
                assertThat(archived.err()).isEmpty();
            }
        }
    }

    @Test
    @Timeout(300)
    void outputFaultsKeepTheirExitCodesWithTheFastExit() throws Exception {
        Run full = launch(Map.of(), new File("/dev/full"), "bands", "anyscale");
        assertThat(full.exit()).isEqualTo(4);
        assertThat(full.err().strip()).isEqualTo("negotiate: cannot write the output: No space left on device");
        Path dir = Files.createDirectories(tmp.resolve("seeds"));
        String guide = Files.readString(Path.of("src/test/resources/fixtures/guides/ok-chf.md"));
        for (int i = 0; i < 600; i++) { // far more output than a pipe buffer holds
            Files.writeString(dir.resolve("g" + i + ".md"), guide.replace("Staff Engineer |", "Staff Engineer " + i + " |"));
        }
        ProcessBuilder pb = new ProcessBuilder("bash", "-c",
                "set -o pipefail; ./negotiate bands --seeds '" + dir + "' | head -c 10 >/dev/null; echo \"$?\"");
        pb.environment().put("NEGOTIATE_CACHE_DIR", tmp.resolve("cache").toString());
        pb.environment().remove("NEGOTIATE_JAVA_OPTS");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(err).isEmpty();
        assertThat(out.strip()).isEqualTo("0");
    }

    /**
     * A guide newer than the jar needs no build (guides are read at run time), a source newer than it
     * does: checked on a copy of the launcher beside the packaged jar, with a stand-in `mvn` that only
     * records that it was called.
     */
    @Test
    @Timeout(120)
    void onlyCodeOrPomChangesRebuild() throws Exception {
        Path home = Files.createDirectories(tmp.resolve("home"));
        Files.copy(Path.of("negotiate"), home.resolve("negotiate"));
        home.resolve("negotiate").toFile().setExecutable(true);
        Files.copy(Path.of("pom.xml"), home.resolve("pom.xml"));
        Path src = Files.createDirectories(home.resolve("src/main/java"));
        Files.writeString(src.resolve("A.java"), "class A {}");
        Files.createDirectories(home.resolve("target"));
        Files.copy(Path.of("target/negotiate.jar"), home.resolve("target/negotiate.jar"));
        Path seeds = Files.createDirectories(home.resolve("seeds"));
        Files.copy(Path.of("seeds/004_b5d86265bf3c1cf1.txt"), seeds.resolve("g.txt"));
        java.nio.file.attribute.FileTime old = java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 60_000);
        Files.setLastModifiedTime(home.resolve("pom.xml"), old);
        Files.setLastModifiedTime(src.resolve("A.java"), old);
        Files.setLastModifiedTime(src, old);
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Path called = tmp.resolve("mvn-called");
        Files.writeString(bin.resolve("mvn"), "#!/bin/sh\ntouch '" + called + "'\nexit 1\n");
        bin.resolve("mvn").toFile().setExecutable(true);
        Map<String, String> env = Map.of("PATH", bin + File.pathSeparator + System.getenv("PATH"), "NEGOTIATE_CDS", "off");

        Run guideChanged = launchIn(home, env, "bands", "--seeds", seeds.toString(), "--format", "json");
        assertThat(called).doesNotExist();
        assertThat(guideChanged.exit()).as(guideChanged.err()).isZero();
        assertThat(guideChanged.out()).startsWith("{");

        Files.writeString(src.resolve("A.java"), "class A { }");
        Run codeChanged = launchIn(home, env, "--version");
        assertThat(called).exists();
        assertThat(codeChanged.err()).contains("the code changed: rebuilding target/negotiate.jar with Maven");
        assertThat(codeChanged.exit()).isEqualTo(4);
    }

    private Run launchIn(Path dir, Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(dir.resolve("negotiate").toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        pb.environment().put("NEGOTIATE_CACHE", "off");
        pb.environment().remove("NEGOTIATE_JAVA_OPTS");
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), out, err);
    }

    @Test
    @Timeout(300)
    void utf8WhateverTheLocale() throws Exception {
        // cron, containers and CI run with LC_ALL=C: a non-ASCII path, HOME and amount still work
        Path dir = tmp.resolve("dé jà");
        Files.createDirectories(dir);
        Path offers = dir.resolve("offres €.yaml");
        Files.copy(Path.of("docs/examples/offers.yaml"), offers);
        Map<String, String> c = Map.of("LC_ALL", "C", "LANG", "C", "HOME", dir.toString());
        Run r = launch(c, null, "compare", offers.toString(), "--offer", "Z:base=€100K", "-o", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("offres €.yaml").contains("\"name\" : \"Z\"");
        Run bands = launch(Map.of("LC_ALL", "POSIX"), null, "bands", "hugging-face", "--region", "Paris");
        assertThat(bands.exit()).as(bands.err()).isZero();
        assertThat(bands.out()).contains("€98,000–€132,000");
        // a locale that names UTF-8 but is not installed falls back to ASCII in libc: the launcher sees it
        for (Map<String, String> broken : List.of(Map.of("LC_ALL", "", "LC_CTYPE", "", "LANG", "xx_YY.UTF-8"),
                Map.of("LC_ALL", "", "LC_CTYPE", "", "LANG", "C.UTF-8", "LC_NUMERIC", "xx_YY.UTF-8"))) {
            Run euro = launch(broken, null, "compare", offers.toString(), "--offer", "Z:base=€100K", "-o", "json");
            assertThat(euro.exit()).as(broken + euro.err()).isZero();
            assertThat(euro.out()).contains("offres €.yaml").contains("\"name\" : \"Z\"");
        }
    }
}
