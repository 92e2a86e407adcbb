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
        return color ? "\u001b[1m" + s + "\u001b[0m" : s;
    }

    public String dim(String s) {
        return color ? "\u001b[2m" + s + "\u001b[0m" : s;
    }

    public String green(String s) {
        return color ? "\u001b[32m" + s + "\u001b[0m" : s;
    }

    public String yellow(String s) {
        return color ? "\u001b[33m" + s + "\u001b[0m" : s;
    }

    public String red(String s) {
        return color ? "\u001b[31m" + s + "\u001b[0m" : s;
    }
}
