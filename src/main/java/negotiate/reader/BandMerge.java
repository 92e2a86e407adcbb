package negotiate.reader;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import negotiate.guide.Band;
import negotiate.guide.EquityType;
import negotiate.guide.Regions;
import negotiate.input.Diagnostic;
import negotiate.markdown.Block;
import negotiate.markdown.SourceLines;
import negotiate.money.Money;
import negotiate.money.Range;

/**
 * Builds a guide's bands from its table rows and its front matter. Relative rows are resolved
 * against the region they name; front matter wins for every field it has, and each disagreement
 * with the table is a `front-matter-mismatch` warning.
 */
final class BandMerge {
    private BandMerge() {
    }

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    /** A row with its cells resolved; any field may still be null (not given). */
    private record Resolved(String region, int line, Currency currency, Range base, Range equity, Range bonus,
                            Range stated) {
    }

    /** A band table with the level it is read at (null when the guide has one band table). */
    private record LevelTable(Block.Table table, String level) {
    }

    /**
     * A table with a Level column (`| Level | Region | Base | … |`, each region once per level) is one
     * band table per level, in the order the levels first appear; without one, the table under its heading.
     */
    private static List<LevelTable> byLevel(Block.Table t, String heading) {
        int col = t.column("level");
        if (col < 0) {
            return List.of(new LevelTable(t, heading));
        }
        Map<String, List<Block.Row>> groups = new LinkedHashMap<>();
        Map<String, String> shown = new LinkedHashMap<>();
        String previous = "";
        for (Block.Row r : t.rows()) {
            // a blank Level cell continues the level above it (exporters write merged cells so)
            String level = r.cell(col).text().strip();
            level = level.isEmpty() || BandTable.isNone(level) ? previous : level;
            previous = level;
            String key = level.toLowerCase(java.util.Locale.ROOT);
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
            shown.putIfAbsent(key, level);
        }
        if (groups.size() <= 1) {
            String only = shown.isEmpty() ? "" : shown.values().iterator().next();
            // one level in the column: the table's heading names it as before, the cell when there is none
            return List.of(new LevelTable(t, heading != null || only.isEmpty() ? heading : only));
        }
        List<LevelTable> out = new ArrayList<>();
        for (Map.Entry<String, List<Block.Row>> g : groups.entrySet()) {
            String level = shown.get(g.getKey());
            out.add(new LevelTable(new Block.Table(t.header(), List.copyOf(g.getValue()), t.offset()), level.isEmpty() ? heading : level));
        }
        return out;
    }

