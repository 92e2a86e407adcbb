package negotiate.markdown;

import java.util.Arrays;

/** Turns source offsets into 1-based line and column numbers. */
public final class SourceLines {
    private final int[] starts;

    public SourceLines(String text) {
        int[] s = new int[64];
        int n = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (n == s.length) {
                s = Arrays.copyOf(s, n * 2);
            }
            s[n++] = i + 1;
        }
        starts = Arrays.copyOf(s, n);
    }

    public int line(int offset) {
        int i = Arrays.binarySearch(starts, Math.max(0, offset));
        return (i >= 0 ? i : -i - 2) + 1;
    }

    public int column(int offset) {
        return Math.max(0, offset) - starts[line(offset) - 1] + 1;
    }
}
