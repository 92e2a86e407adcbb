package negotiate.cli;

import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The command line declared through picocli's programmatic API. Annotations would cost ~60 ms at every
 * start (reflection and one dynamic proxy class per annotation type); this model is built directly.
 * Every option takes text (or nothing); commands convert and check values themselves, so that every
 * message about a value names the option and says how to fix it.
 */
final class Specs {
    private Specs() {
    }

    /** A subcommand: help and version options, the global options, then its own. */
    static CommandSpec command(String name, String description, Object... own) {
        CommandSpec s = create(name);
        s.usageMessage().description(description);
        helpOptions(s);
        GlobalOptions.declare(s);
        for (Object o : own) {
            if (o instanceof OptionSpec opt) {
                s.addOption(opt);
            } else {
                s.addPositional((PositionalParamSpec) o);
            }
        }
        return s;
    }

    /**
     * An empty command. No ${...} variables are used in texts, so interpolation (which picocli would
     * otherwise run on every option lookup) is off.
     */
    static CommandSpec create(String name) {
        CommandSpec s = CommandSpec.create().name(name);
        s.interpolateVariables(false);
        return s;
    }

    static void helpOptions(CommandSpec s) {
        s.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).description("Show this help message and exit.").build());
        s.addOption(OptionSpec.builder("-V", "--version").versionHelp(true).description("Print version information and exit.").build());
    }

    /** An option taking one value. */
    static OptionSpec option(String name, String label, String description) {
        return OptionSpec.builder(name).paramLabel(label).description(description).type(String.class).build();
    }

    /** An option that must be given. */
    static OptionSpec required(String name, String label, String description) {
        return OptionSpec.builder(name).paramLabel(label).description(description).type(String.class).required(true).build();
    }

    /** A repeatable option. */
    static OptionSpec repeatable(String name, String label, String description) {
        return OptionSpec.builder(name).paramLabel(label).description(description)
                .type(List.class).auxiliaryTypes(String.class).build();
    }

    /** An on/off option. */
    static OptionSpec flag(String name, String description) {
        return OptionSpec.builder(name).description(description).type(boolean.class).build();
    }

    /** A positional parameter at `index` with `arity` ("1", "0..1", "0..*"). */
    static PositionalParamSpec positional(String index, String arity, String label, String description) {
        boolean many = arity.endsWith("*");
        PositionalParamSpec.Builder b = PositionalParamSpec.builder().index(index).arity(arity).required(!arity.startsWith("0")).paramLabel(label).description(description);
        return (many ? b.type(List.class).auxiliaryTypes(String.class) : b.type(String.class)).build();
    }
}
