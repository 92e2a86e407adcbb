package negotiate.counter;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import negotiate.comp.BandCalculator;
import negotiate.comp.CompEngine;
import negotiate.comp.NormalisedBand;
import negotiate.comp.Offer;
import negotiate.comp.YearBreakdown;
import negotiate.guide.Guide;
import negotiate.guide.Lever;
import negotiate.money.Money;
import negotiate.money.Range;
import negotiate.money.RateTable;
import negotiate.offers.OfferSpec;
import negotiate.reader.GuideParser;
import org.junit.jupiter.api.Test;

/** The counter-offer rules and the script's parts, one at a time. */
class CounterUnitsTest {
    static final Guide PUBLIC = GuideParser.parse("p.md", """
            ### Staff Engineer | Acme Global Negotiation Guide
            | Region | Base Salary | Stock (RSU/4yr) | Bonus | Total Comp |
            |---|---|---|---|---|
            | Berlin | €190K–€240K | €200K–€360K | 12% | — |
            """).guide();
    static final Guide PRIVATE = GuideParser.parse("q.md", """
            ### ML Engineer | Nimbus Global Negotiation Guide
            | Region | Base Salary | Equity (Pre-IPO/4yr) | Bonus | Total Comp |
            |---|---|---|---|---|
            | London | £150K–£200K | £200K–£400K | — | — |
            """).guide();

    static CounterOffer draft(Guide g, String offer, BigDecimal step, Money floor, String... competing) {
        RateTable rates = new RateTable();
        rates.add(new negotiate.money.Rate(java.util.Currency.getInstance("USD"), java.util.Currency.getInstance("EUR"),
                new BigDecimal("0.5"), null, "test"));
        NormalisedBand b = BandCalculator.normalise(g, g.bands().get(0), null, null, rates);
        List<Offer> comp = java.util.Arrays.stream(competing).map(s -> OfferSpec.parse(s, null)).toList();
        return CounterEngine.draft(new CounterEngine.Terms(b, Anchor.TOP, step, floor), OfferSpec.parse(offer, null), comp,
                new CompEngine(rates, o -> null, o -> null), rates);
    }

    @Test
    void noGapWhenTheAskAlreadyMatches() {
        // ask: 4 × (240K × 1.12 + 90K) = 1,435,200; a competitor worth exactly that leaves no gap
        CounterOffer exact = draft(PUBLIC, "O:base=€200K,bonus=12%", new BigDecimal("5000"), null, "C:base=€358800");
        assertThat(exact.gapInto()).isNull();
        assertThat(exact.gap()).isEqualByComparingTo("0");
        assertThat(exact.askSigning()).isEqualByComparingTo("0");
        assertThat(exact.floorAnnual()).isEqualByComparingTo("358800");
    }

    @Test
    void stretchNoteOnlyBeyondTenPercent() {
        CounterOffer at = draft(PUBLIC, "O:base=€264000", BigDecimal.ONE, null);
        assertThat(at.askBase()).isEqualByComparingTo("264000");
        assertThat(at.notes()).noneMatch(n -> n.contains("unlikely to stretch"));
        CounterOffer over = draft(PUBLIC, "O:base=€264001", BigDecimal.ONE, null);
        assertThat(over.notes()).anyMatch(n -> n.contains("base ask of €264,001") && n.contains("unlikely to stretch"));
        CounterOffer equity = draft(PUBLIC, "O:base=€200K,equity=€396001", BigDecimal.ONE, null);
        assertThat(equity.notes()).anyMatch(n -> n.contains("equity ask") && n.contains("unlikely to stretch"));
    }

    @Test
    void signingListsRaisesRefreshesAndCurrenciesCarryIntoTheAsk() {
        CounterOffer c = draft(PUBLIC, "O:base=$300K,bonus=$30K,signing=$20K/$10K,raise=10%,refresh=$40K/yr", new BigDecimal("5000"),
                new Money(new BigDecimal("100000"), java.util.Currency.getInstance("USD")), "C:base=€500K");
        // offer in USD at 0.5: base €150K, bonus €15K = 10 %; signing €10K + €5K
        assertThat(c.bonusPct()).isEqualByComparingTo("12");
        // ask at the band: 240K × (1 + 1.1 + 1.21 + 1.331) = 1,113,840 base, 12 % bonus 133,660.8, equity 360K,
        // refreshes 5K + 10K + 15K, signing 15K = 1,652,500.8; the rival's 4 × 500K = 2,000,000: gap 347,499.2
        assertThat(c.gap()).isEqualByComparingTo("347499.2");
        // signing to its ceiling (25 % × 240K = 60K, the offer's 15K included): +45K, 302,499.2 left;
        // equity to 395K (1.10 × 360K rounded down): +35K, 267,499.2 left; base to 260K (1.10 × 240K
        // rounded down): +20K a year × 1.12 × 4.641 = 103,958.4; 163,540.8 beyond the band's reach
        assertThat(c.askSigning()).isEqualByComparingTo("60000");
        assertThat(c.askEquity()).isEqualByComparingTo("395000");
        assertThat(c.askBase()).isEqualByComparingTo("260000");
        assertThat(c.unclosedGap()).isEqualByComparingTo("163540.8");
        List<YearBreakdown> y = c.askPackage().years();
        assertThat(y.get(0).signing()).isEqualByComparingTo("55000"); // the added signing goes into year 1
        assertThat(y.get(1).signing()).isEqualByComparingTo("5000");  // the offer's later years are kept
        assertThat(y.get(1).base()).isEqualByComparingTo("286000");
        assertThat(y.get(1).refresh()).isEqualByComparingTo("5000");
        assertThat(c.floorAnnual()).isEqualByComparingTo("50000");
        assertThat(c.floorSource()).isEqualTo("--floor");
    }

