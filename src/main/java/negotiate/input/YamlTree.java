package negotiate.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * A YAML or JSON document read as an untyped tree of strings with positions. Scalars keep the text
 * the user wrote, so `no` never becomes false, `010` never octal, `1.10` never a binary float; the
 * schema decides types later. Anchors, aliases, duplicate keys, deep nesting and trailing content
 * are errors.
 */
public final class YamlTree {
    private YamlTree() {
    }

    public static final int MAX_DEPTH = 32;

    /** A node of the tree. */
    public sealed interface Node permits Scalar, MapNode, ListNode {
        int line();

        int column();
    }

    /** A scalar with its text as written; `isNull` for `~`, `null` or an empty value. */
    public record Scalar(String text, boolean isNull, boolean isString, int line, int column) implements Node {
    }

    /** A mapping key with its position and value. */
    public record Field(String key, int line, int column, Node value) {
    }

    public record MapNode(Map<String, Field> fields, int line, int column) implements Node {
        public Field get(String key) {
            return fields.get(key);
        }
    }

    public record ListNode(List<Node> items, int line, int column) implements Node {
    }

    /** A parse failure at a position (line is in the parsed text). */
    public static final class ParseError extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final int column;

        public ParseError(String message, int line, int column) {
            super(message, null, false, false);
            this.line = line;
            this.column = column;
        }

        public int line() {
            return line;
        }

