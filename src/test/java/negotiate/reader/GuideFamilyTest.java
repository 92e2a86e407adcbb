package negotiate.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import negotiate.comp.BandCalculator;
import negotiate.comp.NormalisedBand;
import negotiate.guide.Band;
import negotiate.guide.EquityType;
import negotiate.guide.ParsedFile;
import negotiate.guide.Premium;
import negotiate.guide.Regions;
import negotiate.input.Diagnostic;
import negotiate.money.RateTable;
import negotiate.repository.SeedRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Guides of the seeds' family that the seeds do not show: other currencies, regions, layouts. */
class GuideFamilyTest {

    static ParsedFile parse(String text) {
        return GuideParser.parse("t.md", text);
    }

    static NormalisedBand band(ParsedFile f, String region) {
        Band b = f.guide().bands().stream().filter(x -> Regions.same(x.region(), region)).findFirst().orElseThrow();
        return BandCalculator.normalise(f.guide(), b, null, null, new RateTable());
    }

    @Test
    void tableOnlyWithChfCadAndRelativeRows() {
        ParsedFile f = parse("""
                ### Senior Infra Engineer | Polar & Co Global Negotiation Guide

                | Region | Base Salary | Equity (Pre-IPO/3yr) | Bonus | Total Comp |
                |---|---|---|---|---|
                | Zurich | CHF 180K–CHF 240K | CHF 150K–CHF 300K | 10% | — |
                | Toronto | C$150K–C$190K | C$90K–C$150K | 5–10% | C$190K–C$259K |
                | Remote Canada | Varies (80–95% of Toronto) | Same as Toronto | Same | Varies |
                | Bay Area | $200K–$250K | $300K–$450K | — | — |
                | Remote US | 90–100% of SF | Same equity grant | — | — |
                """);
        assertThat(f.diagnostics()).isEmpty();
        assertThat(f.guide().id()).isEqualTo("polar-and-co/senior-infra-engineer");
        NormalisedBand zurich = band(f, "zurich");
        assertThat(zurich.currency().getCurrencyCode()).isEqualTo("CHF");
        assertThat(zurich.band().equityYears()).isEqualTo(3);
        assertThat(zurich.band().equityType()).isEqualTo(EquityType.PRIVATE);
        // 180K + 150K/3 + 18K = 248K; 240K + 100K + 24K = 364K
        assertThat(zurich.annual().low()).isEqualByComparingTo("248000");
        assertThat(zurich.annual().high()).isEqualByComparingTo("364000");
        NormalisedBand toronto = band(f, "Toronto");
        assertThat(toronto.currency().getCurrencyCode()).isEqualTo("CAD");
        // 150K + 30K + 7.5K = 187.5K; 190K + 50K + 19K = 259K
        assertThat(toronto.annual().low()).isEqualByComparingTo("187500");
        assertThat(toronto.annual().high()).isEqualByComparingTo("259000");
        NormalisedBand remoteCa = band(f, "Remote Canada");
        assertThat(remoteCa.currency().getCurrencyCode()).isEqualTo("CAD");
        assertThat(remoteCa.base().low()).isEqualByComparingTo("120000");
        assertThat(remoteCa.base().high()).isEqualByComparingTo("180500");
        assertThat(remoteCa.equity().low()).isEqualByComparingTo("90000");
        assertThat(remoteCa.bonusPct().high()).isEqualByComparingTo("10");
        assertThat(remoteCa.stated()).isNull();
        NormalisedBand remoteUs = band(f, "Remote US");
        assertThat(remoteUs.base().low()).isEqualByComparingTo("180000");
        assertThat(remoteUs.base().high()).isEqualByComparingTo("250000");
        assertThat(remoteUs.equity().high()).isEqualByComparingTo("450000");
        assertThat(remoteUs.currency().getCurrencyCode()).isEqualTo("USD");
    }

