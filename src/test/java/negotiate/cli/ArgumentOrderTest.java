package negotiate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No order of arguments changes a figure (§2): the report currency and the rates are settled, not first-come. */
class ArgumentOrderTest {
    @TempDir
    Path tmp;

    private Path file(String name, String text) throws Exception {
        Path p = tmp.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    /** Each offer's four-year figure, by name, from compare's JSON (order-free). */
    private static List<String> figures(String json) {
        List<String> out = new ArrayList<>();
        for (String part : json.split("\"name\" : \"")) {
            int q = part.indexOf('"');
            int f = part.indexOf("\"fourYear\" : ");
            if (q > 0 && f > 0 && !part.startsWith("{")) {
                out.add(part.substring(0, q) + "=" + part.substring(f + 13, part.indexOf(',', f)));
            }
        }
        Collections.sort(out);
        return out;
    }

    @Test
    void mixedBaseCurrenciesNeedCurrencyWhateverTheOrder() {
        for (String[] args : new String[][] {
            {"compare", "--offer", "A:base=€200K", "--offer", "B:base=$200K"},
            {"compare", "--offer", "B:base=$200K", "--offer", "A:base=€200K"},
        }) {
            Cli.Result r = Cli.run(args);
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err()).contains("bases are in").contains("--currency");
        }
        Cli.Result one = Cli.run("compare", "--offer", "A:base=€200K", "--offer", "B:base=€210K", "-o", "json");
        assertThat(one.out()).contains("\"currency\" : \"EUR\"");
    }

    @Test
    void conflictingRatesOfTheSameRankAreErrorsUnlessSettled() throws Exception {
        Path a = file("a.yaml", "currency: USD\nrates: {EUR/USD: 1.10}\noffers:\n  - name: A\n    base: €100K\n");
        Path b = file("b.yaml", "currency: USD\nrates: {USD/EUR: 0.8}\noffers:\n  - name: B\n    base: €110K\n");
        for (String[] args : new String[][] {{"compare", a.toString(), b.toString()}, {"compare", b.toString(), a.toString()}}) {
            Cli.Result r = Cli.run(args);
            assertThat(r.exit()).isEqualTo(3);
            assertThat(r.err()).contains("EUR/USD").contains("a.yaml").contains("b.yaml").contains("--rate");
        }
        Cli.Result settled = Cli.run("compare", a.toString(), b.toString(), "--rate", "EUR/USD=1.15", "-o", "json");
        assertThat(settled.exit()).as(settled.err()).isZero();
        assertThat(figures(Cli.run("compare", b.toString(), a.toString(), "--rate", "EUR/USD=1.15", "-o", "json").out()))
                .isEqualTo(figures(settled.out())).hasSize(2);
        Cli.Result twice = Cli.run("compare", a.toString(), "--rate", "EUR/USD=1.1", "--rate", "EUR/USD=1.2");
        assertThat(twice.exit()).isEqualTo(2);
        assertThat(twice.err()).contains("give each pair once");
        // agreeing inverses are no conflict
        Path c = file("c.yaml", "currency: USD\nrates: {USD/EUR: 0.9090909}\noffers:\n  - name: C\n    base: €100K\n");
        assertThat(Cli.run("compare", a.toString(), c.toString()).exit()).isZero();
    }

    @Test
    void ratesThatDifferEvenSlightlyConflictAndAgreeingInversesEachConvertTheirOwnDirection() throws Exception {
        Path a = file("a.yaml", "currency: USD\nrates: {EUR/USD: 1.10}\noffers:\n  - name: A\n    base: €100K\n");
        Path near = file("near.yaml", "currency: USD\nrates: {EUR/USD: 1.1000009}\noffers:\n  - name: N\n    base: €100K\n");
        for (String[] args : new String[][] {{"compare", a.toString(), near.toString()}, {"compare", near.toString(), a.toString()}}) {
            Cli.Result r = Cli.run(args);
            assertThat(r.exit()).isEqualTo(3);
            assertThat(r.err()).contains("EUR/USD is 1.").contains("a.yaml").contains("near.yaml");
        }
        // USD/EUR 0.9090909 is 1/1.10 to its seven places: no conflict, and €100K is $110,000 in either order
        Path inv = file("inv.yaml", "currency: USD\nrates: {USD/EUR: 0.9090909}\noffers:\n  - name: I\n    base: $100K\n");
        Cli.Result one = Cli.run("compare", a.toString(), inv.toString(), "-o", "json");
        Cli.Result two = Cli.run("compare", inv.toString(), a.toString(), "-o", "json");
        assertThat(one.exit()).as(one.err()).isZero();
        assertThat(figures(one.out())).containsExactly("A=440000", "I=400000").isEqualTo(figures(two.out()));
        assertThat(one.out()).contains("\"pair\" : \"EUR/USD\"").doesNotContain("\"pair\" : \"USD/EUR\"");
    }

    @Test
    void filesNamingDifferentCurrenciesFallBackToTheCurrencyTheBasesShare() throws Exception {
        Path g = file("g.yaml", "currency: GBP\noffers:\n  - name: G\n    base: €70K\n");
        Path e = file("e.yaml", "currency: EUR\noffers:\n  - name: E\n    base: €80K\n");
        for (String[] args : new String[][] {{"compare", g.toString(), e.toString(), "-o", "json"}, {"compare", e.toString(), g.toString(), "-o", "json"}}) {
            Cli.Result r = Cli.run(args);
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(r.out()).contains("\"currency\" : \"EUR\"");
            assertThat(figures(r.out())).containsExactly("E=320000", "G=280000");
        }
        Path u = file("u.yaml", "currency: USD\noffers:\n  - name: U\n    base: $80K\n");
        Cli.Result mixed = Cli.run("compare", u.toString(), g.toString());
        assertThat(mixed.exit()).isEqualTo(2);
        assertThat(mixed.err()).contains("the offer files name different currencies (GBP and USD) and the offers' bases are in EUR and USD");
    }

    @Test
    void permutingFilesAndOffersNeverChangesAFigure() throws Exception {
        Path a = file("a.yaml", "currency: USD\nrates: {EUR/USD: 1.10}\noffers:\n  - name: A\n    base: €100K\n"
                + "    equity: { grant: €200K }\n");
        Path b = file("b.yaml", "currency: USD\noffers:\n  - name: B\n    base: $150K\n    bonus: 10%\n");
        List<String> args = new ArrayList<>(List.of(a.toString(), b.toString(), "--offer=C:base=$140K,equity=$100K/4y",
                "--offer=D:base=€120K,signing=€20K"));
        List<String> expected = null;
        Random random = new Random(42);
        for (int i = 0; i < 8; i++) {
            Collections.shuffle(args, random);
            List<String> run = new ArrayList<>(List.of("compare", "-o", "json"));
            run.addAll(args);
            Cli.Result r = Cli.run(run.toArray(String[]::new));
            assertThat(r.exit()).as(String.join(" ", run) + "\n" + r.err()).isZero();
            List<String> f = figures(r.out());
            assertThat(f).hasSize(4);
            if (expected == null) {
                expected = f;
            }
            assertThat(f).as(String.join(" ", run)).isEqualTo(expected);
        }
    }
}
