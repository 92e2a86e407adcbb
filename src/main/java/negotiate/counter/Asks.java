package negotiate.counter;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import negotiate.guide.Guide;
import negotiate.guide.Lever;
import negotiate.money.Money;
import negotiate.money.MoneyFormat;

/**
 * The ask in plain English (§3 "Form"): one sentence with every number asked for, lists joined with
 * "and"; and the rest of the package, always raised, with any further item the guide's levers or
 * strategy name. An offer already at the band's top is not presented back as a counter.
 */
public final class Asks {
    private Asks() {
    }

    /** Items raised when the guide's levers or strategy name them: {word pattern, words in the script}. */
    private static final String[][] MORE = {
            {"\\brelocat", "relocation support"},
            {"\\bvisa\\b|\\bimmigration\\b", "visa sponsorship"},
            {"\\bremote[- ]work|\\bwork(?:ing)? remotely\\b", "the remote-work arrangement, in writing"},
            {"\\bstart date\\b", "a start date that works for both of us"},
            {"\\bcompute budget|\\bgpu\\b", "a compute budget for research"},
            {"\\blearning budget|\\bconference", "a learning and conference budget"},
            {"\\btitle\\b", "the title and scope, in writing"},
            {"\\bvacation\\b|\\bpto\\b|\\bpaid time off\\b", "the paid time off"},
            {"\\bequipment\\b|\\bhome[- ]office\\b", "an equipment and home-office budget"},
            {"\\bparental leave\\b|\\bmaternity\\b|\\bpaternity\\b", "the parental leave"},
            {"\\b(?:four|4)[- ]day (?:work ?)?week\\b|\\bflexible (?:hours|schedule|working)\\b|\\bpart[- ]time\\b",
                "the working hours (a four-day week or flexible hours)"},
            {"\\bsabbatical\\b", "a sabbatical after a set tenure"},
            {"\\bpension\\b|\\b401\\(?k\\)?|\\bretirement (?:match|contribution)", "the pension or retirement match"},
            {"\\bhealth (?:insurance|care|cover|benefits)\\b|\\bhealthcare\\b|\\bmedical (?:insurance|cover)\\b",
                "the health cover"},
            {"\\btuition\\b|\\beducation (?:budget|allowance|stipend)\\b", "tuition or education support"},
            {"\\bcommut|\\btransport(?:ation)? (?:allowance|stipend)\\b", "a commuting allowance"},
            {"\\bhousing\\b", "housing support"},
            {"\\bseverance\\b", "severance terms, in writing"},
            {"\\bnon[- ]compete\\b", "a narrower non-compete"},
    };

    static String ask(CounterOffer co) {
        if (co.atTop()) {
            String bonus = co.bonusPct().compareTo(co.offerBonusPct()) > 0 ? " I'd ask only that the target bonus be "
                    + MoneyFormat.percent(co.bonusPct()) + " of base (" + w(co.askBase().multiply(co.bonusPct()).movePointLeft(2), co)
                    + " a year)." : "";
            return "The base salary and the equity grant in the offer already sit where I'd hoped, so I'm not asking to change"
                    + " them." + bonus + " What would make this an easy yes is the rest of the package, below.";
        }
        List<String> parts = new ArrayList<>();
        parts.add("a base salary of " + w(co.askBase(), co));
        parts.add("an equity grant of " + w(co.askEquity(), co) + " over " + co.band().band().equityYears() + " years");
        if (co.bonusPct().compareTo(co.offerBonusPct()) > 0) {
            parts.add("a target bonus of " + MoneyFormat.percent(co.bonusPct()) + " of base ("
                    + w(co.askBase().multiply(co.bonusPct()).movePointLeft(2), co) + " a year at that base)");
        }
        if (co.askSigning().signum() > 0) {
            parts.add("a signing bonus of " + w(co.askSigning(), co));
        }
        return "To sign, I'm asking for " + and(parts) + ".";
    }

    /** The rest of the package: always signing (unless asked above), refreshes, vesting and acceleration. */
    static String pkg(Guide guide, CounterOffer co) {
        List<String> items = new ArrayList<>();
        if (co.askSigning().signum() == 0) {
            items.add("a signing bonus to bridge what I leave on the table by moving");
        }
        items.add("guaranteed equity refreshes from year two");
        items.add("front-loaded vesting, with more of the grant in year one");
        items.add("double-trigger acceleration on a change of control");
        StringBuilder text = new StringBuilder();
        for (Lever l : guide.levers()) {
            text.append(l.title()).append(' ').append(l.text()).append(' ');
        }
        if (guide.strategy() != null) {
            text.append(guide.strategy());
        }
        String t = text.toString().toLowerCase(Locale.ROOT);
        for (String[] more : MORE) {
            if (java.util.regex.Pattern.compile(more[0]).matcher(t).find() && !items.contains(more[1])) {
                items.add(more[1]);
            }
        }
        StringBuilder b = new StringBuilder(co.atTop() ? "To sign, I'd like us to settle:\n\n"
                : "I'd also like us to settle the rest of the package together:\n\n");
        items.forEach(i -> b.append("- ").append(i).append('\n'));
        return b.toString();
    }

    /** "a", "a and b", "a, b and c". */
    public static String and(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    private static String w(BigDecimal v, CounterOffer co) {
        return MoneyFormat.whole(new Money(v, co.currency()));
    }
}
