package negotiate.input;

/**
 * A count written by a user (grant years, a starting year): digits only, within bounds. One rule
 * and one wording for every reader, so guides and offers refuse `4.5` or `11` alike.
 */
public final class WholeNumber {
    private WholeNumber() {
    }

    /** What a value outside the rule breaks, said the same way everywhere. */
    public static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;

        Invalid(String message) {
            super(message, null, false, false);
        }
    }

    /** The number `text` holds when it is a whole number from `min` to `max` (both at most two digits). */
    public static int within(String text, int min, int max) throws Invalid {
        String t = text == null ? "" : text.strip();
        // at most two digits: the bounds are small, and a long digit string must not overflow parseInt
        if (!t.matches("\\d{1,2}") || Integer.parseInt(t) < min || Integer.parseInt(t) > max) {
            throw new Invalid("'" + t + "' must be a whole number from " + min + " to " + max);
        }
        return Integer.parseInt(t);
    }
}
