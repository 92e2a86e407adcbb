package negotiate.cli;

import negotiate.comp.Horizon;
import negotiate.input.InputException;

/** `--years N`, the horizon `compare` and `breakeven` value offers over: declared once for both. */
final class YearsOption {
    private YearsOption() {
    }

    static final Opt<Integer> YEARS = Opt.count("N",
            "Value the offers over N years, 1 to 10 (default 4): refreshes keep stacking, raises compounding.", "--years");

    /** The horizon given, checked against 1–10; 4 when not given. */
    static int of(Parsed p) {
        Integer n = YEARS.in(p);
        if (n == null) {
            return Horizon.DEFAULT_YEARS;
        }
        if (n > Horizon.MAX_YEARS) {
            throw InputException.usage(YEARS.name() + " " + n + ": the horizon is 1 to " + Horizon.MAX_YEARS + " years");
        }
        return n;
    }
}
