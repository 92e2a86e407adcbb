package negotiate.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import negotiate.input.InputException;
import picocli.CommandLine.Model.OptionSpec;

/**
 * One option, declared once with its type: the constant builds the picocli declaration (names,
 * label, help) and reads the value back converted, so no option name is written twice and a value
 * that cannot be converted is a usage error naming the option. (Programmatic picocli for start-up:
 * annotations cost ~60 ms a run; see DECISIONS.md.)
 */
final class Opt<T> {
    /** How the text becomes a value; a switch rather than a lambda per option (start-up). */
    private enum Type { TEXT, FILE, MANY, FILES, FLAG, DATE, CHOICE, COUNTS, COUNT }

    private final Type type;
    private final String[] names;
    private final String label;
    private final String description;
    private final boolean required;
    private final T otherwise;
    private final Enum<?>[] choices;

    private Opt(Type type, String[] names, String label, String description, boolean required, T otherwise,
            Enum<?>[] choices) {
        this.type = type;
        this.names = names;
        this.label = label;
        this.description = description;
        this.required = required;
        this.otherwise = otherwise;
        this.choices = choices;
    }

    /** A value as typed. */
    static Opt<String> text(String label, String description, String... names) {
        return new Opt<>(Type.TEXT, names, label, description, false, null, null);
    }

    /** A file or folder (the shell completes file names); `-` is standard input where a command reads one. */
    static Opt<String> file(String label, String description, String... names) {
        return new Opt<>(Type.FILE, names, label, description, false, null, null);
    }

    /** A repeatable file option. */
    static Opt<List<String>> files(String label, String description, String... names) {
        return new Opt<>(Type.FILES, names, label, description, false, List.of(), null);
    }

    /** A repeatable option: every value, in the order given. */
    static Opt<List<String>> many(String label, String description, String... names) {
        return new Opt<>(Type.MANY, names, label, description, false, List.of(), null);
    }

    /** One whole number of 1 or more. */
    static Opt<Integer> count(String label, String description, String... names) {
        return new Opt<>(Type.COUNT, names, label, description, false, null, null);
    }

    /** A repeatable whole number of 1 or more (a lever's number), in the order given. */
    static Opt<List<Integer>> counts(String label, String description, String... names) {
        return new Opt<>(Type.COUNTS, names, label, description, false, List.of(), null);
    }

    /** On or off. */
    static Opt<Boolean> flag(String description, String... names) {
        return new Opt<>(Type.FLAG, names, null, description, false, Boolean.FALSE, null);
    }

    /** A date, YYYY-MM-DD; an impossible one (2026-02-30) is a usage error. */
    static Opt<LocalDate> date(String description, String... names) {
        return new Opt<>(Type.DATE, names, "DATE", description, false, null, null);
    }

    /** One of an enum's constants, typed in any case. */
    static <E extends Enum<E>> Opt<E> choice(Class<E> of, E otherwise, String description, String... names) {
        E[] all = of.getEnumConstants();
        List<String> labels = new ArrayList<>();
        for (E e : all) {
            labels.add(e.name().toLowerCase(Locale.ROOT));
        }
        return new Opt<>(Type.CHOICE, names, String.join("|", labels), description, false, otherwise, all);
    }

    /** The same option, required. */
    Opt<T> required() {
        return new Opt<>(type, names, label, description, true, otherwise, choices);
    }

    /** The same option with a value when not given. */
    Opt<T> otherwise(T value) {
        return new Opt<>(type, names, label, description, required, value, choices);
    }

    /** The first (long) name, for messages. */
    String name() {
        return names[names.length - 1];
    }

    String[] names() {
        return names.clone();
    }

    boolean takesValue() {
        return type != Type.FLAG;
    }

    /** The picocli declaration (a new one per command model: picocli keeps values in it). */
    OptionSpec spec() {
        List<String> values = null;
        if (choices != null) {
            values = new ArrayList<>();
            for (Enum<?> e : choices) {
                values.add(e.name().toLowerCase(Locale.ROOT));
            }
        }
        return spec(label, values);
    }

    /**
     * The same with another value label and the values the shell completes (a command offering only
     * some formats); null completes nothing special.
     */
    OptionSpec spec(String shownLabel, List<String> completions) {
        OptionSpec.Builder b = OptionSpec.builder(names).description(description).required(required);
        if (completions != null) {
            b.completionCandidates(completions);
        }
        return switch (type) {
            case FLAG -> b.type(boolean.class).build();
            case MANY, COUNTS -> b.paramLabel(label).type(List.class).auxiliaryTypes(String.class).build();
            case FILES -> b.paramLabel(label).type(List.class).auxiliaryTypes(java.io.File.class).build();
            case FILE -> b.paramLabel(shownLabel).type(java.io.File.class).build();
            default -> b.paramLabel(shownLabel).type(String.class).build();
        };
    }

    /** The value given to the command, converted, or the default. */
    @SuppressWarnings("unchecked")
    T in(Parsed p) {
        Object raw = p.raw(names[0]);
        if (type == Type.FLAG) {
            return (T) Boolean.valueOf(Boolean.TRUE.equals(raw));
        }
        if (type == Type.MANY) {
            return raw == null ? otherwise : (T) List.copyOf((List<String>) raw);
        }
        if (type == Type.COUNTS) {
            if (raw == null) {
                return otherwise;
            }
            List<Integer> out = new ArrayList<>();
            for (Object v : (List<?>) raw) {
                out.add(count(name(), (String) v));
            }
            return (T) List.copyOf(out);
        }
        if (type == Type.FILES) {
            if (raw == null) {
                return otherwise;
            }
            List<String> paths = new ArrayList<>();
            for (Object f : (List<?>) raw) {
                paths.add(((java.io.File) f).getPath());
            }
            return (T) List.copyOf(paths);
        }
        if (type == Type.FILE) {
            return raw == null ? otherwise : (T) ((java.io.File) raw).getPath();
        }
        if (raw == null) {
            return otherwise;
        }
        String text = (String) raw;
        return switch (type) {
            case DATE -> (T) day(name(), text);
            case COUNT -> (T) Integer.valueOf(count(name(), text));
            case CHOICE -> (T) choice(text);
            default -> (T) text;
        };
    }

    private Enum<?> choice(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (Enum<?> e : choices) {
            if (e.name().toLowerCase(Locale.ROOT).equals(t)) {
                return e;
            }
        }
        throw InputException.usage(name() + " " + text + ": use " + label.replace("|", ", "));
    }

    /** A whole number of 1 or more; anything else is a usage error naming the option. */
    static int count(String option, String text) {
        String t = text.strip();
        if (t.matches("\\d{1,6}") && Integer.parseInt(t) >= 1) {
            return Integer.parseInt(t);
        }
        throw InputException.usage(option + " " + text + ": give a whole number" + (t.matches("\\d{7,}") ? " below a million"
                : " of 1 or more"));
    }

    /** A date option's value (YYYY-MM-DD, a real day); anything else is a usage error naming the option. */
    static LocalDate day(String option, String text) {
        String t = text.strip();
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            throw InputException.usage(option + " " + text + (t.matches("\\d{4}-\\d{2}-\\d{2}")
                    ? ": there is no such day" : ": write the date as YYYY-MM-DD"));
        }
    }
}
