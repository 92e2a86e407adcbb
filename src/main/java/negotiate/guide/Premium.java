package negotiate.guide;

import negotiate.money.Range;

/** A named premium a guide applies to equity, e.g. "+20–35% Agentic AI Premium". */
public record Premium(String name, Range pct, int line) {
}
