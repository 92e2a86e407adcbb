package negotiate.cli;

/** Every subcommand: the global options, the context injected, one report rendered and emitted. */
abstract class BaseCommand {
    final GlobalOptions options;

    final Context ctx;

    BaseCommand(Context ctx, Parsed parsed) {
        this.ctx = ctx;
        this.options = new GlobalOptions(ctx, parsed);
    }

    /**
     * Writes a report: in table format its prose wrapped to the width its tables were laid out for;
     * every format but JSON and CSV (which escape and quote their own) through the one layer that shows
     * control characters from files instead of letting them act on the terminal.
     */
    void emit(negotiate.render.Format format, String text) {
        // escaped before it is fitted: "\u200b" takes six columns, not none
        emitAsLaidOut(format, format == negotiate.render.Format.TABLE
                ? negotiate.render.Width.fit(negotiate.render.Visible.escaped(text), options.style(ctx).width()) : text);
    }

    /** The same, laid out by the view itself (the counter script must keep its lines): sanitised, never wrapped here. */
    void emitAsLaidOut(negotiate.render.Format format, String text) {
        ctx.emit(format == negotiate.render.Format.JSON || format == negotiate.render.Format.CSV ? text : negotiate.render.Visible.terminal(text));
    }

    /** Runs the command; returns how it ended. */
    abstract ExitCode call();
}
