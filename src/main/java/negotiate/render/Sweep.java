package negotiate.render;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import negotiate.comp.Comparison;
import negotiate.comp.Leave;
import negotiate.comp.OfferResult;
import negotiate.input.Months;
import negotiate.money.Money;
import negotiate.money.MoneyFormat;

/**
 * `--leave-after`: what each offer leaves you with at each duration, as table rows, and in words
 * which offer keeps most at each and where one overtakes another (nominal, pre-tax, as §2 says).
 */
final class Sweep {
    private Sweep() {
    }

    static void rows(TextTable t, Comparison c, Map<String, List<Leave>> leaves, boolean pretty) {
        int n = durations(c, leaves);
        for (int i = 0; i < n; i++) {
            boolean claw = false;
            boolean exercise = false;
            boolean tax = false;
            for (OfferResult r : c.offers()) {
                Leave l = leaves.get(r.name()).get(i);
                claw |= l.clawback().signum() != 0;
                exercise |= l.exerciseCost().signum() != 0;
                tax |= l.keptAfterTax() != null;
            }
            int months = leaves.get(c.offers().get(0).name()).get(i).months();
            row(t, c, leaves, i, "Leave after " + Months.shown(months) + ": kept", 0, pretty);
            if (claw) {
                row(t, c, leaves, i, "  signing repaid", 1, pretty);
            }
            if (exercise) {
                row(t, c, leaves, i, "  cash to exercise", 2, pretty);
            }
            if (tax) {
                row(t, c, leaves, i, "  kept after tax", 3, pretty);
            }
        }
    }

    private static void row(TextTable t, Comparison c, Map<String, List<Leave>> leaves, int i, String label, int what, boolean pretty) {
        String[] cells = new String[c.offers().size() + 1];
        cells[0] = label;
        for (int k = 0; k < c.offers().size(); k++) {
            Leave l = leaves.get(c.offers().get(k).name()).get(i);
            BigDecimal v = switch (what) {
                case 0 -> l.kept();
                case 1 -> l.clawback();
                case 2 -> l.exerciseCost();
                default -> l.keptAfterTax();
            };
            cells[k + 1] = v == null ? (pretty ? "—" : "") : pretty ? MoneyFormat.whole(new Money(v, c.currency())) : MoneyFormat.json(v);
        }
        t.row(cells);
    }

    /** Which offer keeps most at each duration, and where the lead changes hands. */
    static String text(Comparison c, Map<String, List<Leave>> leaves) {
        int n = durations(c, leaves);
        if (n == 0 || c.offers().size() < 2) {
            return "";
        }
        StringBuilder b = new StringBuilder("If you leave (what you keep, nominal and pre-tax):\n");
        OfferResult before = null;
        int beforeMonths = 0;
        for (int i = 0; i < n; i++) {
            OfferResult lead = null;
            BigDecimal most = null;
            int months = 0;
            for (OfferResult r : c.offers()) {
                Leave l = leaves.get(r.name()).get(i);
                months = l.months();
                if (most == null || l.kept().compareTo(most) > 0) {
                    most = l.kept();
                    lead = r;
                }
            }
            b.append("  after ").append(Months.shown(months)).append(": ").append(Visible.of(lead.name())).append(" keeps most, ")
                    .append(MoneyFormat.whole(new Money(most, c.currency())));
            if (before != null && before != lead) {
                b.append(" (it overtakes ").append(Visible.of(before.name())).append(" between ").append(Months.shown(beforeMonths))
                        .append(" and ").append(Months.shown(months)).append(')');
            }
            b.append('\n');
            before = lead;
            beforeMonths = months;
        }
        return b.toString();
    }

    private static int durations(Comparison c, Map<String, List<Leave>> leaves) {
        if (c.offers().isEmpty() || leaves.isEmpty()) {
            return 0;
        }
        List<Leave> first = leaves.get(c.offers().get(0).name());
        return first == null ? 0 : first.size();
    }
}
