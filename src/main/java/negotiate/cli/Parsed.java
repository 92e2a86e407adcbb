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

    /** The raw value of the option named `name` (see {@link Opt}, the only caller). */
    Object raw(String name) {
        return spec.findOption(name).getValue();
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
