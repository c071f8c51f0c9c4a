package yaowen.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class HtmlTest {
    @Test
    void escapesMarkupAndQuotes() {
        assertThat(Html.escape("<a href=\"x\">'&'</a>")).isEqualTo("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
        assertThat(Html.escape(null)).isEmpty();
    }

    @Test
    void keepsOnlyHttpLinks() {
        assertThat(Html.href("http://a.gov.cn/?x=1&y=2")).isEqualTo("http://a.gov.cn/?x=1&amp;y=2");
        assertThat(Html.href(" JavaScript:alert(1)")).isEqualTo("#");
        assertThat(Html.href("data:text/html,x")).isEqualTo("#");
    }

    @ParameterizedTest
    @ValueSource(strings = {"410202|2021-01-27|A+B", "龙亭区 会议/2021", "100%", "a~b.c_d-e"})
    void encodedKeysDecodeToThemselves(String key) {
        String encoded = Html.encodeSegment(key);
        assertThat(encoded).doesNotContain("/", "|", "+", " ");
        assertThat(Html.decodeSegment(encoded)).isEqualTo(key);
    }

    @Test
    void malformedEscapesAreRejected() {
        assertThatThrownBy(() -> Html.decodeSegment("%Z1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Html.decodeSegment("abc%2")).isInstanceOf(IllegalArgumentException.class);
    }
}
