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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import negotiate.cli.Cli;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * `compare --scenarios` on offer sets and reports whose outcomes, expected totals and pairwise
 * chances were computed by hand from the spec alone (`scenarios/hand.py`, exact fractions). Outcomes
 * are matched as `scenarios/check_tool.py` matches them: exits and "other" by name, growth by percent,
 * the zero and face-value outcomes by what they are.
 */
class ScenarioCasesTest {
    private static final Path ROOT = Path.of("src/test/resources/scenarios");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> scenarioCasesMatchTheHandComputation() throws IOException {
        List<Path> dirs;
        try (Stream<Path> s = Files.list(ROOT)) {
            dirs = s.filter(p -> Files.exists(p.resolve("expect.json"))).sorted().toList();
        }
        return dirs.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
    }

    private static void check(Path dir) throws IOException {
        JsonNode exp = JSON.readTree(dir.resolve("expect.json").toFile());
        String seeds = Files.isDirectory(dir.resolve("seeds")) ? dir.resolve("seeds").toString() : "seeds";
        List<String> args = new ArrayList<>(List.of("compare", dir.resolve("offers.yaml").toString(), "--scenarios"));
        for (String a : Files.readAllLines(dir.resolve("args.txt"))) {
            if (!a.isBlank()) {
                args.add(a);
            }
        }
        args.addAll(List.of("--seeds", seeds, "--format", "json"));
        Cli.Result r = Cli.run(args.toArray(String[]::new));
        String at = dir.getFileName() + " ";
        if (exp.has("validate")) {
            Cli.Result v = Cli.run("validate", seeds, "--format", "json");
            assertThat(v.exit()).as(at + "validate exit").isEqualTo(exp.get("validate").get("exitCode").asInt());
            List<String> got = new ArrayList<>();
            for (JsonNode f : JSON.readTree(v.out()).get("files")) {
                for (JsonNode d : f.get("diagnostics")) {
                    if (d.get("code").asText().equals("report-scenarios")) {
                        got.add(Path.of(f.get("file").asText()).getFileName() + " " + d.get("severity").asText());
                    }
                }
            }
            List<String> want = new ArrayList<>();
            for (JsonNode d : exp.get("validate").get("diagnostics")) {
                want.add(Path.of(d.get("file").asText()).getFileName() + " " + d.get("severity").asText());
            }
            assertThat(got).as(at + "validate").containsExactlyInAnyOrderElementsOf(want);
        }
        if (exp.has("exitCode")) {
            assertThat(r.exit()).as(at + r.err()).isEqualTo(exp.get("exitCode").asInt());
            assertThat(r.out()).isEmpty();
            String name = Path.of(exp.get("error").get("file").asText()).getFileName().toString();
            int lo = exp.get("error").get("lineWithin").get(0).asInt();
            int hi = exp.get("error").get("lineWithin").get(1).asInt();
            Matcher m = Pattern.compile(Pattern.quote(name) + ":(\\d+)").matcher(r.err());
            boolean named = false;
            while (m.find()) {
                int line = Integer.parseInt(m.group(1));
                named |= line >= lo && line <= hi;
            }
            assertThat(named).as(at + "names " + name + ":" + lo + ".." + hi + " in " + r.err()).isTrue();
            return;
        }
        assertThat(r.exit()).as(at + r.err()).isZero();
        JsonNode doc = JSON.readTree(r.out());
        Map<String, JsonNode> offers = new HashMap<>();
        for (JsonNode o : doc.get("offers")) {
            offers.put(o.get("name").asText(), o);
        }
        for (JsonNode eo : exp.get("offers")) {
            String name = eo.get("name").asText();
            JsonNode o = offers.get(name);
            assertThat(o).as(at + "offer " + name).isNotNull();
            same(at + name + " horizon.total", o.get("horizon").get("total"), eo.get("horizonFaceValue"));
            List<JsonNode> tool = new ArrayList<>();
            o.path("scenarios").forEach(tool::add);
            Map<Integer, JsonNode> pairs = classify(tool, eo.get("scenarios"));
            assertThat(pairs.size()).as(at + name + ": every outcome paired, none extra").isEqualTo(tool.size());
            for (int i = 0; i < eo.get("scenarios").size(); i++) {
                JsonNode e = eo.get("scenarios").get(i);
                JsonNode t = pairs.get(i);
                String label = at + name + " / " + e.get("kind").asText() + " " + e.path("name").asText("");
                assertThat(t).as(label + ": missing").isNotNull();
                same(label + " probabilityPct", t.get("probabilityPct"), e.get("probabilityPct"));
                JsonNode em = e.get("multiple");
                JsonNode tm = t.get("multiple");
                assertThat(tm == null || tm.isNull()).as(label + " multiple").isEqualTo(em == null || em.isNull());
                if (em != null && !em.isNull()) {
                    for (String k : List.of("low", "mid", "high")) {
                        same(label + " multiple." + k, tm.get(k), em.get(k));
                    }
                    assertThat(tm.path("atLeast").asBoolean(false)).as(label + " atLeast").isEqualTo(em.get("atLeast").asBoolean());
                }
                for (String k : List.of("horizon", "horizonLow", "horizonHigh")) {
                    if (t.has(k)) {
                        same(label + " " + k, t.get(k), e.get(k));
                    }
                }
            }
            for (String k : List.of("horizon", "low", "high")) {
                same(at + name + " expected." + k, o.get("expected").get(k), eo.get("expected").get(k));
            }
        }
        Map<String, JsonNode> beats = new HashMap<>();
        doc.path("beats").forEach(b -> beats.put(b.get("a").asText() + " > " + b.get("b").asText(), b.get("probabilityPct")));
        for (JsonNode b : exp.get("beats")) {
            String key = b.get("a").asText() + " > " + b.get("b").asText();
            same(at + "beats " + key, beats.remove(key), b.get("probabilityPct"));
        }
        assertThat(beats).as(at + "beats not expected").isEmpty();
    }

