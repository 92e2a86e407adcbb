package negotiate.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import negotiate.input.YamlTree;
import negotiate.money.Rate;
import negotiate.money.RatesFile;

/** The rates table shipped in the jar (`negotiate/rates.yaml`), the last fallback for conversions. */
final class BundledRates implements Supplier<List<Rate>> {
    private static List<Rate> cached;

    @Override
    public List<Rate> get() {
        return table();
    }

    static synchronized List<Rate> table() {
        if (cached == null) {
            try (InputStream in = BundledRates.class.getResourceAsStream("/negotiate/rates.yaml")) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                cached = RatesFile.fromBlock((YamlTree.MapNode) YamlTree.parseYaml(text), "bundled:rates.yaml", "bundled table");
            } catch (IOException | YamlTree.ParseError | NullPointerException e) {
                throw new IllegalStateException("the bundled rates table is missing or broken", e);
            }
        }
        return cached;
    }
}
