package negotiate.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import negotiate.cli.Cli;
import negotiate.guide.ParsedFile;
import negotiate.input.Diagnostic;
import negotiate.repository.SeedRepository;
import negotiate.repository.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One fixture file per bad-input kind (§7), each giving its documented code, file and line. */
class ValidateFixturesTest {
    static final Path DIR = Path.of("src/test/resources/fixtures/guides");

    @ParameterizedTest(name = "{0} -> {1} at line {2}")
    @CsvSource({
        "unclosed-front-matter.md, yaml, 1",
        "malformed-yaml.md, yaml, 4",
        "duplicate-keys.md, yaml, 4",
        "alias-bomb.md, yaml, 4",
        "deep-nesting.md, yaml, 2",
        "invalid-utf8.md, encoding, 3",
        "low-above-high.md, range, 5",
        "two-currencies.md, currency, 5",
        "unknown-currency.md, currency, 5",
        "short-row.md, table, 5",
        "missing-region.md, missing-region, 6",
        "no-bands.md, no-bands, 1",
        "not-a-guide.md, not-a-guide, 1",
        "sums.md, arithmetic, 9",
        "nested-too-deep.md, unreadable, 7",
        "report-scenarios-over.md, report-scenarios, 13",
        "report-scenarios-under.md, report-scenarios, 13",
        "report-scenarios-two-tables.md, report-scenarios, 18",
    })
    void eachFixtureGivesItsCodeAndLine(String file, String code, int line) {
        ParsedFile f = SeedRepository.parseOne(DIR.resolve(file), file);
        Validation v = Validation.of(List.of(f), Cli.TODAY);
        List<Diagnostic> d = v.files().get(0).diagnostics();
        assertThat(d).as(file).isNotEmpty();
        assertThat(d.get(0).code()).isEqualTo(code);
        assertThat(d.get(0).line()).isEqualTo(line);
        assertThat(d.get(0).file()).isEqualTo(file);
        // every problem of a band is reported, each once, and nothing else follows from them
        assertThat(d).as("no cascade").extracting(Diagnostic::code).containsOnly(code);
        assertThat(d).as("each problem once").extracting(x -> x.line() + ":" + x.column()).doesNotHaveDuplicates();
    }

    @Test
    void manyFilesAreCheckedInParallelWithTheSameResultsInTheSameOrder() throws IOException {
        List<ParsedFile> files = new java.util.ArrayList<>();
        try (var s = Files.list(DIR)) {
            for (Path p : s.sorted().toList()) {
                files.add(SeedRepository.parseOne(p, p.getFileName().toString()));
            }
        }
        for (Path p : SeedRepository.loadDir(Path.of("seeds"), "seeds", "t", java.util.Map.of()).files().stream().map(f -> Path.of(f.file())).toList()) {
            files.add(SeedRepository.parseOne(p, p.toString()));
        }
        assertThat(files.size()).isGreaterThan(16);
        Validation all = Validation.of(files, Cli.TODAY);
        List<Validation.FileResult> one = new java.util.ArrayList<>();
        int errors = 0;
        int warnings = 0;
        for (ParsedFile f : files) {
            Validation v = Validation.of(List.of(f), Cli.TODAY);
            one.addAll(v.files());
            errors += v.errors();
            warnings += v.warnings();
        }
        assertThat(all.files()).isEqualTo(one);
        assertThat(all.errors()).isEqualTo(errors).isPositive();
        assertThat(all.warnings()).isEqualTo(warnings).isPositive();
    }

    @ParameterizedTest(name = "fuzzer find {0} -> {1} at line {2}")
    @CsvSource({
        "relative-low-above-high.md, range, 9",
        "bad-grant-years.md, table, 52",
    })
    void crashesTheFuzzerFoundAreNowDiagnostics(String file, String code, int line) {
        ParsedFile f = SeedRepository.parseOne(DIR.resolve(file), file);
        assertThat(f.diagnostics()).anySatisfy(d -> {
            assertThat(d.code()).isEqualTo(code);
            assertThat(d.line()).isEqualTo(line);
        });
    }

    @Test
    void invalidUtf8NamesTheByteOffset() {
        ParsedFile f = SeedRepository.parseOne(DIR.resolve("invalid-utf8.md"), "x.md");
        assertThat(f.diagnostics().get(0).message()).contains("byte offset 55");
    }

