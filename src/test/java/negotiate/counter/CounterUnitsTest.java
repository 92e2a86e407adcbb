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
        List<Offer> comp = java.util.Arrays.stream(competing).map(s -> OfferSpec.parse("--offer", s, null)).toList();
        return CounterEngine.draft(new CounterEngine.Terms(b, Anchor.TOP, step, floor), OfferSpec.parse("--offer", offer, null), comp,
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
    void stretchNoteWheneverAnAskPassesTheBandsTop() {
        CounterOffer at = draft(PUBLIC, "O:base=€240000", BigDecimal.ONE, null);
        assertThat(at.askBase()).isEqualByComparingTo("240000");
        assertThat(at.notes()).noneMatch(n -> n.contains("may not stretch"));
        // an offer already above the top: said as the offer's, not as an ask that may not stretch
        CounterOffer over = draft(PUBLIC, "O:base=€264001", BigDecimal.ONE, null);
        assertThat(over.notes()).contains("The offer's base of €264,001 is already €24,001 (10%) above the band's top of €240,000.");
        // the ladder climbing past the top: base to 260K (1.10 × 240K rounded down), equity to 395K
        CounterOffer climbed = draft(PUBLIC, "O:base=€200K", new BigDecimal("5000"), null, "C:base=€900K");
        assertThat(climbed.notes()).contains("The base ask of €260,000 is €20,000 (8.3%) above the band's top of €240,000: the band"
                + " may not stretch that far; expect to trade it for other parts of the package.", "The equity ask of €395,000 is"
                + " €35,000 (9.7%) above the band's top of €360,000: the band may not stretch that far; expect to trade it for other"
                + " parts of the package.");
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
        // well-known employers whether or not a loaded guide names them; as names, not as words
        assertThat(h.foreignCompany("Wise is a peer.")).isEqualTo("Wise");
        assertThat(h.foreignCompany("Adyen is expanding.")).isEqualTo("Adyen");
        assertThat(h.foreignCompany("A wise team ships weekly.")).isNull();
        assertThat(h.keeps("Plain words.")).isTrue();
        // the guide speaking to its reader, or of the candidate, is not a reason to send
        assertThat(h.why("You're getting a proven leader.")).isEqualTo("speaks to or of the candidate");
        assertThat(h.why("The candidate's portfolio speaks for itself.")).isEqualTo("speaks to or of the candidate");
        assertThat(h.why("The candidate should stress impact.")).isEqualTo("speaks to or of the candidate");
        // the market's candidate pool is not the candidate
        assertThat(h.keeps("The candidate pool for ledger engineers is thin.")).isTrue();
        assertThat(h.keeps("Candidate supply in Berlin is short.")).isTrue();
        assertThat(h.why("We ship weekly.")).isEqualTo("first person");
        assertThat(h.keeps("US teams ship I/O-heavy systems.")).isTrue();
        assertThat(h.keeps("I want €290K.")).isFalse();
        for (String money : List.of("$5", "€ 5", "£5K", "USD 100", "100 EUR", "1.2M CHF", "C$5", "₹5")) {
            assertThat(Honesty.hasMoney(money)).as(money).isTrue();
        }
        // every spelling §1 reads, judged by the money reader and the ISO list (§7 "Honesty holds for every money spelling")
        for (String money : List.of("Peers here earn 250K€", "180.000 €", "HKD 1.5M", "S$300K", "CHF 180'000", "500 000 SEK",
                "Rs. 45 lakh", "₹45L", "1,2 Mio. CHF", "¥12,000,000", "NZ$90K", "45,00,000 INR")) {
            assertThat(Honesty.hasMoney(money)).as(money).isTrue();
        }
        for (String none : List.of("500K+ models", "30% year-one", "L5 level", "2026 roadmap", "USD", "ISO 9001", "Top 10 US firms",
                "2.4M users", "Q3 2026")) {
            assertThat(Honesty.hasMoney(none)).as(none).isFalse();
        }
    }

    @Test
    void scriptParts() {
        LocalDate today = LocalDate.of(2026, 11, 22);
        List<String> notes = new java.util.ArrayList<>();
        assertThat(ScriptWriter.deadline(today, today, notes)).contains("extend");
        assertThat(ScriptWriter.deadline(today.plusDays(7), today, notes)).contains("2026-11-29");
        assertThat(notes).isEmpty();
        // later than a week: a private note, not a request in the script
        assertThat(ScriptWriter.deadline(today.plusDays(8), today, notes)).isEmpty();
        assertThat(notes).containsExactly("The deadline (2026-11-30) is 8 days away: no need to ask for more time yet; if talks"
                + " run close to it, ask for a week more.");
        notes.clear();
        assertThat(ScriptWriter.deadline(today.minusDays(1), today, notes)).isEmpty();
        assertThat(notes).containsExactly("The deadline you gave (2026-11-21) passed 1 day ago: ask whether the offer still stands"
                + " before you counter.");
        notes.clear();
        assertThat(ScriptWriter.deadline(null, today, notes)).isEmpty();
        assertThat(notes).isEmpty();
        assertThat(ScriptWriter.fill("Hi [Name], [x] [name]", Map.of("NAME", "Sam"))).isEqualTo("Hi Sam, [x] Sam");
        assertThat(ScriptWriter.fill("[a](link) [a]", Map.of("a", "b"))).isEqualTo("[a](link) b");
        List<Offer> comp = List.of(OfferSpec.parse("--offer", "G:base=$200K,bonus=15%,equity=$400K/4y,signing=$20K/$10K,refresh=$50K/yr", null),
                OfferSpec.parse("--offer", "P:base=€100K,bonus=€10K,equity=€80K/4y,type=private", null),
                OfferSpec.parse("--offer", "O:base=£90K,type=options,shares=100,strike=£1,price=£11", null));
        String text = ScriptWriter.competing(comp);
        assertThat(text).startsWith("I'm also weighing other offers:")
                .contains("- G: $200,000 base, a 15% bonus, $400,000 in RSUs over 4 years, $50,000 in yearly refreshes and"
                        + " $20,000 and $10,000 signing\n")
                .contains("- P: €100,000 base, a €10,000 bonus a year and €80,000 in pre-IPO equity over 4 years\n")
                .contains("- O: £90,000 base and options worth £1,000 at today's price over 4 years\n");
        assertThat(ScriptWriter.competing(comp.subList(0, 1))).startsWith("I'm also weighing another offer:");
        assertThat(ScriptWriter.competing(List.of())).isEmpty();
        assertThat(ScriptWriter.competing(List.of(OfferSpec.parse("--offer", "Z:base=$1,bonus=0%", null)))).doesNotContain("bonus");
    }

    @Test
    void askAndPackageSentences() {
        CounterOffer c = draft(PUBLIC, "O:base=€200K,bonus=12%", new BigDecimal("5000"), null, "C:base=€245K,equity=€400K/4y,bonus=15%");
        Offer offer = OfferSpec.parse("--offer", "O:base=€200K,bonus=12%", null);
        // §3's worked example: signing first up to 25 % of the ask base, then equity up to 1.10 × its top
        assertThat(Asks.ask(c)).isEqualTo("To sign, I'm asking for a base salary of €240,000, an equity grant of"
                + " €395,000 over 4 years and a signing bonus of €60,000.");
        CounterOffer lower = draft(PUBLIC, "O:base=€200K,bonus=5%", new BigDecimal("5000"), null, "C:base=€245K,equity=€400K/4y,bonus=15%");
        assertThat(Asks.ask(lower)).isEqualTo("To sign, I'm asking for a base salary of €240,000, an equity grant of €395,000 over"
                + " 4 years, a target bonus of 12% of base (€28,800 a year at that base) and a signing bonus of €60,000.");
        // an amount bonus worth 12 % of the base is not asked to become "a 12% target bonus"
        CounterOffer amount = draft(PUBLIC, "O:base=€200K,bonus=€24K", new BigDecimal("5000"), null);
        assertThat(Asks.ask(amount)).doesNotContain("target bonus").endsWith("over 4 years.");
        CounterOffer amountLow = draft(PUBLIC, "O:base=€200K,bonus=€10K", new BigDecimal("5000"), null);
        assertThat(Asks.ask(amountLow)).endsWith(" and a target bonus of 12% of base (€28,800 a year at that base).");
        CounterOffer none = draft(PUBLIC, "O:base=€200K,bonus=12%", new BigDecimal("5000"), null);
        assertThat(Asks.ask(none)).endsWith("over 4 years.");
        assertThat(Asks.and(List.of("a", "b", "c"))).isEqualTo("a, b and c");
        assertThat(Asks.and(List.of("a", "b"))).isEqualTo("a and b");
        assertThat(Asks.and(List.of("a"))).isEqualTo("a");
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
        assertThat(Asks.pkg(g, none, null)).contains("signing bonus", "refreshes", "front-loaded vesting", "acceleration");
        assertThat(Asks.pkg(g, c, null)).doesNotContain("signing bonus");
        // the rest of the package is always raised, whatever the guide says
        assertThat(Asks.pkg(PUBLIC, c, null)).isEqualTo("I'd also like us to settle the rest of the package together:\n\n"
                + "- guaranteed equity refreshes from year two\n- front-loaded vesting, with more of the grant in year one\n"
                + "- double-trigger acceleration on a change of control\n");
        // other items the guide's strategy lists are raised too, each in the script's own words
        Guide listing = GuideParser.parse("s.md", """
                ### SRE | Acme Global Negotiation Guide
                | Region | Base Salary | Stock (RSU/4yr) | Bonus | Total Comp |
                |---|---|---|---|---|
                | Berlin | €190K–€240K | €200K–€360K | 12% | — |

                ## Negotiate Up Strategy
                Ask for the signing bonus, plus a home-office allowance, a four-day week, extra parental leave, a learning
                budget, a 401(k) match and remote work flexibility.
                """).guide();
        assertThat(Asks.pkg(listing, c, null)).contains("- an equipment and home-office budget\n",
                "- the working hours (a four-day week or flexible hours)\n", "- the parental leave\n",
                "- a learning and conference budget\n", "- the pension or retirement match\n",
                "- the remote-work arrangement, in writing\n");
        // any other item the strategy lists, in its words, when the script may say it (no money, no "I", no other company)
        assertThat(Asks.listed("Additional asks: (1) a childcare stipend, (2) a promotion review at six months — it matters, (3) a"
                + " four-day work week in summer, (4) an annual wellness allowance. I want S$260K.")).containsExactly(
                "a childcare stipend", "a promotion review at six months", "a four-day work week in summer", "an annual wellness allowance");
        assertThat(Asks.listed("Push hard, plus a gym membership, a standing desk and Google-level perks.")).containsExactly(
                "a gym membership", "a standing desk", "Google-level perks");
        Guide strategic = GuideParser.parse("t.md", """
                ### SRE | Acme Global Negotiation Guide
                | Region | Base Salary | Stock (RSU/4yr) | Bonus | Total Comp |
                |---|---|---|---|---|
                | Berlin | €190K–€240K | €200K–€360K | 12% | — |

                > **Negotiate Up Strategy:** "Additional asks: (1) a childcare stipend, (2) a four-day work week, (3) a budget of €5K
                > for my home office, (4) Google-level perks."
                """).guide();
        assertThat(Asks.plain("a promotion review at six months")).isTrue();
        assertThat(Asks.plain("a desk in the Leeds hub")).isFalse();
        assertThat(Asks.plain("a cafeteria stipend of 3000 euros")).isFalse();
        assertThat(Asks.plain("Childcare support")).isTrue();
        String withItems = Asks.pkg(strategic, c, new Honesty("Acme", List.of(), List.of()));
        assertThat(withItems).contains("- a childcare stipend\n", "- the working hours (a four-day week or flexible hours)\n")
                .doesNotContain("€5K").doesNotContain("oogle").doesNotContain("four-day work week\n");
        // written as a label outside a quote, too
        Guide labelled = GuideParser.parse("l.md", """
                ### SRE | Acme Global Negotiation Guide
                | Region | Base Salary | Stock (RSU/4yr) | Bonus | Total Comp |
                |---|---|---|---|---|
                | Berlin | €190K–€240K | €200K–€360K | 12% | — |

                **Negotiate Up Strategy:** push on base, then ask for a sabbatical and housing support.
                """).guide();
        assertThat(labelled.strategy()).isEqualTo("push on base, then ask for a sabbatical and housing support.");
        assertThat(Asks.pkg(labelled, c, null)).contains("- a sabbatical after a set tenure\n", "- housing support\n");
        Reasons.Picked picked = Reasons.pick(g, new Honesty("Acme", List.of(), List.of()), List.of(), List.of());
        assertThat(picked.reasons()).containsExactly("One.", "Two.", "Three.");
        assertThat(picked.menu()).hasSize(5);
        assertThat(picked.menu().get(0)).isEqualTo("Lever 1, A Lever: One. [used (3 sentences)]");
        assertThat(picked.menu().get(1)).isEqualTo("Lever 2, Signing: Ask for a signing bonus. [not used: the script already has 3 reasons]");
        assertThat(ScriptWriter.reasons(picked.reasons())).isEqualTo("Here is why I'm asking for this:\n\n- One.\n- Two.\n- Three.\n");
        assertThat(g.levers()).extracting(Lever::title).hasSize(5);
        assertThat(ScriptWriter.reasons(List.of())).isEmpty();
        ScriptWriter.Script s = ScriptWriter.write("{{role}}|{{company}}|{{region}}\n\n\n\n[x]", c, PUBLIC, offer, List.of(),
                new Honesty("Acme", List.of(), List.of()), ScriptChoices.none(LocalDate.of(2026, 1, 1)));
        assertThat(s.markdown()).isEqualTo("Staff Engineer|Acme|Berlin\n\n[x]\n");
        assertThat(s.placeholders()).containsExactly("x");
    }

    @Test
    void otherRegionsAndTheirAliasesAreRecognisedButNotTheOneCountered() {
        java.util.List<String> regions = List.of("New York", "San Francisco", "Paris", "Remote*", "London");
        Honesty paris = new Honesty("Acme", List.of(), List.of(), "Paris", regions);
        assertThat(paris.otherRegion("Teams in NYC pay more.")).isEqualTo("NYC");
        assertThat(paris.otherRegion("The SF office is new.")).isEqualTo("SF");
        assertThat(paris.otherRegion("In the bay area and new york city.")).isEqualTo("bay area");
        assertThat(paris.otherRegion("In new york city.")).isEqualTo("new york city");
        assertThat(paris.otherRegion("In LONDON too.")).isEqualTo("LONDON");
        assertThat(paris.otherRegion("Remote roles pay less.")).isEqualTo("Remote");
        assertThat(paris.otherRegion("Paris pays well; nyc lower case is a word.")).isNull();
        assertThat(paris.otherRegion("The sf word and Londoner.")).isNull();
        assertThat(paris.why("Teams in NYC pay more.")).isEqualTo("names another region, NYC");
        assertThat(paris.why("Google pays well.")).isEqualTo("names Google");
        assertThat(paris.why("It pays $5K more.")).isEqualTo("a money figure");
        assertThat(paris.why("A plain sentence.")).isNull();
        Honesty ny = new Honesty("Acme", List.of(), List.of(), "New York", regions);
        assertThat(ny.otherRegion("Our NYC team and the New York City office.")).isNull();
        assertThat(ny.otherRegion("Not Paris.")).isEqualTo("Paris");
        // the longest name first: "San Francisco" is found whole, not as another region's part
        Honesty london = new Honesty("Acme", List.of(), List.of(), "London", List.of("San Francisco", "San"));
        assertThat(london.otherRegion("In San Francisco.")).isEqualTo("San Francisco");
        assertThat(new Honesty("Acme", List.of(), List.of(), "Paris", List.of("Paris")).otherRegion("Anywhere")).isNull();
        assertThat(new Honesty("Acme", List.of(), List.of()).otherRegion("New York")).isNull();
    }
}
