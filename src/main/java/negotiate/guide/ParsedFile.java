package negotiate.guide;

import java.util.List;
import negotiate.input.Diagnostic;
import negotiate.input.Severity;

/** The outcome of reading one seeds file: what it is, what it holds and what is wrong with it. */
public record ParsedFile(String file, Kind kind, Guide guide, Report report, List<Diagnostic> diagnostics) {

    /** What a file turned out to be. */
    public enum Kind {
        GUIDE, REPORT, UNKNOWN;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public String id() {
        return guide != null ? guide.id() : report != null ? report.id() : null;
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }
}
