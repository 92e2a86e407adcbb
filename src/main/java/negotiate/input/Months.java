package negotiate.input;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A length of time in whole months, as people write it: `18m`, `1y`, `2y6m` (and `12` where the
 * key says its unit is months, as `cliff: 12`). One reader for `--leave-after`, cliffs and clawbacks.
 */
public final class Months {
    private Months() {
    }

    private static final Pattern SPELLED = Pattern.compile("(?i)(?:(\\d{1,2})\\s*y(?:ears?|rs?)?)?\\s*(?:(\\d{1,3})\\s*m(?:onths?|o)?)?");

    /** Why a duration could not be read; the message says how to write it. */
    public static final class Invalid extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        Invalid(String message) {
            super(message);
        }
    }

    /**
     * @param bareIsMonths whether a bare number is months (`cliff: 12`); elsewhere it could be years or
     *                     months, so it is refused with the two spellings
     */
    public static int parse(String text, boolean bareIsMonths) {
        String t = text == null ? "" : text.strip();
        if (t.matches("\\d{1,3}")) {
            if (bareIsMonths) {
                return Integer.parseInt(t);
            }
            throw new Invalid("'" + t + "' could be months or years: write " + t + "m or " + t + "y");
        }
        Matcher m = SPELLED.matcher(t);
        if (t.isEmpty() || !m.matches() || m.group(1) == null && m.group(2) == null) {
            throw new Invalid("'" + t + "' is not a duration: write months or years, e.g. 18m, 1y or 2y6m");
        }
        if (m.group(1) != null && m.group(2) != null && Integer.parseInt(m.group(2)) >= 12) {
            // 1y13m is a slip for 2y1m or 1y3m: which, only the user knows
            throw new Invalid("'" + t + "': months after years run 0 to 11: write " + shown(12 * Integer.parseInt(m.group(1))
                    + Integer.parseInt(m.group(2))) + " if that is what you mean");
        }
        return (m.group(1) == null ? 0 : 12 * Integer.parseInt(m.group(1))) + (m.group(2) == null ? 0 : Integer.parseInt(m.group(2)));
    }

    /** `18m`, `1y`, `2y6m`: how a count of months is shown back. */
    public static String shown(int months) {
        int y = months / 12;
        int m = months % 12;
        return y == 0 ? m + "m" : m == 0 ? y + "y" : y + "y" + m + "m";
    }
}
