package negotiate.repository;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import negotiate.guide.Band;
import negotiate.guide.EquityType;
import negotiate.guide.Guide;
import negotiate.guide.Lever;
import negotiate.guide.ParsedFile;
import negotiate.guide.Premium;
import negotiate.guide.Report;
import negotiate.input.Diagnostic;
import negotiate.input.Severity;
import negotiate.money.Range;

/** A compact binary form of parsed files for the guide cache; every field round-trips exactly. */
final class GuideCodec {
    /**
     * The records this codec writes, component by component, as CodecFingerprintTest derives them:
     * a component added to one of them fails that test until the codec follows it.
     */
    static final String FOLLOWS = "ParsedFile(file:String kind:Kind guide:Guide report:Report diagnostics:List<Diagnostic>)" + "; "
            + "Guide(id:String company:String role:String file:String line:int lastUpdated:String dataQuality:String reviewDue:LocalDate reviewLine:int levelMapping:String dataSources:List<String> bands:List<Band> premiums:List<Premium> levers:List<Lever> strategy:String placeholders:List<String> evidence:List<String> dna:List<String>)" + "; "
            + "Band(region:String currency:Currency base:Range equity:Range equityYears:int equityType:EquityType bonusPct:Range stated:Range file:String line:int level:String)" + "; "
            + "Range(low:BigDecimal high:BigDecimal)" + "; "
            + "Premium(name:String pct:Range line:int)" + "; "
            + "Lever(title:String text:String line:int)" + "; "
            + "Report(id:String company:String file:String line:int financials:List<Metric> exits:List<ExitScenario> risks:List<RiskScenario> zeroPct:BigDecimal zeroLine:int zeroTable:String)" + "; "
            + "Metric(name:String value:String line:int table:String)" + "; "
            + "ExitScenario(name:String probabilityPct:BigDecimal valuation:String timeline:String line:int table:String)" + "; "
            + "RiskScenario(name:String probabilityPct:BigDecimal impact:String line:int table:String)" + "; "
            + "Diagnostic(file:String line:int column:int severity:Severity code:String message:String)";

    private GuideCodec() {
    }

    /**
     * What a list holds. Items are read and written through one switch rather than a lambda per list:
     * on JDK 17 every lambda call site costs ~0.4 ms to link at its first use, even from the class-data
     * archive, and the cache is read at the start of nearly every run.
     */
    private enum Item { STRING, BAND, PREMIUM, LEVER, METRIC, EXIT, RISK, DIAGNOSTIC }

    static void write(DataOutputStream o, ParsedFile f) throws IOException {
        str(o, f.file());
        o.writeByte(f.kind().ordinal());
        o.writeBoolean(f.guide() != null);
        if (f.guide() != null) {
            guide(o, f.guide());
        }
        o.writeBoolean(f.report() != null);
        if (f.report() != null) {
            report(o, f.report());
        }
        list(o, f.diagnostics(), Item.DIAGNOSTIC);
    }

    static byte[] encode(ParsedFile f) throws IOException {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream(4096);
        try (DataOutputStream o = new DataOutputStream(b)) {
            write(o, f);
        }
        return b.toByteArray();
    }

    static ParsedFile read(DataInputStream i) throws IOException {
        String file = str(i);
        ParsedFile.Kind kind = ParsedFile.Kind.values()[i.readByte()];
        Guide g = i.readBoolean() ? guide(i) : null;
        Report r = i.readBoolean() ? report(i) : null;
        return new ParsedFile(file, kind, g, r, list(i, Item.DIAGNOSTIC));
    }

