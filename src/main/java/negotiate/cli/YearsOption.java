package negotiate.cli;

import negotiate.comp.Horizon;
import negotiate.input.InputException;

/**
 * The time options: `--years N`, the horizon `compare` and `breakeven` value offers over (declared
 * once for both), and compare's `--leave-after` and `--tax`.
 */
final class YearsOption {
    private YearsOption() {
    }

    static final Opt<Integer> YEARS = Opt.count("N",
            "Value the offers over N years, 1 to 10 (default 4): refreshes keep stacking, raises compounding.", "--years");

    static final Opt<String> LEAVE_AFTER = Opt.text("DURATION[,DURATION...]",
            "What you keep if you leave after 18m, 1y, 2y6m…; a list sweeps (each at most the horizon).", "--leave-after");
    static final Opt<String> TAX = Opt.text("PCT", "Your effective tax rate for offers that give none (tax: in the offer wins).",
            "--tax");

    /** The months of --leave-after, in the order given; each within the horizon. Empty when not given. */
    static java.util.List<Integer> leaveAfter(Parsed p, int horizon) {
        String text = LEAVE_AFTER.in(p);
        java.util.List<Integer> out = new java.util.ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String part : text.split(",")) {
            int months;
            try {
                months = negotiate.input.Months.parse(part, false);
            } catch (negotiate.input.Months.Invalid e) {
                throw InputException.usage(LEAVE_AFTER.name() + " " + text + ": " + e.getMessage());
            }
            if (months < 1 || months > 12 * horizon) {
                throw InputException.usage(LEAVE_AFTER.name() + " " + part.strip() + ": leave after 1 month to the horizon's "
                        + 12 * horizon + " months (" + horizon + (horizon == 1 ? " year" : " years") + "; --years sets it)");
            }
            if (out.contains(months)) {
                throw InputException.usage(LEAVE_AFTER.name() + " " + text + ": " + part.strip() + " is given twice");
            }
            out.add(months);
        }
        return out;
    }

    /** --tax as a percent below 100, or null. */
    static java.math.BigDecimal tax(Parsed p) {
        String text = TAX.in(p);
        if (text == null) {
            return null;
        }
        try {
            if (!text.strip().endsWith("%")) {
                throw InputException.usage(TAX.name() + " " + text + ": write the rate with %, e.g. " + TAX.name() + " 38%");
            }
            negotiate.money.MoneyParser.PercentRange r = negotiate.money.MoneyParser.parsePercent(text);
            if (r.low().compareTo(r.high()) != 0 || r.low().compareTo(new java.math.BigDecimal("100")) >= 0) {
                throw InputException.usage(TAX.name() + " " + text + ": give one effective rate below 100%, e.g. 38%");
            }
            return r.low();
        } catch (negotiate.money.AmountException e) {
            throw InputException.usage(TAX.name() + " " + text + ": " + e.getMessage());
        }
    }

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
