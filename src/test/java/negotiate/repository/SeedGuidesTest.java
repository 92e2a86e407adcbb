package negotiate.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import negotiate.comp.BandCalculator;
import negotiate.comp.NormalisedBand;
import negotiate.guide.Band;
import negotiate.guide.EquityType;
import negotiate.guide.Guide;
import negotiate.guide.Lever;
import negotiate.guide.ParsedFile;
import negotiate.guide.Report;
import negotiate.money.RateTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The user's five real files parse, and every band figure worked out in the spec (§2) holds. */
class SeedGuidesTest {
    static Seeds seeds;

    @BeforeAll
    static void load() {
        seeds = SeedRepository.loadDir(Path.of("seeds"), "seeds", "test", java.util.Map.of("NEGOTIATE_CACHE", "off"));
    }

    static Guide guide(String id) {
        return seeds.guides().stream().filter(g -> g.id().equals(id)).findFirst().orElseThrow();
    }

    static NormalisedBand band(String id, String region) {
        Guide g = guide(id);
        Band b = g.bands().stream().filter(x -> x.region().equals(region)).findFirst().orElseThrow();
        return BandCalculator.normalise(g, b, null, null, new RateTable());
    }

    static void assertSpread(negotiate.comp.Spread s, String low, String mid, String high) {
        assertThat(s.low()).isEqualByComparingTo(low);
        assertThat(s.mid()).isEqualByComparingTo(mid);
        assertThat(s.high()).isEqualByComparingTo(high);
    }

    @Test
    void fourGuidesAndOneReportWithTheirIds() {
        assertThat(seeds.guides()).extracting(Guide::id).containsExactly(
                "hugging-face/open-source-ml-platform-engineer",
                "huggingface-enterprise/model-hub-platform-engineer",
                "weights-and-biases/mlops-platform-engineer",
                "anyscale/ray-platform-engineer");
        assertThat(seeds.reports()).extracting(Report::id).containsExactly("hugging-face");
        assertThat(seeds.files()).noneMatch(ParsedFile::hasErrors);
    }

    @Test
    void paris000() {
        NormalisedBand n = band("hugging-face/open-source-ml-platform-engineer", "Paris");
        assertThat(n.currency().getCurrencyCode()).isEqualTo("EUR");
        assertSpread(n.annual(), "139250", "173750", "208250");
        assertSpread(n.fourYear(), "557000", "695000", "833000");
        assertThat(n.stated().low()).isEqualByComparingTo("139000");
        assertThat(n.stated().high()).isEqualByComparingTo("208000");
        assertThat(n.band().equityType()).isEqualTo(EquityType.PRIVATE);
        assertThat(n.band().line()).isEqualTo(7);
    }

    @Test
    void remoteGlobalIsDerivedFromNewYork() {
        NormalisedBand n = band("hugging-face/open-source-ml-platform-engineer", "Remote Global");
        assertThat(n.currency().getCurrencyCode()).isEqualTo("USD");
        assertThat(n.base().low()).isEqualByComparingTo("136500");
        assertThat(n.base().high()).isEqualByComparingTo("262000");
        assertThat(n.equity().low()).isEqualByComparingTo("275000");
        assertThat(n.equity().high()).isEqualByComparingTo("488000");
        assertThat(n.bonusPct().high()).isEqualByComparingTo("0");
        assertSpread(n.annual(), "205250", "294625", "384000");
        assertThat(n.stated()).isNull();
    }

    @Test
    void sanFrancisco001FrontMatterBonusWins() {
        NormalisedBand n = band("huggingface-enterprise/model-hub-platform-engineer", "San Francisco");
        assertThat(n.bonusPct().low()).isEqualByComparingTo("10");
        assertThat(n.bonusPct().high()).isEqualByComparingTo("10");
        assertSpread(n.annual(), "294000", "348250", "402500");
        assertSpread(n.fourYear(), "1176000", "1393000", "1610000");
        assertThat(n.stated().low()).isEqualByComparingTo("305000");
        assertThat(n.stated().high()).isEqualByComparingTo("460000");
        assertThat(n.guide().company()).isEqualTo("Hugging Face Enterprise");
        assertThat(n.guide().reviewDue()).hasToString("2026-05-23");
    }

    @Test
    void london004TableOnlyBonusRange() {
        NormalisedBand n = band("anyscale/ray-platform-engineer", "London");
        assertThat(n.currency().getCurrencyCode()).isEqualTo("GBP");
        assertSpread(n.annual(), "223300", "269325", "315350");
    }

    @Test
    void premiumsLeversStrategyPlaceholders() {
        Guide hf = guide("hugging-face/open-source-ml-platform-engineer");
        assertThat(hf.premiums()).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("Agentic AI Premium");
            assertThat(p.pct().low()).isEqualByComparingTo("20");
            assertThat(p.pct().high()).isEqualByComparingTo("35");
        });
        assertThat(hf.levers()).extracting(Lever::title).containsExactly(
                "Pre-IPO Equity Maximization + Agentic AI Premium", "Competing Offer Framing (Paris)",
                "Competing Offer Framing (NYC)", "Signature Role Premium");
        assertThat(hf.strategy()).startsWith("\"The Open Source ML Platform Engineer role");
        assertThat(hf.placeholders()).contains("X commits/PRs", "library", "specific agent infrastructure");
        assertThat(hf.levelMapping()).startsWith("HF Open Source ML Platform Engineer = Google L5+");
        assertThat(hf.evidence()).hasSize(7);
        Guide ws = guide("weights-and-biases/mlops-platform-engineer");
        assertThat(ws.company()).isEqualTo("Weights & Biases");
        assertThat(ws.levers()).extracting(Lever::title).first().isEqualTo("Next-Gen ML Lifecycle Infrastructure Lever");
        assertThat(ws.premiums()).isEmpty();
    }

    @Test
    void premiumAppliesToEquity() {
        Guide g = guide("hugging-face/open-source-ml-platform-engineer");
        Band paris = g.bands().get(0);
        NormalisedBand n = BandCalculator.normalise(g, paris, g.premiums().get(0), null, new RateTable());
        assertThat(n.equity().low()).isEqualByComparingTo(new BigDecimal("198000")); // 165K × 1.20
        assertThat(n.equity().high()).isEqualByComparingTo(new BigDecimal("411750")); // 305K × 1.35
    }

    @Test
    void reportGivesTheChanceEquityGoesToZero() {
        Report r = seeds.reports().get(0);
        assertThat(r.company()).isEqualTo("Hugging Face");
        assertThat(r.zeroPct()).isEqualByComparingTo("30");
        assertThat(r.exits()).extracting(Report.ExitScenario::name)
                .containsExactly("IPO", "Amazon acquisition", "Google acquisition", "Independent leader");
        assertThat(r.metric("valuation")).startsWith("$4.5B");
    }

    @Test
    void queriesPreferExactMatches() {
        // the query path every command takes (Seeds.guides), not a copy of it
        assertThat(seeds.guides("hugging face")).extracting(Guide::id)
                .containsExactly("hugging-face/open-source-ml-platform-engineer");
        assertThat(seeds.guides("platform engineer")).hasSize(4);
        assertThat(seeds.guides("ANYSCALE")).hasSize(1);
        assertThat(seeds.guides("hugging")).hasSize(2);
    }
}
