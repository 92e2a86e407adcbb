package negotiate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The verdict a person reads: unknown risk said next to every figure it touches, break-even risk, the chart. */
class CompareVerdictTest {
    private static final String STARTUP = "Startup:base=$200K,equity=$400K/4y,type=private";
    private static final String BIG = "Big:base=$230K,equity=$200K/4y";

    @Test
    void unknownRiskIsAnUpperBoundAndTheVerdictSaysWhenItStopsBeingBest() throws Exception {
        Cli.Result r = Cli.run("compare", "--offer", STARTUP, "--offer", BIG);
        assertThat(r.exit()).as(r.err()).isZero();
        // H 1,200,000 − R 1,120,000 = 80,000 over E 400,000: 20 %
        assertThat(r.out()).contains("Offers in USD, pre-tax")
                .containsPattern("Equity risk +private, unknown +public\n")
                .containsPattern("Risk-adj\\. four years +≤\\$1,200,000 +\\$1,120,000\n")
                .containsPattern("Break-even risk +20% +—\n")
                .contains("Best: Startup (highest risk-adjusted four-year total, ≤$1,200,000).\n"
                        + "Startup is best unless its equity has a greater than 20% chance of being worth nothing (its risk is unknown)\n")
                .contains("≤ an upper bound: the equity risk of Startup is unknown, so its equity is counted at face value\n")
                .doesNotContain("0% (none)");
        JsonNode doc = new ObjectMapper().readTree(Cli.run("compare", "--offer", STARTUP, "--offer", BIG, "-o", "json").out());
        JsonNode s = doc.get("offers").get(0);
        assertThat(s.get("riskAdjusted").get("riskPct").isNull()).isTrue();
        assertThat(s.get("riskAdjusted").get("riskSource").asText()).isEqualTo("unknown");
        assertThat(s.get("riskAdjusted").get("upperBound").asBoolean()).isTrue();
        assertThat(s.get("breakEvenRiskPct").decimalValue()).isEqualByComparingTo("20");
        assertThat(doc.get("offers").get(1).get("breakEvenRiskPct").isNull()).isTrue();
        assertThat(doc.get("offers").get(1).get("riskAdjusted").get("riskSource").asText()).isEqualTo("public");
        assertThat(doc.get("bestUnlessRiskPct").decimalValue()).isEqualByComparingTo("20");
        assertThat(doc.get("pretax").asBoolean()).isTrue();
    }

    @Test
    void aKnownRiskFarFromBreakEvenGivesAPlainVerdictAndACloseOneNamesIt() {
        // risk 5 %, break-even 20 %: 15 points apart, a plain verdict
        Cli.Result far = Cli.run("compare", "--offer", STARTUP + ",risk=5%", "--offer", BIG);
        assertThat(far.out()).contains("Best: Startup (highest risk-adjusted four-year total, $1,180,000)\n")
                .doesNotContain("unless");
        // risk 12 %, break-even 20 %: within 10 points
        Cli.Result close = Cli.run("compare", "--offer", STARTUP + ",risk=12%", "--offer", BIG);
        assertThat(close.out()).contains("Startup is best unless its equity has a greater than 20% chance of being worth nothing"
                + " (the risk used is 12%)");
    }

    @Test
    void theChartDrawsWhatTheVerdictRanksWithTheNominalPartVisible() {
        Cli.Result r = Cli.run("compare", "--offer", STARTUP + ",risk=50%", "--offer", BIG);
        // Startup: nominal 1,200,000, risk-adjusted 1,000,000; Big 1,120,000 is best and the longest full bar
        assertThat(r.out()).contains("Four-year total, risk-adjusted (█ risk-adjusted, ░ what the equity risk takes off the nominal total)\n")
                .contains("Startup  " + "█".repeat(33) + "░".repeat(7) + " $1,000,000 (nominal $1,200,000)\n")
                .contains("Big      " + "█".repeat(37) + " $1,120,000  ← best\n");
    }

    @Test
    void yearsAreSplitIntoPayEquityAndOneTime() {
        Cli.Result r = Cli.run("compare", "--offer", "A:base=$100K,bonus=10%,signing=$20K,equity=$40K/4y", "--offer", "B:base=$120K");
        assertThat(r.out()).containsPattern("Year 1 +\\$140,000 +\\$120,000\n  base \\+ bonus +\\$110,000 +\\$120,000\n"
                + "  equity +\\$10,000 +\\$0\n  one-time +\\$20,000 +\\$0\nYear 2 ");
    }

