package negotiate.cli;

import java.util.List;
import java.util.Set;
import negotiate.guide.Guide;
import negotiate.guide.Query;
import negotiate.guide.Report;
import negotiate.guide.SeedRepository;
import negotiate.guide.Seeds;
import negotiate.input.InputException;
import negotiate.render.GuidesView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** `negotiate guides [QUERY]`: the loaded guides and reports, with review dates and staleness. */
@Command(name = "guides", mixinStandardHelpOptions = true, description = "List loaded guides and company reports.")
final class GuidesCommand extends BaseCommand {
    @Parameters(index = "0", arity = "0..1", paramLabel = "QUERY", description = "Guide id, company or role (substring).")
    String query;

    GuidesCommand(Context ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        String format = options.format(Set.of("table", "json", "markdown", "csv"));
        Seeds loaded = options.seeds(ctx);
        List<Guide> guides = loaded.guides(query);
        List<Report> reports = Query.reports(loaded.reports(), query);
        if (query != null && guides.isEmpty() && reports.isEmpty()) {
            throw InputException.usage("nothing matches '" + query + "'; known guides: " + Lookup.ids(loaded.guides()));
        }
        ctx.emit(GuidesView.render(format, guides, reports, options.today(ctx), options.style(ctx)));
        return 0;
    }
}
