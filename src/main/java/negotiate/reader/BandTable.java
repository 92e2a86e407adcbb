package negotiate.reader;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import negotiate.guide.EquityType;
import negotiate.input.Diagnostic;
import negotiate.markdown.Block;
import negotiate.markdown.Seen;
import negotiate.markdown.SourceLines;
import negotiate.money.AmountException;
import negotiate.money.MoneyParser;
import negotiate.money.Range;

/**
 * Reads a guide's band table (Region / Base / Equity / Bonus / Total) into rows. Cells may be
 * ranges (`€98K–€132K`), none (`—`), or relative to another region
 * (`Varies by location (65–100% of NYC)`, `Same equity grant`), resolved once every row is read.
 */
final class BandTable {
    private BandTable() {
    }

    /** A cell as written: a value, nothing, or a share of another region's value. */
    sealed interface Cell permits Value, None, Relative {
    }

    record Value(Range range, Currency currency) implements Cell {
    }

    record None() implements Cell {
    }

    /** pctLow % of the reference's low to pctHigh % of its high; ref null means "the row's reference". */
    record Relative(BigDecimal pctLow, BigDecimal pctHigh, String ref) implements Cell {
    }

    /** One table row before relative cells are resolved. */
    record Row(String region, int line, Cell base, Cell equity, Cell bonus, Cell total, String ref) {
    }

    /** The grant length and equity type the header states. */
    record Header(int years, EquityType type) {
    }