    @Test
    void aLevelColumnMakesOneBandTablePerLevel() {
        ParsedFile f = parse("""
                ### Platform Engineer | Levelco Global Negotiation Guide

                | Level | Region | Base Salary | Stock (RSU/4yr) | Bonus |
                |---|---|---|---|---|
                | Senior | Berlin | €90K–€120K | €100K–€200K | 10% |
                | Senior | London | £90K–£120K | £100K–£200K | 10% |
                | Staff | London | £120K–£150K | £200K–£300K | 15% |
                | Staff | Manchester | 80% of London | £150K–£250K | 15% |
                """);
        assertThat(f.diagnostics()).isEmpty();
        assertThat(f.guide().bands()).extracting(b -> b.level() + " " + b.region())
                .containsExactly("Senior Berlin", "Senior London", "Staff London", "Staff Manchester");
        // a relative cell refers within its level: 80 % of Staff London's £120K, not Senior London's £90K
        assertThat(f.guide().bands().get(3).base().low()).isEqualByComparingTo("96000");
        // a blank Level cell continues the level above (merged cells as exporters write them)
        ParsedFile merged = parse("""
                ### Data Engineer | Lvlco Global Negotiation Guide

                | Level | Region | Base Salary | Stock (RSU/4yr) | Bonus |
                |---|---|---|---|---|
                | Senior | London | £100K–£130K | £80K–£160K | 10% |
                |  | Remote | 80% of London | Same as London | — |
                | Staff | London | £140K–£170K | £200K–£300K | 15% |
                |  | Remote | 80% of London | Same as London | — |
                | Staff | Leeds | Same as Leeds | £1 | — |
                """);
        assertThat(merged.guide().bands()).extracting(b -> b.level() + " " + b.region())
                .containsExactly("Senior London", "Senior Remote", "Staff London", "Staff Remote");
        assertThat(merged.guide().bands().get(3).base().low()).isEqualByComparingTo("112000"); // 80 % of £140K
        assertThat(merged.diagnostics()).extracting(d -> d.message())
                .containsExactly("row 'Leeds' is relative to 'Leeds', itself: write its amounts out; row skipped");
    }

    @Test
    void eachRelativeCellIsReadAgainstTheRowItNames() {
        ParsedFile f = parse("""
                ### Widget Engineer | Samey Co Global Negotiation Guide

                | Region | Base Salary | Stock (RSU/4yr) | Bonus | Total Comp |
                |---|---|---|---|---|
                | New York | $190K–$240K | $250K–$450K | 12% | |
                | Austin | $160K–$200K | $200K–$350K | 10% | |
                | Remote US | 80–95% of NYC | Same as Austin | — | |
                | Dallas | Same as Austin | Same as New York | Same as Austin | |
                """);
        assertThat(f.diagnostics()).isEmpty();
        NormalisedBand remote = band(f, "Remote US");
        assertThat(remote.base().low()).isEqualByComparingTo("152000");     // 80 % of New York's 190K
        assertThat(remote.base().high()).isEqualByComparingTo("228000");    // 95 % of 240K
        assertThat(remote.equity().low()).isEqualByComparingTo("200000");   // Austin's grant
        NormalisedBand dallas = band(f, "Dallas");
        assertThat(dallas.base().low()).isEqualByComparingTo("160000");     // Austin's
        assertThat(dallas.equity().high()).isEqualByComparingTo("450000");  // New York's grant
        assertThat(dallas.bonusPct().low()).isEqualByComparingTo("10");     // Austin's
    }

    @Test
    void titlesWithNoBreakSpacesAndNamesInAnyScriptAreGuides() {
        ParsedFile f = parse("### Engineer | Яндекс Global\u00a0Negotiation\u2009Guide\n\n"
                + "| Region | Base Salary | Stock (RSU/4yr) | Bonus |\n|---|---|---|---|\n| Berlin | €90K–€120K | €100K–€200K | 10% |\n");
        assertThat(f.diagnostics()).isEmpty();
        assertThat(f.guide().id()).isEqualTo("яндекс/engineer");
        ParsedFile rocket = parse("### Engineer | 🚀 Global Negotiation Guide\n\n"
                + "| Region | Base Salary | Stock (RSU/4yr) | Bonus |\n|---|---|---|---|\n| Berlin | €90K–€120K | €100K–€200K | 10% |\n");
        assertThat(rocket.diagnostics()).extracting(d -> d.message()).containsExactly(
                "the company '🚀' has no letter or digit to make an id of: add company: and role: to the front matter");
    }

    @Test
    void frontMatterIdsAreSlugsWhateverIsWritten() {
        ParsedFile f = parse("""
                ---
                company: "../../Evil Corp"
                role: "Data Engineer"
                compensation:
                  - region: Berlin
                    base_low: "€80K"
                    base_high: "€100K"
                ---
                """);
        assertThat(f.guide().id()).isEqualTo("evil-corp/data-engineer");
        assertThat(f.guide().company()).isEqualTo("../../Evil Corp"); // shown as written (and made visible when shown)
    }

