package negotiate.counter;

import java.util.ArrayList;
import java.util.List;
import negotiate.guide.Guide;
import negotiate.guide.Lever;

/**
 * The reasons of a script (§3): the user's own first, then third-person sentences from the guide's
 * levers that {@link Honesty} keeps, at most {@link #MAX} in all; and a menu of every lever for the
 * private notes, saying which were used and why the others were not.
 */
public final class Reasons {
    /** At most this many reasons in a script; the user's own are always kept. */
    public static final int MAX = 3;
    private static final int MENU_LINE = 110;

    private Reasons() {
    }

    public record Picked(List<String> reasons, List<String> menu) {
    }

    public static Picked pick(Guide guide, Honesty honesty, List<String> userReasons, List<Integer> chosen) {
        List<String> out = new ArrayList<>();
        for (String r : userReasons) {
            if (!r.isBlank()) {
                out.add(r.strip());
            }
        }
        List<Lever> levers = guide.levers();
        List<String> menu = new ArrayList<>(java.util.Collections.nCopies(levers.size(), ""));
        // the levers chosen are read in the order given, then the others (for the menu)
        List<Integer> order = new ArrayList<>();
        for (int n : chosen) {
            if (n >= 1 && n <= levers.size() && !order.contains(n - 1)) {
                order.add(n - 1);
            }
        }
        for (int i = 0; i < levers.size(); i++) {
            if (!order.contains(i)) {
                order.add(i);
            }
        }
        for (int i : order) {
            Lever l = levers.get(i);
            String status;
            String titleRegion = honesty.otherRegion(l.title());
            if (!chosen.isEmpty() && !chosen.contains(i + 1)) {
                status = "not chosen";
            } else if (chosen.isEmpty() && titleRegion != null) {
                status = "not used: its title names another region, " + titleRegion;
            } else {
                int before = out.size();
                int eligible = 0;
                List<String> why = new ArrayList<>();
                for (String sentence : Honesty.sentences(l.text())) {
                    String no = honesty.why(sentence);
                    if (no != null) {
                        if (!why.contains(no)) {
                            why.add(no);
                        }
                    } else {
                        eligible++;
                        // the script is Markdown: the guide's literal text must not become markup in it
                        String shown = negotiate.markdown.Md.text(sentence);
                        if (out.size() < Math.max(MAX, userReasons.size()) && !out.contains(shown)) {
                            out.add(shown);
                        }
                    }
                }
                int used = out.size() - before;
                status = used > 0 ? "used (" + used + (used == 1 ? " sentence)" : " sentences)")
                        : eligible > 0 ? "not used: the script already has " + MAX + " reasons"
                        : "not used: no sentence the script can use (" + String.join("; ", why) + ")";
            }
            menu.set(i, "Lever " + (i + 1) + ", " + l.title().strip() + ": " + firstLine(l.text()) + " [" + status + "]");
        }
        return new Picked(List.copyOf(out), List.copyOf(menu));
    }

    private static String firstLine(String text) {
        List<String> s = Honesty.sentences(text);
        String first = s.isEmpty() ? "" : s.get(0);
        return first.length() <= MENU_LINE ? first : first.substring(0, MENU_LINE - 1).strip() + "…";
    }
}
