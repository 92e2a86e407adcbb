package negotiate.offers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import negotiate.cli.Cli;
import negotiate.comp.EquityKind;
import negotiate.comp.Offer;
import negotiate.input.InputException;
import org.junit.jupiter.api.Test;

/** The offer reader's rules and the exact words it uses, in a file and in a SPEC. */
class OfferMessagesTest {

    private static String fileError(String yaml) {
        return refused(InputException.Kind.DATA, () -> OfferFile.parse("f.yaml", yaml, null));
    }

    private static String specError(String spec) {
        return refused(InputException.Kind.USAGE, () -> OfferSpec.parse("--offer", spec, null));
    }

    /** The message of the input error `read` must end in; a file's errors are data, a SPEC's usage. */
    private static String refused(InputException.Kind kind, Runnable read) {
        try {
            read.run();
        } catch (InputException e) {
            assertThat(e.kind()).isEqualTo(kind);
            return e.getMessage();
        }
        throw new AssertionError("accepted");
    }

    @Test
    void aFileAndASpecReadTheSameKeysIntoTheSameOffer() {
        Offer file = OfferFile.parse("f.yaml", """
                offers:
                  - name: A
                    base: $150K
                    bonus: 10%
                    signing: [$20K, $10K]
                    raise: 3%
                    company: acme
                    equity: { grant: $300K, years: 3, first_year: 50, type: private, risk: 20% }
                    refresh: { grant: $50K, from_year: 3, years: 2 }
                """, null).offers().get(0);
        Offer spec = OfferSpec.parse("--offer", "A:base=$150K,bonus=10%,signing=$20K/$10K,raise=3%,company=acme,equity=$300K,years=3,"
                + "first_year=50,type=private,risk=20%,refresh=$50K/yr,from_year=3,refresh_years=2", null);
        assertThat(spec).usingRecursiveComparison().ignoringFields("source").isEqualTo(file);
        assertThat(file.equity().vesting().slices(file.equity().grant())).extracting(m -> m.amount().toPlainString())
                .containsExactly("150000", "75000", "75000");
        assertThat(file.refresh().fromYear()).isEqualTo(3);
        assertThat(file.refresh().years()).isEqualTo(2);
    }

    @Test
    void didYouMeanComesFromTheOneDeclaration() {
        assertThat(specError("A:base=$1K,refresh_yeras=2"))
                .isEqualTo("--offer 'A:base=$1K,refresh_yeras=2': unknown key 'refresh_yeras': did you mean 'refresh_years'?");
        assertThat(fileError("""
                offers:
                  - name: A
                    base: $1K
                    equity: { grant: $1K, frist_year: 30 }
                """)).isEqualTo("f.yaml:4:27: error: unknown key 'equity.frist_year': did you mean 'equity.first_year'? [offer]");
        assertThat(fileError("""
                offers:
                  - name: A
                    base: $1K
                    refresh: { grant: $1K, from_yaer: 2 }
                """)).isEqualTo("f.yaml:4:28: error: unknown key 'refresh.from_yaer': did you mean 'refresh.from_year'? [offer]");
    }

    @Test
    void vestingProblemsNameFileLineAndKey() {
        assertThat(fileError("""
                offers:
                  - name: A
                    base: $1K
                    equity: { grant: $1K, first_year: 40, years: 1 }
                """)).isEqualTo("f.yaml:4:39: error: offer 'A', equity.first_year: first_year must be 0–100%"
                + " (100% when the grant vests over one year) [offer]");
        assertThat(fileError("""
                offers:
                  - name: A
                    base: $1K
                    equity: { grant: $1K, years: 11 }
                """)).isEqualTo("f.yaml:4:34: error: offer 'A', equity.years: '11' must be a whole number from 1 to 10 [offer]");
        assertThat(fileError("""
                offers:
                  - name: A
                    base: $1K
                    equity:
                      grant: $1K
                      years: 3
                      vesting: [50, 50]
                """)).isEqualTo("f.yaml:7:16: error: offer 'A', equity.vesting: vesting lists 2 years but years is 3 [offer]");
        assertThat(specError("A:base=$1K,equity=$1K,vesting=40/30/20"))
                .isEqualTo("--offer 'A:base=$1K,equity=$1K,vesting=40/30/20': vesting: vesting sums to 90%, not 100%: fix the yearly percents");
    }

    @Test
    void specYearsAndGrantYearsMustAgreeInEitherOrder() {
        assertThat(specError("A:base=$100K,years=3,equity=$300K/4y")).isEqualTo("--offer 'A:base=$100K,years=3,equity=$300K/4y':"
                + " equity=$300K/4y vests over 4 years but years=3: give the years once");
        assertThat(specError("A:base=$100K,equity=$300K/4y,years=3")).isEqualTo("--offer 'A:base=$100K,equity=$300K/4y,years=3':"
                + " equity=$300K/4y vests over 4 years but years=3: give the years once");
        for (String same : new String[] {"A:base=$100K,years=4,equity=$300K/4y", "A:base=$100K,equity=$300K/4y,years=4"}) {
            Offer o = OfferSpec.parse("--offer", same, null);
            assertThat(o.equity().vesting().slices(o.equity().grant())).extracting(m -> m.amount().toPlainString())
                    .containsExactly("75000", "75000", "75000", "75000");
        }
        assertThat(specError("A:base=$100K,years=3,years=3")).isEqualTo("--offer 'A:base=$100K,years=3,years=3': years is given twice");
        assertThat(specError("A:base=$100K,years=three,equity=$300K/4y"))
                .isEqualTo("--offer 'A:base=$100K,years=three,equity=$300K/4y': years: 'three' must be a whole number from 1 to 10");
    }

