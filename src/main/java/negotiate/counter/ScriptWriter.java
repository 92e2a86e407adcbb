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
import negotiate.guide.Lever;
import negotiate.money.Money;
import negotiate.money.MoneyFormat;

/**
 * Fills the counter-offer template: reasons from the guide's levers (filtered by {@link Honesty}),
 * the user's competing offers in the user's numbers, one clear ask, the rest of the package the guide
 * lists, and a request for the offer in writing. The floor is never written here.
 */
public final class ScriptWriter {
    private ScriptWriter() {
    }

    /** The script and the placeholders still left for the user to fill. */
    /** The script; `placeholders` still to fill; `fillable` every placeholder the script had before facts. */
    public record Script(String markdown, List<String> placeholders, List<String> fillable) {
    }

    /** The template fields the writer knows. */
    public static final List<String> FIELDS = List.of("role", "company", "region", "reasons", "competing", "ask", "package",
            "deadline");

    private static final Pattern FIELD = Pattern.compile("\\{\\{\\s*([^{}\\n]{0,60}?)\\s*}}");

    /** The first template field the writer does not know, as {line, name}, or null. */
    public static String[] unknownField(String template) {
        String[] lines = template.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = FIELD.matcher(lines[i]);
            while (m.find()) {
                if (!FIELDS.contains(m.group(1))) {
                    return new String[] {String.valueOf(i + 1), m.group(1)};
                }
            }
        }
        return null;
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\[([^\\[\\]\\n]{1,100})\\](?!\\()");
    private static final int MAX_LEVERS = 4;
    private static final int MAX_SENTENCES = 3;

    public static Script write(String template, CounterOffer co, Guide guide, Offer offer, List<Offer> competing,
                               Honesty honesty, Map<String, String> facts, LocalDate deadline, LocalDate today) {
        String s = template
                .replace("{{role}}", guide.role())
                .replace("{{company}}", guide.company())
                .replace("{{region}}", co.band().band().region())
                .replace("{{reasons}}", reasons(guide, honesty))
                .replace("{{competing}}", competing(competing))
                .replace("{{ask}}", ask(co, offer))
                .replace("{{package}}", pkg(guide, co))
                .replace("{{deadline}}", deadline(deadline, today));
        Set<String> fillable = new LinkedHashSet<>();
        Matcher before = PLACEHOLDER.matcher(s);
        while (before.find()) {
            fillable.add(before.group(1));
        }
        s = fill(s, facts);
        s = s.replaceAll("\n{3,}", "\n\n").strip() + "\n";
        Set<String> left = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(s);
        while (m.find()) {
            left.add(m.group(1));
        }
        return new Script(s, List.copyOf(left), List.copyOf(fillable));
    }

    static String reasons(Guide guide, Honesty honesty) {
        StringBuilder b = new StringBuilder();
        int used = 0;
        for (Lever l : guide.levers()) {
            if (used == MAX_LEVERS) {
                break;
            }
            String title = l.title().replaceAll("\\s+Lever$", "");
            if (!honesty.keeps(title)) {
                continue;
            }
            List<String> kept = new ArrayList<>();
            for (String sentence : Honesty.sentences(l.text())) {
                if (honesty.keeps(sentence) && kept.size() < MAX_SENTENCES) {
                    kept.add(sentence);
                }
            }
            if (kept.isEmpty()) {
                continue;
            }
            b.append("- **").append(title).append(".** ").append(String.join(" ", kept)).append('\n');
            used++;
        }
        return b.length() == 0 ? "" : "Here is why I'm asking for this:\n\n" + b;
    }

    static String competing(List<Offer> competing) {
        if (competing.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder(competing.size() == 1 ? "For transparency, I have another offer:\n\n"
                : "For transparency, I have other offers:\n\n");
        for (Offer o : competing) {
            List<String> parts = new ArrayList<>();
            parts.add(w(o.base()) + " base");
            if (o.bonusPct() != null && o.bonusPct().signum() > 0) {
                parts.add(MoneyFormat.percent(o.bonusPct()) + " bonus");
            } else if (o.bonusAmount() != null) {
                parts.add(w(o.bonusAmount()) + " bonus a year");
            }
            if (o.equity() != null) {
                String kind = switch (o.equity().kind()) {
                    case PUBLIC -> "RSUs";
                    case PRIVATE -> "pre-IPO equity";
                    case OPTIONS -> "options worth";
                };
                parts.add(o.equity().kind() == negotiate.comp.EquityKind.OPTIONS
                        ? kind + " " + w(o.equity().grant()) + " at today's price over " + o.equity().vesting().years() + " years"
                        : w(o.equity().grant()) + " in " + kind + " over " + o.equity().vesting().years() + " years");
            }
            if (o.refresh() != null) {
                parts.add(w(o.refresh().grant()) + " yearly refreshes");
            }
            if (!o.signing().isEmpty()) {
                parts.add(String.join(" + ", o.signing().stream().map(ScriptWriter::w).toList()) + " signing");
            }
            b.append("- ").append(o.name()).append(": ").append(String.join(", ", parts)).append('\n');
        }
        return b.toString();
    }

    static String ask(CounterOffer co, Offer offer) {
        StringBuilder b = new StringBuilder("To sign, I'm asking for a base salary of ").append(w(co.askBase(), co))
                .append(", an equity grant of ").append(w(co.askEquity(), co)).append(" over ")
                .append(co.band().band().equityYears()).append(" years");
        BigDecimal offered = offer.bonusPct() == null ? BigDecimal.ZERO : offer.bonusPct();
        if (co.bonusPct().compareTo(offered) > 0) {
            b.append(", a ").append(MoneyFormat.percent(co.bonusPct())).append(" target bonus");
        }
        if (co.askSigning().signum() > 0) {
            b.append(", and a signing bonus of ").append(w(co.askSigning(), co));
        }
        b.append('.');
        return b.toString();
    }

    static String pkg(Guide guide, CounterOffer co) {
        StringBuilder text = new StringBuilder();
        for (Lever l : guide.levers()) {
            text.append(l.text()).append(' ').append(l.title()).append(' ');
        }
        if (guide.strategy() != null) {
            text.append(guide.strategy());
        }
        guide.dna().forEach(d -> text.append(' ').append(d));
        String t = text.toString().toLowerCase(Locale.ROOT);
        List<String> items = new ArrayList<>();
        if (t.contains("signing") && co.askSigning().signum() == 0) {
            items.add("a signing bonus to bridge what I leave on the table by moving");
        }
        if (t.contains("refresh")) {
            items.add("guaranteed equity refreshes from year two");
        }
        if (t.contains("vesting")) {
            items.add("front-loaded vesting, with more of the grant in year one");
        }
        if (t.contains("acceleration")) {
            items.add("double-trigger acceleration on a change of control");
        }
        if (items.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("I'd also like us to settle the rest of the package together:\n\n");
        items.forEach(i -> b.append("- ").append(i).append('\n'));
        return b.toString();
    }

    static String deadline(LocalDate deadline, LocalDate today) {
        if (deadline == null) {
            return "";
        }
        long days = ChronoUnit.DAYS.between(today, deadline);
        if (days < 0 || days > 7) {
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

    private static String w(Money m) {
        return MoneyFormat.whole(m);
    }

    private static String w(BigDecimal v, CounterOffer co) {
        return MoneyFormat.whole(new Money(v, co.currency()));
    }
}
