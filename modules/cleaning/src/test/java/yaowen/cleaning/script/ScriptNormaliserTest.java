package yaowen.cleaning.script;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import yaowen.cleaning.CleanedArticle.Script;

class ScriptNormaliserTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "宛城區(qū)三級(jí)干部會(huì)議 | 宛城區三級干部會議",
        "發(fā)展是第一要?jiǎng)?wù)，是解決 | 發展是第一要，是解決",
        "發(fā)展重?fù)?dān)，全區(qū) | 發展重，全區",
        "會（huì）議 | 會議",
        "村(社區(qū))代表 | 村(社區)代表",
        "会议(扩大)召开 | 会议(扩大)召开",
        "Kim (born 1976) | Kim (born 1976)",
    })
    void removesPinyinGlossesIncludingDamagedOnes(String in, String out) {
        assertThat(PinyinGlosses.remove(in)).isEqualTo(out);
    }

    @Test
    void detectsTraditionalScript() {
        assertThat(ScriptNormaliser.detect("會議回顧總結2024年工作，動員全區上下進一步統一思想")).isEqualTo(Script.TRADITIONAL);
        assertThat(ScriptNormaliser.detect("会议回顾总结2024年工作，动员全区上下进一步统一思想")).isEqualTo(Script.SIMPLIFIED);
    }

    @Test
    void convertsTraditionalToSimplified() {
        assertThat(ScriptNormaliser.normalise("宛城區(qū)三級(jí)干部會(huì)議在區(qū)會(huì)議中心召開(kāi)", Script.TRADITIONAL))
                .isEqualTo("宛城区三级干部会议在区会议中心召开");
    }

    @Test
    void leavesSimplifiedTextAlone() {
        assertThat(ScriptNormaliser.normalise("区委书记出席会议并讲话", Script.SIMPLIFIED)).isEqualTo("区委书记出席会议并讲话");
    }

    @Test
    void foldsFullWidthDigitsLettersAndSpaces() {
        assertThat(ScriptNormaliser.normalise("　　ＧＤＰ增长５．２％，　完成２１５亿元", Script.SIMPLIFIED))
                .isEqualTo("GDP增长5．2％， 完成215亿元");
    }

    @Test
    void collapsesWhitespace() {
        assertThat(ScriptNormaliser.collapseWhitespace(" \t会议\u00A0\u00A0召开 \n")).isEqualTo("会议 召开");
    }
}