    static List<Band> bands(String file, List<Block> blocks, SourceLines at, FrontMatter fm, List<Diagnostic> out) {
        List<LevelTable> tables = new ArrayList<>();
        String heading = null;
        boolean title = true;
        for (Block b : blocks) {
            if (b instanceof Block.Heading h) {
                // the guide's title heading is never a level
                heading = title ? null : h.text().text();
                title = false;
            } else if (b instanceof Block.Table t && BandTable.isBandTable(t)) {
                tables.addAll(byLevel(t, heading));
            } else if (b instanceof Block.HtmlTable h) {
                out.add(Diagnostic.warning(file, at.line(h.offset()), at.column(h.offset()), "html-table",
                        "a table written as HTML (<table>) is not read: write it as a Markdown table (| Region | Base Salary | … |)"));
            }
        }
        boolean levels = tables.size() > 1;
        List<Band> bands = new ArrayList<>();
        Map<String, Resolved> single = new LinkedHashMap<>();
        BandTable.Header header = new BandTable.Header(4, EquityType.PUBLIC);
        for (LevelTable lt : tables) {
            Block.Table t = lt.table();
            int line = at.line(t.offset());
            String level = levels ? (lt.level() != null ? lt.level() : "table at line " + line) : null;
            BandTable.Header h = BandTable.header(t);
            if (h.years() < 1 || h.years() > Band.MAX_EQUITY_YEARS) {
                out.add(Diagnostic.error(file, line, at.column(t.offset()), "table", "the equity column says a grant of "
                        + h.years() + " years: write 1 to " + Band.MAX_EQUITY_YEARS + ", e.g. Stock (RSU/4yr)"));
                continue;
            }
            int before = out.size();
            Map<String, Resolved> rows = new LinkedHashMap<>();
            resolve(file, BandTable.rows(t, file, at, out), rows, out);
            if (rows.isEmpty() && !hasError(out, before)) {
                out.add(Diagnostic.error(file, line, at.column(t.offset()), "table", "this band table (line " + line
                        + (t.column("level") >= 0 && level != null ? ", level '" + level + "'" : "")
                        + ") gives no band: each row needs a region, a base and an equity figure (— for none)"));
            }
            if (levels) {
                for (Resolved r : rows.values()) {
                    Band b = build(file, r.region(), r.line(), r.currency(), r.base(), r.equity(), r.bonus(), r.stated(),
                            h.years(), h.type(), level, out);
                    if (b != null) {
                        bands.add(b);
                    }
                }
            } else {
                single = rows;
                header = h;
            }
        }
        List<FrontMatter.Entry> entries = fm == null ? List.of() : fm.compensation();
        if (levels) {
            if (!entries.isEmpty()) {
                out.add(Diagnostic.warning(file, entries.get(0).line(), 1, "front-matter-mismatch", "compensation: in the"
                        + " front matter is not used: this guide has " + tables.size() + " band tables (one per level),"
                        + " and front matter bands apply only to a guide with one; put the figures in the tables"));
            }
            return bands;
        }
        Map<String, Resolved> table = single;
        Map<String, Boolean> done = new LinkedHashMap<>();
        for (FrontMatter.Entry e : entries) {
            String key = Regions.key(e.region());
            if (done.containsKey(key)) {
                out.add(Diagnostic.error(file, e.line(), 1, "duplicate-region", "region '" + e.region()
                        + "' appears twice in compensation: (the first is kept)"));
                continue;
            }
            done.put(key, true);
            Resolved row = table.get(key);
            if (row != null) {
                mismatches(file, e, row, out);
            } else if (!table.isEmpty()) {
                out.add(Diagnostic.warning(file, e.line(), 1, "missing-region", "region '" + e.region()
                        + "' is in the front matter but not in the band table"));
            }
            Currency cur = e.currency() != null ? e.currency() : row != null ? row.currency() : null;
            Range base = e.base() != null ? e.base() : row != null ? row.base() : null;
            Range equity = e.equity() != null ? e.equity() : row != null ? row.equity() : null;
            Range bonus = e.bonus() != null ? e.bonus() : row != null ? row.bonus() : null;
            Range stated = e.stated() != null ? e.stated() : row != null ? row.stated() : null;
            int years = e.years() != null ? e.years() : header.years();
            EquityType type = e.type() != null ? e.type() : header.type();
            Band b = build(file, e.region(), e.line(), cur, base, equity, bonus, stated, years, type, null, out);
            if (b != null) {
                bands.add(b);
            }
        }
        for (Resolved r : table.values()) {
            if (done.containsKey(Regions.key(r.region()))) {
                continue;
            }
            if (!entries.isEmpty()) {
                out.add(Diagnostic.warning(file, r.line(), 1, "missing-region", "region '" + r.region()
                        + "' is in the band table but not in the front matter's compensation:"));
            }
            Band b = build(file, r.region(), r.line(), r.currency(), r.base(), r.equity(), r.bonus(), r.stated(),
                    header.years(), header.type(), null, out);
            if (b != null) {
                bands.add(b);
            }
        }
        return bands;
    }

    private static boolean hasError(List<Diagnostic> out, int from) {
        for (int i = from; i < out.size(); i++) {
            if (out.get(i).severity() == negotiate.input.Severity.ERROR) {
                return true;
            }
        }
        return false;
    }

    private static Band build(String file, String region, int line, Currency cur, Range base, Range equity, Range bonus,
                              Range stated, int years, EquityType type, String level, List<Diagnostic> out) {
        if (base == null) {
            out.add(Diagnostic.error(file, line, 1, "amount", "region '" + region + "' has no base salary: add base_low/base_high or a Base Salary cell"));
            return null;
        }
        if (cur == null) {
            out.add(Diagnostic.error(file, line, 1, "currency", "region '" + region
                    + "' names no currency: write amounts like $120K or 120K EUR, or add currency: CODE"));
            return null;
        }
        return new Band(region, cur, base, equity == null ? Range.ZERO : equity, years, type,
                bonus == null ? Range.ZERO : bonus, stated, file, line, level);
    }

