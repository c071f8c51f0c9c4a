package yaowen.cleaning.charset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class BinarySnifferTest {
    @ParameterizedTest
    @ValueSource(strings = {"%PDF-1.7\n%\u00e2\u00e3", "\u0089PNG\r\n\u001a\n", "GIF89a....", "PK\u0003\u0004abcd"})
    void recognisesBinaryMagicNumbers(String start) {
        assertThat(BinarySniffer.binaryKind(start.getBytes(StandardCharsets.ISO_8859_1), 0)).isPresent();
    }

    @Test
    void recognisesNulHeavyBytes() {
        byte[] b = new byte[1000];
        for (int i = 0; i < b.length; i += 3) {
            b[i] = 'a';
        }
        assertThat(BinarySniffer.binaryKind(b, 0)).isPresent();
    }

    @Test
    void acceptsChineseText() {
        assertThat(BinarySniffer.binaryKind("<p>会议指出，经济稳中有进。</p>".getBytes(StandardCharsets.UTF_8), 0)).isEmpty();
    }
}
