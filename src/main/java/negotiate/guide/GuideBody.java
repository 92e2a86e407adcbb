package negotiate.guide;

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
import negotiate.money.Range;

/**
 * The prose of a guide, read line by line: Negotiation DNA, level mapping, levers (numbered Global
 * Levers and `### … Lever` sections), the Negotiate Up Strategy, evidence, premiums, placeholders.
 * A line scanner, not a full Markdown parser: guides are line-oriented, and a scanner stays linear
 * on hostile input (thousands of `_`, `*` or `[`).
 */
final class GuideBody {
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern LABEL = Pattern.compile("^\\*\\*([^*]{1,80}?):\\*\\*\\s*(.*)$");
    private static final Pattern LABEL2 = Pattern.compile("^\\*\\*([^*]{1,80}?)\\*\\*:\\s*(.*)$");
    private static final Pattern BOLD_HEADING = Pattern.compile("^\\*\\*([^*]{1,120})\\*\\*:?\\s*$");
    private static final Pattern NUMBERED = Pattern.compile("^\\d{1,3}[.)]\\s+\\*\\*([^*]{1,200}?)\\*\\*:?\\s*(.*)$");
    private static final Pattern ITEM = Pattern.compile("^[-*+]\\s+(.*)$");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\[([^\\[\\]\\n]{1,100})\\](?!\\()");
    private static final Pattern PREMIUM = Pattern.compile(
            "\\+\\s?(\\d{1,3}(?:\\.\\d+)?)\\s*%?(?:\\s*(?:–|—|--|-|to)\\s*(\\d{1,3}(?:\\.\\d+)?))?\\s*%\\s+"
                    + "([A-Za-z][A-Za-z0-9&/ -]{0,60}?\\s+premium)\\b",
            Pattern.CASE_INSENSITIVE);

    private enum Section { NONE, DNA, LEVERS, LEVER, EVIDENCE, OTHER }

    String levelMapping;
    String strategy;
    final List<String> dna = new ArrayList<>();
    final List<Lever> levers = new ArrayList<>();
    final List<String> evidence = new ArrayList<>();
    private final Set<String> placeholders = new LinkedHashSet<>();
    private final Map<String, Premium> premiums = new LinkedHashMap<>();

    static GuideBody read(List<String> lines, int from) {
        GuideBody b = new GuideBody();
        Section section = Section.NONE;
        boolean fence = false;
        boolean inStrategy = false;
        boolean titleSeen = false;
        StringBuilder leverText = null;
        String leverTitle = null;
        int leverLine = 0;
        for (int i = from; i < lines.size(); i++) {
            String s = lines.get(i).strip();
            if (s.startsWith("```") || s.startsWith("~~~")) {
                fence = !fence;
                continue;
            }
            if (fence || s.startsWith("|")) {
                continue;
            }
            b.scanInline(s, i + 1);
            if (inStrategy && s.startsWith(">")) {
                b.strategy = (b.strategy + " " + s.substring(1).strip()).strip();
                continue;
            }
            inStrategy = false;
            Matcher m = HEADING.matcher(s);
            if (m.matches()) {
                if (leverTitle != null) {
                    b.levers.add(new Lever(leverTitle, leverText.toString().strip(), leverLine));
                    leverTitle = null;
                }
                String h = m.group(1).replace("**", "").strip();
                if (!titleSeen) {
                    titleSeen = true;
                    continue;
                }
                String lower = h.toLowerCase(Locale.ROOT);
                if (lower.contains("evidence") || lower.contains("sources")) {
                    section = Section.EVIDENCE;
                } else if (lower.endsWith("lever") || lower.endsWith("levers") && !lower.contains("global")) {
                    section = Section.LEVER;
                    leverTitle = h;
                    leverText = new StringBuilder();
                    leverLine = i + 1;
                } else if (lower.contains("global levers")) {
                    section = Section.LEVERS;
                } else {
                    section = Section.OTHER;
                }
                continue;
            }
            if (s.startsWith(">")) {
                String q = s.substring(1).strip();
                Matcher l = LABEL.matcher(q);
                if (l.matches() && l.group(1).toLowerCase(Locale.ROOT).contains("strategy")) {
                    b.strategy = l.group(2).strip();
                    inStrategy = true;
                }
                continue;
            }
            Matcher l = LABEL.matcher(s);
            if (!l.matches()) {
                l = LABEL2.matcher(s);
            }
            if (l.matches()) {
                String label = l.group(1).strip().toLowerCase(Locale.ROOT);
                if (label.equals("negotiation dna")) {
                    b.dna.add(clean(l.group(2)));
                } else if (label.equals("level mapping")) {
                    b.levelMapping = clean(l.group(2));
                }
                continue;
            }
            Matcher bh = BOLD_HEADING.matcher(s);
            if (bh.matches()) {
                if (leverTitle != null) {
                    b.levers.add(new Lever(leverTitle, leverText.toString().strip(), leverLine));
                    leverTitle = null;
                }
                String lower = bh.group(1).strip().toLowerCase(Locale.ROOT);
                if (lower.equals("negotiation dna")) {
                    section = Section.DNA;
                } else if (lower.contains("levers")) {
                    section = Section.LEVERS;
                } else if (lower.contains("evidence") || lower.equals("sources")) {
                    section = Section.EVIDENCE;
                } else {
                    section = Section.OTHER;
                }
                continue;
            }
            if (s.isEmpty()) {
                if (leverText != null && leverTitle != null && leverText.length() > 0) {
                    leverText.append("\n\n");
                }
                continue;
            }
            switch (section) {
                case DNA -> b.dna.add(clean(s));
                case LEVERS -> {
                    Matcher n = NUMBERED.matcher(s);
                    if (n.matches()) {
                        b.levers.add(new Lever(n.group(1).strip().replaceAll(":$", ""), n.group(2).strip(), i + 1));
                    } else if (!b.levers.isEmpty()) {
                        Lever last = b.levers.remove(b.levers.size() - 1);
                        b.levers.add(new Lever(last.title(), (last.text() + " " + s).strip(), last.line()));
                    }
                }
                case LEVER -> {
                    if (leverTitle != null) {
                        if (leverText.length() > 0 && !leverText.toString().endsWith("\n\n")) {
                            leverText.append(' ');
                        }
                        leverText.append(s);
                    }
                }
                case EVIDENCE -> {
                    Matcher it = ITEM.matcher(s);
                    if (it.matches()) {
                        b.evidence.add(it.group(1).strip());
                    }
                }
                default -> {
                }
            }
        }
        if (leverTitle != null) {
            b.levers.add(new Lever(leverTitle, leverText.toString().strip(), leverLine));
        }
        return b;
    }

    private void scanInline(String s, int line) {
        if (s.indexOf('[') >= 0) {
            Matcher p = PLACEHOLDER.matcher(s);
            while (p.find()) {
                String t = p.group(1).strip();
                if (!t.isEmpty() && !t.equals("x") && !t.equals("X") && !t.startsWith("↗") && !t.startsWith("^")) {
                    placeholders.add(t);
                }
            }
        }
        if (s.indexOf('+') >= 0 && s.toLowerCase(Locale.ROOT).contains("premium")) {
            Matcher m = PREMIUM.matcher(s);
            while (m.find()) {
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

    static String clean(String s) {
        return s.replace("**", "").strip();
    }
}
