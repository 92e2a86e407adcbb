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

    /**
     * The rest of the package: always signing (unless asked above), refreshes, vesting and
     * acceleration; the items MORE knows when the levers or strategy name them; and any other item
     * the strategy lists that `honesty` lets the script say in the guide's words (none when null).
     */
    static String pkg(Guide guide, CounterOffer co, Honesty honesty) {
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
        if (honesty != null && guide.strategy() != null) {
            for (String item : listed(guide.strategy())) {
                // judged as written ("Google-level perks" names Google), then put in the list's case
                boolean acronym = item.length() > 1 && Character.isUpperCase(item.charAt(1));
                String said = acronym ? item : Character.toLowerCase(item.charAt(0)) + item.substring(1);
                if (!covered(item) && plain(item) && honesty.keeps(item) && !items.contains(said)) {
                    items.add(said);
                }
            }
        }
        StringBuilder b = new StringBuilder(co.atTop() ? "To sign, I'd like us to settle:\n\n"
                : "I'd also like us to settle the rest of the package together:\n\n");
        items.forEach(i -> b.append("- ").append(i).append('\n'));
        return b.toString();
    }

    /** What the default items and MORE already raise, in any wording: an item naming one of them is not raised twice. */
    private static final java.util.regex.Pattern COVERED = java.util.regex.Pattern.compile(
            "\\bsign(?:ing|-on|on)\\b|\\brefresh|\\bvest|\\baccelerat|\\bbase\\b|\\bsalary\\b|\\bequity\\b|\\bbonus\\b|\\bstock\\b"
            + "|\\brsus?\\b|\\boptions?\\b");

    private static boolean covered(String item) {
        String t = item.toLowerCase(Locale.ROOT);
        if (COVERED.matcher(t).find()) {
            return true;
        }
        for (String[] more : MORE) {
            if (java.util.regex.Pattern.compile(more[0]).matcher(t).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * An item the script may carry in the guide's words: no figure (money in words, "3000 euros", is
     * still money) and no name after its first word (a team, a city or a company the lists do not
     * know: "a desk in the Leeds hub", "perks like Initech's").
     */
    static boolean plain(String item) {
        String[] words = item.split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.chars().anyMatch(Character::isDigit) || i > 0 && !w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static final java.util.regex.Pattern ENUMERATED = java.util.regex.Pattern.compile("\\(\\d{1,2}\\)|(?<![\\w.])\\d{1,2}\\)");
    private static final java.util.regex.Pattern PLUS = java.util.regex.Pattern.compile("(?i)\\bplus\\s+([^.;:!?]+)");

    /**
     * The items a strategy lists, in its words: "(1) a childcare stipend, (2) a promotion review …" or
     * "… plus a home-office allowance, a four-day week and extra parental leave". Each is cut at a
     * dash, a bracket or a colon (what follows argues, it is not the item) and kept when it is a short
     * noun phrase (two to ten words).
     */
    static List<String> listed(String strategy) {
        List<String> raw = new ArrayList<>();
        String[] parts = ENUMERATED.split(strategy, -1);
        for (int i = 1; i < parts.length; i++) {
            raw.add(parts[i]);
        }
        java.util.regex.Matcher plus = PLUS.matcher(strategy);
        while (plus.find()) {
            for (String p : plus.group(1).split(",\\s*(?:and\\s+|or\\s+)?|\\s+and\\s+")) {
                raw.add(p);
            }
        }
        List<String> out = new ArrayList<>();
        for (String r : raw) {
            String item = r.split("\\s[—–-]\\s|[(;:]|\\.\\s|\\.$", 2)[0].strip();
            item = item.replaceAll("^(?i)(?:and|or)\\s+", "").replaceAll("[,.\\s\"”]+$", "").strip();
            int words = item.isEmpty() ? 0 : item.split("\\s+").length;
            if (words >= 2 && words <= 10) {
                out.add(item);
            }
        }
        return out;
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
