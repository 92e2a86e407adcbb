package negotiate.cli;

import java.util.List;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/** The values a command was given, read from its parsed {@link CommandSpec}. */
final class Parsed {
    private final CommandSpec spec;

    Parsed(CommandSpec spec) {
        this.spec = spec;
    }

    /** The value of an option taking one value, or `otherwise` when it was not given. */
    String string(String option, String otherwise) {
        Object v = spec.findOption(option).getValue();
        return v == null ? otherwise : (String) v;
    }

    String string(String option) {
        return string(option, null);
    }

    /** Every value of a repeatable option, in the order given. */
    List<String> strings(String option) {
        return values(spec.findOption(option));
    }

    boolean flag(String option) {
        return Boolean.TRUE.equals(spec.findOption(option).getValue());
    }

    /** The positional parameter declared at `index`, or null. */
    String positional(int index) {
        return (String) spec.positionalParameters().get(index).getValue();
    }

    /** The values of a positional parameter declared with arity 0..*. */
    List<String> positionals(int index) {
        return values(spec.positionalParameters().get(index));
    }

    private static List<String> values(ArgSpec arg) {
        List<String> v = arg.getValue();
        return v == null ? List.of() : List.copyOf(v);
    }
}
