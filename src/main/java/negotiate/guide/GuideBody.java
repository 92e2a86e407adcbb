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
            char first = s.isEmpty() ? ' ' : s.charAt(0);
            Matcher m = first == '#' ? HEADING.matcher(s) : null;
            if (m != null && m.matches()) {
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
            boolean bold = s.startsWith("**");
            Matcher l = bold ? LABEL.matcher(s) : null;
            if (l != null && !l.matches()) {
                l = LABEL2.matcher(s);
            }
            if (l != null && l.matches()) {
                String label = l.group(1).strip().toLowerCase(Locale.ROOT);
                if (label.equals("negotiation dna")) {
                    b.dna.add(clean(l.group(2)));
                } else if (label.equals("level mapping")) {
                    b.levelMapping = clean(l.group(2));
                }
                continue;
            }
            Matcher bh = bold ? BOLD_HEADING.matcher(s) : null;
            if (bh != null && bh.matches()) {
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
                    Matcher n = Character.isDigit(first) ? NUMBERED.matcher(s) : null;
                    if (n != null && n.matches()) {
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
        for (String t : placeholders(s)) {
            if (!t.equals("x") && !t.equals("X") && !t.startsWith("↗") && !t.startsWith("^")) {
                placeholders.add(t);
            }
        }
        if (s.indexOf('+') >= 0 && containsIgnoreCase(s, "premium")) {
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

    /**
     * Whether `s` contains `word` (lower case, not empty), ignoring case, without a lower-cased copy of
     * `s`: a first-letter check before each comparison (queries use it over 10,000 guides, the parser
     * on every line).
     */
    static boolean containsIgnoreCase(String s, String word) {
        char lower = word.charAt(0);
        char upper = Character.toUpperCase(lower);
        for (int i = 0; i + word.length() <= s.length(); i++) {
            char c = s.charAt(i);
            if ((c == lower || c == upper || c > 127) && s.regionMatches(true, i, word, 0, word.length())) {
                return true;
            }
        }
        return false;
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
