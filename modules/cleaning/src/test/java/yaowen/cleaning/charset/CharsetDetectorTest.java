package yaowen.cleaning.charset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import yaowen.cleaning.CleanedArticle.CharsetSource;

class CharsetDetectorTest {
    private static final String TEXT = "<html><body><p>会议指出，2022年全县经济社会发展稳中有进，重点项目建设扎实推进，"
            + "人民群众获得感持续增强。会议强调，要坚持项目为王，统筹推进乡村振兴。</p></body></html>";
    private static final String TRADITIONAL = "<html><body><p>會議指出，這一年來全區經濟社會發展穩中有進，重點項目建設紮實推進，"
            + "人民群眾獲得感持續增強。會議強調，要堅持項目為王，統籌推進鄉村振興。</p></body></html>";

    @Test
    void decodesUndeclaredGbkPage() {
        DetectedCharset d = CharsetDetector.detect(TEXT.getBytes(Charset.forName("GBK")), Optional.empty());
        assertThat(d.charset()).isEqualTo(CharsetDetector.GB18030);
        assertThat(d.source()).isEqualTo(CharsetSource.DETECTED);
    }

    @Test
    void decodesUndeclaredBig5Page() {
        DetectedCharset d = CharsetDetector.detect(TRADITIONAL.getBytes(CharsetDetector.BIG5), Optional.empty());
        assertThat(d.charset()).isEqualTo(CharsetDetector.BIG5);
        assertThat(d.source()).isEqualTo(CharsetSource.DETECTED);
    }

    @Test
    void detectsUndeclaredUtf8() {
        DetectedCharset d = CharsetDetector.detect(TEXT.getBytes(StandardCharsets.UTF_8), Optional.empty());
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(d.source()).isEqualTo(CharsetSource.DETECTED);
    }

    @Test
    void trustsMetaDeclarationThatFitsTheBytes() {
        String page = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">" + TEXT;
        DetectedCharset d = CharsetDetector.detect(page.getBytes(Charset.forName("GBK")), Optional.empty());
        assertThat(d.charset()).isEqualTo(CharsetDetector.GB18030);
        assertThat(d.source()).isEqualTo(CharsetSource.META);
    }

    @Test
    void ignoresGbDeclarationOnUtf8Bytes() {
        String page = "<meta charset=\"gb2312\">" + TEXT;
        DetectedCharset d = CharsetDetector.detect(page.getBytes(StandardCharsets.UTF_8), Optional.empty());
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(d.source()).isEqualTo(CharsetSource.DETECTED);
    }

    @Test
    void prefersHeaderCharsetOverMetaWhenBothFit() {
        String page = "<meta charset=\"utf-8\">" + TEXT;
        DetectedCharset d = CharsetDetector.detect(page.getBytes(StandardCharsets.UTF_8),
                Optional.of("text/html; charset=UTF-8"));
        assertThat(d.source()).isEqualTo(CharsetSource.HEADER);
    }

    @Test
    void fallsBackToMetaWhenHeaderDoesNotFit() {
        String page = "<meta charset=\"gbk\">" + TEXT;
        DetectedCharset d = CharsetDetector.detect(page.getBytes(Charset.forName("GBK")),
                Optional.of("text/html; charset=utf-8"));
        assertThat(d.charset()).isEqualTo(CharsetDetector.GB18030);
        assertThat(d.source()).isEqualTo(CharsetSource.META);
    }

    @Test
    void byteOrderMarkWins() {
        byte[] body = ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_8);
        DetectedCharset d = CharsetDetector.detect(body, Optional.of("text/html; charset=gbk"));
        assertThat(d.source()).isEqualTo(CharsetSource.BOM);
        assertThat(d.bomLength()).isEqualTo(3);
    }

    @Test
    void pureAsciiIsUtf8ByDefault() {
        DetectedCharset d = CharsetDetector.detect("<p>hello</p>".getBytes(StandardCharsets.US_ASCII), Optional.empty());
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(d.source()).isEqualTo(CharsetSource.DEFAULT);
    }

    @ParameterizedTest
    @CsvSource({"gb2312, GB18030", "GBK, GB18030", "x-gbk, GB18030", "cp936, GB18030", "gb18030, GB18030",
        "big5, Big5", "utf8, UTF-8", "UTF-8, UTF-8"})
    void readsChineseLabelsAsTheirSuperset(String label, String expected) {
        assertThat(CharsetDetector.forLabel(label)).map(Charset::name).contains(expected);
    }

    @Test
    void neverModifiesTheBody() {
        byte[] body = TEXT.getBytes(Charset.forName("GBK"));
        byte[] copy = body.clone();
        CharsetDetector.detect(body, Optional.empty());
        assertThat(body).isEqualTo(copy);
    }

    @Test
    void theDetectionDecodesTheBodyAsTheCharsetWouldWhetherOrNotItKeptItsTrialDecoding() {
        String small = "<meta charset=gb2312>" + TEXT;
        String large = small + "<p>" + "会议强调，要坚持项目为王。".repeat(8000) + "</p>";
        for (String page : new String[] {small, large}) {
            byte[] body = page.getBytes(Charset.forName("GBK"));
            CharsetDetector.Detection d = CharsetDetector.detectForDecoding(body, Optional.empty());
            assertThat(d.charset()).isEqualTo(CharsetDetector.detect(body, Optional.empty()));
            assertThat(d.text()).isEqualTo(new String(body, CharsetDetector.GB18030)).isEqualTo(page);
        }
        byte[] undeclared = TRADITIONAL.getBytes(CharsetDetector.BIG5);
        assertThat(CharsetDetector.detectForDecoding(undeclared, Optional.empty()).text()).isEqualTo(TRADITIONAL);
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheDecodedText() {
        byte[] body = ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_8);
        assertThat(CharsetDetector.detectForDecoding(body, Optional.empty()).text()).isEqualTo(TEXT);
    }
}