    private static void resolve(String file, List<BandTable.Row> rows, Map<String, Resolved> table, List<Diagnostic> out) {
        Map<String, BandTable.Row> byKey = new LinkedHashMap<>();
        for (BandTable.Row r : rows) {
            byKey.putIfAbsent(Regions.key(r.region()), r);
        }
        BandTable.Row first = rows.isEmpty() ? null : rows.get(0);
        Map<String, Boolean> seen = new LinkedHashMap<>();
        for (BandTable.Row r : rows) {
            if (seen.put(Regions.key(r.region()), Boolean.TRUE) != null) {
                out.add(Diagnostic.error(file, r.line(), 1, "duplicate-region", "region '" + r.region()
                        + "' appears twice in this table (the first row is kept): remove or rename one"));
                continue;
            }
            String refName = r.ref();
            BandTable.Row ref = refName == null ? null : byKey.get(Regions.key(refName));
            if (refName != null && (ref == null || ref == r)) {
                out.add(Diagnostic.warning(file, r.line(), 1, "missing-region", "row '" + r.region() + "' is relative to '"
                        + refName + "', " + (ref == r ? "itself: write its amounts out" : "which has no row of its own in this table:"
                        + " add a row for " + refName + " or write the amounts out") + "; row skipped"));
                continue;
            }
            if (ref == null) {
                ref = first;
            }
            // each relative cell against the row it names ("Same as Austin" beside "80–95% of NYC"), else the row's
            BandTable.Row baseRef = refOf(r.base(), ref, byKey);
            BandTable.Row equityRef = refOf(r.equity(), ref, byKey);
            BandTable.Row bonusRef = refOf(r.bonus(), ref, byKey);
            String missing = missingRef(r, byKey);
            if (missing != null) {
                boolean self = byKey.get(Regions.key(missing)) == r;
                out.add(Diagnostic.warning(file, r.line(), 1, "missing-region", "row '" + r.region() + "' is relative to '"
                        + missing + "', " + (self ? "itself: write its amounts out" : "which has no row of its own in this table: add a row for "
                        + missing + " or write the amounts out") + "; row skipped"));
                continue;
            }
            BandTable.Row chained = r.base() instanceof BandTable.Relative && baseRef != r && baseRef.base() instanceof BandTable.Relative
                    ? baseRef : r.equity() instanceof BandTable.Relative && equityRef != r && equityRef.equity() instanceof BandTable.Relative
                    ? equityRef : null;
            if (chained != null) {
                out.add(Diagnostic.warning(file, r.line(), 1, "missing-region", "row '" + r.region()
                        + "' is relative to '" + chained.region() + "', which is itself relative: write the amounts out; row skipped"));
                continue;
            }
            try {
                Currency cur = null;
                Range base = money(r.base(), baseRef, BandTable.Row::base, r);
                Range equity = money(r.equity(), equityRef, BandTable.Row::equity, r);
                Range bonus = pct(r.bonus(), bonusRef, r);
                Range stated = r.total() instanceof BandTable.Value v ? v.range() : null;
                for (BandTable.Cell c : List.of(r.base(), r.equity(), r.total())) {
                    BandTable.Row cellRef = c == r.base() ? baseRef : c == r.equity() ? equityRef : ref;
                    Currency cc = c instanceof BandTable.Value v ? v.currency()
                            : c instanceof BandTable.Relative && cellRef != null ? currencyOf(cellRef) : null;
                    if (cc != null) {
                        if (cur != null && !cur.equals(cc)) {
                            out.add(Diagnostic.error(file, r.line(), 1, "currency", "row '" + r.region() + "' mixes "
                                    + cur.getCurrencyCode() + " and " + cc.getCurrencyCode() + ": one region, one currency"));
                            throw new IllegalStateException();
                        }
                        cur = cc;
                    }
                }
                table.putIfAbsent(Regions.key(r.region()), new Resolved(r.region(), r.line(), cur, base, equity, bonus,
                        stated));
            } catch (IllegalStateException e) {
                // reported above
            } catch (Inverted e) {
                out.add(Diagnostic.error(file, r.line(), 1, "range", "row '" + r.region() + "' works out with its low end above"
                        + " its high end (" + e.getMessage() + "): check the percentages, e.g. 65–100% of NYC"));
            }
        }
    }

