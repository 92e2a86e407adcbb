package negotiate.reader;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import negotiate.guide.Lever;
import negotiate.guide.Premium;
import negotiate.guide.Slug;
import negotiate.markdown.Block;
import negotiate.markdown.Seen;
import negotiate.markdown.SourceLines;
import negotiate.money.MoneyParser;
import negotiate.money.Range;

/**
 * The prose of a guide, read from the blocks a Markdown reader shows: Negotiation DNA, level mapping,
 * levers (numbered Global Levers and `### … Lever` sections), the Negotiate Up Strategy, evidence,
 * premiums, placeholders.
 */
final class GuideBody {
    private static final Pattern PREMIUM = Pattern.compile(
            "\\+\\s?(\\d{1,3}(?:\\.\\d+)?)\\s*%?(?:\\s*" + MoneyParser.RANGE_SEPARATOR + "\\s*(\\d{1,3}(?:\\.\\d+)?))?\\s*%\\s+"
                    + "([A-Za-z][A-Za-z0-9&/ -]{0,60}?\\s+premium)\\b",
            Pattern.CASE_INSENSITIVE);

    private enum Section { NONE, DNA, LEVERS, LEVER, EVIDENCE, STRATEGY, OTHER }

    String levelMapping;
    String strategy;
    final List<String> dna = new ArrayList<>();
    final List<Lever> levers = new ArrayList<>();
    final List<String> evidence = new ArrayList<>();
    private final Set<String> placeholders = new LinkedHashSet<>();
    private final Map<String, Premium> premiums = new LinkedHashMap<>();

    private Section section = Section.NONE;
    private StringBuilder leverText;
    private String leverTitle;
    private int leverLine;

    static GuideBody read(List<Block> blocks, SourceLines at) {
        GuideBody b = new GuideBody();
        boolean titleSeen = false;
        int strategyQuote = 0;
        for (Block block : blocks) {
            if (block instanceof Block.Heading h) {
                b.scanInline(h.text().text(), at.line(h.offset()));
                b.closeLever();
                if (!titleSeen) {
                    titleSeen = true;
                    continue;
                }
                b.heading(h.text().text(), at.line(h.offset()));
            } else if (block instanceof Block.Paragraph p) {
                List<Seen> lines = p.text().lines();
                for (Seen l : lines) {
                    b.scanInline(l.text(), at.line(l.offset(0)));
                }
                if (p.quote() > 0) {
                    if (p.quote() == strategyQuote) {
                        b.strategy = (b.strategy + " " + p.text().oneLine()).strip();
                    } else if (p.label() != null && labelName(p).contains("strategy")) {
                        b.strategy = p.text().sub(restOf(p)).oneLine().strip();
                        strategyQuote = p.quote();
                    }
                    continue;
                }
                b.paragraph(p, lines, at);
            }
        }
        b.closeLever();
        return b;
    }

    /** The label's name in lower case, without its colon. */
    private static String labelName(Block.Paragraph p) {
        String l = p.label().text().strip();
        if (l.endsWith(":")) {
            l = l.substring(0, l.length() - 1).strip();
        }
        return l.toLowerCase(Locale.ROOT);
    }

    /** Where the text after the label (and a colon right after it) starts. */
    private static int restOf(Block.Paragraph p) {
        String t = p.text().text();
        int i = p.label().length();
        while (i < t.length() && t.charAt(i) == ' ') {
            i++;
        }
        if (i < t.length() && t.charAt(i) == ':') {
            i++;
        }
        return i;
    }

    /** Whether the label is written as one (`**Label:** text` or `**Label**: text`), not a bold heading. */
    private static boolean isLabel(Block.Paragraph p) {
        String t = p.text().text();
        int end = p.label().length();
        if (p.label().text().endsWith(":")) {
            return end < t.length() && t.charAt(end) != '\n';
        }
        int i = end;
        while (i < t.length() && t.charAt(i) == ' ') {
            i++;
        }
        return i < t.length() && t.charAt(i) == ':';
    }

    private void heading(String h, int line) {
        String lower = h.toLowerCase(Locale.ROOT);
        if (lower.contains("evidence") || lower.contains("sources")) {
            section = Section.EVIDENCE;
        } else if (lower.endsWith("lever") || lower.endsWith("levers") && !lower.contains("global")) {
            section = Section.LEVER;
            leverTitle = h;
            leverText = new StringBuilder();
            leverLine = line;
        } else if (lower.contains("global levers")) {
            section = Section.LEVERS;
        } else if (lower.contains("strategy")) {
            section = Section.STRATEGY; // "## Negotiate Up Strategy" above its paragraphs, as others write it
        } else {
            section = Section.OTHER;
        }
    }

    private void closeLever() {
        if (leverTitle != null) {
            levers.add(new Lever(leverTitle, leverText.toString().strip(), leverLine));
            leverTitle = null;
        }
    }

