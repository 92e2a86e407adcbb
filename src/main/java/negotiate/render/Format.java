package negotiate.render;

import java.util.Locale;

/** The output formats; each command says which it takes. */
public enum Format {
    TABLE, JSON, MARKDOWN, CSV, GITHUB, HTML;

    /** The name as typed after --format. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format named `text` (any case), or null. */
    public static Format of(String text) {
        for (Format f : values()) {
            if (f.label().equals(text.strip().toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        return null;
    }
}
