package yaowen.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArticleLinesTest {
    @Test
    void aLabelInOneCellIsReadWithTheValueInTheNext() {
        ArticleLines lines = new ArticleLines(Optional.empty(), Optional.empty(), false);
        lines.header(List.of("索 引 号：", "11410202MB1/2023-00298", "发布机构：", "示范区发展和改革委员会", "发布日期：", "2023年02月20日"));
        lines.content(List.of("经区政府研究同意,现将重点建设项目名单予以公布。"));
        assertThat(lines.source()).contains("示范区发展和改革委员会");
        assertThat(lines.publishTime(Optional.empty(), Optional.empty()).map(t -> t.iso())).contains("2023-02-20");
    }
}