    private void paragraph(Block.Paragraph p, List<Seen> lines, SourceLines at) {
        int from = 0;
        if (p.label() != null && p.item() == 0) {
            String name = labelName(p);
            if (isLabel(p)) {
                String rest = p.text().sub(restOf(p)).lines().get(0).text().strip();
                if (name.equals("negotiation dna")) {
                    dna.add(rest);
                } else if (name.equals("level mapping")) {
                    levelMapping = rest;
                } else if (name.contains("strategy")) {
                    addStrategy(p.text().sub(restOf(p)).oneLine().strip()); // **Negotiate Up Strategy:** outside a quote
                    return;
                }
                from = 1;
            } else if (lines.get(0).text().strip().equals(p.label().text().strip())
                    || lines.get(0).text().strip().equals(p.label().text().strip() + ":")) {
                closeLever();
                if (name.equals("negotiation dna")) {
                    section = Section.DNA;
                } else if (name.contains("levers")) {
                    section = Section.LEVERS;
                } else if (name.contains("evidence") || name.equals("sources")) {
                    section = Section.EVIDENCE;
                } else if (name.contains("strategy")) {
                    section = Section.STRATEGY;
                } else {
                    section = Section.OTHER;
                }
                from = 1;
            }
        }
        if (from >= lines.size()) {
            return;
        }
        switch (section) {
            case DNA -> {
                for (Seen l : lines.subList(from, lines.size())) {
                    if (!l.text().isBlank()) {
                        dna.add(l.text().strip());
                    }
                }
            }
            case LEVERS -> {
                if (p.item() > 0 && p.label() != null) {
                    String title = p.label().text().strip().replaceAll(":$", "").strip();
                    levers.add(new Lever(title, p.text().sub(restOf(p)).oneLine().strip(), at.line(p.offset())));
                } else if (!levers.isEmpty()) {
                    Lever last = levers.remove(levers.size() - 1);
                    String more = join(lines.subList(from, lines.size()));
                    levers.add(new Lever(last.title(), (last.text() + " " + more).strip(), last.line()));
                }
            }
            case LEVER -> {
                if (leverTitle != null) {
                    if (leverText.length() > 0) {
                        leverText.append("\n\n");
                    }
                    leverText.append(join(lines.subList(from, lines.size())));
                }
            }
            case EVIDENCE -> {
                if (p.bullet()) {
                    evidence.add(join(lines.subList(from, lines.size())));
                }
            }
            case STRATEGY -> addStrategy(join(lines.subList(from, lines.size())));
            default -> {
            }
        }
    }

    private void addStrategy(String text) {
        if (!text.isBlank()) {
            strategy = strategy == null ? text : strategy + " " + text;
        }
    }

    private static String join(List<Seen> lines) {
        StringBuilder b = new StringBuilder();
        for (Seen l : lines) {
            String t = l.text().strip();
            if (!t.isEmpty()) {
                if (b.length() > 0) {
                    b.append(' ');
                }
                b.append(t);
            }
        }
        return b.toString();
    }

    private void scanInline(String s, int line) {
        for (String t : placeholders(s)) {
            if (!t.equals("x") && !t.equals("X") && !t.startsWith("↗") && !t.startsWith("^")) {
                placeholders.add(t);
            }
        }
        if (s.indexOf('+') >= 0 && Slug.containsIgnoreCase(s, "premium")) {
            Matcher m = PREMIUM.matcher(s);
            for (int plus = s.indexOf('+'); plus >= 0; plus = s.indexOf('+', plus + 1)) {
                m.region(plus, Math.min(s.length(), plus + 100));
                if (!m.lookingAt()) {
                    continue;
                }
                BigDecimal lo = new BigDecimal(m.group(1));
                BigDecimal hi = m.group(2) == null ? lo : new BigDecimal(m.group(2));
                if (lo.compareTo(hi) > 0) {
                    continue;
                }
                String name = m.group(3).replace("*", "").replaceAll("\\s+", " ").strip();
                String key = name.toLowerCase(Locale.ROOT);
                Premium old = premiums.get(key);
                if (old == null) {
                    premiums.put(key, new Premium(display(name), new Range(lo, hi), line));
                } else if (old.name().equals(old.name().toUpperCase(Locale.ROOT)) && !name.equals(name.toUpperCase(Locale.ROOT))) {
                    premiums.put(key, new Premium(name, old.pct(), old.line()));
                }
            }
        }
    }

    /**
     * Bracketed text not followed by `(` (a link): `[X commits/PRs]`. A scan, not a regex, so that a
     * line of thousands of `[` stays linear.
     */
    static List<String> placeholders(String s) {
        List<String> out = new ArrayList<>();
        int open = s.indexOf('[');
        while (open >= 0) {
            int close = -1;
            for (int i = open + 1; i < s.length() && i <= open + 101; i++) {
                char c = s.charAt(i);
                if (c == '[') {
                    break;
                }
                if (c == ']') {
                    close = i;
                    break;
                }
            }
            if (close < 0) {
                open = s.indexOf('[', open + 1);
                continue;
            }
            String inner = s.substring(open + 1, close).strip();
            if (!inner.isEmpty() && (close + 1 >= s.length() || s.charAt(close + 1) != '(')) {
                out.add(inner);
            }
            open = s.indexOf('[', close + 1);
        }
        return out;
    }

    /** An all-caps name reads better in title case: AGENTIC AI PREMIUM → Agentic AI Premium. */
    private static String display(String name) {
        if (!name.equals(name.toUpperCase(Locale.ROOT))) {
            return name;
        }
        StringBuilder b = new StringBuilder();
        for (String w : name.split(" ")) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(w.length() <= 2 ? w : w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT));
        }
        return b.toString();
    }

    List<Premium> premiums() {
        return List.copyOf(premiums.values());
    }

    List<String> placeholders() {
        return List.copyOf(placeholders);
    }
}
