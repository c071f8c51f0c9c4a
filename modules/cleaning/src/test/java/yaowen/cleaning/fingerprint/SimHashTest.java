package yaowen.cleaning.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SimHashTest {
    private static final String A = "1月27日，祥符区召开三级干部会议，回顾总结2022年工作，表彰先进，安排部署2023年工作，进一步动员全区上下"
            + "提振精神，锐意进取，奋力在新起点上创造新辉煌。区委书记出席会议并讲话，区长主持会议。各乡镇、单位主要负责人"
            + "及班子成员，各行政村党支部书记、驻村第一书记参加会议。会议宣读了表彰决定，并为先进集体代表颁发了奖牌。";
    private static final String B = "3月20日，市长主持召开市政府常务会议，研究部署一季度经济运行和重点项目建设工作。会议指出，今年以来"
            + "全市经济运行总体平稳，工业生产稳步回升，固定资产投资保持较快增长。会议要求，各部门要紧盯全年目标，狠抓工作落实。"
            + "确保一季度实现良好开局，为全年目标任务完成奠定坚实基础，同时做好安全生产和防汛准备。";

    @Test
    void nearDuplicatesLandClose() {
        String edited = A.replace("表彰先进，", "表彰先进集体，").replace("，", ",") + "(记者 张三)";
        assertThat(SimHash.distance(SimHash.of(A), SimHash.of(edited))).isLessThanOrEqualTo(10);
    }

    @Test
    void reflowedTextHashesAlike() {
        assertThat(SimHash.of(A.replace("。", "。\n"))).isEqualTo(SimHash.of(A));
    }

    @Test
    void differentTextsLandFar() {
        assertThat(SimHash.distance(SimHash.of(A), SimHash.of(B))).isGreaterThanOrEqualTo(18);
    }

    @Test
    void equalsTheStraightforwardBitByBitVoteOnLongMixedText() {
        String text = (A + "ABC def 123 Ｆｕｌｌ 𠀋𠀌 ÄÖÜ " + B).repeat(7); // over 255 shingles, letters of every kind
        assertThat(SimHash.of(text)).isEqualTo(reference(text));
        assertThat(SimHash.of("ab")).isEqualTo(reference("ab"));
        assertThat(SimHash.of("，。 ")).isZero();
    }

    /** The SimHash as first written: code points, one vote per bit per shingle. */
    private static long reference(String text) {
        int[] cps = text.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).toArray();
        int[] votes = new int[64];
        int shingles = Math.max(1, cps.length - 2);
        for (int i = 0; i < shingles; i++) {
            long h = 0xcbf29ce484222325L;
            for (int k = i; k < Math.min(cps.length, i + 3); k++) {
                h ^= cps[k];
                h *= 0x100000001b3L;
            }
            h = (h ^ (h >>> 33)) * 0xff51afd7ed558ccdL;
            h = (h ^ (h >>> 33)) * 0xc4ceb9fe1a85ec53L;
            h = h ^ (h >>> 33);
            for (int bit = 0; bit < 64; bit++) {
                votes[bit] += (int) ((h >>> bit) & 1L);
            }
        }
        long out = 0L;
        for (int bit = 0; bit < 64; bit++) {
            if (votes[bit] * 2 > shingles) {
                out |= 1L << bit;
            }
        }
        return out;
    }

    @Test
    void contentHashIsHexSha256() {
        assertThat(ContentHash.sha256Hex("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
