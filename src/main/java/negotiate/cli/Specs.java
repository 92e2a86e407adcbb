package negotiate.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The command line declared through picocli's programmatic API. Annotations would cost ~60 ms at every
 * start (reflection and one dynamic proxy class per annotation type); this model is built directly.
 * Each option is a typed {@link Opt} constant, declared once: it builds the declaration here and reads
 * the value back, converted, in the command.
 */
final class Specs {
    private Specs() {
    }

    /** A subcommand: help and version options, the global options, then its own ({@link Opt}s and {@link Arg}s). */
    static CommandSpec command(String name, String description, java.util.Set<negotiate.render.Format> formats, Object... own) {
        CommandSpec s = create(name);
        s.usageMessage().description(description);
        helpOptions(s);
        GlobalOptions.declare(s, formats);
        for (Object o : own) {
            if (o instanceof Opt<?> opt) {
                s.addOption(opt.spec());
            } else {
                s.addPositional(((Arg) o).spec());
            }
        }
        return s;
    }

    /**
     * Adds an EXAMPLES section: whole command lines that can be copied and run from the project folder.
     * (Help texts are format strings to picocli: a literal percent sign is written twice.)
     */
    static CommandSpec examples(CommandSpec s, String... lines) {
        String[] footer = new String[lines.length];
        for (int i = 0; i < lines.length; i++) {
            footer[i] = "  " + lines[i].replace("%", "%%");
        }
        s.usageMessage().footerHeading("%nExamples:%n").footer(footer);
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

}
