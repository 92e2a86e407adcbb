package negotiate.offers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An offer's fields before typing, flattened (`equity.grant`, `refresh.from_year`), each with the
 * position it came from; both offer files and inline SPECs are read into this form.
 */
final class FlatOffer {
    /** A value as written: a scalar or (for vesting and signing) a list of scalars. */
    record Val(String text, List<String> list, int line, int column) {
    }

    final String name;
    final int line;
    final Map<String, Val> fields = new LinkedHashMap<>();

    FlatOffer(String name, int line) {
        this.name = name;
        this.line = line;
    }

    Val get(String key) {
        return fields.get(key);
    }

    String text(String key) {
        Val v = fields.get(key);
        return v == null ? null : v.text();
    }
}