    @Test
    void aReportsRiskNamesTheTableItCameFrom() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(Cli.run("compare", "docs/examples/offers.yaml", "-o", "json").out());
        JsonNode hf = doc.get("offers").get(0).get("riskAdjusted");
        assertThat(hf.get("riskPct").decimalValue()).isEqualByComparingTo("30");
        assertThat(hf.get("riskSource").asText()).isEqualTo("report:hugging-face");
        assertThat(hf.get("riskTable").asText()).isEqualTo("Designer-Specific Risk Scenarios");
        assertThat(doc.get("offers").get(0).get("notes").get(0).asText()).isEqualTo("Hugging Face: risk 30% from the Hugging Face"
                + " report (chance equity goes to $0, table \"Designer-Specific Risk Scenarios\", seeds/002_51a7a94ec056edc2.txt:248)");
    }

    @Test
    void signingBeyondTheHorizonIsSaidNotDropped() {
        assertThat(Cli.run("compare", "--offer", "A:base=$100K,signing=$1K/$1K/$1K/$1K/$1K").out())
                .contains("note: A: signing for year 5 lies beyond the 4-year horizon and is not counted\n");
    }

    @Test
    void showListsTheRatesItConvertedWith() throws Exception {
        Cli.Result r = Cli.run("show", "anyscale", "--currency", "EUR", "--rate", "USD/EUR=0.9", "--rate", "GBP/EUR=1.2");
        // by pair, not by first use (which the order of the bands would decide)
        assertThat(r.out()).contains("Rates used:\n  1 GBP = 1.2 EUR  (--rate)\n  1 USD = 0.9 EUR  (--rate)\n");
        JsonNode doc = new ObjectMapper().readTree(Cli.run("show", "anyscale", "--currency", "EUR", "--rate", "USD/EUR=0.9",
                "--rate", "GBP/EUR=1.2", "-o", "json").out());
        assertThat(doc.get("rates").get(1).get("pair").asText()).isEqualTo("USD/EUR");
        assertThat(Cli.run("show", "anyscale").out()).doesNotContain("Rates used");
    }

    @Test
    void tiesSayHowTheyWereBroken() {
        assertThat(Cli.run("compare", "--offer", "Beta:base=$100K", "--offer", "alpha:base=$100K").out())
                .contains("Best: alpha (highest risk-adjusted four-year total, $400,000);\ntied with Beta, and on the nominal total"
                        + " too: the name first in alphabetical order wins");
        assertThat(Cli.run("compare", "--offer", "A:base=$100K,equity=$100K/4y,type=private,risk=100%", "--offer", "B:base=$100K",
                "--offer", "C:base=$90K").out()).contains("Best: A (highest risk-adjusted four-year total, $400,000);\ntied with B,"
                        + " broken by the higher nominal total");
    }

    @Test
    void aBreakEvenJustUnderAHundredIsNotSaidAsAHundred() {
        // 100 × (40,400,000 − 400,040) ÷ 40,000,000 = 99.9999 %: not "greater than 100%"
        assertThat(Cli.run("compare", "--offer", "S:base=$100K,equity=$40000K/4y,type=private", "--offer", "B:base=$100.01K").out())
                .contains("greater than 99.999% chance");
    }

    @Test
    void aMistypedCompanyIsSaidWithWhatItMayHaveMeant() {
        Cli.Result r = Cli.run("compare", "--offer", "HF:base=$200K,equity=$400K/4y,type=private,company=huggingface");
        assertThat(r.err()).contains("negotiate: warning: offer 'HF': no company report for 'huggingface' (did you mean"
                + " 'hugging-face'?)");
        assertThat(r.out()).contains("private, unknown");
    }

    @Test
    void twoOffersOfOneNameInTwoFilesNameBothFiles(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
        java.nio.file.Path a = tmp.resolve("a.yaml");
        java.nio.file.Path b = tmp.resolve("b.yaml");
        java.nio.file.Files.writeString(a, "offers:\n  - name: X\n    base: $1\n");
        java.nio.file.Files.writeString(b, "offers:\n  - name: x\n    base: $2\n");
        Cli.Result r = Cli.run("compare", a.toString(), b.toString());
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).contains("two offers are named 'x' (" + a + ":2 and " + b + ":2)");
    }

    @Test
    void aSpecWhoseDollarTheShellAteGetsTheSingleQuoteHint() {
        Cli.Result r = Cli.run("compare", "--offer", "A:base=00K");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("base=00K looks like an amount whose \"$1\" (or \"$2\"…) the shell removed")
                .contains("single quotes");
    }
}
