package negotiate.guide;

/** Whether equity is liquid (public RSUs) or not (pre-IPO shares or options). */
public enum EquityType {
    PUBLIC, PRIVATE;

    public String label() {
        return this == PUBLIC ? "public" : "private";
    }
}
