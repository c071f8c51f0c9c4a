package yaowen.cleaning.fields;

import java.util.regex.Pattern;

/**
 * Whether a short word has the shape of a Chinese personal name: a common surname and one or two given
 * characters (two or three after a compound surname), and not a title, an office or a place ({@code 县长},
 * {@code 示范县}, {@code 高新区}). A shape test only: it tells a row of names from a row of links or a bracketed
 * credit from a bracketed word; it does not find names in running text. Stateless and thread-safe.
 */
public final class PersonNames {
    /** The commonest single-character surnames, covering the great majority of people. */
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
            + "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔"
            + "向汤樊岳卫常牛乔司欧葛耿关兰焦柴代尚申房祁庞左安施文甘聂晏鲁殷倪伍翟纪赖单舒包詹景蒙池邢郁童柯祝穆";
    private static final Pattern COMPOUND = Pattern.compile("^(?:欧阳|司马|上官|诸葛|东方|皇甫|尉迟|公孙|慕容|长孙|宇文|司徒|夏侯|令狐|端木|独孤|南宫)");
    /** Endings of titles, offices, bodies and places, which a word of name length may have. */
    private static final Pattern NOT_A_NAME = Pattern.compile(
            "(?:长|书记|主任|委员|主席|代表|干部|同志|领导|县|区|市|镇|乡|村|省|州|局|委|办|部|厅|处|科|所|站|队|会|院|校|报|台|网|社|"
            + "行|试行|扩大|调研|草案|摘要|节选|附件|全文)$");

    private PersonNames() {
    }

    /** Whether {@code word} (no spaces) has the shape of a personal name. */
    public static boolean looksLikeName(String word) {
        int n = word.length();
        if (n < 2 || n > 4 || NOT_A_NAME.matcher(word).find()) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (!Character.isIdeographic(word.charAt(i)) && word.charAt(i) != '·') {
                return false;
            }
        }
        if (COMPOUND.matcher(word).lookingAt()) {
            return n >= 3;
        }
        return n <= 3 && SURNAMES.indexOf(word.charAt(0)) >= 0;
    }

    /** Whether {@code word} names a title, an office, a body or a place rather than a person. */
    public static boolean isOfficeOrPlace(String word) {
        return NOT_A_NAME.matcher(word).find();
    }
}
