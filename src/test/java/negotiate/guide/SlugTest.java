package negotiate.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Weights & Biases|weights-and-biases",
        "Hugging Face|hugging-face",
        "  --Anyscale--  |anyscale",
        "Zürich|zurich",
        "Société Générale|societe-generale",
        "ML Platform Engineer (L5)|ml-platform-engineer-l5",
        "São Paulo|sao-paulo",
        "Straße|straße",
        "東京|東京",
        "Яндекс Cloud|яндекс-cloud",
        "Ωmega|ωmega",
        "🚀 Rocket|rocket",
        "a__b..c|a-b-c",
    })
    void examples(String name, String slug) {
        assertThat(Slug.of(name)).isEqualTo(slug);
    }

    /** The definition written as regexes; the one-pass version must agree with it on any text. */
    private static String reference(String name) {
        String s = Normalizer.normalize(name.replace("&", " and "), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{Nd}]+", "-");
        return s.replaceAll("^-+|-+$", "");
    }

    @Test
    void agreesWithTheRegexDefinitionOnRandomText() {
        Random rnd = new Random(20261122);
        String alphabet = "aZ09 -_&./éüÅçßİıǅ\u0301\u20dd\u0903東😀\t";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            int len = rnd.nextInt(12);
            for (int i = 0; i < len; i++) {
                b.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0, rnd.nextInt(alphabet.codePointCount(0, alphabet.length())))));
            }
            String s = b.toString();
            assertThat(Slug.of(s)).as("slug of [%s]", s).isEqualTo(reference(s));
        }
    }
}
