package negotiate.cli;

import java.util.EnumSet;
import java.util.Set;
import negotiate.render.Format;
import picocli.AutoComplete;
import picocli.CommandLine.Model.CommandSpec;

/** `negotiate completion bash|zsh`: a completion script made by picocli from the same command model. */
final class CompletionCommand extends BaseCommand {
    /** The shells a script is made for. */
    enum Shell { BASH, ZSH }

    static final Set<Format> FORMATS = EnumSet.of(Format.TABLE);
    static final Arg SHELL = Arg.words(0, "SHELL", "bash or zsh. Install: see docs/INSTALL.md (source it from ~/.bashrc or ~/.zshrc).",
            "bash", "zsh");

    private final String shell;

    static CommandSpec spec() {
        return Specs.examples(Specs.command("completion", "Print a shell completion script for negotiate (bash or zsh).", FORMATS, SHELL),
                "negotiate completion bash > ~/.negotiate-completion.bash",
                "negotiate completion zsh > ~/.negotiate-completion.zsh");
    }

    CompletionCommand(Context ctx, Parsed p) {
        super(ctx, p);
        shell = SHELL.one(p);
    }

    @Override
    ExitCode call() {
        options.noCurrency("completion");
        options.format(FORMATS); // a script is text: -o json is refused, not ignored
        Shell s;
        try {
            s = Shell.valueOf(shell.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw negotiate.input.InputException.usage("completion " + shell + ": use bash or zsh");
        }
        String script = AutoComplete.bash("negotiate", Main.model(Main.version()));
        // picocli's script is bash's; zsh runs it through its bash completion layer
        ctx.emit(s == Shell.ZSH ? "autoload -U +X compinit && compinit\nautoload -U +X bashcompinit && bashcompinit\n" + script
                : script);
        return ExitCode.OK;
    }
}
