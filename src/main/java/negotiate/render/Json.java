package negotiate.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import negotiate.money.MoneyFormat;

/** Builds one JSON document with Jackson's streaming generator; amounts at most 2 decimals, never exponents. */
public final class Json {
    private static final JsonFactory FACTORY = new JsonFactory();

    /** C1 controls and bidi overrides escaped as \\uXXXX too (Jackson escapes C0 itself): JSON that is shown stays inert. */
    private static final com.fasterxml.jackson.core.io.CharacterEscapes ESCAPES = new com.fasterxml.jackson.core.io.CharacterEscapes() {
        private final int[] ascii = standardAsciiEscapesForJSON();

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public com.fasterxml.jackson.core.SerializableString getEscapeSequence(int ch) {
            if (ch == 0x7f || ch >= 0x80 && ch < 0xa0 || ch >= 0x202a && ch <= 0x202e || ch >= 0x2066 && ch <= 0x2069
                    || ch == 0x200e || ch == 0x200f || ch == 0x61c) {
                return new com.fasterxml.jackson.core.io.SerializedString(String.format("\\u%04x", ch));
            }
            return null;
        }
    };
    private final StringWriter buffer = new StringWriter();
    private final JsonGenerator g;

    public Json() {
        try {
            g = FACTORY.createGenerator(buffer);
            g.setCharacterEscapes(ESCAPES);
            g.useDefaultPrettyPrinter();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public interface Body {
        void write(Json j) throws IOException;
    }

    public Json object(Body body) {
        try {
            g.writeStartObject();
            body.write(this);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public Json object(String name, Body body) throws IOException {
        g.writeFieldName(name);
        return object(body);
    }

    public Json array(String name, Body body) throws IOException {
        g.writeFieldName(name);
        g.writeStartArray();
        body.write(this);
        g.writeEndArray();
        return this;
    }

    public Json str(String name, String value) throws IOException {
        if (value == null) {
            g.writeNullField(name);
        } else {
            g.writeStringField(name, value);
        }
        return this;
    }

    public Json str(String value) throws IOException {
        g.writeString(value);
        return this;
    }

    public Json strings(String name, List<String> values) throws IOException {
        return array(name, j -> {
            for (String v : values) {
                j.str(v);
            }
        });
    }

    public Json num(String name, BigDecimal value) throws IOException {
        g.writeFieldName(name);
        if (value == null) {
            g.writeNull();
        } else {
            g.writeNumber(MoneyFormat.json(value));
        }
        return this;
    }

    /** An exchange rate, printed as given (up to 6 decimals, e.g. JPY/USD 0.0068). */
    public Json rate(String name, BigDecimal value) throws IOException {
        g.writeFieldName(name);
        if (value == null) {
            g.writeNull();
        } else {
            g.writeNumber(value.setScale(6, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString());
        }
        return this;
    }

    public Json num(String name, long value) throws IOException {
        g.writeNumberField(name, value);
        return this;
    }

    public Json bool(String name, boolean value) throws IOException {
        g.writeBooleanField(name, value);
        return this;
    }

    public Json nul(String name) throws IOException {
        g.writeNullField(name);
        return this;
    }

    @Override
    public String toString() {
        try {
            g.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toString() + "\n";
    }
}
