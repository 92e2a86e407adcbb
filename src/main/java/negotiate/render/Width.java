package negotiate.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Text as a terminal shows it: the width in columns (ANSI escapes take none, East Asian wide and
 * emoji characters two, combining marks none), and lines wrapped at word boundaries to a width.
 */
public final class Width {
    private Width() {
    }

    private static final Pattern ANSI = Pattern.compile("[\u001b\uE01B]\\[[0-9;]*[A-Za-z]");

    /** The columns `s` takes on a terminal. */
    public static int of(String s) {
        String t = s.indexOf('\u001b') < 0 && s.indexOf(Visible.STYLE) < 0 ? s : ANSI.matcher(s).replaceAll("");
        int w = 0;
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            w += columns(cp);
            i += Character.charCount(cp);
        }
        return w;
    }

    /**
     * The East Asian wide and fullwidth blocks and the emoji a terminal draws two columns wide, as
     * first and last code point (Unicode's EastAsianWidth W and F, the blocks users meet).
     */
    static final int[][] WIDE = {
            {0x1100, 0x115F}, {0x231A, 0x231B}, {0x23E9, 0x23EC}, {0x23F0, 0x23F0}, {0x23F3, 0x23F3}, {0x25FD, 0x25FE},
            {0x2614, 0x2615}, {0x2648, 0x2653}, {0x267F, 0x267F}, {0x2693, 0x2693}, {0x26A1, 0x26A1}, {0x26AA, 0x26AB},
            {0x26BD, 0x26BE}, {0x26C4, 0x26C5}, {0x26CE, 0x26CE}, {0x26D4, 0x26D4}, {0x26EA, 0x26EA}, {0x26F2, 0x26F3},
            {0x26F5, 0x26F5}, {0x26FA, 0x26FA}, {0x26FD, 0x26FD}, {0x2705, 0x2705}, {0x270A, 0x270B}, {0x2728, 0x2728},
            {0x274C, 0x274C}, {0x274E, 0x274E}, {0x2753, 0x2755}, {0x2757, 0x2757}, {0x2795, 0x2797}, {0x27B0, 0x27B0},
            {0x27BF, 0x27BF}, {0x2B1B, 0x2B1C}, {0x2B50, 0x2B50}, {0x2B55, 0x2B55},
            {0x2E80, 0x303E}, {0x3041, 0x33FF}, {0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xA000, 0xA4CF},
            {0xAC00, 0xD7A3}, {0xF900, 0xFAFF}, {0xFE30, 0xFE4F}, {0xFF00, 0xFF60}, {0xFFE0, 0xFFE6}, {0x1F004, 0x1F004},
            {0x1F0CF, 0x1F0CF}, {0x1F18E, 0x1F18E}, {0x1F191, 0x1F19A}, {0x1F200, 0x1F2FF}, {0x1F300, 0x1F64F},
            {0x1F680, 0x1F6FF}, {0x1F7E0, 0x1F7EB}, {0x1F900, 0x1F9FF}, {0x1FA70, 0x1FAFF}, {0x20000, 0x3FFFD}};

    /** 0 for combining marks and format characters, 2 for wide ones, else 1. */
    static int columns(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT || cp == 0x200B) {
            return 0;
        }
        for (int[] r : WIDE) {
            if (cp >= r[0] && cp <= r[1]) {
                return 2;
            }
        }
        return 1;
    }

    /**
     * `text` in lines of at most `width` columns, broken at spaces; a word longer than a line is cut
     * (wrapped, never lost). Lines after the first start with `indent` spaces.
     */
    public static List<String> wrap(String text, int width, int indent) {
        List<String> out = new ArrayList<>();
        if (width <= 0 || of(text) <= width) {
            out.add(text);
            return out;
        }
        int lead = 0;
        while (lead < text.length() && text.charAt(lead) == ' ') {
            lead++;
        }
        StringBuilder line = new StringBuilder(text.substring(0, lead));
        int w = lead;
        boolean fresh = true;
        for (String word : text.substring(lead).split(" +")) {
            int ww = of(word);
            if (!fresh && w + 1 + ww > width) {
                out.add(line.toString());
                line = new StringBuilder(" ".repeat(indent));
                w = indent;
                fresh = true;
            }
            while (w + ww > width && ww > 0) {
                // longer than a whole line: cut it, so that nothing is lost
                String head = cut(word, Math.max(1, width - w));
                out.add(line.append(head).toString());
                word = word.substring(head.length());
                ww = of(word);
                line = new StringBuilder(" ".repeat(indent));
                w = indent;
            }
            if (ww == 0) {
                continue;
            }
            if (!fresh) {
                line.append(' ');
                w++;
            }
            line.append(word);
            w += ww;
            fresh = false;
        }
        if (!fresh || out.isEmpty()) {
            out.add(line.toString());
        }
        return out;
    }

    /** The longest prefix of `word` that takes at most `columns` columns (at least one character). */
    private static String cut(String word, int columns) {
        int w = 0;
        int i = 0;
        while (i < word.length()) {
            int cp = word.codePointAt(i);
            int c = columns(cp);
            if (w + c > columns && i > 0) {
                break;
            }
            w += c;
            i += Character.charCount(cp);
        }
        // a path or an id breaks best after a separator: hugging-face/ | open-source-…
        if (i < word.length()) {
            // … and a range after its dash: ($2,018,333– | $2,525,000)
            int sep = Math.max(Math.max(word.lastIndexOf('/', i - 1), word.lastIndexOf('-', i - 1)), word.lastIndexOf('–', i - 1));
            if (sep > 0 && sep < i - 1) {
                return word.substring(0, sep + 1);
            }
        }
        return word.substring(0, i);
    }

    /**
     * Every line of a report that is wider than `width`, wrapped with a hanging indent that keeps
     * its shape ("note: ", "- ", leading spaces); tables are laid out to fit before, so this wraps prose.
     */
    public static String fit(String text, int width) {
        if (width <= 0) {
            return text;
        }
        StringBuilder b = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (of(line) <= width) {
                b.append(line).append('\n');
                continue;
            }
            int lead = 0;
            while (lead < line.length() && line.charAt(lead) == ' ') {
                lead++;
            }
            String rest = line.substring(lead);
            int hang = lead + (rest.startsWith("note: ") ? 6 : rest.startsWith("- ") ? 2 : rest.startsWith("  ") ? 2 : 0);
            for (String l : wrap(line, width, Math.min(hang, width / 2))) {
                b.append(l).append('\n');
            }
        }
        b.setLength(b.length() - 1);
        return b.toString();
    }
}
