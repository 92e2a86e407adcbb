package negotiate.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class InputExceptionTest {

    @Test
    void severalDiagnosticsAreListedOnePerLineInLineOrder() {
        InputException e = InputException.data(List.of(
                Diagnostic.error("o.yaml", 5, 5, "offer", "second"),
                Diagnostic.error("o.yaml", 4, 9, "offer", "first, later column"),
                Diagnostic.error("o.yaml", 4, 3, "offer", "first")));
        assertThat(e.kind()).isEqualTo(InputException.Kind.DATA);
        assertThat(e.getMessage()).isEqualTo("""
                o.yaml:4:3: error: first [offer]
                o.yaml:4:9: error: first, later column [offer]
                o.yaml:5:5: error: second [offer]""");
        assertThat(e.diagnostics()).extracting(Diagnostic::line).containsExactly(4, 4, 5);
    }

    @Test
    void oneDiagnosticReadsAsBefore() {
        Diagnostic d = Diagnostic.error("o.yaml", 3, 11, "offer", "base is zero");
        assertThat(InputException.data(List.of(d)).getMessage()).isEqualTo(InputException.data(d).getMessage())
                .isEqualTo("o.yaml:3:11: error: base is zero [offer]");
        assertThat(InputException.usage("x").diagnostics()).isEmpty();
    }
}
