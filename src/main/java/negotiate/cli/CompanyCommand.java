package negotiate.cli;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import negotiate.guide.Report;
import negotiate.input.InputException;
import negotiate.render.CompanyView;
import negotiate.render.Format;
import negotiate.repository.Query;
import negotiate.repository.Seeds;
import picocli.CommandLine.Model.CommandSpec;

/** `negotiate company QUERY`: a company report's valuation, scenarios and the chance equity goes to zero. */
final class CompanyCommand extends BaseCommand {
    private final String query;

    static final Arg QUERY = Arg.at(0, "1", "QUERY", "Company name or slug.");

    static final Set<Format> FORMATS = EnumSet.of(Format.TABLE, Format.JSON, Format.MARKDOWN);

    static CommandSpec spec() {
        return Specs.examples(Specs.command("company", "A company report: valuation, exit and risk scenarios.", FORMATS,
                QUERY),
                "negotiate company hugging-face",
                "negotiate company hugging-face -o json");
    }

    CompanyCommand(Context ctx, Parsed p) {
        super(ctx, p);
        query = QUERY.one(p);
    }

    @Override
    ExitCode call() {
        options.noCurrency("company");
        Format format = options.format(FORMATS);
        Seeds loaded = options.guides(ctx);
        List<Report> found = Query.reports(loaded.reports(), query);
        if (found.isEmpty()) {
            throw InputException.usage("no company report matches '" + query + "'; known reports: "
                    + (loaded.reports().isEmpty() ? "(none)" : String.join(", ", loaded.reports().stream().map(Report::id).toList())));
        }
        if (found.size() > 1 && found.stream().map(Report::id).distinct().count() == 1) {
            throw InputException.usage("'" + query + "' is the report " + found.get(0).id() + " in " + found.size() + " files ("
                    + String.join(", ", found.stream().map(Report::file).toList()) + "): keep one (negotiate validate names the duplicate)");
        }
        if (found.size() > 1) {
            throw InputException.usage("'" + query + "' matches " + found.size() + " reports: "
                    + String.join(", ", found.stream().map(Report::id).toList()) + "; give one of these ids");
        }
        // what the report's scenarios cannot use (a second exit table, a sum short of 100 %) is said, not left to validate
        for (negotiate.input.Diagnostic d : loaded.diagnostics(found.get(0).file(), "report-scenarios")) {
            ctx.err().println("negotiate: " + negotiate.render.Visible.of(d.render()));
        }
        emit(format, CompanyView.render(format, found.get(0), options.style(ctx)));
        return ExitCode.OK;
    }
}
