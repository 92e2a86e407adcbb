package negotiate.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import negotiate.guide.Band;
import negotiate.guide.ParsedFile;
import negotiate.input.Diagnostic;
import negotiate.money.Range;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Guides of the seeds' family written by other people (src/test/resources/family, one Markdown
 * variation per file), each read against its hand-computed `.expect` file: every band figure exactly,
 * and every diagnostic about bands and tables, no more and no fewer.
 */
class FamilyCorpusTest {
    static final Path DIR = Path.of("src/test/resources/family");

    /** The codes an `.expect` file lists completely (others, e.g. stale or stated-total, are not its subject). */
    private static final Set<String> LISTED = Set.of("amount", "currency", "table", "no-bands", "range", "not-a-band-row",
            "html-table", "missing-region", "duplicate-region", "front-matter-mismatch", "unreadable", "not-a-guide",
            "yaml", "encoding");

    /** A second corpus, written blind (its author never ran the program): what exporters write. */
    static final Path EXPORTERS = Path.of("src/test/resources/family-exporters");

    static Stream<String> guides() throws IOException {
        return Stream.concat(names(DIR).stream(), names(EXPORTERS).stream().map(n -> "../family-exporters/" + n));
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md") && !n.equals("README.md"))
                    .sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("guides")
    void everyFigureAsWrittenAndEveryProblemSaid(String name) throws IOException {
        ParsedFile f = SeedRepository.parseOne(DIR.resolve(name), name);
        List<String> wantBands = new ArrayList<>();
        List<String> wantDiagnostics = new ArrayList<>();
        for (String line : Files.readAllLines(DIR.resolve(name.replace(".md", ".expect")), StandardCharsets.UTF_8)) {
            String l = line.strip();
            if (l.startsWith("band ")) {
                wantBands.add(normalise(l.substring(5)));
            } else if (l.startsWith("error ") || l.startsWith("warning ")) {
                wantDiagnostics.add(l.replaceAll("\\s+", " "));
            }
        }
        List<String> gotDiagnostics = new ArrayList<>();
        for (Diagnostic d : f.diagnostics()) {
            if (LISTED.contains(d.code())) {
                gotDiagnostics.add(d.severity().name().toLowerCase(java.util.Locale.ROOT) + " " + d.code() + " " + d.line());
            }
        }
        List<String> gotBands = new ArrayList<>();
        if (f.guide() != null) {
            for (Band b : f.guide().bands()) {
                gotBands.add(describe(b));
            }
        }
        assertThat(gotDiagnostics).as(name + " diagnostics " + f.diagnostics()).containsExactlyInAnyOrderElementsOf(wantDiagnostics);
        assertThat(gotBands).as(name + " bands").containsExactlyElementsOf(wantBands);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("guides")
    void theCacheCodecKeepsEveryField(String name) throws IOException {
        ParsedFile f = SeedRepository.parseOne(DIR.resolve(name), name);
        byte[] bytes = GuideCodec.encode(f);
        assertThat(GuideCodec.read(new java.io.DataInputStream(new java.io.ByteArrayInputStream(bytes)))).isEqualTo(f);
    }

    @org.junit.jupiter.api.Test
    void theCacheServesTheCorpusAsParsedAndKnowsWhichFilesAreBroken(@org.junit.jupiter.api.io.TempDir Path tmp)
            throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("family"));
        try (Stream<Path> s = Files.list(DIR)) {
            for (Path p : s.filter(x -> x.toString().endsWith(".md") && !x.endsWith("README.md")).toList()) {
                Path c = Files.copy(p, dir.resolve(p.getFileName()));
                Files.setLastModifiedTime(c, java.nio.file.attribute.FileTime.from(java.time.Instant.parse("2026-01-01T00:00:00Z")));
            }
        }
        java.util.Map<String, String> env = java.util.Map.of("NEGOTIATE_CACHE_DIR", tmp.resolve("cache").toString());
        Seeds parsed = SeedRepository.loadDir(dir, "f", "t", env);
        Seeds cached = SeedRepository.loadDir(dir, "f", "t", env);
        assertThat(cached.files()).isEqualTo(parsed.files());
        assertThat(cached.broken()).isEqualTo(parsed.broken()).contains("f/14-ambiguous-dot-amount.md")
                .doesNotContain("f/01-baseline-outer-pipes.md");
    }

    private static String describe(Band b) {
        return b.region() + " | " + (b.level() == null ? "-" : b.level()) + " | " + b.currency().getCurrencyCode() + " | "
                + range(b.base()) + " | " + range(b.equity()) + "/" + b.equityYears() + " | " + range(b.bonusPct()) + " | "
                + (b.stated() == null ? "-" : range(b.stated()));
    }

    private static String range(Range r) {
        return plain(r.low()) + "-" + plain(r.high());
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }

    /** The expectation's numbers written the way `describe` writes them (98000.50 → 98000.5). */
    private static String normalise(String band) {
        String[] parts = band.split(" \\| ", -1);
        for (int i = 3; i < parts.length; i++) {
            String p = parts[i].strip();
            String years = "";
            int slash = p.indexOf('/');
            if (slash >= 0) {
                years = p.substring(slash);
                p = p.substring(0, slash);
            }
            if (!p.equals("-")) {
                int dash = p.indexOf('-', 1);
                p = plain(new BigDecimal(p.substring(0, dash))) + "-" + plain(new BigDecimal(p.substring(dash + 1)));
            }
            parts[i] = p + years;
        }
        for (int i = 0; i < 3; i++) {
            parts[i] = parts[i].strip();
        }
        return String.join(" | ", parts);
    }
}
