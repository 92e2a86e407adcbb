package negotiate.comp;

import java.util.Locale;

/** How often a year's slice of a grant vests: in 12, 4 or 1 equal installments, each at the end of its period. */
public enum Frequency {
    MONTHLY(12), QUARTERLY(4), YEARLY(1);

    /** Installments a year. */
    public final int perYear;

    Frequency(int perYear) {
        this.perYear = perYear;
    }

    /** Months between installments. */
    public int months() {
        return 12 / perYear;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
