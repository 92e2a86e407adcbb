package negotiate.check;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import negotiate.comp.BandCalculator;
import negotiate.comp.NormalisedBand;
import negotiate.guide.Band;
import negotiate.guide.Guide;
import negotiate.guide.ParsedFile;
import negotiate.input.Diagnostic;
import negotiate.input.Severity;
import negotiate.money.Money;
import negotiate.money.MoneyFormat;
import negotiate.money.RateTable;

/**
 * The `validate` report: every file with every problem, parse problems first, then the checks that
 * need the whole guide (stale review dates, stated totals that do not add up).
 */
public record Validation(List<FileResult> files, int errors, int warnings) {

    /** One file's kind, id and diagnostics, sorted by position. */
    public record FileResult(String file, ParsedFile.Kind kind, String id, List<Diagnostic> diagnostics) {
    }

    private static final BigDecimal TOLERANCE = new BigDecimal("0.02");

    public static Validation of(List<ParsedFile> parsed, LocalDate today) {
        FileResult[] files = new FileResult[parsed.size()];
        if (files.length > 16) {
            // thousands of files: checked on every core, each decoded, checked and dropped in turn
            IntStream.range(0, files.length).parallel().forEach(k -> files[k] = check(parsed.get(k), today));
        } else {
            for (int k = 0; k < files.length; k++) {
                files[k] = check(parsed.get(k), today);
            }
        }
        int errors = 0;
        int warnings = 0;
        for (FileResult f : files) {
            for (Diagnostic x : f.diagnostics()) {
                if (x.severity() == Severity.ERROR) {
                    errors++;
                } else {
                    warnings++;
                }
            }
        }
        return new Validation(List.of(files), errors, warnings);
    }

    private static FileResult check(ParsedFile f, LocalDate today) {
        List<Diagnostic> d = new ArrayList<>(f.diagnostics());
        if (f.guide() != null) {
            d.addAll(guideChecks(f.guide(), today));
        }
        d.sort(BY_POSITION);
        return new FileResult(f.file(), f.kind(), f.id(), List.copyOf(d));
    }

    private static final Comparator<Diagnostic> BY_POSITION = new Comparator<>() {
        @Override
        public int compare(Diagnostic a, Diagnostic b) {
            int c = Integer.compare(a.line(), b.line());
            return c != 0 ? c : Integer.compare(a.column(), b.column());
        }
    };

    static List<Diagnostic> guideChecks(Guide g, LocalDate today) {
        List<Diagnostic> out = new ArrayList<>();
        if (g.isStale(today)) {
            out.add(Diagnostic.warning(g.file(), g.reviewLine(), 1, "stale", "review was due " + g.reviewDue()
                    + " (before " + today + "): refresh the bands and move next_review_due forward"));
        }
        RateTable none = new RateTable();
        for (Band b : g.bands()) {
            if (b.stated() == null) {
                continue;
            }
            NormalisedBand n = BandCalculator.normalise(g, b, null, null, none);
            if (off(n.annual().low(), b.stated().low()) || off(n.annual().high(), b.stated().high())) {
                out.add(Diagnostic.warning(g.file(), b.line(), 1, "stated-total", "'" + b.region() + "' states total comp "
                        + MoneyFormat.whole(new Money(b.stated().low(), b.currency())) + "–"
                        + MoneyFormat.whole(new Money(b.stated().high(), b.currency())) + " but base + equity/"
                        + b.equityYears() + " + bonus come to " + MoneyFormat.whole(new Money(n.annual().low(), b.currency()))
                        + "–" + MoneyFormat.whole(new Money(n.annual().high(), b.currency())) + " (more than 2% apart)"));
            }
        }
        return out;
    }

    private static boolean off(BigDecimal computed, BigDecimal stated) {
        if (computed.signum() == 0) {
            return stated.signum() != 0;
        }
        // |computed - stated| / computed > 2 %, multiplied out (a 34-digit division per band was a tenth of validate's time)
        return computed.signum() > 0 && computed.subtract(stated).abs().compareTo(computed.multiply(TOLERANCE)) > 0;
    }
}
