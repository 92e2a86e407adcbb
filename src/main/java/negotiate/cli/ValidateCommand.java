package negotiate.cli;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import negotiate.check.Validation;
import negotiate.guide.ParsedFile;
import negotiate.input.InputException;
import negotiate.render.Format;
import negotiate.render.ValidateView;
import negotiate.repository.SeedRepository;
import picocli.CommandLine.Model.CommandSpec;

/** `negotiate validate [PATH...] [--strict]`: every problem of every file; exit 1 on errors. */
final class ValidateCommand extends BaseCommand {
    private final List<String> paths;
    private final boolean strict;

    static final Arg PATHS = Arg.files(0, "0..*", "PATH", "Directories or files (default: the seeds lookup); - reads standard input.");
    static final Opt<Boolean> STRICT = Opt.flag("Warnings fail too.", "--strict");

    static final Set<Format> FORMATS = EnumSet.of(Format.TABLE, Format.JSON, Format.GITHUB);

    static CommandSpec spec() {
        return Specs.examples(Specs.command("validate", "Check guides: errors and warnings with file:line:column. Exit 1 on errors (or warnings with --strict).", FORMATS,
                PATHS, STRICT),
                "negotiate validate seeds",
                "negotiate validate seeds --strict -o github",
                "negotiate validate - < seeds/004_b5d86265bf3c1cf1.txt");
    }

    ValidateCommand(Context ctx, Parsed p) {
        super(ctx, p);
        paths = PATHS.all(p);
        strict = STRICT.in(p);
    }

    @Override
    ExitCode call() {
        options.noCurrency("validate");
        Format format = options.format(FORMATS);
        List<String> files = new java.util.ArrayList<>(paths);
        boolean stdin = files.remove("-");
        if (files.remove("-")) {
            throw InputException.usage("'-' (standard input) can be given only once");
        }
        ParsedFile piped = stdin ? SeedRepository.parseText("stdin", ctx.stdin()) : null;
        // the seeds' list decodes one file at a time and keeps none: it is never copied (10,000 guides)
        List<ParsedFile> seeds = stdin && files.isEmpty() ? List.of()
                : (files.isEmpty() ? options.seeds(ctx) : SeedRepository.loadPaths(files, ctx.env())).files();
        List<ParsedFile> checked = piped == null ? seeds : new java.util.AbstractList<>() {
            @Override
            public ParsedFile get(int i) {
                return i == 0 ? piped : seeds.get(i - 1);
            }

            @Override
            public int size() {
                return seeds.size() + 1;
            }
        };
        Validation v = Validation.of(checked, options.today(ctx));
        emit(format, ValidateView.render(format, v, options.style(ctx)));
        return v.errors() > 0 || strict && v.warnings() > 0 ? ExitCode.PROBLEMS : ExitCode.OK;
    }
}
