package negotiate.guide;

import java.text.Normalizer;
import java.util.Locale;

/** Ids from display names: `Weights & Biases` is `weights-and-biases`. */
public final class Slug {
    private Slug() {
    }

    public static String of(String name) {
        String s = Normalizer.normalize(name.replace("&", " and "), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-");
        return s.replaceAll("^-+|-+$", "");
    }
}
