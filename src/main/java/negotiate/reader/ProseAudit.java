package negotiate.reader;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import negotiate.input.Diagnostic;
import negotiate.markdown.Block;
import negotiate.markdown.Seen;
import negotiate.markdown.SourceLines;
import negotiate.money.AmountException;
import negotiate.money.Currencies;
import negotiate.money.Money;
import negotiate.money.MoneyFormat;
import negotiate.money.MoneyParser;

/**
 * Checks the multi-year sums guides write in prose, in either form: "€148K base with €115K/year
 * RSUs = €608K over 4yr" or "$310K base with $240K/year equity ($1.27M over 4yr)". A figure with
 * nothing to check it against is left alone, and a correct sum is never flagged.
 */
final class ProseAudit {
    private ProseAudit() {
    }

    private static final String MONEY = MoneyParser.PROSE_AMOUNT;
    private static final Pattern SUM = Pattern.compile(
            "(" + MONEY + ")\\s+base\\s+(?:salary\\s+)?(?:with|plus|and|\\+)\\s+(" + MONEY + ")\\s*/\\s*(?:year|yr|y)\\b"
                    + "[^=()\\n]{0,40}?(?:=\\s*|\\(\\s*)(" + MONEY + ")\\s+(?:over|across|for)\\s+(\\d+)\\s*-?\\s*(?:yr|yrs|years?|y)\\b");

    static List<Diagnostic> audit(String file, List<Block> blocks, SourceLines at) {
        List<Diagnostic> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Block.Paragraph p) {
                for (Seen l : p.text().lines()) {
                    audit(file, l, at, out);
                }
            }
        }
        return out;
    }

    private static void audit(String file, Seen seen, SourceLines lines, List<Diagnostic> out) {
        String line = seen.text();
        // cheap filter first: a checkable sum needs "base", a per-year figure and a span of years
        if (line.indexOf(" base") < 0 || line.indexOf("/y") < 0 && line.indexOf("/ y") < 0) {
            return;
        }
        Matcher m = SUM.matcher(line);
        int done = 0;
        // look only around each " base": a regex scan of whole long lines is the slow part of validate
        for (int at = line.indexOf(" base"); at >= 0; at = line.indexOf(" base", at + 5)) {
            if (at < done || at == 0 || !amountEnd(line.charAt(at - 1))) {
                continue;
            }
            int start = tokenStart(line, at);
            if (start < done) {
                continue;
            }
            m.region(start, Math.min(line.length(), at + 200));
            if (!m.lookingAt()) {
                continue;
            }
            done = m.end();
            try {
                MoneyParser.Amount base = MoneyParser.parseAmount(m.group(1));
                MoneyParser.Amount perYear = MoneyParser.parseAmount(m.group(2));
                MoneyParser.Amount written = MoneyParser.parseAmount(m.group(3));
                if (base.currency() == null || perYear.currency() == null || written.currency() == null
                        || !base.currency().equals(perYear.currency()) || !base.currency().equals(written.currency())) {
                    continue;
                }
                BigDecimal years = new BigDecimal(m.group(4));
                BigDecimal right = base.value().add(perYear.value()).multiply(years);
                BigDecimal diff = right.subtract(written.value()).abs();
                if (diff.compareTo(tolerance(written, right)) > 0) {
                    Money sum = new Money(right, base.currency());
                    String shown = right.remainder(new BigDecimal(1000)).signum() == 0
                            ? MoneyFormat.whole(sum.dividedBy(new BigDecimal(1000))) + "K" : MoneyFormat.whole(sum);
                    int where = seen.offset(m.start());
                    out.add(Diagnostic.warning(file, lines.line(where), lines.column(where), "arithmetic",
                            "wrong sum: " + m.group(4) + " years of " + m.group(1).strip() + " base + "
                                    + m.group(2).strip() + "/year are " + shown + ", not " + m.group(3).strip()
                                    + ": correct the figure to " + shown));
                }
            } catch (AmountException e) {
                // not a sum we can read: nothing to check
            }
        }
    }

    /** Where the money literal ending at `end` starts: back over digits, separators, a multiplier and a currency. */
    private static int tokenStart(String line, int end) {
        int i = end;
        while (i > 0 && " KMBkmb".indexOf(line.charAt(i - 1)) > 0) {
            i--;
        }
        while (i > 0 && (Character.isDigit(line.charAt(i - 1)) || line.charAt(i - 1) == ',' || line.charAt(i - 1) == '.')) {
            i--;
        }
        if (i > 0 && line.charAt(i - 1) == ' ') {
            i--;
        }
        while (i > 0 && end - i < 24 && !Character.isWhitespace(line.charAt(i - 1)) && line.charAt(i - 1) != '(') {
            i--;
        }
        return i;
    }

    /** A money literal ends with a digit, a multiplier or a currency code letter. */
    private static boolean amountEnd(char c) {
        return Character.isDigit(c) || Character.isUpperCase(c) || c == 'k' || c == 'm' || c == 'b';
    }

    /** Half a unit of the last digit written ($1.27M is right for anything that rounds to it), at least 0.5 %. */
    private static BigDecimal tolerance(MoneyParser.Amount written, BigDecimal right) {
        BigDecimal unit = BigDecimal.ONE.movePointLeft(Math.max(0, written.number().scale()));
        if (written.multiplier() != null) {
            unit = unit.multiply(written.multiplier());
        }
        BigDecimal half = unit.divide(new BigDecimal(2), 10, RoundingMode.HALF_EVEN);
        BigDecimal rel = right.multiply(new BigDecimal("0.005"));
        return half.max(rel);
    }
}