    private static void guide(DataOutputStream o, Guide g) throws IOException {
        str(o, g.id());
        str(o, g.company());
        str(o, g.role());
        str(o, g.file());
        o.writeInt(g.line());
        str(o, g.lastUpdated());
        str(o, g.dataQuality());
        str(o, g.reviewDue() == null ? null : g.reviewDue().toString());
        o.writeInt(g.reviewLine());
        str(o, g.levelMapping());
        list(o, g.dataSources(), Item.STRING);
        list(o, g.bands(), Item.BAND);
        list(o, g.premiums(), Item.PREMIUM);
        list(o, g.levers(), Item.LEVER);
        str(o, g.strategy());
        list(o, g.placeholders(), Item.STRING);
        list(o, g.evidence(), Item.STRING);
        list(o, g.dna(), Item.STRING);
    }

    private static Guide guide(DataInputStream i) throws IOException {
        String id = str(i);
        String company = str(i);
        String role = str(i);
        String file = str(i);
        int line = i.readInt();
        String updated = str(i);
        String quality = str(i);
        String due = str(i);
        int dueLine = i.readInt();
        String mapping = str(i);
        List<String> sources = list(i, Item.STRING);
        List<Band> bands = list(i, Item.BAND);
        List<Premium> premiums = list(i, Item.PREMIUM);
        List<Lever> levers = list(i, Item.LEVER);
        String strategy = str(i);
        return new Guide(id, company, role, file, line, updated, quality, due == null ? null : LocalDate.parse(due), dueLine,
                mapping, sources, bands, premiums, levers, strategy, list(i, Item.STRING), list(i, Item.STRING),
                list(i, Item.STRING));
    }

    private static void band(DataOutputStream o, Band b) throws IOException {
        str(o, b.region());
        str(o, b.currency().getCurrencyCode());
        range(o, b.base());
        range(o, b.equity());
        o.writeInt(b.equityYears());
        o.writeByte(b.equityType().ordinal());
        range(o, b.bonusPct());
        o.writeBoolean(b.stated() != null);
        if (b.stated() != null) {
            range(o, b.stated());
        }
        str(o, b.file());
        o.writeInt(b.line());
        str(o, b.level());
    }

    private static Band band(DataInputStream i) throws IOException {
        String region = str(i);
        Currency c = Currency.getInstance(str(i));
        Range base = range(i);
        Range equity = range(i);
        int years = i.readInt();
        EquityType type = EquityType.values()[i.readByte()];
        Range bonus = range(i);
        Range stated = i.readBoolean() ? range(i) : null;
        String file = str(i);
        int line = i.readInt();
        return new Band(region, c, base, equity, years, type, bonus, stated, file, line, str(i));
    }

    private static void report(DataOutputStream o, Report r) throws IOException {
        str(o, r.id());
        str(o, r.company());
        str(o, r.file());
        o.writeInt(r.line());
        list(o, r.financials(), Item.METRIC);
        list(o, r.exits(), Item.EXIT);
        list(o, r.risks(), Item.RISK);
        dec(o, r.zeroPct());
        o.writeInt(r.zeroLine());
        o.writeBoolean(r.zeroTable() != null);
        if (r.zeroTable() != null) {
            str(o, r.zeroTable());
        }
    }

    private static Report report(DataInputStream i) throws IOException {
        String id = str(i);
        String company = str(i);
        String file = str(i);
        int line = i.readInt();
        List<Report.Metric> fin = list(i, Item.METRIC);
        List<Report.ExitScenario> exits = list(i, Item.EXIT);
        List<Report.RiskScenario> risks = list(i, Item.RISK);
        BigDecimal zero = dec(i);
        int zeroLine = i.readInt();
        return new Report(id, company, file, line, fin, exits, risks, zero, zeroLine, i.readBoolean() ? str(i) : null);
    }

    private static void diagnostic(DataOutputStream o, Diagnostic d) throws IOException {
        str(o, d.file());
        o.writeInt(d.line());
        o.writeInt(d.column());
        o.writeByte(d.severity().ordinal());
        str(o, d.code());
        str(o, d.message());
    }

    private static Diagnostic diagnostic(DataInputStream i) throws IOException {
        return new Diagnostic(str(i), i.readInt(), i.readInt(), Severity.values()[i.readByte()], str(i), str(i));
    }