    @Test
    void aSigningListLongerThanTheLongestHorizonIsRefused() {
        assertThat(fileError("""
                offers:
                  - name: A
                    base: $150K
                    signing: [$1K, $1K, $1K, $1K, $1K, $1K, $1K, $1K, $1K, $1K, $1K]
                """)).isEqualTo("f.yaml:4:14: error: offer 'A', signing: lists 11 yearly amounts: at most 10,"
                + " one for each year of the longest horizon [offer]");
        assertThat(OfferSpec.parse("--offer", "A:base=$1K,signing=1/2/3/4/5/6/7/8/9/10", null).signing()).hasSize(10)
                .last().satisfies(m -> assertThat(m.amount()).isEqualByComparingTo("10"));
    }

    @Test
    void aRegionNeedsAGuide() {
        assertThat(fileError("""
                offers:
                  - name: A
                    base: $150K
                    region: London
                """)).isEqualTo("f.yaml:4:13: error: offer 'A', region: a region needs guide: too"
                + " (a guide id from 'negotiate guides') [offer]");
        assertThat(specError("A:base=$1K,region=London"))
                .isEqualTo("--offer 'A:base=$1K,region=London': region: a region needs guide= too (a guide id from 'negotiate guides')");
    }

    @Test
    void aBareBonusIsAskedAboutInTheOffersCurrency() {
        assertThat(fileError("""
                offers:
                  - name: A
                    base: $150K
                    bonus: 30000
                """)).isEqualTo("f.yaml:4:12: error: offer 'A', bonus: '30000' is ambiguous: write 10% for a percent of base,"
                + " or $30,000 (or 30000 USD) for an amount a year [offer]");
        // the file's currency: when the base names none
        assertThat(fileError("""
                currency: CHF
                offers:
                  - name: A
                    base: 150000
                    bonus: 30000
                """)).isEqualTo("f.yaml:5:12: error: offer 'A', bonus: '30000' is ambiguous: write 10% for a percent of base,"
                + " or CHF 30,000 (or 30000 CHF) for an amount a year [offer]");
        // a small number may well be the percent meant; a SPEC cannot group thousands
        assertThat(specError("A:base=€100K,bonus=15")).isEqualTo("--offer 'A:base=€100K,bonus=15': bonus: '15' is ambiguous:"
                + " write 15% for a percent of base, or €15 (or 15 EUR) for an amount a year");
    }

    private static final String SHELL = " (if you typed a $ in double quotes, the shell removed it with the digit after it: put the SPEC in single quotes, e.g. 'A:base=$250K')";

    @Test
    void aBaseWithoutCurrencyGetsAdviceFromItsContextNeverAnAssumedOne() {
        assertThat(fileError("""
                offers:
                  - name: A
                    base: 150000
                """)).isEqualTo("f.yaml:3:11: error: offer 'A', base: no currency: write it with one, e.g. $150,000 or 150,000 EUR,"
                + " or add currency: CODE (an ISO 4217 code) [offer]");
        Cli.Result r = Cli.run("compare", "--currency", "EUR", "--offer", "A:base=150000");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("negotiate: --offer 'A:base=150000': base: no currency: write €150000 (or 150000 EUR),"
                + " or add currency=EUR" + SHELL + "\n");
        // the suggestion is advice only: the base is not taken to be in it
        assertThatThrownBy(() -> OfferSpec.parse("--offer", "A:base=150000", null, Currency.getInstance("GBP"))).hasMessage(
                "--offer 'A:base=150000': base: no currency: write £150000 (or 150000 GBP), or add currency=GBP" + SHELL);
        assertThat(specError("A:base=150000")).isEqualTo("--offer 'A:base=150000': base: no currency: write it with one,"
                + " e.g. $150000 or 150000 EUR, or add currency=CODE (an ISO 4217 code)" + SHELL);
    }

    @Test
    void aSpecErrorNamesTheSpecAsItWasGiven() {
        // breakeven takes SPECs as plain arguments, counter's rivals come with --competing
        Cli.Result be = Cli.run("breakeven", "A:base=00K", "B:base=$240K", "--using", "base");
        assertThat(be.exit()).isEqualTo(2);
        assertThat(be.err()).startsWith("negotiate: 'A:base=00K': base=00K looks like an amount whose \"$1\"");
        Cli.Result co = Cli.run("counter", "anyscale", "--region", "London", "--offer", "Me:base=£150K", "--competing", "G:base=£150K,bonsu=1%");
        assertThat(co.exit()).isEqualTo(2);
        assertThat(co.err()).startsWith("negotiate: --competing 'G:base=£150K,bonsu=1%': ").contains("'bonus'");
    }

    @Test
    void enumeratedValuesAreReadWhateverTheirCase() {
        Offer file = OfferFile.parse("f.yaml", """
                offers:
                  - name: A
                    base: $150K
                    equity: { grant: $100K, type: Private }
                """, null).offers().get(0);
        assertThat(file.equity().kind()).isEqualTo(EquityKind.PRIVATE);
        Offer spec = OfferSpec.parse("--offer", "B:base=$150K,type=OPTIONS,shares=1000,strike=$5,price=$25", null);
        assertThat(spec.equity().kind()).isEqualTo(EquityKind.OPTIONS);
        assertThat(spec.equity().grant().amount()).isEqualByComparingTo(new BigDecimal("20000"));
        assertThat(specError("A:base=$1K,equity=$1K,type=privat"))
                .isEqualTo("--offer 'A:base=$1K,equity=$1K,type=privat': type: 'privat' is not an equity type: use public, private or options");
    }
}
