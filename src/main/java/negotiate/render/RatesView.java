package negotiate.render;

import java.io.IOException;
import java.util.List;
import negotiate.money.Rate;

/** Lists the rates a report used and where each came from, in every format. */
public final class RatesView {
    private RatesView() {
    }

    public static void json(Json j, List<Rate> rates) throws IOException {
        j.array("rates", a -> {
            for (Rate r : rates) {
                a.object(o -> {
                    o.str("pair", r.pair());
                    o.rate("rate", r.rate());
                    o.str("source", r.source());
                    o.str("asOf", r.asOf());
                });
            }
        });
    }

    /** The same for Markdown: a list under its line, each source literal (see Md). */
    public static String markdown(List<Rate> rates) {
        String text = text(rates).strip();
        if (text.isEmpty()) {
            return "";
        }
        String[] lines = text.split("\n");
        StringBuilder b = new StringBuilder("\n").append(lines[0]).append("\n\n");
        for (int i = 1; i < lines.length; i++) {
            b.append("- ").append(negotiate.markdown.Md.text(lines[i].strip())).append('\n');
        }
        return b.toString();
    }

    public static String text(List<Rate> rates) {
        if (rates.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("\nRates used:\n");
        for (Rate r : rates) {
            b.append("  1 ").append(r.from().getCurrencyCode()).append(" = ")
                    .append(r.rate().stripTrailingZeros().toPlainString()).append(' ').append(r.to().getCurrencyCode())
                    .append("  (").append(r.source()).append(r.asOf() == null ? "" : ", as of " + r.asOf()).append(")\n");
        }
        return b.toString();
    }
}
