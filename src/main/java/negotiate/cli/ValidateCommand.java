package negotiate.cli;

import java.util.List;
import java.util.Set;
import negotiate.check.Validation;
import negotiate.guide.SeedRepository;
import negotiate.guide.Seeds;
import negotiate.render.ValidateView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `negotiate validate [PATH...] [--strict]`: every problem of every file; exit 1 on errors. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check guides: errors and warnings with file:line:column. Exit 1 on errors (or warnings with --strict).")
final class ValidateCommand extends BaseCommand {
    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Directories or files (default: the seeds lookup).")
    List<String> paths = List.of();

    @Option(names = "--strict", description = "Warnings fail too.")
    boolean strict;

    ValidateCommand(Context ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        String format = options.format(Set.of("table", "json", "github"));
        Seeds loaded = paths.isEmpty() ? options.seeds(ctx) : SeedRepository.loadPaths(paths, ctx.env());
        Validation v = Validation.of(loaded.files(), options.today(ctx));
        ctx.emit(ValidateView.render(format, v, options.style(ctx)));
        return v.errors() > 0 || strict && v.warnings() > 0 ? 1 : 0;
    }
}
