package negotiate.verdicts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import negotiate.cli.Cli;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Offer sets and counter cases whose answers were computed by hand from the spec alone (exact
 * fractions, `verdicts/hand.py`), by someone who did not read the code: every figure must match
 * after rounding to the cent (HALF_EVEN), as the JSON prints it.
 */
class VerdictCasesTest {
    private static final Path ROOT = Path.of("src/test/resources/verdicts");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> compareCasesMatchTheHandComputation() throws IOException {
        return cases("compare").map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
            List<String> args = new ArrayList<>(List.of("compare", dir.resolve("offers.yaml").toString(), "--format", "json"));
            seeds(dir, args);
            Cli.Result r = Cli.run(args.toArray(String[]::new));
            assertThat(r.exit()).as(r.err()).isZero();
            JsonNode got = JSON.readTree(r.out());
            JsonNode want = JSON.readTree(dir.resolve("expect.json").toFile());
            assertThat(got.get("currency").asText()).isEqualTo(want.get("currency").asText());
            assertThat(got.get("best").asText()).isEqualTo(want.get("best").asText());
            same(dir + " bestUnless", got.get("bestUnlessRiskPct"), want.get("verdictUnless"));
            assertThat(got.get("offers")).hasSize(want.get("offers").size());
            for (JsonNode w : want.get("offers")) {
                JsonNode o = offer(got, w.get("name").asText());
                String at = dir.getFileName() + " " + w.get("name").asText() + " ";
                same(at + "firstYear", o.get("firstYear"), w.get("firstYear"));
                same(at + "fourYear", o.get("fourYear"), w.get("fourYear"));
                same(at + "riskAdjusted.fourYear", o.get("riskAdjusted").get("fourYear"), w.get("riskAdjustedFourYear"));
                same(at + "riskPct", o.get("riskAdjusted").get("riskPct"), w.get("riskPct"));
                assertThat(o.get("riskAdjusted").get("riskSource").asText()).as(at + "riskSource").isEqualTo(w.get("riskSource").asText());
                same(at + "breakEvenRiskPct", o.get("breakEvenRiskPct"), w.get("breakEvenRiskPct"));
                if (w.get("band") == null || w.get("band").isNull()) {
                    assertThat(o.get("band").isNull()).as(at + "band").isTrue();
                } else {
                    for (String k : List.of("base", "equity", "bonus", "annual")) {
                        same(at + "band." + k, o.get("band").get(k), w.get("band").get(k));
                    }
                }
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> counterCasesFollowTheLadderToTheUnit() throws IOException {
        return cases("counter").map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
            List<String> args = new ArrayList<>(List.of("counter"));
            for (String a : Files.readAllLines(dir.resolve("args.txt"))) {
                if (a.isEmpty()) {
                    continue;
                }
                Path p = dir.resolve(a);
                args.add(!a.startsWith("-") && !a.contains(":") && Files.exists(p) ? p.toString() : a);
            }
            args.addAll(List.of("--format", "json", "--today", "2026-11-27"));
            Cli.Result r = Cli.run(args.toArray(String[]::new));
            assertThat(r.exit()).as(r.err()).isZero();
            JsonNode got = JSON.readTree(r.out());
            JsonNode want = JSON.readTree(dir.resolve("expect.json").toFile());
            String at = dir.getFileName() + " ";
            assertThat(got.get("currency").asText()).isEqualTo(want.get("currency").asText());
            for (String k : List.of("base", "equity", "signing", "fourYear", "unclosedGap")) {
                same(at + "ask." + k, got.get("ask").get(k), want.get("ask").get(k));
            }
            same(at + "floor", got.get("floor").get("annual"), want.get("floor").get("annual"));
            String source = got.get("floor").get("source").asText();
            String kind = switch (want.get("floor").get("sourceKind").asText()) {
                case "--floor" -> "--floor";
                case "competing" -> "competing offer ";
                default -> "band mid";
            };
            assertThat(source).as(at + "floor source").startsWith(kind);
        }));
    }

    private static void seeds(Path dir, List<String> args) {
        if (Files.isDirectory(dir.resolve("seeds"))) {
            args.add("--seeds");
            args.add(dir.resolve("seeds").toString());
        }
    }

    private static Stream<Path> cases(String kind) throws IOException {
        try (Stream<Path> s = Files.list(ROOT.resolve(kind))) {
            return s.filter(Files::isDirectory).sorted().toList().stream();
        }
    }

    private static JsonNode offer(JsonNode doc, String name) {
        for (JsonNode o : doc.get("offers")) {
            if (o.get("name").asText().equals(name)) {
                return o;
            }
        }
        throw new AssertionError("no offer " + name + " in " + doc);
    }

    /** The printed number equals the hand value rounded to the cent; null only where the hand says null. */
    private static void same(String what, JsonNode got, JsonNode want) {
        if (want == null || want.isNull()) {
            assertThat(got == null || got.isNull()).as(what + ": want null, got " + got).isTrue();
            return;
        }
        assertThat(got).as(what + ": want " + want.asText()).isNotNull();
        assertThat(got.isNull()).as(what + ": want " + want.asText() + ", got null").isFalse();
        BigDecimal expected = new BigDecimal(want.asText()).setScale(2, RoundingMode.HALF_EVEN);
        assertThat(got.decimalValue()).as(what).isEqualByComparingTo(expected);
    }
}
