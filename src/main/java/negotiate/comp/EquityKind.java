package negotiate.comp;

/** Liquid public RSUs, pre-IPO private RSUs, or options (valued at price − strike per share). */
public enum EquityKind {
    PUBLIC, PRIVATE, OPTIONS;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean isRisky() {
        return this != PUBLIC;
    }
}
