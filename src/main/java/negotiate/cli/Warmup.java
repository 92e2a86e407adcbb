package negotiate.cli;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Currency;
import negotiate.input.YamlTree;
import negotiate.offers.OfferSpec;

/**
 * Start-up work that does not depend on what the user typed, done on a second thread while picocli
 * builds and parses the command line on the main one: initialising the date, currency and decimal
 * classes every report needs and, for commands that read offers, the YAML parser and the offer SPEC
 * parser (~20 ms of class initialisation and first-run code, measured in docs/PERFORMANCE.md).
 *
 * <p>It only computes on constants: it reads no file, writes nothing and keeps no result, so a run's
 * output cannot depend on it; if it fails or is slow, the same work simply happens on the main thread.
 * The static initialisers it triggers do not depend on each other in cycles (checked for ours; the
 * JDK's and Jackson's are made to be initialised from any thread), so the two threads cannot deadlock.
 */
final class Warmup implements Runnable {
    private final boolean offers;

    Warmup(boolean offers) {
        this.offers = offers;
    }

    /** Starts the warm-up for `command` (the first argument), as a daemon thread the JVM does not wait for. */
    static void start(String command) {
        boolean offers = command.equals("compare") || command.equals("breakeven") || command.equals("counter");
        Thread t = new Thread(new Warmup(offers), "negotiate-warmup");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void run() {
        try {
            if (offers) {
                YamlTree.parseYaml("# offers\ncurrency: USD\noffers:\n  - name: 'A'\n    base: \"$150K\"\n"
                        + "    equity: { grant: $200K, vesting: [25, 25, 25, 25] }\n");
                OfferSpec.parse("A:base=$150K,bonus=10%,equity=$200K/4y,signing=$10K", null);
            }
            Currency.getInstance("USD");
            new BigDecimal("215000.50").divide(new BigDecimal("3"), MathContext.DECIMAL128);
            LocalDate.parse("2026-01-01");
        } catch (Throwable e) { // even an Error here (a tiny -Xmx) is for the main thread to report, once
            // nothing to do: the main thread does the same work for real when it needs it
        }
    }
}
