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
 * Offer files with cliffs, frequencies, clawbacks, benefits, tax and --leave-after, whose figures
 * were computed by hand from the spec alone (`time/hand.py`, exact fractions): every figure matches
 * to the cent as the JSON prints it.
 */
class TimeCasesTest {
    private static final Path ROOT = Path.of("src/test/resources/time");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> timeCasesMatchTheHandComputation() throws IOException {
        List<Path> dirs;
        try (Stream<Path> s = Files.list(ROOT)) {
            dirs = s.filter(Files::isDirectory).sorted().toList();
        }
        return dirs.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
            List<String> args = new ArrayList<>(List.of("compare", dir.resolve("offers.yaml").toString()));
            for (String a : Files.readAllLines(dir.resolve("args.txt"))) {
                if (!a.isBlank()) {
                    args.add(a);
                }
            }
            args.addAll(List.of("--format", "json"));
            Cli.Result r = Cli.run(args.toArray(String[]::new));
            assertThat(r.exit()).as(r.err()).isZero();
            JsonNode got = JSON.readTree(r.out());
            JsonNode want = JSON.readTree(dir.resolve("expect.json").toFile());
            String at = dir.getFileName() + " ";
            assertThat(got.get("best").asText()).as(at + "best").isEqualTo(want.get("best").asText());
            assertThat(got.get("rankedAfterTax").asBoolean()).as(at + "rankedAfterTax").isEqualTo(want.get("rankedAfterTax").asBoolean());
            assertThat(got.get("years").asInt()).as(at + "years").isEqualTo(want.get("horizonYears").asInt());
            for (JsonNode w : want.get("offers")) {
                JsonNode o = offer(got, w.get("name").asText());
                String on = at + w.get("name").asText() + " ";
                same(on + "fourYear", o.get("fourYear"), w.get("fourYear"));
                same(on + "horizon.total", o.get("horizon").get("total"), w.get("horizonTotal"));
                same(on + "horizon.riskAdjusted", o.get("horizon").get("riskAdjusted"), w.get("horizonRiskAdjusted"));
                assertThat(o.get("years")).as(on + "years").hasSize(w.get("years").size());
                for (int i = 0; i < w.get("years").size(); i++) {
                    JsonNode wy = w.get("years").get(i);
                    same(on + "year " + (i + 1) + " total", o.get("years").get(i).get("total"), wy.get("total"));
                    if (wy.has("benefits")) {
                        same(on + "year " + (i + 1) + " benefits", o.get("years").get(i).get("benefits"), wy.get("benefits"));
                    }
                }
                if (w.has("afterTax") && !w.get("afterTax").isNull()) {
                    for (String k : List.of("horizon", "riskAdjusted", "ratePct")) {
                        same(on + "afterTax." + k, o.get("afterTax").get(k), w.get("afterTax").get(k));
                    }
                } else {
                    assertThat(o.has("afterTax")).as(on + "no afterTax").isFalse();
                }
                if (w.has("leave")) {
                    assertThat(o.get("leave")).as(on + "leave").hasSize(w.get("leave").size());
                    for (int i = 0; i < w.get("leave").size(); i++) {
                        JsonNode wl = w.get("leave").get(i);
                        JsonNode gl = o.get("leave").get(i);
                        String ln = on + "leave " + wl.get("months").asText() + "m ";
                        assertThat(gl.get("months").asInt()).as(ln).isEqualTo(wl.get("months").asInt());
                        for (String k : List.of("kept", "clawback", "exerciseCost", "keptAfterTax")) {
                            if (wl.has(k)) {
                                same(ln + k, gl.get(k), wl.get(k));
                            }
                        }
                    }
                }
            }
        }));
    }

    private static JsonNode offer(JsonNode doc, String name) {
        for (JsonNode o : doc.get("offers")) {
            if (o.get("name").asText().equals(name)) {
                return o;
            }
        }
        throw new AssertionError("no offer " + name + " in " + doc);
    }

    private static void same(String what, JsonNode got, JsonNode want) {
        if (want == null || want.isNull()) {
            assertThat(got == null || got.isNull()).as(what + ": want null, got " + got).isTrue();
            return;
        }
        assertThat(got).as(what + ": want " + want.asText() + ", got nothing").isNotNull();
        assertThat(got.decimalValue()).as(what).isEqualByComparingTo(new BigDecimal(want.asText()).setScale(2, RoundingMode.HALF_EVEN));
    }
}
