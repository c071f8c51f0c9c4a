package yaowen.cleaning.boilerplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LiteralStartAlternationTest {
    private static final String[] ALTERNATIVES = {
        "版权所有", "©", "主办单位\\s*[:：]", "ICP备", "ICP证", "建议使用.{0,12}浏览器", ">>\\s*[\\p{IsHan}]{2,10}\\s*$",
        "【\\s*大\\s*】", "更多.{0,16}请访问",
    };
    private static final LiteralStartAlternation FAST = new LiteralStartAlternation(ALTERNATIVES);
    private static final Pattern PLAIN = Pattern.compile(String.join("|", ALTERNATIVES));

    @ParameterizedTest
    @ValueSource(strings = {
        "", "版权所有", "某某市人民政府 版权所有", "版权", "© 2023", "主办单位：某某市人民政府办公室", "主办单位 承办",
        "豫ICP备20003810号", "ICP", "建议使用IE8以上浏览器", "建议使用本站", "首页 >> 新闻中心", "首页 >> 新闻中心 >> x",
        "【 大 】【 中 】", "更多新闻请访问本站", "更多", "会议指出，2022年全县经济运行稳中有进。", ">>", "主",
    })
    void answersWhatFindOnTheWholeAlternationAnswers(String line) {
        assertThat(FAST.find(line)).as(line).isEqualTo(PLAIN.matcher(line).find());
    }

    @Test
    void anAnchorAtTheEndStillMeansTheEndOfTheLine() {
        assertThat(FAST.find("首页 >> 新闻中心")).isTrue();
        assertThat(FAST.find("首页 >> 新闻中心 >> 正文 x")).isFalse();
    }

    @Test
    void refusesAnAlternativeThatDoesNotStartWithALiteral() {
        assertThatThrownBy(() -> new LiteralStartAlternation("\\s*版权")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LiteralStartAlternation("(?:a|b)")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LiteralStartAlternation("a?b")).isInstanceOf(IllegalArgumentException.class);
    }
}