    /** Pairs expected outcomes with the tool's: exits and "other" by name, growth by percent, zero and face value by kind. */
    private static Map<Integer, JsonNode> classify(List<JsonNode> tool, JsonNode expected) {
        Map<Integer, JsonNode> pairs = new HashMap<>();
        Set<Integer> used = new HashSet<>();
        Set<String> named = new HashSet<>();
        Pattern growth = Pattern.compile("growth ([+-]?[0-9.]+)\\s*%");
        for (int i = 0; i < expected.size(); i++) {
            JsonNode e = expected.get(i);
            String kind = e.get("kind").asText();
            for (int j = 0; j < tool.size(); j++) {
                if (used.contains(j)) {
                    continue;
                }
                String tn = tool.get(j).get("name").asText();
                Matcher g = growth.matcher(tn);
                boolean match = (kind.equals("exit") || kind.equals("other")) && tn.equals(e.get("name").asText())
                        || kind.equals("growth") && g.matches() && new BigDecimal(g.group(1)).compareTo(new BigDecimal(
                        e.get("growthPct").asText())) == 0;
                if (match) {
                    pairs.put(i, tool.get(j));
                    used.add(j);
                    break;
                }
            }
            if (kind.equals("exit") || kind.equals("other")) {
                named.add(e.get("name").asText());
            }
        }
        for (int i = 0; i < expected.size(); i++) {
            String kind = expected.get(i).get("kind").asText();
            if (!kind.equals("zero") && !kind.equals("asOffered")) {
                continue;
            }
            for (int j = 0; j < tool.size(); j++) {
                String tn = tool.get(j).get("name").asText();
                if (used.contains(j) || named.contains(tn) || tn.startsWith("growth ")) {
                    continue;
                }
                JsonNode m = tool.get(j).get("multiple");
                boolean zero = m != null && !m.isNull() && m.get("mid").decimalValue().signum() == 0;
                if (kind.equals("zero") == zero) {
                    pairs.put(i, tool.get(j));
                    used.add(j);
                    break;
                }
            }
        }
        return pairs;
    }

    private static void same(String what, JsonNode got, JsonNode want) {
        if (want == null || want.isNull()) {
            assertThat(got == null || got.isNull()).as(what + ": want null, got " + got).isTrue();
            return;
        }
        assertThat(got == null || got.isNull()).as(what + ": want " + want.asText() + ", got nothing").isFalse();
        assertThat(got.decimalValue()).as(what).isEqualByComparingTo(new BigDecimal(want.asText()).setScale(2, RoundingMode.HALF_EVEN));
    }
}
