package negotiate.cli;

import java.util.List;
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

    /** The positional parameter declared at `index` as picocli converted it, or null. */
    Object rawPositional(int index) {
        return spec.positionalParameters().get(index).getValue();
    }

    /** The values of a positional parameter declared with arity 0..*, as text (file names as typed). */
    List<String> positionals(int index) {
        List<?> v = spec.positionalParameters().get(index).getValue();
        if (v == null) {
            return List.of();
        }
        List<String> out = new java.util.ArrayList<>();
        for (Object o : v) {
            out.add(o.toString());
        }
        return List.copyOf(out);
    }
}
