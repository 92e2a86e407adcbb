package negotiate.render;

/**
 * ANSI styling, on only when writing to a terminal and the user has not asked for NO_COLOR; and the
 * width tables are laid out for (`--width`, else the terminal's; 0: no limit, as when not a terminal).
 */
public record Style(boolean color, int width) {
    public Style(boolean color) {
        this(color, 0);
    }

    public String bold(String s) {
        return color ? Visible.STYLE + "[1m" + s + Visible.STYLE + "[0m" : s;
    }

    public String dim(String s) {
        return color ? Visible.STYLE + "[2m" + s + Visible.STYLE + "[0m" : s;
    }

    public String green(String s) {
        return color ? Visible.STYLE + "[32m" + s + Visible.STYLE + "[0m" : s;
    }

    public String yellow(String s) {
        return color ? Visible.STYLE + "[33m" + s + Visible.STYLE + "[0m" : s;
    }

    public String red(String s) {
        return color ? Visible.STYLE + "[31m" + s + Visible.STYLE + "[0m" : s;
    }
}
