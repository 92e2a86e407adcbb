package negotiate.guide;

/** A negotiation lever from a guide: its title and the argument text (often a quoted script). */
public record Lever(String title, String text, int line) {
}
