package negotiate.cli;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import negotiate.input.YamlTree;
import negotiate.offers.OfferSpec;
import negotiate.repository.SeedRepository;
import negotiate.repository.Seeds;

/**
 * Start-up work done on a second thread while picocli builds and parses the command line on the main
 * one: loading the seeds the command will ask for (from `--seeds` if it appears, else from where they
 * are found by default), and
 * initialising the classes the command will need — for commands that read offers, the YAML and SPEC
 * parsers; for all, the currency, decimal and date classes (~20 ms, docs/PERFORMANCE.md).
 *
 * <p>Apart from the seeds it only computes on constants. The seeds are loaded exactly as the command
 * would load them ({@link SeedRepository#load} with the same directory and environment), and used
 * only when the command asks for exactly that directory (as picocli parsed it); otherwise, or if
 * loading fails here, the command loads them itself and reports what goes wrong. The static initialisers touched do not depend on each other in cycles
 * (checked for ours; the JDK's and Jackson's are made to be initialised from any thread), so the two
 * threads cannot deadlock.
 */
final class Warmup implements Runnable {
    private final boolean offers;
    private final String dir;
    private final Map<String, String> env;
    private final CountDownLatch loaded = new CountDownLatch(1);
    private volatile Seeds seeds;

    /** `env` null: no seeds are loaded; `dir` null: from where they are found by default. */
    Warmup(boolean offers, String dir, Map<String, String> env) {
        this.offers = offers;
        this.dir = dir;
        this.env = env;
        if (env == null) {
            loaded.countDown();
        }
    }

    /**
     * Starts the warm-up for `args` (the first is a command), as a daemon thread the JVM does not wait
     * for. The seeds are loaded ahead except for `validate` (which is usually given paths); their
     * directory is the value after the last `--seeds`, a guess checked against picocli's parse.
     */
    static Warmup start(String[] args, Map<String, String> env) {
        String command = args[0];
        boolean offers = command.equals("compare") || command.equals("breakeven") || command.equals("counter");
        String dir = null;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--seeds") && i + 1 < args.length) {
                dir = args[i + 1];
            } else if (args[i].startsWith("--seeds=")) {
                dir = args[i].substring("--seeds=".length());
            }
        }
        Warmup w = new Warmup(offers, dir, command.equals("validate") ? null : env);
        Thread t = new Thread(w, "negotiate-warmup");
        t.setDaemon(true);
        t.start();
        return w;
    }

    /** The seeds of `seedsOption` (null: the default place), or null if those were not loaded here (or loading failed). */
    Seeds seeds(String seedsOption) {
        if (env == null || !Objects.equals(seedsOption, dir)) {
            return null;
        }
        try {
            loaded.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        return seeds;
    }

    @Override
    public void run() {
        try {
            if (offers) {
                // the offer file is read first, the seeds only when an offer links a guide or a company
                parsers();
            }
            if (env != null) {
                try {
                    seeds = SeedRepository.load(dir, env);
                } finally {
                    loaded.countDown();
                }
            }
            Currency.getInstance("USD");
            new BigDecimal("215000.50").divide(new BigDecimal("3"), MathContext.DECIMAL128);
            LocalDate.parse("2026-01-01");
        } catch (Throwable e) { // even an Error here (a tiny -Xmx) is for the main thread to report, once
            // nothing to do: the main thread does the same work for real when it needs it
        }
    }

    static void parsers() throws YamlTree.ParseError {
        YamlTree.parseYaml("# offers\ncurrency: USD\noffers:\n  - name: 'A'\n    base: \"$150K\"\n"
                + "    equity: { grant: $200K, vesting: [25, 25, 25, 25] }\n");
        OfferSpec.parse("A:base=$150K,bonus=10%,equity=$200K/4y,signing=$10K", null);
    }
}
