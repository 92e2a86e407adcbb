package negotiate.guide;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import negotiate.input.Diagnostic;
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

    static List<Band> bands(String file, List<String> lines, int from, FrontMatter fm, List<Diagnostic> out) {
        BandTable.Header header = new BandTable.Header(4, EquityType.PUBLIC);
        Map<String, Resolved> table = new LinkedHashMap<>();
        for (MarkdownTable t : MarkdownTable.find(lines, from)) {
            if (!BandTable.isBandTable(t)) {
                continue;
            }
            header = BandTable.header(t);
            if (header.years() < 1 || header.years() > 10) {
                out.add(Diagnostic.error(file, t.line(), 1, "table", "the equity column says a grant of " + header.years()
                        + " years: write 1 to 10, e.g. Stock (RSU/4yr)"));
                header = new BandTable.Header(4, header.type());
                break;
            }
            List<BandTable.Row> rows = BandTable.rows(t, file, lines, out);
            resolve(file, rows, table, out);
            break;
        }
        List<FrontMatter.Entry> entries = fm == null ? List.of() : fm.compensation();
        List<Band> bands = new ArrayList<>();
        Map<String, Boolean> done = new LinkedHashMap<>();
        for (FrontMatter.Entry e : entries) {
            String key = Regions.key(e.region());
            if (done.containsKey(key)) {
                out.add(Diagnostic.error(file, e.line(), 1, "yaml", "region '" + e.region() + "' appears twice in compensation:"));
                continue;
            }
            done.put(key, true);
            Resolved row = table.get(key);
            if (row != null) {
                mismatches(file, e, row, out);
            }
            Currency cur = e.currency() != null ? e.currency() : row != null ? row.currency() : null;
            Range base = e.base() != null ? e.base() : row != null ? row.base() : null;
            Range equity = e.equity() != null ? e.equity() : row != null ? row.equity() : null;
            Range bonus = e.bonus() != null ? e.bonus() : row != null ? row.bonus() : null;
            Range stated = e.stated() != null ? e.stated() : row != null ? row.stated() : null;
            int years = e.years() != null ? e.years() : header.years();
            EquityType type = e.type() != null ? e.type() : header.type();
            Band b = build(file, e.region(), e.line(), cur, base, equity, bonus, stated, years, type, out);
            if (b != null) {
                bands.add(b);
            }
        }
        for (Resolved r : table.values()) {
            if (done.containsKey(Regions.key(r.region()))) {
                continue;
            }
            Band b = build(file, r.region(), r.line(), r.currency(), r.base(), r.equity(), r.bonus(), r.stated(),
                    header.years(), header.type(), out);
            if (b != null) {
                bands.add(b);
            }
        }
        return bands;
    }

    private static Band build(String file, String region, int line, Currency cur, Range base, Range equity, Range bonus,
                              Range stated, int years, EquityType type, List<Diagnostic> out) {
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
                bonus == null ? Range.ZERO : bonus, stated, file, line);
    }

    private static void resolve(String file, List<BandTable.Row> rows, Map<String, Resolved> table, List<Diagnostic> out) {
        Map<String, BandTable.Row> byKey = new LinkedHashMap<>();
        for (BandTable.Row r : rows) {
            byKey.putIfAbsent(Regions.key(r.region()), r);
        }
        BandTable.Row first = rows.isEmpty() ? null : rows.get(0);
        for (BandTable.Row r : rows) {
            String refName = r.ref();
            BandTable.Row ref = refName == null ? null : byKey.get(Regions.key(refName));
            if (refName != null && (ref == null || ref == r)) {
                out.add(Diagnostic.warning(file, r.line(), 1, "missing-region", "row '" + r.region() + "' is relative to '"
                        + refName + "', which has no row of its own in this table: add a row for " + refName
                        + " or write the amounts out; row skipped"));
                continue;
            }
            if (ref == null) {
                ref = first;
            }
            if (ref != null && ref != r && isRelative(ref)) {
                out.add(Diagnostic.warning(file, r.line(), 1, "missing-region", "row '" + r.region()
                        + "' is relative to '" + ref.region() + "', which is itself relative: write the amounts out; row skipped"));
                continue;
            }
            try {
                Currency cur = null;
                Range base = money(r.base(), ref, BandTable.Row::base, r);
                Range equity = money(r.equity(), ref, BandTable.Row::equity, r);
                Range bonus = pct(r.bonus(), ref, r);
                Range stated = r.total() instanceof BandTable.Value v ? v.range() : null;
                for (BandTable.Cell c : List.of(r.base(), r.equity(), r.total())) {
                    Currency cc = c instanceof BandTable.Value v ? v.currency()
                            : c instanceof BandTable.Relative && ref != null ? currencyOf(ref) : null;
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
            } catch (IllegalArgumentException e) {
                out.add(Diagnostic.error(file, r.line(), 1, "range", "row '" + r.region() + "' works out with its low end above"
                        + " its high end (" + e.getMessage() + "): check the percentages, e.g. 65–100% of NYC"));
            }
        }
    }

    private static boolean isRelative(BandTable.Row r) {
        return r.base() instanceof BandTable.Relative || r.equity() instanceof BandTable.Relative;
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
            return new Range(rv.range().low().multiply(rel.pctLow()).divide(HUNDRED, Money.MC),
                    rv.range().high().multiply(rel.pctHigh()).divide(HUNDRED, Money.MC));
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
}