    private static final String SEP = "\\s*" + MoneyParser.RANGE_SEPARATOR + "\\s*";
    private static final Pattern RELATIVE = Pattern.compile(
            "(\\d+(?:\\.\\d+)?)\\s*%?(?:" + SEP + "(\\d+(?:\\.\\d+)?)\\s*)?%\\s+of\\s+(?:the\\s+)?([^)]+?)\\s*(?:\\)|$)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SAME = Pattern.compile("^same\\b(?:.*?\\b(?:as|of)\\s+(?:the\\s+)?(.+?)|.*?)\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern YEARS = Pattern.compile("(?<!\\d)(\\d+)\\s*-?\\s*(?:yrs?|years?|y)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING = Pattern.compile(
            "(?:'s)?\\s+(?:base|bases|band|bands|pay|rate|rates|level|levels|grant|equity|salary|salaries)$",
            Pattern.CASE_INSENSITIVE);

    private static final String[] REGION = {"region", "location", "city", "market", "country", "geo"};
    private static final String[] EQUITY = {"equity", "stock", "rsu", "options", "shares", "grant"};

    static boolean isBandTable(Block.Table t) {
        return t.column(REGION) >= 0 && t.column("base") >= 0;
    }

    static Header header(Block.Table t) {
        int eq = t.column(EQUITY);
        if (eq < 0) {
            return new Header(4, EquityType.PUBLIC);
        }
        String h = t.header().get(eq).text().toLowerCase(Locale.ROOT);
        Matcher m = YEARS.matcher(h);
        int years = 4;
        if (m.find()) {
            // more than two digits is no grant length: 0 makes the caller report it
            years = m.group(1).length() > 2 ? 0 : Integer.parseInt(m.group(1));
        }
        boolean priv = h.contains("pre-ipo") || h.contains("pre ipo") || h.contains("private");
        return new Header(years, priv ? EquityType.PRIVATE : EquityType.PUBLIC);
    }

    /**
     * The table's rows; every problem of a row is reported (not only the first), and a bad row never
     * hides the others.
     */
    static List<Row> rows(Block.Table t, String file, SourceLines at, List<Diagnostic> out) {
        int region = t.column(REGION);
        int base = t.column("base");
        int equity = t.column(EQUITY);
        int bonus = t.column("bonus");
        int total = t.column("total");
        List<Row> rows = new ArrayList<>();
        for (Block.Row r : t.rows()) {
            int line = at.line(r.offset());
            Seen name = r.cell(region);
            boolean noMoney = r.cell(base).isEmpty() && (equity < 0 || r.cell(equity).isEmpty())
                    && (bonus < 0 || r.cell(bonus).isEmpty()) && (total < 0 || r.cell(total).isEmpty());
            if (noMoney) {
                out.add(Diagnostic.warning(file, line, at.column(r.offset()), "not-a-band-row", "row '"
                        + name.text() + "' has no base, equity, bonus or total: not a band (a note or a continuation line?)"));
                continue;
            }
            if (name.isEmpty()) {
                out.add(Diagnostic.error(file, line, at.column(r.offset()), "table",
                        "band row has no region name: write the region in the first column"));
                continue;
            }
            List<Diagnostic> problems = new ArrayList<>();
            Cell b = required(r.cell(base), "base", file, at, problems);
            Cell e = equity < 0 ? new None() : required(r.cell(equity), "equity", file, at, problems);
            Cell bo = bonus < 0 ? new None() : percent(r.cell(bonus), file, at, problems);
            Cell to = total < 0 ? new None() : total(r.cell(total), file, at, problems);
            if (b instanceof None && problems.isEmpty()) {
                problems.add(Diagnostic.error(file, line, at.column(r.cell(base).offset(0)), "amount", "region '"
                        + name.text() + "' has no base salary: write a figure such as €98K–€132K"));
            }
            if (!problems.isEmpty()) {
                out.addAll(problems);
                continue;
            }
            String ref = null;
            for (Cell c : List.of(b, e, bo, to)) {
                if (c instanceof Relative rel && rel.ref() != null && ref == null) {
                    ref = rel.ref();
                }
            }
            rows.add(new Row(name.text(), line, b, e, bo, to, ref));
        }
        return rows;
    }

    /** A base or equity cell: empty is an error (write — for none). */
    private static Cell required(Seen cell, String what, String file, SourceLines at, List<Diagnostic> out) {
        if (cell.isEmpty()) {
            out.add(Diagnostic.error(file, at.line(cell.offset(0)), at.column(cell.offset(0)), "table",
                    "the " + what + " cell is empty: write the figure, or — for none"));
            return new None();
        }
        return read(() -> money(cell.text(), what), cell, file, at, out);
    }

    private static Cell percent(Seen cell, String file, SourceLines at, List<Diagnostic> out) {
        return read(() -> percent(cell.text()), cell, file, at, out);
    }

    private static Cell total(Seen cell, String file, SourceLines at, List<Diagnostic> out) {
        return read(() -> total(cell.text()), cell, file, at, out);
    }

    /** A cell read, or its problem reported at the cell's place (None then stands in). */
    private static Cell read(CellReader r, Seen cell, String file, SourceLines at, List<Diagnostic> out) {
        try {
            return r.read();
        } catch (CellException ex) {
            out.add(Diagnostic.error(file, at.line(cell.offset(0)), at.column(cell.offset(0)), ex.code, ex.getMessage()));
            return new None();
        }
    }

    private interface CellReader {
        Cell read() throws CellException;
    }

    static boolean isNone(String s) {
        String t = s.strip();
        return t.isEmpty() || t.equals("—") || t.equals("–") || t.equals("-") || t.equals("--")
                || t.equalsIgnoreCase("n/a") || t.equalsIgnoreCase("none");
    }

    private static Cell relative(String s) {
        Matcher same = SAME.matcher(s.strip());
        if (same.matches()) {
            String ref = same.group(1) == null ? null : cleanRef(same.group(1));
            return new Relative(new BigDecimal("100"), new BigDecimal("100"), ref);
        }
        Matcher m = RELATIVE.matcher(s);
        if (m.find()) {
            BigDecimal lo = new BigDecimal(m.group(1));
            BigDecimal hi = m.group(2) == null ? lo : new BigDecimal(m.group(2));
            return new Relative(lo, hi, cleanRef(m.group(3)));
        }
        return null;
    }

    private static String cleanRef(String ref) {
        String r = ref.strip().replaceAll("[.,;:]+$", "");
        Matcher t = TRAILING.matcher(r);
        while (t.find()) {
            r = r.substring(0, t.start()).strip();
            t = TRAILING.matcher(r);
        }
        return r;
    }

    private static Cell money(String s, String what) throws CellException {
        if (isNone(s)) {
            return new None();
        }
        Cell rel = relative(s);
        if (rel != null) {
            return rel;
        }
        try {
            MoneyParser.AmountRange r = MoneyParser.parseRange(s);
            return new Value(new Range(r.low(), r.high()), r.currency());
        } catch (AmountException e) {
            throw new CellException(e.code(), what + " '" + s + "': " + e.getMessage(), s);
        }
    }

    private static Cell percent(String s) throws CellException {
        if (isNone(s)) {
            return new None();
        }
        Cell rel = relative(s);
        if (rel != null && !s.contains("%")) {
            return rel;
        }
        String t = s.strip();
        boolean upTo = t.regionMatches(true, 0, "up to ", 0, 6);
        if (upTo) {
            t = t.substring(6).strip();
        } else if (t.startsWith("~")) {
            t = t.substring(1).strip();
        }
        try {
            MoneyParser.PercentRange p = MoneyParser.parsePercent(t);
            // "Up to 15%" is a range from nothing to 15 %
            return new Value(new Range(upTo ? java.math.BigDecimal.ZERO : p.low(), p.high()), null);
        } catch (AmountException e) {
            throw new CellException(e.code(), "bonus '" + s + "': " + e.getMessage(), s);
        }
    }

    private static Cell total(String s) throws CellException {
        if (isNone(s) || !s.matches(".*\\d.*")) {
            return new None();
        }
        Cell rel = relative(s);
        if (rel != null) {
            return new None();
        }
        return money(s, "total comp");
    }

    /** A cell that cannot be read. */
    static final class CellException extends Exception {
        private static final long serialVersionUID = 1L;
        final String code;
        final String text;

        CellException(String code, String message, String text) {
            super(message, null, false, false);
            this.code = code;
            this.text = text;
        }
    }
}
