package negotiate.offers;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import negotiate.cli.Cli;
import negotiate.comp.EquityKind;
import negotiate.comp.Offer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OfferSpecTest {

    @Test
    void readsTheSpecExamples() {
        Offer g = OfferSpec.parse("--offer", "Google L5:base=€148K,bonus=15%,equity=€115K/yr", null);
        assertThat(g.name()).isEqualTo("Google L5");
        assertThat(g.currency().getCurrencyCode()).isEqualTo("EUR");
        assertThat(g.bonusPct()).isEqualByComparingTo("15");
        assertThat(g.equity().grant().amount()).isEqualByComparingTo("460000");
        Offer hf = OfferSpec.parse("--offer", "HF:base=$255K,equity=$478K/4y,type=private,risk=30%,signing=$45K,company=hugging-face", null);
        assertThat(hf.equity().kind()).isEqualTo(EquityKind.PRIVATE);
        assertThat(hf.equity().grant().amount()).isEqualByComparingTo("478000");
        assertThat(hf.equity().riskPct()).isEqualByComparingTo("30");
        assertThat(hf.signing()).singleElement().satisfies(m -> assertThat(m.amount()).isEqualByComparingTo("45000"));
        assertThat(hf.company()).isEqualTo("hugging-face");
        Offer v = OfferSpec.parse("--offer", "V:base=100000 USD,equity=$300K,vesting=40/30/20/10,refresh=$20K/yr,raise=3%", null);
        // the vesting list is used, not just counted: its percents in order, and so 40/30/20/10 of $300K
        assertThat(v.equity().vesting().weights()).extracting(BigDecimal::toPlainString).containsExactly("40", "30", "20", "10");
        assertThat(v.equity().vesting().total()).isEqualByComparingTo("100");
        assertThat(v.equity().vesting().slices(v.equity().grant())).extracting(m -> m.amount().stripTrailingZeros().toPlainString())
                .containsExactly("120000", "90000", "60000", "30000");
        assertThat(v.refresh().grant().amount()).isEqualByComparingTo("20000");
        assertThat(v.raisePct()).isEqualByComparingTo("3");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.2.3k", "NaN", "$", "-5K", "230kk"})
    void malformedInlineAmountsAreUsageErrors(String amount) {
        Cli.Result r = Cli.run("compare", "--offer", "A:base=" + amount, "--format", "json");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("--offer 'A:base=" + amount + "'").doesNotContain("Exception");
    }

    @Test
    void malformedSpecsSayHowToWriteThem() {
        assertThat(Cli.run("compare", "--offer", "nocolon").err()).contains("NAME:key=value");
        assertThat(Cli.run("compare", "--offer", "A:base=$1,000").err()).contains("no thousands separators");
        assertThat(Cli.run("compare", "--offer", "A:bsae=$100K").err()).contains("did you mean 'base'");
    }
}
