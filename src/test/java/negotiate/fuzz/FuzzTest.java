package negotiate.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import negotiate.guide.ParsedFile;
import negotiate.input.InputException;
import negotiate.money.AmountException;
import negotiate.money.MoneyParser;
import negotiate.offers.OfferFile;
import negotiate.offers.OfferSpec;
import negotiate.repository.SeedRepository;
import org.junit.jupiter.api.Test;

/**
 * Seeded mutation fuzzing of the four parsers that read what users type or bring: money literals,
 * inline SPECs, offer files and guides. The only allowed failure is the documented input error.
 * In `mvn test` each parser replays its corpus (src/test/resources/fuzz) plus a few thousand mutants
 * quickly; `-Dfuzz.seconds=600` fuzzes each parser for ten minutes (see docs/RELIABILITY.md).
 */
class FuzzTest {
    static final long SECONDS = Long.getLong("fuzz.seconds", 0);
    static final int QUICK = 3000;

    @Test
    void moneyLiterals() throws IOException {
        fuzz("money", s -> {
            try {
                MoneyParser.parseRange(s);
            } catch (AmountException e) {
                assertThat(e.code()).isIn("amount", "currency", "range");
            }
            try {
                MoneyParser.parsePercent(s);
            } catch (AmountException e) {
                assertThat(e.getMessage()).isNotBlank();
            }
        });
    }

    @Test
    void inlineSpecs() throws IOException {
        fuzz("spec", s -> {
            try {
                OfferSpec.parse("--offer", s, null);
            } catch (InputException e) {
                assertThat(e.kind()).isEqualTo(InputException.Kind.USAGE);
                assertThat(e.getMessage()).startsWith("--offer '");
            }
        });
    }

    @Test
    void offerFiles() throws IOException {
        fuzz("offers", s -> {
            try {
                OfferFile.parse(s.startsWith("{") ? "f.json" : "f.yaml", s, null);
            } catch (InputException e) {
                assertThat(e.kind()).isEqualTo(InputException.Kind.DATA);
                assertThat(e.getMessage()).startsWith("f.");
            }
        });
    }

    @Test
    void guides() throws IOException {
        fuzz("guides", s -> {
            ParsedFile f = SeedRepository.parseText("g.md", s);
            assertThat(f.diagnostics()).allSatisfy(d -> {
                assertThat(d.file()).isEqualTo("g.md");
                assertThat(d.line()).isPositive();
            });
            assertThat(f.diagnostics()).noneMatch(d -> d.message().contains("could not be parsed"));
        });
    }

    private static void fuzz(String corpus, Consumer<String> target) throws IOException {
        List<String> seeds = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/fuzz", corpus))) {
            for (Path p : s.sorted().toList()) {
                seeds.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        assertThat(seeds).isNotEmpty();
        for (String s : seeds) {
            run(target, s, corpus + " corpus");
        }
        Mutator m = new Mutator(corpus.hashCode());
        long until = System.nanoTime() + SECONDS * 1_000_000_000L;
        for (int i = 0; i < QUICK || System.nanoTime() < until; i++) {
            String input = m.mutate(seeds.get(i % seeds.size()));
            run(target, input, corpus + " mutant " + i);
        }
    }

    /** Writes a failing input to target/fuzz-failures/ byte for byte (a report would mangle control characters). */
    private static void keep(String what, String input) {
        try {
            Path dir = Files.createDirectories(Path.of("target/fuzz-failures"));
            Files.writeString(dir.resolve(what.replaceAll("[^A-Za-z0-9]+", "-") + ".txt"), input, StandardCharsets.UTF_8);
        } catch (IOException ignored) {
            // the assertion below still says what failed
        }
    }

    private static void run(Consumer<String> target, String input, String what) {
        try {
            target.accept(input);
        } catch (AssertionError e) {
            // the input that broke it, so that it can be kept as a fixture
            keep(what, input);
            throw new AssertionError(what + " failed on input:\n" + input + "\n---\n" + e.getMessage(), e);
        } catch (RuntimeException | StackOverflowError e) {
            keep(what, input);
            fail(what + " crashed with " + e + " on input:\n" + input, e);
        }
    }
}