    @Test
    void bomAndCrlfParseLikeThePlainFile() {
        ParsedFile plain = SeedRepository.parseOne(DIR.resolve("ok-chf.md"), "a.md");
        for (String name : List.of("bom.md", "crlf.md")) {
            ParsedFile f = SeedRepository.parseOne(DIR.resolve(name), "a.md");
            assertThat(f.diagnostics()).isEmpty();
            assertThat(f.guide().bands()).isEqualTo(plain.guide().bands());
        }
    }

    @Test
    void correctSumsAndUncheckableFiguresAreNotFlagged() {
        ParsedFile f = SeedRepository.parseOne(DIR.resolve("sums.md"), "sums.md");
        assertThat(f.diagnostics()).extracting(Diagnostic::code).containsExactly("arithmetic");
        assertThat(f.diagnostics().get(0).message()).contains("$1,200K").contains("$1.5M");
    }

    @Test
    void fileOverOneMebibyteIsRefusedBeforeParsing(@TempDir Path tmp) throws IOException {
        Path big = tmp.resolve("big.md");
        Files.writeString(big, "### SRE | Acme Global Negotiation Guide\n" + "x".repeat(1024 * 1024 + 1), StandardCharsets.UTF_8);
        ParsedFile f = SeedRepository.parseOne(big, "big.md");
        assertThat(f.diagnostics()).extracting(Diagnostic::code).containsExactly("too-large");
    }

    @Test
    void duplicateIdsAcrossFiles(@TempDir Path tmp) throws IOException {
        Files.copy(DIR.resolve("ok-chf.md"), tmp.resolve("a.md"));
        Files.copy(DIR.resolve("ok-chf.md"), tmp.resolve("b.md"));
        Seeds l = SeedRepository.loadDir(tmp, "d", "test", java.util.Map.of());
        Validation v = Validation.of(l.files(), Cli.TODAY);
        assertThat(v.files().get(1).diagnostics()).extracting(Diagnostic::code).containsExactly("duplicate-id");
        assertThat(v.files().get(1).diagnostics().get(0).message()).contains("d/a.md");
    }

    @Test
    void seedsValidateWithTheExpectedWarnings() {
        Cli.Result r = Cli.run("validate", "seeds", "--format", "json");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("\"files\" : 5", "\"errors\" : 0");
        Validation v = Validation.of(SeedRepository.loadDir(Path.of("seeds"), "seeds", "t", java.util.Map.of()).files(), Cli.TODAY);
        List<Diagnostic> all = v.files().stream().flatMap(x -> x.diagnostics().stream()).toList();
        assertThat(all.stream().filter(d -> d.code().equals("stale")).map(Diagnostic::file))
                .containsExactly("seeds/001_5247fd72239bff95.txt", "seeds/003_5bb8dbb01bbfa5f7.txt");
        List<Diagnostic> sums = all.stream().filter(d -> d.code().equals("arithmetic")).toList();
        assertThat(sums).hasSize(3).allMatch(d -> d.file().equals("seeds/000_8d8eefcd7e1a024a.txt"));
        assertThat(sums.get(0).message()).contains("€1,052K").contains("€608K");
        assertThat(sums.get(1).message()).contains("$2,200K");
        assertThat(sums.get(2).message()).contains("$2,060K");
        assertThat(all.stream().filter(d -> d.code().equals("stated-total")).map(Diagnostic::file).distinct())
                .containsExactly("seeds/001_5247fd72239bff95.txt", "seeds/003_5bb8dbb01bbfa5f7.txt", "seeds/004_b5d86265bf3c1cf1.txt");
        assertThat(all).noneMatch(d -> d.file().contains("000_") && d.code().equals("stated-total"));
        assertThat(v.files()).extracting(f -> f.kind().label()).containsExactly("guide", "guide", "report", "guide", "guide");
    }

    @Test
    void strictFailsOnWarningsAndGithubFormatAnnotates() {
        assertThat(Cli.run("validate", "seeds", "--strict").exit()).isEqualTo(1);
        Cli.Result gh = Cli.run("validate", "seeds", "--format", "github");
        assertThat(gh.out()).contains("::warning file=seeds/001_5247fd72239bff95.txt,line=10,col=1,title=stale::");
        Cli.Result bad = Cli.run("validate", DIR.resolve("short-row.md").toString());
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.out()).contains("short-row.md:5:").contains("the equity cell is empty");
    }
}
