package negotiate.fuzz;

import java.util.List;
import java.util.Random;

/** A small seeded mutation engine: byte-level and token-level edits of a seed input. */
final class Mutator {
    private static final List<String> TOKENS = List.of("$", "€", "£", "K", "M", "B", "k", "%", "–", "—", "--", "-", " to ",
            ",", ".", "+", "|", "\n", "\r\n", "---", ":", "[", "]", "{", "}", "&a", "*a", "**", "_", "~", "null", "no", "0",
            "9999999999999", "1e9", "NaN", "CHF ", "C$", "¥", "₹", "\u00a0", "\uFEFF", "\t", "  ", "=", "/yr", "/4y", "#",
            "### ", "> ", "1. **", "(65–100% of NYC)", "Same equity grant", "\"", "'", "\\");
    private final Random random;

    Mutator(long seed) {
        this.random = new Random(seed);
    }

    String mutate(String seed) {
        StringBuilder b = new StringBuilder(seed);
        int edits = 1 + random.nextInt(6);
        for (int e = 0; e < edits; e++) {
            int at = b.length() == 0 ? 0 : random.nextInt(b.length() + 1);
            switch (random.nextInt(7)) {
                case 0 -> b.insert(at, TOKENS.get(random.nextInt(TOKENS.size())));
                case 1 -> {
                    if (b.length() > 0 && at < b.length()) {
                        b.deleteCharAt(at);
                    }
                }
                case 2 -> {
                    if (at < b.length()) {
                        b.setCharAt(at, (char) (32 + random.nextInt(95)));
                    }
                }
                case 3 -> {
                    int end = Math.min(b.length(), at + random.nextInt(20));
                    String piece = b.substring(at, end);
                    b.insert(end, piece.repeat(1 + random.nextInt(4)));
                }
                case 4 -> {
                    int end = Math.min(b.length(), at + random.nextInt(40));
                    b.delete(at, end);
                }
                case 5 -> b.insert(at, String.valueOf(random.nextInt(1_000_000)));
                default -> b.insert(at, (char) random.nextInt(0x3000));
            }
        }
        return b.toString();
    }
}
