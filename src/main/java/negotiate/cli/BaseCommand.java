package negotiate.cli;

/** Every subcommand: the global options, the context injected, one report rendered and emitted. */
abstract class BaseCommand {
    final GlobalOptions options;

    final Context ctx;

    BaseCommand(Context ctx, Parsed parsed) {
        this.ctx = ctx;
        this.options = new GlobalOptions(ctx, parsed);
    }

    /** Writes a report; in table format its prose is wrapped to the width its tables were laid out for. */
    void emit(negotiate.render.Format format, String text) {
        ctx.emit(format == negotiate.render.Format.TABLE ? negotiate.render.Width.fit(text, options.style(ctx).width()) : text);
    }

    /** Runs the command; returns how it ended. */
    abstract ExitCode call();
}
