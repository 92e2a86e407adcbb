package negotiate.render;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One self-contained HTML page (§3 "Machine formats"): inline CSS and SVG, no script, font or style
 * from the network (a Content-Security-Policy says so to the browser too), and every text from a
 * file escaped.
 */
final class Html {
    private Html() {
    }

    /** Text made safe for HTML element content and attribute values; control characters shown, not obeyed. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        String v = Visible.of(s);
        StringBuilder b = new StringBuilder(v.length() + 16);
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** Several lines of text, each escaped, joined by line breaks (a line break itself is no control character here). */
    static String lines(String text) {
        StringBuilder b = new StringBuilder();
        for (String line : text.strip().split("\n")) {
            b.append(b.length() == 0 ? "" : "<br>").append(esc(line));
        }
        return b.toString();
    }

    /** The opening of an inline SVG drawn on a `w` × `h` grid, shown at that size at most. */
    static String svg(double w, double h, String label) {
        return "<svg viewBox=\"0 0 " + n(w) + " " + n(h) + "\" width=\"" + n(w) + "\" role=\"img\" aria-label=\"" + esc(label) + "\">\n";
    }

    /** A page with a title and body; nothing in it is fetched from anywhere. */
    static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + esc(title) + "</title>\n<style>\n" + CSS + "</style>\n</head>\n<body>\n<main>\n" + body
                + "</main>\n</body>\n</html>\n";
    }

    /** A number for SVG coordinates: plain, at most two decimals. */
    static String n(double v) {
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }

    static final String CSS = """
            :root { --ink: #1d2430; --muted: #5b6575; --line: #d9dee7; --base: #3b6fb6; --equity: #2e9d6b; --haircut: #b9e3cf;
              --once: #e0a22a; --benefits: #8a6bc7; --band: #e7edf7; --bg: #ffffff; }
            * { box-sizing: border-box; }
            body { margin: 0; background: #f5f7fa; color: var(--ink); font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; }
            main { max-width: 1100px; margin: 0 auto; padding: 24px; }
            h1 { font-size: 24px; margin: 0 0 4px; }
            h2 { font-size: 18px; margin: 28px 0 8px; }
            .sub { color: var(--muted); margin: 0 0 16px; }
            .card { background: var(--bg); border: 1px solid var(--line); border-radius: 10px; padding: 16px 20px; margin: 12px 0; }
            .verdict { font-size: 17px; border-left: 5px solid var(--equity); }
            .wide { overflow-x: auto; }
            table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
            th, td { padding: 4px 10px; border-bottom: 1px solid var(--line); text-align: right; white-space: nowrap; }
            th:first-child, td:first-child { text-align: left; }
            td.sub-row { padding-left: 24px; color: var(--muted); }
            .legend span { display: inline-block; margin-right: 16px; color: var(--muted); }
            .legend i { display: inline-block; width: 12px; height: 12px; margin-right: 6px; vertical-align: -1px; border-radius: 2px; }
            .notes li { color: var(--muted); }
            .private { border: 2px dashed #c0392b; background: #fff8f6; }
            .private h2 { color: #c0392b; margin-top: 0; }
            .script { font-size: 15px; }
            .script blockquote { border-left: 3px solid var(--line); margin: 0; padding-left: 12px; color: var(--muted); }
            svg { display: block; max-width: 100%; height: auto; }
            svg text { font: 12px system-ui, sans-serif; fill: var(--ink); }
            svg .muted { fill: var(--muted); }
            @media print { body { background: #fff; } .card { break-inside: avoid; } }
            """;

    /** The legend of the chart colours. */
    static String legend(String... pairs) {
        StringBuilder b = new StringBuilder("<p class=\"legend\">");
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            b.append("<span><i style=\"background:").append(pairs[i]).append("\"></i>").append(esc(pairs[i + 1])).append("</span>");
        }
        return b.append("</p>\n").toString();
    }
}
