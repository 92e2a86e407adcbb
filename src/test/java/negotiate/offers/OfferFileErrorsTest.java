package negotiate.offers;

import static org.assertj.core.api.Assertions.assertThat;

import negotiate.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One fixture per malformed offer file: exit 3, file:line named, nothing on stdout in JSON mode, no stack trace. */
class OfferFileErrorsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "unknown-key.yaml; 4; did you mean 'equity'?",
        "duplicate-key.yaml; 4; duplicate key 'base'",
        "negative.yaml; 3; negative",
        "zero-base.yaml; 3; base is zero",
        "missing-base.yaml; 2; add base:",
        "bonus-no-percent.yaml; 4; ambiguous: write 10%",
        "vesting-not-100.yaml; 4; sums to 90%",
        "absurd.yaml; 3; above 10^12",
        "duplicate-names.yaml; 4; two offers are named",
        "malformed.yaml; 3; malformed YAML",
        "tab-indent.yaml; 4; a tab: YAML indents and separates with spaces only; replace the tab with spaces",
        "open-quote.yaml; 2; while scanning a quoted scalar",
        "nan.json; 1; 'NaN' is not a number JSON allows",
        "tagged.yaml; 3; a tagged value (such as !!binary) is not read here",
        "nul.yaml; 3; a control character (U+0000) is in the text: remove it",
        "duplicate-key.json; 1; duplicate key 'base'",
        "trailing.json; 1; trailing",
        "long-number.json; 1; too long",
        "alias.yaml; 5; aliases",
        "risk-on-public.yaml; 4; public",
        "no-currency.yaml; 3; no currency",
        "raise-no-percent.yaml; 5; needs a % sign",
        "signing-too-long.yaml; 4; signing: lists 11 yearly amounts",
        "region-without-guide.yaml; 4; region: a region needs guide:",
        "bonus-bare-amount.yaml; 4; write 10% for a percent of base, or $30,000 (or 30000 USD)",
        "cliff-too-long.yaml; 4; equity.cliff: a cliff of 36 months is longer than the grant (2 years, 24 months)",
        "frequency-unknown.yaml; 6; equity.frequency: 'weekly' is not a vesting frequency: use monthly, quarterly or yearly",
        "clawback-mode.yaml; 5; signing_clawback.mode: 'half' is not a clawback mode: use full or prorata",
        "tax-no-percent.yaml; 4; tax: '38' needs a % sign: write 38%",
        "tax-over-hundred.yaml; 4; tax: 150% is not a tax rate (it would leave nothing or less)",
        "raise-absurd.yaml; 4; raise: '1500%' is not a plausible percent",
        "base-list.yaml; 3; 'base' must be a single value",
        "flow-commas.yaml; 4; quote an amount with commas, e.g. grant: \"¥30,000,000\"",
        "bonus-decimal-comma.yaml; 4; (decimals with a dot: 10.5%)",
        "clawback-without-signing.yaml; 4; a clawback needs a signing bonus to claw back",
        "bonus-paid-unknown.yaml; 4; bonus.paid: 'sometimes' is not how the bonus is paid: use yearly or monthly",
        "shares-ambiguous.yaml; 4; equity.shares: '10,00' is not a number of shares: '10,00' has ambiguous or misplaced separators",
    })
    void malformedOfferFilesExitThreeNamingFileAndLine(String file, int line, String fragment) {
        String path = "src/test/resources/fixtures/offers/" + file;
        Cli.Result r = Cli.run("compare", path, "--format", "json");
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("negotiate: " + path + ":" + line + ":").contains(fragment)
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.err().lines().count()).isEqualTo(1);
    }

    @Test
    void everyErrorOfAFileIsReportedAtOnceInLineOrder() {
        String path = "src/test/resources/fixtures/offers/several-errors.yaml";
        Cli.Result r = Cli.run("compare", path, "--format", "json");
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.out()).isEmpty();
        // the builder meets base (line 4) before bonus (line 3): the report is still in the file's order
        assertThat(r.err()).isEqualTo(String.join("\n",
                "negotiate: " + path + ":3:12: error: offer 'A', bonus: '10' is ambiguous: write 10% for a percent of base,"
                        + " or $10 (or 10 USD) for an amount a year [offer]",
                "negotiate: " + path + ":4:11: error: offer 'A', base: base is zero: give the annual salary [offer]",
                "negotiate: " + path + ":5:38: error: offer 'A', equity.vesting: vesting sums to 90%, not 100%: fix the yearly percents [offer]",
                "negotiate: " + path + ":8:5: error: unknown key 'equty': did you mean 'equity'? [offer]",
                ""));
    }
}
