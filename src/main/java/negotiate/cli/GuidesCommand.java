package negotiate.cli;

import java.util.List;
import java.util.Set;
import negotiate.guide.Guide;
import negotiate.guide.Report;
import negotiate.input.InputException;
import negotiate.render.GuidesView;
import negotiate.repository.Query;
import negotiate.repository.Seeds;
import picocli.CommandLine.Model.CommandSpec;

/** `negotiate guides [QUERY]`: the loaded guides and reports, with review dates and staleness. */
final class GuidesCommand extends BaseCommand {
    private final String query;

    static CommandSpec spec() {
        return Specs.command("guides", "List loaded guides and company reports.",
                Specs.positional("0", "0..1", "QUERY", "Guide id, company or role (substring)."));
    }

    GuidesCommand(Context ctx, Parsed p) {
        super(ctx, p);
        query = p.positional(0);
    }

    @Override
    int call() {
        options.noCurrency("guides");
        String format = options.format(Set.of("table", "json", "markdown", "csv"));
        Seeds loaded = options.guides(ctx);
        List<Guide> guides = loaded.guides(query);
        List<Report> reports = Query.reports(loaded.reports(), query);
        if (query != null && guides.isEmpty() && reports.isEmpty()) {
            throw InputException.usage("nothing matches '" + query + "'; known guides: " + Lookup.ids(loaded.guides()));
        }
        ctx.emit(GuidesView.render(format, guides, reports, options.today(ctx), options.style(ctx)));
        return 0;
    }
}
