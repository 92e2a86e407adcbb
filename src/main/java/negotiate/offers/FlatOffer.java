package negotiate.offers;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * An offer's fields before typing, keyed by {@link OfferKey}, each with the position it came from;
 * both offer files and inline SPECs are read into this form.
 */
final class FlatOffer {
    /** A value as written: a scalar or (for keys that allow one) a list of scalars. */
    record Val(String text, List<String> list, int line, int column) {
    }

    /** The offer's name; null when a file gives none (that problem is the file reader's). */
    final String name;
    final int line;
    final int column;
    final Map<OfferKey, Val> fields = new EnumMap<>(OfferKey.class);

    FlatOffer(String name, int line, int column) {
        this.name = name;
        this.line = line;
        this.column = column;
    }

    Val get(OfferKey key) {
        return fields.get(key);
    }

    /** Whether any key of `block` was given. */
    boolean has(OfferKey.Block block) {
        for (OfferKey k : fields.keySet()) {
            if (k.block == block) {
                return true;
            }
        }
        return false;
    }
}