    @Test
    void frontMatterOnlyGuide() {
        ParsedFile f = parse("""
                ---
                company: nordlys
                company_display: Nordlys
                role: data-engineer
                role_display: Data Engineer
                equity_type: private
                equity_years: 5
                next_review_due: 2027-01-31
                compensation:
                  - region: Stockholm
                    base_low: 700000
                    base_high: 900000
                    stock_low: 500000
                    stock_high: 1000000
                    bonus_pct: 0
                    currency: SEK
                  - region: Berlin
                    base_low: "€80K"
                    base_high: "€100K"
                    stock_low: 50000
                    stock_high: 100000
                    bonus_pct: 5-10%
                    currency: EUR
                ---
                Some notes without a table.
                """);
        assertThat(f.diagnostics()).isEmpty();
        assertThat(f.guide().id()).isEqualTo("nordlys/data-engineer");
        NormalisedBand s = band(f, "stockholm");
        assertThat(s.band().equityYears()).isEqualTo(5);
        assertThat(s.band().equityType()).isEqualTo(EquityType.PRIVATE);
        assertThat(s.annual().low()).isEqualByComparingTo("800000");
        assertThat(s.annual().high()).isEqualByComparingTo("1100000");
        NormalisedBand b = band(f, "Berlin");
        // 80K + 10K + 4K ; 100K + 20K + 10K
        assertThat(b.annual().low()).isEqualByComparingTo("94000");
        assertThat(b.annual().high()).isEqualByComparingTo("130000");
    }

    @Test
    void frontMatterCountsAndCurrenciesUseTheSharedWording() {
        ParsedFile f = parse("""
                ---
                company: nordlys
                role: data-engineer
                equity_years: 11
                compensation:
                  - region: Stockholm
                    base_low: 700000
                    base_high: 900000
                    currency: SKE
                ---
                Some notes without a table.
                """);
        assertThat(f.diagnostics()).extracting(Diagnostic::line, Diagnostic::code, Diagnostic::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(4, "yaml", "equity_years: '11' must be a whole number from 1 to 10 (years of the grant)"),
                org.assertj.core.groups.Tuple.tuple(9, "currency", "unknown currency 'SKE': use an ISO 4217 code such as USD, EUR, GBP, CHF"));
    }

    @Test
    void suffixCurrenciesAndLocationHeader() {
        ParsedFile f = parse("""
                ## Backend Engineer | Kumo Global Negotiation Guide
                | Location | Base | RSUs (4 years) | Bonus | Total |
                |:--|--:|--:|:-:|--:|
                | **Tokyo** | 12,000,000 JPY – 15,000,000 JPY | ¥8M–¥12M | 15% | — |
                | Bangalore | ₹4.5M–₹6M | ₹2M–₹4M | 10 % | — |
                """);
        assertThat(f.diagnostics()).isEmpty();
        NormalisedBand t = band(f, "Tokyo");
        assertThat(t.currency().getCurrencyCode()).isEqualTo("JPY");
        assertThat(t.annual().low()).isEqualByComparingTo("15800000");
        assertThat(band(f, "bangalore").currency().getCurrencyCode()).isEqualTo("INR");
    }

    @Test
    void otherHeaderWordsForRegionAndEquity() {
        ParsedFile f = parse("""
                ### Data Engineer | Fjord Global Negotiation Guide
                | City | Base Salary | Shares (Pre-IPO, 3 years) | Target Bonus | Total |
                |---|---|---|---|---|
                | Stockholm | SEK 700K–SEK 900K | SEK 300K–SEK 600K | 5% | — |
                """);
        assertThat(f.diagnostics()).isEmpty();
        NormalisedBand s = band(f, "stockholm");
        assertThat(s.band().equityYears()).isEqualTo(3);
        assertThat(s.band().equityType()).isEqualTo(EquityType.PRIVATE);
        // 700K + 100K + 35K; 900K + 200K + 45K
        assertThat(s.annual().low()).isEqualByComparingTo("835000");
        assertThat(s.annual().high()).isEqualByComparingTo("1145000");
    }

