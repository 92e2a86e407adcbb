package negotiate.cli;

import java.util.List;
import picocli.CommandLine.Model.PositionalParamSpec;

/** A positional parameter, declared once: the constant builds its picocli declaration and reads it back. */
final class Arg {
    private final int index;
    private final String arity;
    private final String label;
    private final String description;

    private Arg(int index, String arity, String label, String description) {
        this.index = index;
        this.arity = arity;
        this.label = label;
        this.description = description;
    }

    /** `arity`: "1", "0..1" or "0..*". */
    static Arg at(int index, String arity, String label, String description) {
        return new Arg(index, arity, label, description);
    }

    PositionalParamSpec spec() {
        boolean many = arity.endsWith("*");
        PositionalParamSpec.Builder b = PositionalParamSpec.builder().index(String.valueOf(index)).arity(arity)
                .required(!arity.startsWith("0")).paramLabel(label).description(description);
        return (many ? b.type(List.class).auxiliaryTypes(String.class) : b.type(String.class)).build();
    }

    /** The value of a single parameter, or null. */
    String one(Parsed p) {
        return p.positional(index);
    }

    /** Every value of a 0..* parameter. */
    List<String> all(Parsed p) {
        return p.positionals(index);
    }
}
