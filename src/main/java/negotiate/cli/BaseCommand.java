package negotiate.cli;

/** Every subcommand: the global options, the context injected, one report rendered and emitted. */
abstract class BaseCommand {
    final GlobalOptions options;

    final Context ctx;

    BaseCommand(Context ctx, Parsed parsed) {
        this.ctx = ctx;
        this.options = new GlobalOptions(ctx, parsed);
    }

    /** Runs the command; returns how it ended. */
    abstract ExitCode call();
}
