package negotiate.cli;

import java.util.List;
import picocli.CommandLine.Model.PositionalParamSpec;

/** A positional parameter, declared once: the constant builds its picocli declaration and reads it back. */
final class Arg {
    private final int index;
    private final String arity;
    private final String label;
    private final String description;
    /** Values the shell completes: "files" for file names, else the words themselves (null: none). */
    private final List<String> completions;

    private Arg(int index, String arity, String label, String description, List<String> completions) {
        this.index = index;
        this.arity = arity;
        this.label = label;
        this.description = description;
        this.completions = completions;
    }

    /** `arity`: "1", "0..1" or "0..*". */
    static Arg at(int index, String arity, String label, String description) {
        return new Arg(index, arity, label, description, null);
    }

    /** Files or folders (the shell completes file names). */
    static Arg files(int index, String arity, String label, String description) {
        return new Arg(index, arity, label, description, List.of());
    }

    /** One of `words` (the shell completes them). */
    static Arg words(int index, String label, String description, String... words) {
        return new Arg(index, "1", label, description, List.of(words));
    }

    PositionalParamSpec spec() {
        boolean many = arity.endsWith("*");
        boolean files = completions != null && completions.isEmpty();
        Class<?> type = files ? java.io.File.class : String.class;
        // a list takes every position from its index on, so files may come between options
        PositionalParamSpec.Builder b = PositionalParamSpec.builder().index(many ? index + "..*" : String.valueOf(index)).arity(arity)
                .required(!arity.startsWith("0")).paramLabel(label).description(description);
        if (completions != null && !files) {
            b.completionCandidates(completions);
        }
        return (many ? b.type(List.class).auxiliaryTypes(type) : b.type(type)).build();
    }

    /** The value of a single parameter, or null. */
    String one(Parsed p) {
        Object v = p.rawPositional(index);
        return v == null ? null : v.toString();
    }

    /** Every value of a 0..* parameter. */
    List<String> all(Parsed p) {
        return p.positionals(index);
    }
}
