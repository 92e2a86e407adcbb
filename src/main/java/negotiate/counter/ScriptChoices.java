package negotiate.counter;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the user chose for the script: their own reasons (first, always kept), the guide's levers to
 * draw on (1-based; empty for every lever that names no other region), the competing offers to cite
 * anyway, whether to cite none, placeholder facts, and the offer's deadline with today's date.
 */
public record ScriptChoices(List<String> reasons, List<Integer> levers, List<String> cite, boolean noCite,
                            Map<String, String> facts, LocalDate deadline, LocalDate today) {
    public ScriptChoices {
        reasons = List.copyOf(reasons);
        levers = List.copyOf(levers);
        cite = List.copyOf(cite);
        facts = Map.copyOf(facts);
    }

    /** No choices: the defaults of §3. */
    public static ScriptChoices none(LocalDate today) {
        return new ScriptChoices(List.of(), List.of(), List.of(), false, Map.of(), null, today);
    }
}
