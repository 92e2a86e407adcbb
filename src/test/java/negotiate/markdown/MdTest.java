package negotiate.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.junit.jupiter.api.Test;

/** Text from files in Markdown output stays text: no HTML, link, image, autolink or code span comes alive. */
class MdTest {
    private static final Parser P = Parser.builder(new MutableDataSet()).build();
    private static final HtmlRenderer H = HtmlRenderer.builder(new MutableDataSet()).build();

    private static String html(String md) {
        return H.render(P.parse(md));
    }

    @Test
    void markupInTextIsShownNotObeyed() {
        for (String hostile : new String[] {"<img src=x onerror=alert(1)>", "[pay](javascript:alert(2))", "![x](http://e/x.png)",
            "<http://evil.example>", "`code`", "a\\b", "<script>alert(1)</script>"}) {
            String rendered = html(Md.text(hostile));
            assertThat(rendered).as(hostile).doesNotContain("<img").doesNotContain("<a ").doesNotContain("<script")
                    .doesNotContain("<code>");
            // and a reader shows exactly the text we were given
            String escaped = hostile.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
            assertThat(rendered).as(hostile).isEqualTo("<p>" + escaped + "</p>\n");
        }
        assertThat(Md.text("[recruiter name] and Ray (Anyscale) 10% *fast*")).isEqualTo("[recruiter name] and Ray (Anyscale) 10% *fast*");
        assertThat(Md.text("[pay](x) <b> `c` \\")).isEqualTo("[pay\\](x) \\<b> \\`c\\` \\\\");
    }
}