    @Test
    void bestCompetingIsTheHighestRiskAdjustedThenNominal() {
        CounterOffer c = draft(PRIVATE, "O:base=£150K", new BigDecimal("5000"), null,
                "Risky:base=£100K,equity=£800K/4y,type=private,risk=50%", "Safe:base=£200K", "Low:base=£50K");
        assertThat(c.bestCompeting().name()).isEqualTo("Risky");
        assertThat(c.floorSource()).isEqualTo("competing offer Risky");
        assertThat(c.floorAnnual()).isEqualByComparingTo("200000");
        assertThat(c.gapInto()).isNull(); // the ask (4 × £300K) already beats £800K risk-adjusted
        assertThat(c.notes()).noneMatch(n -> n.contains("Plainly"));
        CounterOffer mid = draft(PRIVATE, "O:base=£150K", new BigDecimal("5000"), null);
        assertThat(mid.floorSource()).isEqualTo("band mid (London)");
        assertThat(mid.floorAnnual()).isEqualByComparingTo("250000");
        assertThat(mid.askPackage().offer().equity().kind()).isEqualTo(negotiate.comp.EquityKind.PRIVATE);
    }

    @Test
    void privateRiskOfTheOfferCarriesIntoTheAsk() {
        CounterOffer c = draft(PRIVATE, "O:base=£150K,equity=£100K,type=private,risk=40%", new BigDecimal("5000"), null);
        assertThat(c.askPackage().riskPct()).isEqualByComparingTo("40");
        assertThat(c.askPackage().riskSource()).isEqualTo("offer");
    }

    @Test
    void roundsUpToTheStep() {
        assertThat(CounterEngine.roundUp(new BigDecimal("91800"), new BigDecimal("5000"))).isEqualByComparingTo("95000");
        assertThat(CounterEngine.roundUp(new BigDecimal("95000"), new BigDecimal("5000"))).isEqualByComparingTo("95000");
        assertThat(CounterEngine.roundUp(new BigDecimal("95000.01"), new BigDecimal("5000"))).isEqualByComparingTo("100000");
        assertThat(Anchor.P75.of(new Range(new BigDecimal("100"), new BigDecimal("200")))).isEqualByComparingTo("175");
        assertThat(Anchor.MID.of(new Range(new BigDecimal("100"), new BigDecimal("201")))).isEqualByComparingTo("150.5");
        assertThat(Anchor.TOP.label()).isEqualTo("top");
        assertThat(Anchor.P75.label()).isEqualTo("p75");
    }

    @Test
    void honestySplitsSentencesAndKnowsWhoIsAllowed() {
        assertThat(Honesty.sentences("\"I build things. I ship them! Do you? [X] rocks.\""))
                .containsExactly("I build things.", "I ship them!", "Do you?", "[X] rocks.");
        assertThat(Honesty.sentences("“Quoted.” Plain (aside). Next")).containsExactly("Quoted.", "Plain (aside).", "Next");
        assertThat(Honesty.sentences("**Bold** text.")).containsExactly("Bold text.");
        assertThat(Honesty.initials("Weights & Biases")).isEqualTo("W&B");
        assertThat(Honesty.initials("Hugging Face")).isEqualTo("HF");
        assertThat(Honesty.initials("Acme")).isEqualTo("Acme");
        assertThat(Honesty.initials("acme corp")).isEqualTo("acme corp");
        Honesty h = new Honesty("Hugging Face Enterprise", List.of("Meta E6", "xy"), List.of("Nimbus"));
        assertThat(h.foreignCompany("Meta pays well.")).isNull();
        assertThat(h.foreignCompany("Hugging Face and HF grow.")).isNull();
        assertThat(h.foreignCompany("Google pays well.")).isEqualTo("Google");
        assertThat(h.foreignCompany("Nimbus too.")).isEqualTo("Nimbus");
        assertThat(h.foreignCompany("metadata and googled words")).isNull();
        assertThat(h.keeps("Plain words.")).isTrue();
        assertThat(h.keeps("I want €290K.")).isFalse();
        for (String money : List.of("$5", "€ 5", "£5K", "USD 100", "100 EUR", "1.2M CHF", "C$5", "₹5")) {
            assertThat(Honesty.hasMoney(money)).as(money).isTrue();
        }
        for (String none : List.of("500K+ models", "30% year-one", "L5 level", "2026 roadmap", "USD")) {
            assertThat(Honesty.hasMoney(none)).as(none).isFalse();
        }
    }

