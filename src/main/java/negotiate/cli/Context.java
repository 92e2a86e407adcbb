package negotiate.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

/** What a command may touch outside itself: the output streams, the environment, the terminal and today. */
public final class Context {
    private final OutputStream out;
    private final java.io.InputStream in;
    private boolean inRead;
    private final PrintWriter err;
    private final Map<String, String> env;
    private final boolean tty;
    private LocalDate today;

    /**
     * `today` null means the system clock, read only when a command needs today (reading the time zone
     * costs ~20 ms at start-up).
     */
    public Context(OutputStream out, PrintWriter err, Map<String, String> env, boolean tty, LocalDate today) {
        this(java.io.InputStream.nullInputStream(), out, err, env, tty, today);
    }

    public Context(java.io.InputStream in, OutputStream out, PrintWriter err, Map<String, String> env, boolean tty,
            LocalDate today) {
        this.in = in;
        this.out = out;
        // every message goes through one layer: a control character from a file name or value is shown, not obeyed
        this.err = err == null ? null : new PrintWriter(negotiate.render.Visible.writer(err), true);
        this.env = env;
        this.tty = tty;
        this.today = today;
    }

    /** Thrown when stdout cannot be written; `closedPipe` when the reader went away (not an error). */
    public static final class OutputFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final boolean closedPipe;

        OutputFailure(IOException cause, boolean closedPipe) {
            super(cause.getMessage(), cause, false, false);
            this.closedPipe = closedPipe;
        }

        public boolean closedPipe() {
            return closedPipe;
        }
    }

    /** Writes the whole output at once, so that a failing command has printed nothing. */
    /**
     * The terminal's width in columns: `COLUMNS`, else what the terminal says (`stty size`); 0 — no
     * limit — when the output is not a terminal, so that pipes and files get whole lines.
     */
    private Integer columns;

    int columns() {
        if (columns == null) {
            columns = measure();
        }
        return columns;
    }

    private int measure() {
        if (!tty) {
            return 0;
        }
        String c = env.get("COLUMNS");
        if (c != null && c.strip().matches("\\d{1,4}") && Integer.parseInt(c.strip()) > 0) {
            return Integer.parseInt(c.strip());
        }
        try {
            Process p = new ProcessBuilder("sh", "-c", "stty size < /dev/tty").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
            if (p.waitFor() == 0 && out.matches("\\d+ \\d+")) {
                return Integer.parseInt(out.substring(out.indexOf(' ') + 1));
            }
        } catch (IOException e) {
            // no stty: lay out as if unlimited
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    public void emit(String text) {
        try {
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            String m = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
            throw new OutputFailure(e, m.contains("broken pipe") || m.contains("stream closed"));
        }
    }

    /**
     * Standard input as text, for a FILE argument `-` (read once: a second `-` in one command line is
     * a usage error).
     */
    public String stdin() {
        if (inRead) {
            throw negotiate.input.InputException.usage("'-' (standard input) can be given only once");
        }
        inRead = true;
        try {
            return negotiate.input.TextFile.read(in, "stdin");
        } catch (negotiate.input.TextFile.ReadFailure e) {
            throw negotiate.input.InputException.data(e.diagnostic());
        }
    }

    public PrintWriter err() {
        return err;
    }

    public Map<String, String> env() {
        return env;
    }

    /** Colour only on a terminal, never with NO_COLOR set (to anything), TERM=dumb or --no-color. */
    public boolean color(boolean noColorFlag) {
        String nc = env.get("NO_COLOR");
        return tty && !noColorFlag && (nc == null || nc.isEmpty()) && !"dumb".equals(env.get("TERM"));
    }

    public LocalDate today() {
        if (today == null) {
            today = LocalDate.now();
        }
        return today;
    }
}
