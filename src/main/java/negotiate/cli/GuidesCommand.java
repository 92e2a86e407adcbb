package negotiate.cli;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import negotiate.guide.Guide;
import negotiate.guide.Report;
import negotiate.input.InputException;
import negotiate.render.Format;
import negotiate.render.GuidesView;
import negotiate.repository.Query;
import negotiate.repository.Seeds;
import picocli.CommandLine.Model.CommandSpec;

/** `negotiate guides [QUERY]`: the loaded guides and reports, with review dates and staleness. */
final class GuidesCommand extends BaseCommand {
    private final String query;

    static final Arg QUERY = Arg.at(0, "0..1", "QUERY", "Guide id, company or role (substring).");

    static final Set<Format> FORMATS = EnumSet.of(Format.TABLE, Format.JSON, Format.MARKDOWN, Format.CSV);

    static CommandSpec spec() {
        return Specs.examples(Specs.command("guides", "List loaded guides and company reports.", FORMATS,
                QUERY),
                "negotiate guides",
                "negotiate guides hugging -o csv");
    }

    GuidesCommand(Context ctx, Parsed p) {
        super(ctx, p);
        query = QUERY.one(p);
    }

    @Override
    ExitCode call() {
        options.noCurrency("guides");
        Format format = options.format(FORMATS);
        Seeds loaded = options.guides(ctx);
        List<Guide> guides = loaded.guides(query);
        List<Report> reports = Query.reports(loaded.reports(), query);
        if (query != null && guides.isEmpty() && reports.isEmpty()) {
            throw InputException.usage("nothing matches '" + query + "'; known guides: " + Lookup.ids(loaded.guides()));
        }
        emit(format, GuidesView.render(format, guides, reports, options.today(ctx), options.style(ctx)));
        return ExitCode.OK;
    }
}