    @Test
    void scriptParts() {
        LocalDate today = LocalDate.of(2026, 11, 22);
        assertThat(ScriptWriter.deadline(today, today)).contains("extend");
        assertThat(ScriptWriter.deadline(today.plusDays(7), today)).contains("2026-11-29");
        assertThat(ScriptWriter.deadline(today.plusDays(8), today)).isEmpty();
        assertThat(ScriptWriter.deadline(today.minusDays(1), today)).isEmpty();
        assertThat(ScriptWriter.deadline(null, today)).isEmpty();
        assertThat(ScriptWriter.fill("Hi [Name], [x] [name]", Map.of("NAME", "Sam"))).isEqualTo("Hi Sam, [x] Sam");
        assertThat(ScriptWriter.fill("[a](link) [a]", Map.of("a", "b"))).isEqualTo("[a](link) b");
        List<Offer> comp = List.of(OfferSpec.parse("G:base=$200K,bonus=15%,equity=$400K/4y,signing=$20K/$10K,refresh=$50K/yr", null),
                OfferSpec.parse("P:base=€100K,bonus=€10K,equity=€80K/4y,type=private", null),
                OfferSpec.parse("O:base=£90K,type=options,shares=100,strike=£1,price=£11", null));
        String text = ScriptWriter.competing(comp);
        assertThat(text).startsWith("For transparency, I have other offers:")
                .contains("- G: $200,000 base, 15% bonus, $400,000 in RSUs over 4 years, $50,000 yearly refreshes, $20,000 + $10,000 signing")
                .contains("- P: €100,000 base, €10,000 bonus a year, €80,000 in pre-IPO equity over 4 years")
                .contains("- O: £90,000 base, options worth £1,000 at today's price over 4 years");
        assertThat(ScriptWriter.competing(comp.subList(0, 1))).startsWith("For transparency, I have another offer:");
        assertThat(ScriptWriter.competing(List.of())).isEmpty();
        assertThat(ScriptWriter.competing(List.of(OfferSpec.parse("Z:base=$1,bonus=0%", null)))).doesNotContain("bonus");
    }

    @Test
    void askAndPackageSentences() {
        CounterOffer c = draft(PUBLIC, "O:base=€200K,bonus=12%", new BigDecimal("5000"), null, "C:base=€245K,equity=€400K/4y,bonus=15%");
        Offer offer = OfferSpec.parse("O:base=€200K,bonus=12%", null);
        // §3's worked example: signing first up to 25 % of the ask base, then equity up to 1.10 × its top
        assertThat(ScriptWriter.ask(c, offer)).isEqualTo("To sign, I'm asking for a base salary of €240,000, an equity grant of"
                + " €395,000 over 4 years, and a signing bonus of €60,000.");
        Offer lower = OfferSpec.parse("O:base=€200K,bonus=5%", null);
        assertThat(ScriptWriter.ask(c, lower)).contains(", a 12% target bonus,");
        CounterOffer none = draft(PUBLIC, "O:base=€200K,bonus=12%", new BigDecimal("5000"), null);
        assertThat(ScriptWriter.ask(none, offer)).endsWith("over 4 years.");
        Guide g = GuideParser.parse("g.md", """
                ### SRE | Acme Global Negotiation Guide
                **Negotiation DNA:** vesting matters
                | Region | Base Salary | Stock (RSU/4yr) | Bonus | Total Comp |
                |---|---|---|---|---|
                | Berlin | €190K–€240K | €200K–€360K | 12% | — |

                **Global Levers**
                1. **A Lever:** "One. Two. Three. Four."
                2. **Signing:** "Ask for a signing bonus."
                3. **C:** "Refresh grants."
                4. **D:** "Acceleration please."
                5. **E:** "Fifth."
                """).guide();
        assertThat(ScriptWriter.pkg(g, none)).contains("signing bonus", "refreshes", "front-loaded vesting", "acceleration");
        assertThat(ScriptWriter.pkg(g, c)).doesNotContain("signing bonus");
        assertThat(ScriptWriter.pkg(PUBLIC, c)).isEmpty();
        String reasons = ScriptWriter.reasons(g, new Honesty("Acme", List.of(), List.of()));
        assertThat(reasons).contains("- **A.** One. Two. Three.\n").doesNotContain("Four").contains("**D.**").doesNotContain("Fifth");
        assertThat(g.levers()).extracting(Lever::title).hasSize(5);
        assertThat(ScriptWriter.reasons(PUBLIC, new Honesty("Acme", List.of(), List.of()))).isEmpty();
        ScriptWriter.Script s = ScriptWriter.write("{{role}}|{{company}}|{{region}}\n\n\n\n[x]", c, PUBLIC, offer, List.of(),
                new Honesty("Acme", List.of(), List.of()), Map.of(), null, LocalDate.of(2026, 1, 1));
        assertThat(s.markdown()).isEqualTo("Staff Engineer|Acme|Berlin\n\n[x]\n");
        assertThat(s.placeholders()).containsExactly("x");
    }
}
