package negotiate.guide;

/** Anything with an id, a company and (for guides) a role: what a QUERY is matched against. */
public interface Named {
    String id();

    String company();

    String role();
}
