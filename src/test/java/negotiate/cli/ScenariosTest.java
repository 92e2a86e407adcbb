package negotiate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** §2 "Equity scenarios" on the seed report, against figures computed by hand. */
class ScenariosTest {
    private static JsonNode run(String... args) throws Exception {
        Cli.Result r = Cli.run(args);
        assertThat(r.exit()).as(r.err()).isZero();
        return new ObjectMapper().readTree(r.out());
    }

    private static JsonNode named(JsonNode list, String field, String name) {
        for (JsonNode n : list) {
            if (n.get(field).asText().equals(name)) {
                return n;
            }
        }
        throw new AssertionError(name + " not in " + list);
    }

    private static void is(JsonNode n, String value) {
        assertThat(n.decimalValue()).isEqualByComparingTo(new BigDecimal(value).setScale(2, RoundingMode.HALF_EVEN));
    }

    @Test
    void theSeedReportsExitsScaledByItsChanceOfZero() throws Exception {
        JsonNode doc = run("compare", "docs/examples/offers.yaml", "--scenarios", "-o", "json");
        JsonNode hf = named(doc.get("offers"), "name", "Hugging Face");
        // equity within four years: the $420K grant and refreshes 25K + 50K + 75K = 570,000; the rest 1,005,000
        JsonNode ipo = named(hf.get("scenarios"), "name", "IPO");
        is(ipo.get("probabilityPct"), "24.5");            // 35 % × 0.7
        is(ipo.get("multiple").get("low"), "1.78");       // $8B / $4.5B
        is(ipo.get("multiple").get("high"), "2.67");      // $12B / $4.5B
        is(ipo.get("horizon"), "2271666.67");             // 1,005,000 + 570,000 × 20/9
        JsonNode leader = named(hf.get("scenarios"), "name", "Independent leader");
        is(leader.get("probabilityPct"), "7");
        assertThat(leader.get("multiple").get("atLeast").asBoolean()).isTrue();
        is(leader.get("horizon"), "2905000");             // 1,005,000 + 570,000 × 15/4.5
        JsonNode zero = named(hf.get("scenarios"), "name", "equity goes to $0");
        is(zero.get("probabilityPct"), "30");
        is(zero.get("horizon"), "1005000");
        // 0.245 × 2,271,666.67 + 0.21 × 1,891,666.67 + 0.175 × 1,765,000 + 0.07 × 2,905,000 + 0.3 × 1,005,000
        is(hf.get("expected").get("horizon"), "1767533.33");
        is(hf.get("expected").get("low"), "1656700");
        is(hf.get("expected").get("high"), "1878366.67");
        // Anthropic's 1,911,567 is passed by the IPO (24.5 %) and the independent leader (7 %) only
        is(named(doc.get("beats"), "b", "Anthropic").get("probabilityPct"), "31.5");
        JsonNode anthropicOverHf = null;
        for (JsonNode b : doc.get("beats")) {
            if (b.get("a").asText().equals("Anthropic") && b.get("b").asText().equals("Hugging Face")) {
                anthropicOverHf = b;
            }
        }
        is(anthropicOverHf.get("probabilityPct"), "68.5");
    }

    @Test
    void theOffersValuationAndDilutionAndItsOwnRisk() throws Exception {
        JsonNode doc = run("compare", "--offer", "HF:base=$200K,equity=$400K/4y,type=private,risk=20%,company=hugging-face,"
                + "valuation=$7.75B,dilution=20%", "--scenarios", "-o", "json");
        JsonNode hf = doc.get("offers").get(0);
        JsonNode ipo = named(hf.get("scenarios"), "name", "IPO");
        is(ipo.get("probabilityPct"), "28");              // 35 % × 0.8: the offer's own 20 % as P0
        is(ipo.get("multiple").get("low"), "0.83");       // 8 × 0.8 / 7.75 = 0.8258
        is(ipo.get("horizon"), "1212903.23");             // 800,000 + 400,000 × 0.8 × 10 / 7.75 (the mid: $10B)
        is(named(hf.get("scenarios"), "name", "equity goes to $0").get("probabilityPct"), "20");
        assertThat(hf.get("scenarioBasis").get("valuationFrom").asText()).isEqualTo("offer");
    }

    @Test
    void withoutAnExitTableAKnownRiskGivesTwoOutcomesAndGrowthValuesPublicEquity() throws Exception {
        JsonNode doc = run("compare", "--offer", "S:base=$100K,equity=$400K/4y,type=private,risk=25%", "--offer",
                "P:base=$100K,equity=$400K/4y", "--growth", "-50%,10%", "-o", "json");
        JsonNode s = doc.get("offers").get(0);
        is(named(s.get("scenarios"), "name", "equity goes to $0").get("probabilityPct"), "25");
        is(named(s.get("scenarios"), "name", "face value").get("horizon"), "800000");
        JsonNode p = doc.get("offers").get(1);
        // 100K a year vesting in years 1–4 of a grant made in year 1: × 0.5, 0.25, 0.125, 0.0625 → 93,750
        is(named(p.get("scenarios"), "name", "growth -50%").get("horizon"), "493750");
        assertThat(named(p.get("scenarios"), "name", "growth -50%").get("probabilityPct").isNull()).isTrue();
        // × 1.1, 1.21, 1.331, 1.4641 → 510,510
        is(named(p.get("scenarios"), "name", "growth +10%").get("horizon"), "910510");
        // S beats P only when its equity is worth something (75 %); a tie is no win
        is(named(doc.get("beats"), "a", "S").get("probabilityPct"), "0");
        is(named(doc.get("beats"), "a", "P").get("probabilityPct"), "25");
    }