    @Test
    void upToBonusesAndGroupedYamlNumbers() {
        ParsedFile f = parse("""
                ---
                company: kite
                role: sre
                compensation:
                  - region: Oslo
                    base_low: 900_000
                    base_high: 1_100_000
                    currency: NOK
                ---
                ### SRE | Kite Global Negotiation Guide
                | Region | Base Salary | Stock (RSU/4yr) | Bonus | Total Comp |
                |---|---|---|---|---|
                | Oslo | NOK 900K–NOK 1.1M | NOK 400K–NOK 800K | Up to 15% | — |
                | Bergen | NOK 800K–NOK 1M | — | ~10% | — |
                """);
        // Bergen has no front matter entry: still a band, with a word about it
        assertThat(f.diagnostics()).extracting(Diagnostic::code).containsExactly("missing-region");
        NormalisedBand oslo = band(f, "oslo");
        assertThat(oslo.base().high()).isEqualByComparingTo("1100000");
        assertThat(oslo.bonusPct().low()).isEqualByComparingTo("0");
        assertThat(oslo.bonusPct().high()).isEqualByComparingTo("15");
        assertThat(band(f, "bergen").bonusPct().low()).isEqualByComparingTo("10");
        assertThat(band(f, "bergen").equity().high()).isEqualByComparingTo("0");
    }

    @Test
    void relativeRowNamingAMissingRegionIsAWarningAndTheRowIsSkipped() {
        ParsedFile f = parse("""
                ### SRE | Acme Global Negotiation Guide
                | Region | Base Salary | Stock (RSU/4yr) | Bonus | Total Comp |
                |---|---|---|---|---|
                | London | £100K–£120K | £40K–£80K | — | — |
                | Remote EU | 70–90% of Berlin | Same equity grant | — | — |
                """);
        assertThat(f.diagnostics()).extracting(Diagnostic::code).containsExactly("missing-region");
        assertThat(f.diagnostics().get(0).line()).isEqualTo(5);
        assertThat(f.guide().bands()).extracting(Band::region).containsExactly("London");
    }

    @Test
    void frontMatterDisagreementsAreWarnings() {
        ParsedFile f = parse("""
                ---
                company: acme
                role: sre
                compensation:
                  - region: NYC
                    base_low: 200000
                    base_high: 250000
                    stock_low: 100000
                    stock_high: 200000
                    currency: USD
                ---
                ### SRE | Acme Global Negotiation Guide
                | Region | Base Salary | Stock (RSU/4yr) | Bonus | Total Comp |
                |---|---|---|---|---|
                | New York | $200K–$240K | $100K–$200K | 10% | — |
                """);
        assertThat(f.diagnostics()).extracting(Diagnostic::code).containsExactly("front-matter-mismatch");
        NormalisedBand n = band(f, "new york");
        assertThat(n.base().high()).isEqualByComparingTo("250000");
        assertThat(n.bonusPct().high()).isEqualByComparingTo("10"); // front matter is silent, the table speaks
    }

    @Test
    void premiumsWithOrWithoutPercentRange() {
        ParsedFile f = parse("""
                ### SRE | Acme Global Negotiation Guide
                **Negotiation DNA:** Cash heavy | **+10-15% Security Clearance Premium** | AI Premium
                | Region | Base Salary | Stock (RSU/4yr) | Bonus | Total Comp |
                |---|---|---|---|---|
                | London | £100K–£120K | £40K–£80K | — | — |

                Later: the +25% On-Call Premium applies too.
                """);
        assertThat(f.guide().premiums()).extracting(Premium::name)
                .containsExactly("Security Clearance Premium", "On-Call Premium");
    }

    @Test
    @Timeout(30) // a hang guard, not a speed measurement (bench/ measures speed)
    void hostileBodiesParseWithoutHangingOrCrashing() {
        for (String junk : List.of("_".repeat(50_000), "*".repeat(50_000), "[".repeat(50_000), "**a".repeat(20_000))) {
            ParsedFile f = SeedRepository.parseText("junk.md", "### SRE | Acme Global Negotiation Guide\n" + junk + "\n");
            assertThat(f.diagnostics()).extracting(Diagnostic::code).contains("no-bands");
        }
        // what flexmark reads in quadratic time is refused before it is parsed: an error for that file alone
        for (String junk : List.of("[a](".repeat(40_000), "1. ".repeat(40_000), "> - ".repeat(40_000),
                "[a](\n".repeat(4_000))) {
            ParsedFile f = SeedRepository.parseText("junk.md", "### SRE | Acme Global Negotiation Guide\n" + junk + "\n");
            assertThat(f.diagnostics()).filteredOn(d -> d.code().equals("unreadable")).singleElement()
                    .satisfies(d -> assertThat(d.message()).containsAnyOf("nests", "links"));
        }
    }
}