    /** The row a relative cell is relative to: the one it names, else the row's own reference. */
    private static BandTable.Row refOf(BandTable.Cell c, BandTable.Row rowRef, Map<String, BandTable.Row> byKey) {
        if (c instanceof BandTable.Relative rel && rel.ref() != null) {
            BandTable.Row named = byKey.get(Regions.key(rel.ref()));
            return named != null ? named : rowRef;
        }
        return rowRef;
    }

    /** A region one of the row's cells names that the table has no other row for, or null. */
    private static String missingRef(BandTable.Row r, Map<String, BandTable.Row> byKey) {
        for (BandTable.Cell c : List.of(r.base(), r.equity(), r.bonus(), r.total())) {
            if (c instanceof BandTable.Relative rel && rel.ref() != null) {
                BandTable.Row named = byKey.get(Regions.key(rel.ref()));
                if (named == null || named == r) {
                    return rel.ref();
                }
            }
        }
        return null;
    }

    private static Currency currencyOf(BandTable.Row r) {
        for (BandTable.Cell c : List.of(r.base(), r.equity(), r.total())) {
            if (c instanceof BandTable.Value v && v.currency() != null) {
                return v.currency();
            }
        }
        return null;
    }

    private static Range money(BandTable.Cell c, BandTable.Row ref, java.util.function.Function<BandTable.Row, BandTable.Cell> same,
                               BandTable.Row self) {
        if (c instanceof BandTable.Value v) {
            return v.range();
        }
        if (c instanceof BandTable.Relative rel) {
            if (ref == null || ref == self || !(same.apply(ref) instanceof BandTable.Value rv)) {
                return null;
            }
            BigDecimal low = rv.range().low().multiply(rel.pctLow()).divide(HUNDRED, Money.MC);
            BigDecimal high = rv.range().high().multiply(rel.pctHigh()).divide(HUNDRED, Money.MC);
            if (low.compareTo(high) > 0) {
                throw new Inverted(low.stripTrailingZeros().toPlainString() + " > " + high.stripTrailingZeros().toPlainString());
            }
            return new Range(low, high);
        }
        return null;
    }

    private static Range pct(BandTable.Cell c, BandTable.Row ref, BandTable.Row self) {
        if (c instanceof BandTable.Value v) {
            return v.range();
        }
        if (c instanceof BandTable.Relative && ref != null && ref != self && ref.bonus() instanceof BandTable.Value rv) {
            return rv.range();
        }
        return c instanceof BandTable.None ? Range.ZERO : null;
    }

    private static void mismatches(String file, FrontMatter.Entry e, Resolved row, List<Diagnostic> out) {
        check(file, row, "base", e.base(), row.base(), out);
        check(file, row, "equity", e.equity(), row.equity(), out);
        check(file, row, "bonus %", e.bonus(), row.bonus(), out);
        check(file, row, "total comp", e.stated(), row.stated(), out);
        if (e.currency() != null && row.currency() != null && !e.currency().equals(row.currency())) {
            out.add(Diagnostic.warning(file, row.line(), 1, "front-matter-mismatch", "'" + row.region() + "': front matter says "
                    + e.currency().getCurrencyCode() + ", the table " + row.currency().getCurrencyCode() + " (front matter wins)"));
        }
    }

    private static void check(String file, Resolved row, String what, Range fm, Range tab, List<Diagnostic> out) {
        if (fm != null && tab != null && !fm.sameAs(tab)) {
            out.add(Diagnostic.warning(file, row.line(), 1, "front-matter-mismatch", "'" + row.region() + "' " + what
                    + ": front matter says " + show(fm) + ", the table says " + show(tab) + " (front matter wins)"));
        }
    }

    private static String show(Range r) {
        String lo = r.low().stripTrailingZeros().toPlainString();
        String hi = r.high().stripTrailingZeros().toPlainString();
        return lo.equals(hi) ? lo : lo + "–" + hi;
    }

    /** A relative row whose percentages give a low end above the high end. */
    private static final class Inverted extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Inverted(String message) {
            super(message, null, false, false);
        }
    }
}