    private static void range(DataOutputStream o, Range r) throws IOException {
        dec(o, r.low());
        dec(o, r.high());
    }

    private static Range range(DataInputStream i) throws IOException {
        return new Range(dec(i), dec(i));
    }

    private static void dec(DataOutputStream o, BigDecimal v) throws IOException {
        str(o, v == null ? null : v.toString());
    }

    private static BigDecimal dec(DataInputStream i) throws IOException {
        String s = str(i);
        return s == null ? null : new BigDecimal(s);
    }

    static void str(DataOutputStream o, String s) throws IOException {
        if (s == null) {
            o.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        o.writeInt(b.length);
        o.write(b);
    }

    static String str(DataInputStream i) throws IOException {
        int n = i.readInt();
        if (n < 0) {
            return null;
        }
        if (n > 4 * 1024 * 1024) {
            throw new IOException("corrupt cache");
        }
        return new String(i.readNBytes(n), StandardCharsets.UTF_8);
    }

    /** A string as {@link #str(DataOutputStream, String)} wrote it, read from a buffer (the cache's index). */
    static String str(ByteBuffer b) throws IOException {
        int n = b.getInt();
        if (n < 0) {
            return null;
        }
        if (n > 4 * 1024 * 1024 || n > b.remaining()) {
            throw new IOException("corrupt cache");
        }
        byte[] bytes = new byte[n];
        b.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static void list(DataOutputStream o, List<?> items, Item kind) throws IOException {
        o.writeInt(items.size());
        for (Object t : items) {
            item(o, kind, t);
        }
    }

    private static void item(DataOutputStream o, Item kind, Object value) throws IOException {
        switch (kind) {
            case STRING -> str(o, (String) value);
            case BAND -> band(o, (Band) value);
            case PREMIUM -> {
                Premium p = (Premium) value;
                str(o, p.name());
                range(o, p.pct());
                o.writeInt(p.line());
            }
            case LEVER -> {
                Lever l = (Lever) value;
                str(o, l.title());
                str(o, l.text());
                o.writeInt(l.line());
            }
            case METRIC -> {
                Report.Metric m = (Report.Metric) value;
                str(o, m.name());
                str(o, m.value());
                o.writeInt(m.line());
                str(o, m.table());
            }
            case EXIT -> {
                Report.ExitScenario e = (Report.ExitScenario) value;
                str(o, e.name());
                dec(o, e.probabilityPct());
                str(o, e.valuation());
                str(o, e.timeline());
                o.writeInt(e.line());
                str(o, e.table());
            }
            case RISK -> {
                Report.RiskScenario e = (Report.RiskScenario) value;
                str(o, e.name());
                dec(o, e.probabilityPct());
                str(o, e.impact());
                o.writeInt(e.line());
                str(o, e.table());
            }
            case DIAGNOSTIC -> diagnostic(o, (Diagnostic) value);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> list(DataInputStream i, Item kind) throws IOException {
        int n = i.readInt();
        if (n < 0 || n > 1_000_000) {
            throw new IOException("corrupt cache");
        }
        List<T> out = new ArrayList<>(Math.min(n, 1024));
        for (int k = 0; k < n; k++) {
            out.add((T) item(i, kind));
        }
        return List.copyOf(out);
    }

    private static Object item(DataInputStream i, Item kind) throws IOException {
        return switch (kind) {
            case STRING -> str(i);
            case BAND -> band(i);
            case PREMIUM -> new Premium(str(i), range(i), i.readInt());
            case LEVER -> new Lever(str(i), str(i), i.readInt());
            case METRIC -> new Report.Metric(str(i), str(i), i.readInt(), str(i));
            case EXIT -> new Report.ExitScenario(str(i), dec(i), str(i), str(i), i.readInt(), str(i));
            case RISK -> new Report.RiskScenario(str(i), dec(i), str(i), i.readInt(), str(i));
            case DIAGNOSTIC -> diagnostic(i);
        };
    }
}
