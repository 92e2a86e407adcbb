package negotiate.reader;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import negotiate.guide.Band;
import negotiate.guide.EquityType;
import negotiate.input.Diagnostic;
import negotiate.input.WholeNumber;
import negotiate.input.YamlTree;
import negotiate.money.AmountException;
import negotiate.money.Currencies;
import negotiate.money.MoneyParser;
import negotiate.money.Range;

/** Reads a guide's YAML front matter: metadata and the `compensation:` list. Unknown keys are tolerated. */
final class FrontMatter {
    /** Front matter lines are counted from the file's first line, which holds `---`. */
    private final int offset;
    private final String file;
    private final YamlTree.MapNode root;
    private final List<Diagnostic> out;

    /** One `compensation:` entry; null fields were not given. */
    record Entry(String region, int line, Currency currency, Range base, Range equity, Range bonus, Range stated,
                 Integer years, EquityType type) {
    }

    FrontMatter(String file, YamlTree.MapNode root, int offset, List<Diagnostic> out) {
        this.file = file;
        this.root = root;
        this.offset = offset;
        this.out = out;
    }

    String text(String key) {
        YamlTree.Field f = root.get(key);
        if (f == null || !(f.value() instanceof YamlTree.Scalar s) || s.isNull()) {
            return null;
        }
        return negotiate.input.OneLine.of(s.text()).strip();
    }

    int line(String key) {
        YamlTree.Field f = root.get(key);
        return f == null ? 1 : f.line() + offset;
    }

    boolean has(String key) {
        return root.get(key) != null;
    }

    List<String> list(String key) {
        List<String> r = new ArrayList<>();
        YamlTree.Field f = root.get(key);
        if (f != null && f.value() instanceof YamlTree.ListNode l) {
            for (YamlTree.Node n : l.items()) {
                if (n instanceof YamlTree.Scalar s && !s.isNull()) {
                    r.add(negotiate.input.OneLine.of(s.text()));
                }
            }
        }
        return r;
    }

    String levelMapping() {
        YamlTree.Field f = root.get("level_mapping");
        if (f == null) {
            return null;
        }
        if (f.value() instanceof YamlTree.Scalar s) {
            return s.isNull() ? null : s.text();
        }
        if (f.value() instanceof YamlTree.MapNode m && m.get("raw") != null
                && m.get("raw").value() instanceof YamlTree.Scalar s && !s.isNull()) {
            return s.text();
        }
        return null;
    }

    List<Entry> compensation() {
        List<Entry> r = new ArrayList<>();
        YamlTree.Field f = root.get("compensation");
        if (f == null) {
            return r;
        }
        if (!(f.value() instanceof YamlTree.ListNode l)) {
            out.add(Diagnostic.error(file, f.line() + offset, f.column(), "yaml",
                    "compensation: must be a list of regions (- region: …)"));
            return r;
        }
        Integer topYears = years(root);
        EquityType topType = type(root);
        for (YamlTree.Node n : l.items()) {
            if (!(n instanceof YamlTree.MapNode m)) {
                out.add(Diagnostic.error(file, n.line() + offset, n.column(), "yaml",
                        "each compensation entry must be a mapping with region, base_low, …"));
                continue;
            }
            int line = n.line() + offset;
            String region = scalar(m, "region");
            if (region == null || region.isBlank()) {
                out.add(Diagnostic.error(file, line, n.column(), "yaml", "compensation entry has no region: add region: NAME"));
                continue;
            }
            try {
                Currency cur = null;
                String code = scalar(m, "currency");
                if (code != null) {
                    cur = Currencies.named(code);
                    if (cur == null) {
                        YamlTree.Field cf = m.get("currency");
                        out.add(Diagnostic.error(file, cf.line() + offset, cf.column(), "currency", Currencies.unknown(code.strip(), null)));
                        continue;
                    }
                }
                Currency[] holder = {cur};
                Range base = money(m, holder, "base_low", "base_high");
                Range equity = money(m, holder, "stock_low", "stock_high");
                if (equity == null) {
                    equity = money(m, holder, "equity_low", "equity_high");
                }
                Range stated = money(m, holder, "total_comp_low", "total_comp_high");
                Range bonus = bonus(m);
                Integer ys = years(m);
                EquityType ty = type(m);
                r.add(new Entry(region.strip(), line, holder[0], base, equity, bonus, stated,
                        ys != null ? ys : topYears, ty != null ? ty : topType));
            } catch (BadValue e) {
                out.add(Diagnostic.error(file, e.line + offset, e.column, e.code, e.getMessage()));
            }
        }
        return r;
    }

    private static String scalar(YamlTree.MapNode m, String key) {
        YamlTree.Field f = m.get(key);
        if (f == null || !(f.value() instanceof YamlTree.Scalar s) || s.isNull()) {
            return null;
        }
        return negotiate.input.OneLine.of(s.text());
    }

