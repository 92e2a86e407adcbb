package negotiate.counter;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import negotiate.comp.Offer;
import negotiate.guide.Guide;
import negotiate.money.Money;
import negotiate.money.MoneyFormat;

/**
 * Fills the counter-offer template: the reasons ({@link Reasons}), the competing offers worth citing
 * in the user's own numbers ({@link Citations}), one clear ask and the rest of the package
 * ({@link Asks}), and the deadline. The floor is never written here.
 */
public final class ScriptWriter {
    private ScriptWriter() {
    }

    /**
     * The script; `placeholders` still to fill; `fillable` every placeholder the script had before
     * facts; `notes` for the private section (offers not cited, the deadline); `menu` every lever of
     * the guide with whether the script used it.
     */
    public record Script(String markdown, List<String> placeholders, List<String> fillable, List<String> notes,
                         List<String> menu) {
    }

    /** The template fields the writer knows. */
    public static final List<String> FIELDS = List.of("role", "company", "region", "reasons", "competing", "ask", "package",
            "deadline");

    private static final Pattern FIELD = Pattern.compile("\\{\\{\\s*([^{}\\n]{0,60}?)\\s*}}");

    /**
     * The first problem of a template's fields, as {line, column, message}, or null: a field the
     * writer does not know, or a `{{` left unclosed (`{{company}`), which would be pasted as it is.
     */
    public static String[] fieldProblem(String template) {
        String[] lines = template.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = FIELD.matcher(lines[i]);
            int end = 0;
            while (m.find()) {
                String open = lines[i].substring(end, m.start());
                if (open.contains("{{")) {
                    return unclosed(i, end + open.indexOf("{{"));
                }
                if (!FIELDS.contains(m.group(1))) {
                    return new String[] {String.valueOf(i + 1), String.valueOf(m.start() + 1), "unknown template field {{" + m.group(1)
                            + "}}: the fields are {{" + String.join("}}, {{", FIELDS) + "}}"};
                }
                end = m.end();
            }
            int open = lines[i].indexOf("{{", end);
            if (open >= 0) {
                return unclosed(i, open);
            }
        }
        return null;
    }

    private static String[] unclosed(int line, int column) {
        return new String[] {String.valueOf(line + 1), String.valueOf(column + 1), "a template field opened with {{ is not closed"
                + " with }} on the same line: write {{company}}; the fields are {{" + String.join("}}, {{", FIELDS) + "}}"};
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\[([^\\[\\]\\n]{1,100})\\](?!\\()");

    public static Script write(String template, CounterOffer co, Guide guide, Offer offer, List<Offer> competing,
                               Honesty honesty, ScriptChoices choices) {
        Reasons.Picked picked = Reasons.pick(guide, honesty, choices.reasons(), choices.levers());
        Citations.Cited cited = Citations.pick(guide, co.offer(), competing, co.competing(), choices.cite(), choices.noCite());
        List<String> notes = new ArrayList<>(cited.notes());
        String s = template
                .replace("{{role}}", negotiate.markdown.Md.text(guide.role()))
                .replace("{{company}}", negotiate.markdown.Md.text(guide.company()))
                .replace("{{region}}", negotiate.markdown.Md.text(co.band().band().region()))
                .replace("{{reasons}}", reasons(picked.reasons()))
                .replace("{{competing}}", competing(cited.offers()))
                .replace("{{ask}}", Asks.ask(co))
                .replace("{{package}}", Asks.pkg(guide, co, honesty))
                .replace("{{deadline}}", deadline(choices.deadline(), choices.today(), notes));
        Set<String> fillable = new LinkedHashSet<>();
        Matcher before = PLACEHOLDER.matcher(s);
        while (before.find()) {
            fillable.add(before.group(1));
        }
        s = fill(s, choices.facts());
        s = s.replaceAll("\n{3,}", "\n\n").strip() + "\n";
        Set<String> left = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(s);
        while (m.find()) {
            left.add(m.group(1));
        }
        return new Script(s, List.copyOf(left), List.copyOf(fillable), List.copyOf(notes), picked.menu());
    }

    static String reasons(List<String> reasons) {
        if (reasons.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("Here is why I'm asking for this:\n\n");
        for (String r : reasons) {
            b.append("- ").append(r).append('\n');
        }
        return b.toString();
    }

    static String competing(List<Offer> competing) {
        if (competing.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder(competing.size() == 1 ? "I'm also weighing another offer:\n\n"
                : "I'm also weighing other offers:\n\n");
        for (Offer o : competing) {
            List<String> parts = new ArrayList<>();
            parts.add(w(o.base()) + " base");
            if (o.bonusPct() != null && o.bonusPct().signum() > 0) {
                parts.add("a " + MoneyFormat.percent(o.bonusPct()) + " bonus");
            } else if (o.bonusAmount() != null) {
                parts.add("a " + w(o.bonusAmount()) + " bonus a year");
            }
            if (o.equity() != null) {
                parts.add(o.equity().kind() == negotiate.comp.EquityKind.OPTIONS
                        ? "options worth " + w(o.equity().grant()) + " at today's price over " + o.equity().vesting().years() + " years"
                        : w(o.equity().grant()) + " in " + (o.equity().kind() == negotiate.comp.EquityKind.PUBLIC ? "RSUs" : "pre-IPO equity")
                        + " over " + o.equity().vesting().years() + " years");
            }
            if (o.refresh() != null) {
                parts.add(w(o.refresh().grant()) + " in yearly refreshes");
            }
            if (!o.signing().isEmpty()) {
                parts.add(Asks.and(o.signing().stream().map(ScriptWriter::w).toList()) + " signing");
            }
            b.append("- ").append(negotiate.markdown.Md.text(o.name())).append(": ").append(Asks.and(parts)).append('\n');
        }
        return b.toString();
    }

    /**
     * Within a week, a polite request for more time in the script; a later deadline, or one already
     * past, is said in the private notes instead.
     */
    static String deadline(LocalDate deadline, LocalDate today, List<String> notes) {
        if (deadline == null) {
            return "";
        }
        long days = ChronoUnit.DAYS.between(today, deadline);
        if (days < 0) {
            notes.add("The deadline you gave (" + deadline + ") passed " + (-days) + (days == -1 ? " day" : " days")
                    + " ago: ask whether the offer still stands before you counter.");
            return "";
        }
        if (days > 7) {
            notes.add("The deadline (" + deadline + ") is " + days + " days away: no need to ask for more time yet; if talks run"
                    + " close to it, ask for a week more.");
            return "";
        }
        return "The offer asks for an answer by " + deadline + ". So that I can give it the consideration it deserves, "
                + "could we extend that by a week?";
    }

    /** Fills `[key]` placeholders from facts; keys match the bracket text case-insensitively. */
    static String fill(String s, Map<String, String> facts) {
        if (facts.isEmpty()) {
            return s;
        }
        Matcher m = PLACEHOLDER.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String key = m.group(1).strip().toLowerCase(Locale.ROOT);
            String value = null;
            for (Map.Entry<String, String> e : facts.entrySet()) {
                if (e.getKey().strip().toLowerCase(Locale.ROOT).equals(key)) {
                    value = e.getValue();
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        return out.toString();
    }

    static String w(Money m) {
        return MoneyFormat.whole(m);
    }

}
