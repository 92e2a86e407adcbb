package negotiate.input;

/** How bad a diagnostic is: errors fail `validate`, warnings only under `--strict`. */
public enum Severity {
    ERROR, WARNING;

    public String label() {
        return this == ERROR ? "error" : "warning";
    }
}