    private Range money(YamlTree.MapNode m, Currency[] cur, String lowKey, String highKey) throws BadValue {
        BigDecimal lo = amount(m, cur, lowKey);
        BigDecimal hi = amount(m, cur, highKey);
        if (lo == null && hi == null) {
            return null;
        }
        if (lo == null || hi == null) {
            YamlTree.Field f = m.get(lo == null ? highKey : lowKey);
            throw new BadValue("amount", (lo == null ? lowKey : highKey) + " is missing next to "
                    + (lo == null ? highKey : lowKey) + ": give both ends", f.line(), f.column());
        }
        if (lo.compareTo(hi) > 0) {
            YamlTree.Field f = m.get(lowKey);
            throw new BadValue("range", lowKey + " (" + lo.toPlainString() + ") is above " + highKey + " ("
                    + hi.toPlainString() + "): swap them", f.line(), f.column());
        }
        return new Range(lo, hi);
    }

    private BigDecimal amount(YamlTree.MapNode m, Currency[] cur, String key) throws BadValue {
        YamlTree.Field f = m.get(key);
        if (f == null || !(f.value() instanceof YamlTree.Scalar s) || s.isNull()) {
            return null;
        }
        try {
            String text = s.text().strip();
            if (text.matches("\\d{1,3}(_\\d{3})+")) {
                text = text.replace("_", ""); // YAML 1.1 digit grouping: 215_000
            }
            MoneyParser.Amount a = MoneyParser.parseAmount(text);
            if (a.currency() != null) {
                if (cur[0] != null && !cur[0].equals(a.currency())) {
                    throw new BadValue("currency", key + " is in " + a.currency().getCurrencyCode() + " but the region's currency is "
                            + cur[0].getCurrencyCode() + ": one region, one currency", f.line(), f.column());
                }
                cur[0] = a.currency();
            }
            return a.value();
        } catch (AmountException e) {
            throw new BadValue(e.code(), key + ": " + e.getMessage(), f.line(), f.column());
        }
    }

    private Range bonus(YamlTree.MapNode m) throws BadValue {
        YamlTree.Field f = m.get("bonus_pct");
        if (f != null && f.value() instanceof YamlTree.Scalar s && !s.isNull()) {
            String t = s.text().strip();
            try {
                MoneyParser.PercentRange p = MoneyParser.parsePercent(t.endsWith("%") ? t : t + "%");
                return new Range(p.low(), p.high());
            } catch (AmountException e) {
                throw new BadValue(e.code(), "bonus_pct: " + e.getMessage(), f.line(), f.column());
            }
        }
        String lo = scalar(m, "bonus_pct_low");
        String hi = scalar(m, "bonus_pct_high");
        if (lo != null && hi != null) {
            YamlTree.Field lf = m.get("bonus_pct_low");
            try {
                MoneyParser.PercentRange p = MoneyParser.parsePercent(lo.strip().replace("%", "") + "–" + hi.strip().replace("%", "") + "%");
                return new Range(p.low(), p.high());
            } catch (AmountException e) {
                throw new BadValue(e.code(), "bonus_pct_low/high: " + e.getMessage(), lf.line(), lf.column());
            }
        }
        return null;
    }

    private Integer years(YamlTree.MapNode m) {
        String y = scalar(m, "equity_years");
        if (y == null) {
            return null;
        }
        try {
            return WholeNumber.within(y, 1, Band.MAX_EQUITY_YEARS);
        } catch (WholeNumber.Invalid e) {
            YamlTree.Field f = m.get("equity_years");
            out.add(Diagnostic.error(file, f.line() + offset, f.column(), "yaml", "equity_years: " + e.getMessage() + " (years of the grant)"));
            return null;
        }
    }

    private EquityType type(YamlTree.MapNode m) {
        String t = scalar(m, "equity_type");
        if (t == null) {
            return null;
        }
        String v = t.strip().toLowerCase(java.util.Locale.ROOT);
        if (v.equals("private") || v.equals("pre-ipo")) {
            return EquityType.PRIVATE;
        }
        if (v.equals("public") || v.equals("rsu")) {
            return EquityType.PUBLIC;
        }
        YamlTree.Field f = m.get("equity_type");
        out.add(Diagnostic.error(file, f.line() + offset, f.column(), "yaml", "equity_type must be private or public, not '" + t + "'"));
        return null;
    }

    /** A front-matter value that cannot be used. */
    private static final class BadValue extends Exception {
        private static final long serialVersionUID = 1L;
        final String code;
        final int line;
        final int column;

        BadValue(String code, String message, int line, int column) {
            super(message, null, false, false);
            this.code = code;
            this.line = line;
            this.column = column;
        }
    }
}
