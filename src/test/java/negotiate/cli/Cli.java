package negotiate.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** Runs the whole CLI in-process with captured stdout/stderr, as a user would from a shell. */
public final class Cli {
    public record Result(int exit, String out, String err) {
    }

    public static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    public static Result run(String... args) {
        return run(new HashMap<>(), args);
    }

    public static Result run(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        return run(out, env, args, out);
    }

    public static Result run(OutputStream sink, Map<String, String> env, String[] args, ByteArrayOutputStream captured) {
        StringWriter err = new StringWriter();
        int code = new Main(sink, new PrintWriter(err, true), env, false, TODAY).run(args);
        return new Result(code, captured == null ? "" : captured.toString(StandardCharsets.UTF_8), err.toString());
    }

    public static Map<String, String> env(String... kv) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    private Cli() {
    }
}
