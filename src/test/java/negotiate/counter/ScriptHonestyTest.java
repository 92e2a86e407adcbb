package negotiate.counter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import negotiate.cli.Cli;
import negotiate.guide.Band;
import negotiate.guide.Guide;
import negotiate.guide.Lever;
import negotiate.guide.Regions;
import negotiate.money.MoneyFormat;
import negotiate.repository.SeedRepository;
import negotiate.repository.Seeds;
import org.junit.jupiter.api.Test;

/**
 * §3's promises about the script, checked on every region of the seeds and of the corpus of guides
 * written by others: no floor, no other region, no first-person sentence from a guide, no weaker
 * competing offer and none at the guide's own company unless cited.
 */
class ScriptHonestyTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Written independently of Honesty: any first-person word. */
    private static final Pattern FIRST = Pattern.compile("(?<![\\w/])(I|I'm|I’m|I've|I'd|me|my|we|our)(?![\\w/])");

    @Test
    void seedsAndCorpusScriptsKeepEveryPromise() throws Exception {
        int checked = 0;
        for (String dir : List.of("seeds", "src/test/resources/family")) {
            Seeds loaded = SeedRepository.loadDir(Path.of(dir), dir, "t", java.util.Map.of());
            List<String> allRegions = loaded.regions();
            for (Guide g : loaded.guides()) {
                for (Band b : g.bands()) {
                    if (b.level() != null) {
                        continue; // a region at several levels needs --level, tested elsewhere
                    }
                    check(dir, g, b, allRegions);
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(60);
    }

    private static void check(String dir, Guide g, Band b, List<String> allRegions) throws Exception {
        String cur = b.currency().getCurrencyCode();
        BigDecimal top = b.base().high();
        Cli.Result r = Cli.run("counter", g.id(), "--seeds", dir, "--region", b.region(), "--offer", "Mine:base=" + top.divide(
                BigDecimal.valueOf(2)).toPlainString() + " " + cur, "--competing", "Rival:base=" + top.toPlainString() + " " + cur
                + ",bonus=20%", "--competing", "Weaker:base=1 " + cur, "--competing", g.company() + " Elsewhere:base="
                + top.multiply(BigDecimal.TEN).add(BigDecimal.valueOf(7)).toPlainString() + " " + cur, "--format", "json", "--today", "2026-11-27");
        String at = dir + " " + g.id() + " " + b.region();
        assertThat(r.exit()).as(at + ": " + r.err()).isZero();
        JsonNode doc = JSON.readTree(r.out());
        String script = doc.get("script").asText();
        String floor = MoneyFormat.whole(doc.get("floor").get("annual").decimalValue());
        assertThat(script).as(at).doesNotContain(floor).doesNotContainIgnoringCase("floor").doesNotContain("walk away");
        assertThat(script).as(at + ": weaker offer").doesNotContain("Weaker");
        assertThat(script).as(at + ": the guide's own company").doesNotContain(g.company() + " Elsewhere");
        assertThat(script).as(at + ": the stronger rival is cited").contains("Rival");
        for (Lever l : g.levers()) {
            assertThat(script).as(at + ": a lever title as a heading").doesNotContain("**" + l.title());
            for (String sentence : l.text().replace("\"", "").replace("“", "").replace("”", "").split("(?<=[.!?])\\s+")) {
                String s = sentence.strip();
                if (s.length() > 12 && FIRST.matcher(s).find()) {
                    assertThat(script).as(at + ": first person from the guide").doesNotContain(s);
                }
            }
        }
        for (String other : allRegions) {
            String name = other.replace("*", "").strip();
            if (Regions.same(name, b.region()) || name.length() < 4 || b.region().toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT))
                    || (g.role() + " " + g.company()).toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT))) {
                continue;
            }
            assertThat(Pattern.compile("(?i)(?<![\\w])" + Pattern.quote(name) + "(?![\\w])").matcher(script).find())
                    .as(at + ": names another region, " + name).isFalse();
        }
        List<String> reasons = new ArrayList<>();
        String[] parts = script.split("Here is why I'm asking for this:\n\n");
        if (parts.length > 1) {
            for (String line : parts[1].split("\n\n")[0].split("\n")) {
                reasons.add(line);
            }
        }
        assertThat(reasons).as(at + ": at most three reasons").hasSizeLessThanOrEqualTo(3);
    }
}
