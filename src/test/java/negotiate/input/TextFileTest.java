package negotiate.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextFileTest {
    private static byte[] bytes(int... b) {
        byte[] out = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            out[i] = (byte) b[i];
        }
        return out;
    }

    @Test
    void decodesUtf8SkipsTheByteOrderMarkAndNormalisesLineEnds() throws TextFile.ReadFailure {
        assertThat(TextFile.decode("a\r\nb\rc\n€ 5 — Zürich".getBytes(StandardCharsets.UTF_8), "f")).isEqualTo("a\nb\nc\n€ 5 — Zürich");
        assertThat(TextFile.decode(bytes(0xEF, 0xBB, 0xBF, 'x'), "f")).isEqualTo("x");
        assertThat(TextFile.decode("keeps a real \uFFFD".getBytes(StandardCharsets.UTF_8), "f")).isEqualTo("keeps a real \uFFFD");
    }

    @Test
    void invalidBytesAreOneDiagnosticWithLineAndOffset() {
        assertThatThrownBy(() -> TextFile.decode(bytes('a', '\n', 'b', 0xFF), "f.md"))
                .isInstanceOfSatisfying(TextFile.ReadFailure.class, e -> {
                    assertThat(e.diagnostic().code()).isEqualTo("encoding");
                    assertThat(e.diagnostic().line()).isEqualTo(2);
                    assertThat(e.diagnostic().message()).isEqualTo("not valid UTF-8 at byte offset 3 (byte 0xFF): save the file as UTF-8");
                });
        // an overlong encoding, an encoded surrogate and a cut-off sequence are not UTF-8 either
        for (byte[] bad : new byte[][] {bytes(0xC0, 0x80), bytes(0xED, 0xA0, 0x80), bytes('x', 0xE2, 0x82)}) {
            assertThatThrownBy(() -> TextFile.decode(bad, "f")).isInstanceOf(TextFile.ReadFailure.class);
        }
        // malformed bytes next to a real U+FFFD are still found
        byte[] mixed = ("\uFFFD ok").getBytes(StandardCharsets.UTF_8);
        byte[] withBad = new byte[mixed.length + 1];
        System.arraycopy(mixed, 0, withBad, 0, mixed.length);
        withBad[mixed.length] = (byte) 0x80;
        assertThatThrownBy(() -> TextFile.decode(withBad, "f")).isInstanceOf(TextFile.ReadFailure.class);
    }

    /** The fast path agrees with a strict decoder on any bytes: same text when valid, a failure when not. */
    @Test
    void agreesWithAStrictDecoderOnRandomBytes() {
        Random rnd = new Random(20261122);
        int[] alphabet = {'a', ' ', '\n', '\r', 0xC3, 0xA9, 0xE2, 0x82, 0xAC, 0xEF, 0xBF, 0xBD, 0xF0, 0x9F, 0x98, 0x80, 0xFF, 0xC0, 0xED, 0xA0};
        for (int n = 0; n < 20_000; n++) {
            byte[] b = new byte[rnd.nextInt(10)];
            for (int i = 0; i < b.length; i++) {
                b[i] = (byte) alphabet[rnd.nextInt(alphabet.length)];
            }
            String strict;
            try {
                strict = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
                if (strict.startsWith("\uFEFF")) {
                    strict = strict.substring(1);
                }
                strict = strict.replace("\r\n", "\n").replace('\r', '\n');
            } catch (CharacterCodingException e) {
                strict = null;
            }
            String ours;
            try {
                ours = TextFile.decode(b, "f");
            } catch (TextFile.ReadFailure e) {
                ours = null;
            }
            assertThat(ours).as("bytes %s", java.util.Arrays.toString(b)).isEqualTo(strict);
        }
    }
}