    @Test
    void aReportOverAHundredIsAnInputError() {
        Cli.Result r = Cli.run("compare", "--seeds", "src/test/resources/fixtures/guides", "--offer",
                "N:base=$1,equity=$1/4y,type=private,company=nimbus-weather", "--scenarios");
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).contains("report-scenarios-over.md:13: the exit scenarios' probabilities sum to 110%, over 100%");
    }

    @Test
    void anUnreadableExitNeverLosesItsProbabilityAndAMissingValuationNeverCrashes() throws Exception {
        String seeds = "src/test/resources/fixtures/reports";
        JsonNode doc = run("compare", "--seeds", seeds, "--offer", "A:base=$1,equity=$100K/4y,type=private,company=acme-rockets",
                "--scenarios", "-o", "json");
        JsonNode a = doc.get("offers").get(0);
        // 'Undisclosed' cannot be read: the report's exits are not used, the offer's 10 % risk (the report's) gives two outcomes
        assertThat(a.get("scenarios")).hasSize(2);
        is(named(a.get("scenarios"), "name", "equity goes to $0").get("probabilityPct"), "10");
        is(named(a.get("scenarios"), "name", "face value").get("probabilityPct"), "90");
        assertThat(a.get("scenarioNotes").get(0).asText()).contains("'Other' has a valuation that cannot be read, 'Undisclosed'");
        // a report without a Valuation row: no multiples to compute, said, in every format
        for (String format : List.of("table", "markdown", "csv", "html", "json")) {
            Cli.Result r = Cli.run("compare", "--seeds", seeds, "--offer", "Z:base=$1,equity=$100K/4y,type=private,risk=20%,"
                    + "company=zephyr-labs", "--scenarios", "-o", format);
            assertThat(r.exit()).as(format + " " + r.err()).isZero();
        }
        // with the offer's valuation, "$0" is a readable exit worth nothing
        JsonNode z = run("compare", "--seeds", seeds, "--offer", "Z:base=$1,equity=$100K/4y,type=private,risk=20%,company=zephyr-labs,"
                + "valuation=$2.5B", "--scenarios", "-o", "json").get("offers").get(0);
        is(named(z.get("scenarios"), "name", "IPO").get("probabilityPct"), "40");          // 50 % × 0.8
        is(named(z.get("scenarios"), "name", "Fire sale").get("multiple").get("mid"), "0");
        is(named(z.get("scenarios"), "name", "IPO").get("horizon"), "200004");            // 4 + 100,000 × 2
    }

    @Test
    void aSecondExitTableIsNotAddedToTheFirstAndTheCommandsSaySo() throws Exception {
        String seeds = "src/test/resources/fixtures/guides";
        // the base case (IPO 50 % at ×2, sale 50 % at ×1.25) alone; the bear case is not added to it (that would be 200 %)
        JsonNode doc = run("compare", "--seeds", seeds, "--offer", "T:base=$1,equity=$400K/4y,type=private,company=tern-aero",
                "--scenarios", "-o", "json");
        JsonNode t = doc.get("offers").get(0);
        assertThat(t.get("scenarios")).hasSize(2);
        is(named(t.get("scenarios"), "name", "Sale").get("probabilityPct"), "50");
        is(named(t.get("scenarios"), "name", "Sale").get("multiple").get("mid"), "1.25");
        is(t.get("expected").get("horizon"), "650004");   // 4 × 1 + 400,000 × (0.5 × 2 + 0.5 × 1.25)
        Cli.Result company = Cli.run("company", "tern-aero", "--seeds", seeds);
        assertThat(company.exit()).isZero();
        assertThat(company.err()).contains("report-scenarios-two-tables.md:18:1: warning: a second exit-scenario table"
                + " ('Exit paths — bear case') is not used: scenarios use the first, 'Exit paths — base case' (line 13)");
        assertThat(company.out()).contains("Exit paths — base case").doesNotContain("Wind-down").doesNotContain("sum to");
    }

    @Test
    void companySaysWhenAMultipleNeedsARate() {
        Cli.Result r = Cli.run("company", "mixta", "--seeds", "src/test/resources/fixtures/reports");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Sale              50%  €1B–€3B    ×0.5–1.5").contains("Multiples: some exits are in another"
                + " currency than the valuation (EUR); compare --scenarios converts them at a rate it lists.");
    }

    @Test
    void aValuationInAnotherCurrencyIsConvertedAtARateTheReportLists() throws Exception {
        // the report's exits are in euros, the offer's valuation at grant in dollars: IPO €4B at 1.25 is $5B, ×2 on $2.5B
        JsonNode doc = run("compare", "--seeds", "src/test/resources/fixtures/reports", "--offer",
                "V:base=$1,equity=$400K/4y,type=private,company=vela-bio,valuation=$2.5B", "--rate", "EUR/USD=1.25", "--scenarios",
                "-o", "json");
        JsonNode v = doc.get("offers").get(0);
        is(named(v.get("scenarios"), "name", "IPO").get("multiple").get("mid"), "2");
        is(named(v.get("scenarios"), "name", "IPO").get("horizon"), "800004");
        assertThat(doc.get("rates")).hasSize(1);
        assertThat(doc.get("rates").get(0).get("pair").asText()).isEqualTo("EUR/USD");
        assertThat(doc.get("rates").get(0).get("source").asText()).isEqualTo("--rate");
    }

    @Test
    void aReportInTwoFilesIsNeverChosenByHowTheySort(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Files.copy(java.nio.file.Path.of("seeds/002_51a7a94ec056edc2.txt"), dir.resolve("a.txt"));
        java.nio.file.Files.copy(java.nio.file.Path.of("seeds/002_51a7a94ec056edc2.txt"), dir.resolve("b.txt"));
        Cli.Result r = Cli.run("compare", "--seeds", dir.toString(), "--offer", "HF:base=$1,equity=$1/4y,type=private,company=hugging-face");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("the company report 'hugging-face' is in 2 files (" + dir.resolve("a.txt") + ", " + dir.resolve("b.txt"));
        assertThat(Cli.run("company", "hugging-face", "--seeds", dir.toString()).err()).contains("is the report hugging-face in 2 files");
    }

    @Test
    void theReportsExitsAreReadAsTheSpecSaysWhateverTheySumTo() throws Exception {
        String seeds = "src/test/resources/fixtures/reports";
        // exits 60 %, $0 at 30 %: used as given, the 10 % left is "other" at face value
        JsonNode b = run("compare", "--seeds", seeds, "--offer", "B:base=$1,equity=$100K/4y,type=private,company=boreal-systems",
                "--scenarios", "-o", "json").get("offers").get(0);
        is(named(b.get("scenarios"), "name", "IPO").get("probabilityPct"), "40");
        is(named(b.get("scenarios"), "name", "other").get("probabilityPct"), "10");
        is(named(b.get("scenarios"), "name", "other").get("horizon"), "100004");
        is(named(b.get("scenarios"), "name", "equity goes to $0").get("probabilityPct"), "30");
        // 0.4 × (4 + 250,000) + 0.2 × (4 + 50,000) + 0.1 × 100,004 + 0.3 × 4
        is(b.get("expected").get("horizon"), "120004");
        // exits 90 % and $0 at 30 % pass 100 %: the exits share the 70 % left
        JsonNode c = run("compare", "--seeds", seeds, "--offer", "C:base=$1,equity=$100K/4y,type=private,company=cobalt-data",
                "--scenarios", "-o", "json").get("offers").get(0);
        is(named(c.get("scenarios"), "name", "IPO").get("probabilityPct"), "70");
        assertThat(c.get("scenarios")).hasSize(2);
        // exits 100 %, no chance of $0 anywhere: as given, and no zero outcome
        JsonNode d = run("compare", "--seeds", seeds, "--offer", "D:base=$1,equity=$100K/4y,type=private,company=dune-robotics",
                "--scenarios", "-o", "json").get("offers").get(0);
        assertThat(d.get("scenarios")).hasSize(1);
        is(named(d.get("scenarios"), "name", "IPO").get("probabilityPct"), "100");
        is(named(d.get("scenarios"), "name", "IPO").get("horizon"), "200004");
        // an offer's risk of 0 % keeps a full table as given
        JsonNode z = run("compare", "--seeds", seeds, "--offer", "Z:base=$1,equity=$100K/4y,type=private,risk=0%,company=dune-robotics",
                "--scenarios", "-o", "json").get("offers").get(0);
        assertThat(z.get("scenarios")).hasSize(1);
        // a certain loss: one outcome at zero
        JsonNode all = run("compare", "--offer", "L:base=$1,equity=$100K/4y,type=private,risk=100%", "--scenarios", "-o", "json")
                .get("offers").get(0);
        assertThat(all.get("scenarios")).hasSize(1);
        is(all.get("expected").get("horizon"), "4");
        // options: their shares at m × price; a refresh of an options offer is an amount × m
        JsonNode o = run("compare", "--seeds", seeds, "--offer", "O:base=$1,type=options,shares=1000,strike=$10,price=$20,"
                + "company=dune-robotics", "--scenarios", "-o", "json").get("offers").get(0);
        is(named(o.get("scenarios"), "name", "IPO").get("horizon"), "30004");   // 1,000 × (20 × 2 − 10)
    }
}