        public int column() {
            return column;
        }
    }

    private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxNestingDepth(MAX_DEPTH)
            .maxNumberLength(40)
            .maxStringLength(200_000)
            .maxDocumentLength(1024 * 1024)
            .build();

    private static volatile YAMLFactory yamlFactory;
    private static volatile JsonFactory jsonFactory;

    private static YAMLFactory yaml() {
        if (yamlFactory == null) {
            LoaderOptions lo = new LoaderOptions();
            lo.setAllowDuplicateKeys(false);
            lo.setMaxAliasesForCollections(0);
            lo.setNestingDepthLimit(MAX_DEPTH);
            lo.setCodePointLimit(1024 * 1024);
            lo.setAllowRecursiveKeys(false);
            yamlFactory = YAMLFactory.builder().loaderOptions(lo).streamReadConstraints(LIMITS).build();
        }
        return yamlFactory;
    }

    private static JsonFactory json() {
        if (jsonFactory == null) {
            jsonFactory = JsonFactory.builder().streamReadConstraints(LIMITS)
                    .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_JAVA_COMMENTS).build();
        }
        return jsonFactory;
    }

    /** Parses YAML; an empty document is an empty map. */
    public static Node parseYaml(String text) throws ParseError {
        return parse(text, false);
    }

    public static Node parseJson(String text) throws ParseError {
        return parse(text, true);
    }

    private static Node parse(String text, boolean isJson) throws ParseError {
        control(text);
        try (JsonParser p = isJson ? json().createParser(text) : yaml().createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return new MapNode(new LinkedHashMap<>(), 1, 1);
            }
            Node root = read(p, t, 0);
            JsonToken after;
            try {
                after = p.nextToken();
            } catch (JsonProcessingException e) {
                throw error(e);
            }
            if (after != null) {
                JsonLocation l = p.currentTokenLocation();
                throw new ParseError("unexpected content after the end of the document", l.getLineNr(), l.getColumnNr());
            }
            return root;
        } catch (JsonProcessingException e) {
            throw error(e);
        } catch (IOException e) {
            throw new ParseError("cannot parse: " + e.getMessage(), 1, 1);
        } catch (RuntimeException | StackOverflowError e) {
            // SnakeYAML reports some problems (limits, unusual syntax) with unchecked exceptions
            throw new ParseError("cannot parse: " + firstLine(String.valueOf(e.getMessage())), 1, 1);
        }
    }

    private static ParseError error(JsonProcessingException e) {
        // SnakeYAML knows where the problem is (its "problem mark"); Jackson's location is where the
        // token before it ended, often the line above
        if (e.getCause() instanceof org.yaml.snakeyaml.error.MarkedYAMLException m && m.getProblemMark() != null) {
            String problem = m.getProblem() == null ? "" : m.getProblem();
            // a quote or bracket left open is found at the end of the file: point at where it opened
            org.yaml.snakeyaml.error.Mark at = m.getContextMark() != null && (problem.contains("end of stream")
                    || problem.contains("<stream end>")) ? m.getContextMark() : m.getProblemMark();
            String msg = problem.contains("\\t(TAB)") ? "a tab: YAML indents and separates with spaces only; replace the tab with spaces"
                    : friendly(firstLine(m.getContext() == null ? problem : m.getContext() + ": " + problem));
            return new ParseError(msg, at.getLine() + 1, at.getColumn() + 1);
        }
        JsonLocation l = e.getLocation();
        return new ParseError(friendly(firstLine(e.getOriginalMessage())), l == null ? 1 : Math.max(1, l.getLineNr()), l == null ? 1 : Math.max(1, l.getColumnNr()));
    }

    /** Library messages, reworded to say what to do. */
    static String friendly(String msg) {
        java.util.regex.Matcher dup = java.util.regex.Pattern.compile("Duplicate (?:field|key) '([^']*)'").matcher(msg);
        if (dup.find()) {
            // {grant: ¥30,000,000}: inside braces a comma starts the next entry, so "000" became a key
            return "duplicate key '" + dup.group(1) + "': keep only one" + (dup.group(1).matches("\\d+")
                    ? " (inside { … } a comma separates entries: quote an amount with commas, e.g. grant: \"¥30,000,000\")" : "");
        }
        if (msg.contains("nesting depth")) {
            return "nested deeper than " + MAX_DEPTH + " levels: flatten the structure";
        }
        if (msg.contains("Number value length") || msg.contains("number length")) {
            return "a number is too long: amounts have at most 40 digits";
        }
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("Non-standard token '([^']*)'").matcher(msg);
        if (token.find()) {
            return "'" + token.group(1) + "' is not a number JSON allows: write the amount as a number or a string such as \"$150K\"";
        }
        if (msg.startsWith("while ")) {
            return "malformed YAML (" + msg + "): check brackets, quotes and indentation";
        }
        return msg;
    }

    /**
     * A control character other than tab and line breaks (a NUL, an escape) is refused where it
     * stands: the YAML reader would only say "special characters are not allowed" at 1:1.
     */
    private static void control(String text) throws ParseError {
        int line = 1;
        int col = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                col = 1;
                continue;
            }
            if (c < 0x20 && c != '\t' && c != '\r' || c == 0x7f || c >= 0x80 && c < 0xa0 && c != 0x85) {
                throw new ParseError(String.format(java.util.Locale.ROOT, "a control character (U+%04X) is in the text: remove it", (int) c), line, col);
            }
            col++;
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "malformed document";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }

    private static Node read(JsonParser p, JsonToken t, int depth) throws IOException, ParseError {
        JsonLocation loc = p.currentTokenLocation();
        int line = loc.getLineNr();
        int col = loc.getColumnNr();
        if (depth > MAX_DEPTH) {
            throw new ParseError("nesting deeper than " + MAX_DEPTH + " levels", line, col);
        }
        if (p instanceof YAMLParser yp) {
            if (yp.isCurrentAlias()) {
                throw new ParseError("YAML aliases (*" + p.getText() + ") are not allowed: write the value out", line, col);
            }
            if (p.getObjectId() != null) {
                throw new ParseError("YAML anchors (&" + p.getObjectId() + ") are not allowed: write the value out", line, col);
            }
        }
        switch (t) {
            case START_OBJECT: {
                Map<String, Field> fields = new LinkedHashMap<>();
                JsonToken k;
                while ((k = p.nextToken()) != JsonToken.END_OBJECT) {
                    if (k != JsonToken.FIELD_NAME) {
                        throw new ParseError("expected a key", p.currentTokenLocation().getLineNr(), p.currentTokenLocation().getColumnNr());
                    }
                    String key = p.currentName();
                    int kl = p.currentTokenLocation().getLineNr();
                    int kc = p.currentTokenLocation().getColumnNr();
                    if (p instanceof YAMLParser yp && yp.isCurrentAlias()) {
                        throw new ParseError("YAML aliases are not allowed", kl, kc);
                    }
                    if (fields.containsKey(key)) {
                        throw new ParseError("duplicate key '" + key + "' (first at line " + fields.get(key).line()
                                + "): keep one", kl, kc);
                    }
                    Node v = read(p, p.nextToken(), depth + 1);
                    fields.put(key, new Field(key, kl, kc, v));
                }
                return new MapNode(fields, line, col);
            }
            case START_ARRAY: {
                List<Node> items = new ArrayList<>();
                JsonToken i;
                while ((i = p.nextToken()) != JsonToken.END_ARRAY) {
                    items.add(read(p, i, depth + 1));
                }
                return new ListNode(items, line, col);
            }
            case VALUE_NULL:
                return new Scalar(p.getText() == null ? "" : p.getText(), true, false, line, col);
            case VALUE_STRING:
                return new Scalar(p.getText(), false, true, line, col);
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new Scalar(p.getText(), false, false, line, col);
            default:
                throw new ParseError(t == JsonToken.VALUE_EMBEDDED_OBJECT ? "a tagged value (such as !!binary) is not read here:"
                        + " write the value as plain text" : "unexpected " + t, line, col);
        }
    }
}
