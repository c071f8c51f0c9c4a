package yaowen.cleaning.boilerplate;

import java.util.regex.Pattern;

/**
 * Recognises page chrome in normalised text lines, the way it appears on Chinese government and news
 * sites and on template sites that repost their articles. A line is one of:
 * <ul>
 *   <li>{@link Kind#META}: a line of article metadata (发布时间, 来源, 作者, 记者, 编辑, 浏览次数 …, or a
 *       short byline of a name and a date); fields are read from it and it leaves the body;</li>
 *   <li>{@link Kind#CHROME}: navigation or tools (当前位置, 首页 &gt;&gt; …, 字号 大 中 小, 打印/关闭,
 *       分享到, 上一篇/下一篇, template filler such as 下面是小编为大家整理的…供大家参考; e-paper chrome, link rows,
 *       photo captions and the rest of {@link SiteChrome});</li>
 *   <li>{@link Kind#END}: the start of what follows an article (相关新闻, 相关链接, 热门留言, 推荐访问,
 *       版权所有, 主办单位, 网站标识码, ICP备, 公安备案号, 网站地图 …);</li>
 *   <li>{@link Kind#BODY}: anything else.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class ChromeLines {
    /** What a line is. */
    public enum Kind { BODY, META, CHROME, END }

    private static final int SHORT = 90;

    private static final Pattern DATE = Pattern.compile(
            "(?:19[89]\\d|20\\d\\d)\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}(?![\\d月])"
            // and day-first 24.02.2015: only when the day cannot be a month or a time follows (1.2.2016 is a version)
            + "|(?<![\\d.])(?:1[3-9]|2\\d|3[01])\\.\\d{1,2}\\.(?:19[89]\\d|20\\d\\d)(?![\\d.年])"
            + "|(?<![\\d.])\\d{1,2}\\.\\d{1,2}\\.(?:19[89]\\d|20\\d\\d)(?=\\s+\\d{1,2}:\\d{2})");
    private static final Pattern META_LABEL = Pattern.compile(
            "(?:^|[\\s|｜【\\[(（])(?:发布时间|发布日期|发表时间|发表日期|发稿时间|更新时间|时间|日期|信息来源|文章来源|稿件来源|"
            + "新闻来源|来源|发布机构|发文机构|发布单位|作者|撰稿|撰文|文字|摄影|摄像|供稿|融媒体记者|本报记者|本台记者|特约记者|见习记者|记者|通讯员|"
            + "编辑|责任编辑|责编|编审|审核|审校|校对|终审|初审|复审|签发|监制|主编|值班编辑|实习编辑|发布者|发布人|"
            + "浏览次数|浏览量|浏览|点击数|点击量|点击|阅读数|阅读量|阅读|访问量|访问次数|人气)\\s*[:：]");
    private static final Pattern COUNTER = Pattern.compile(
            "(?:浏览次数|浏览量|点击数|点击量|阅读数|阅读量|访问量|访问次数|阅读|浏览|点击)\\s*[:：]?\\s*\\d+\\s*次?");
    /** Chrome that starts a line: breadcrumbs, tool bars, pagers, QR-code prompts. */
    private static final Pattern CHROME_START = Pattern.compile(
            "^(?:当前位置|您现在的位置|您的位置|你的位置|你现在的位置|现在位置|所在位置|位置)\\s*[:：]"
            + "|^首页\\s*(?:>|＞|»|›|/|-|→)"
            + "|^【?\\s*(?:打印|打印本页|打印文章|打印此文|关闭|关闭窗口|关闭本页|返回顶部|回到顶部|收藏|加入收藏|收藏本页|"
            + "分享|分享到|分享至|扫一扫|微信扫一扫|手机扫一扫|纠错|我要纠错|保存|复制链接|返回|返回列表|返回首页|TOP|top)\\s*】?"
            + "(?:\\s*[【\\[|｜]?\\s*(?:打印|关闭|关闭窗口|返回顶部|收藏|分享|保存|纠错)\\s*[】\\]]?)*\\s*$"
            + "|^(?:分享到|分享至)\\s*[:：]?"
            + "|^(?:上一篇|下一篇|上一条|下一条|上一页|下一页|上篇|下篇)\\s*[:：]"
            + "|^(?:扫描二维码|扫码|长按识别|点击上方|点击蓝字|关注我们|微信公众号)");
    /** Every character a {@link #CHROME_START} match can begin with (a cheap test before it). */
    private static final String CHROME_START_CHARS = "当您你现所位首【打关返回收加分扫微手纠我保复Tt上下长点 \t\n\u000B\f\r";
    /** Chrome anywhere in a line: a breadcrumb tail, font-size switches, template-site filler. */
    private static final LiteralStartAlternation CHROME_ANYWHERE = new LiteralStartAlternation(
            ">>\\s*[\\p{IsHan}]{2,10}\\s*$", "＞＞\\s*[\\p{IsHan}]{2,10}\\s*$", "»\\s*[\\p{IsHan}]{2,10}\\s*$",
            "›\\s*[\\p{IsHan}]{2,10}\\s*$",
            "字号\\s*[:：]?\\s*[【\\[]?\\s*大\\s*中\\s*小", "【\\s*大\\s*】\\s*【\\s*中\\s*】",
            "字体\\s*[:：]?\\s*[【\\[]?\\s*大\\s*中\\s*小",
            "下面是小编为大家整理的", "供大家参考", "以上就是小编", "本文由.{0,20}整理", "欢迎访问.{0,20}网", "更多.{0,16}请访问");
    /** What follows an article, when it starts a line: related links, comments, recommendations. */
    private static final Pattern END_START = Pattern.compile(
            "^【?\\s*(?:相关新闻|相关链接|相关文章|相关阅读|相关推荐|相关报道|相关附件|相关稿件|相关专题|相关视频|相关图集|热门留言|热门评论|网友评论|网友留言|"
            + "发表评论|我要评论|评论列表|推荐阅读|推荐访问|延伸阅读|猜你喜欢|热点推荐|热门推荐|热门文章|更多新闻|更多阅读|"
            + "精彩推荐|最新文章|最新新闻|往期回顾|往期推荐|往期精彩|图片新闻|热点新闻|"
            + "热点排行|新闻排行|点击排行|编辑推荐|视频推荐)\\s*】?\\s*[:：]?");
    /**
     * The site's own footer rows and notices, as they start a line in plain-text copies: a whole word, in a short
     * line without a sentence's punctuation. A body can open a line with such a word too ({@code 合作单位：示范大学}),
     * so the content reader keeps one that prose follows (see {@link #isFooterWord}).
     */
    private static final Pattern FOOTER_START = Pattern.compile(
            "^【?\\s*(?:合作单位|反侵权公告|侵权举报|网站简介|友情链接|版权声明|免责声明|投稿联系电话|投稿电话|投稿邮箱|投稿QQ|"
            + "关于我们)\\s*】?\\s*(?:[:：]|\\s|$)");
    private static final int FOOTER_MAX = SHORT;
    /** What follows an article, anywhere in a line: the site footer. */
    private static final LiteralStartAlternation END_ANYWHERE = new LiteralStartAlternation(
            "版权所有", "Copyright", "copyright", "COPYRIGHT", "©", "主办单位\\s*[:：]", "承办单位\\s*[:：]", "网站标识码",
            "ICP备", "ICP证", "公安备案号", "公网安备", "网站地图", "Powered by", "Produced By", "技术支持\\s*[:：]",
            "联系我们\\s*[|｜]", "建议使用.{0,12}浏览器", "分辨率", "未经授权禁止", "不得转载");

    /** A notice after which no article text follows, however long it is: rights notices and disclaimers. */
    private static final Pattern HARD_END = Pattern.compile(
            "^[【\\[]?\\s*(?:反侵权公告|侵权举报|版权声明|免责声明|版权所有|Copyright|COPYRIGHT|copyright|©)");

    /** A publish-time label right before a date, without a colon: {@code 发布时间 2005/05/17 22:11:42 by 眉间尺}. */
    private static final LiteralStartAlternation LABEL_BEFORE_DATE = labelsBeforeDate(
            "发布时间", "发布日期", "发表时间", "发表日期", "发稿时间", "更新时间", "发布于", "发表于");
    /** A forum post stamp: {@code 本贴由 大卫 于2005年8月12日16:12:21在〖心灵体操〗发表.} */
    private static final Pattern POST_STAMP = Pattern.compile(
            "[于在]\\s*(?:19[89]|20\\d)\\d\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}\\s*日?\\s*(?:T|&nbsp;)?\\s*"
            + "\\d{1,2}\\s*[:：时]\\s*\\d{1,2}[^。，,；;]{0,40}?(?:发表|发布|发贴|发帖)\\s*[.。]?\\s*$");
    /** A web address in a byline ({@code http://house.sina.com.cn 2005年03月31日03:18 北京娱乐信报}): a site name. */
    private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)[-\\w.:/~%?=&#]+");
    private static final Pattern BYLINE_NOISE = Pattern.compile("[\\d:：日号\\sT|｜/]+");

    private ChromeLines() {
    }

    /** What {@code line} (already normalised, trimmed) is. */
    public static Kind classify(String line) {
        if (line.isEmpty()) {
            return Kind.CHROME;
        }
        if (line.length() > SHORT) {
            return line.contains("小编") && isChrome(line) ? Kind.CHROME : Kind.BODY;
        }
        if (END_START.matcher(line).lookingAt() || END_ANYWHERE.find(line) || isFooterWord(line)
                || FOOTER_START.matcher(line).lookingAt() && isHardEnd(line)) { // 反侵权公告：…, however long
            return Kind.END;
        }
        boolean colon = line.indexOf('：') >= 0 || line.indexOf(':') >= 0;
        if (colon && META_LABEL.matcher(line).find() || isByline(line) || LABEL_BEFORE_DATE.find(line)
                || line.indexOf('发') >= 0 && POST_STAMP.matcher(line).find()) {
            return Kind.META;
        }
        if (isChrome(line) || COUNTER.matcher(line).matches() || SiteChrome.isChrome(line)) {
            return Kind.CHROME;
        }
        return Kind.BODY;
    }

    /**
     * Whether {@code line} is a short footer row opened by a footer word ({@code 合作单位}, {@code 友情链接},
     * {@code 投稿电话} …) and nothing else marks it as the end: such a line ends an article only where no prose
     * follows it.
     */
    public static boolean isFooterWord(String line) {
        return line.length() <= FOOTER_MAX && line.indexOf('。') < 0 && line.indexOf('，') < 0 && line.indexOf(',') < 0
                && FOOTER_START.matcher(line).lookingAt() && !isHardEnd(line) && !END_ANYWHERE.find(line);
    }

    /** Whether {@code line}, an {@link Kind#END} line, is a rights notice or disclaimer: the article is over. */
    public static boolean isHardEnd(String line) {
        return HARD_END.matcher(line).lookingAt();
    }

    private static LiteralStartAlternation labelsBeforeDate(String... labels) {
        String[] alternatives = new String[labels.length];
        for (int i = 0; i < labels.length; i++) {
            alternatives[i] = labels[i] + "\\s*[\\[【(（]?\\s*(?:19[89]|20\\d)\\d\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}";
        }
        return new LiteralStartAlternation(alternatives);
    }

    private static boolean isChrome(String line) {
        return CHROME_START_CHARS.indexOf(line.charAt(0)) >= 0 && CHROME_START.matcher(line).lookingAt()
                || CHROME_ANYWHERE.find(line);
    }

    /**
     * A short line that is a date plus at most a short name around it, e.g.
     * {@code 南阳广播电视台 2023-03-17 15:53:20} or {@code 2021-01-28 来源：xx}.
     */
    static boolean isByline(String line) {
        if (line.length() > 60 || line.indexOf("19") < 0 && line.indexOf("20") < 0) {
            return false;
        }
        var m = DATE.matcher(line);
        if (!m.find()) {
            return false;
        }
        String around = line.substring(0, m.start()) + " " + line.substring(m.end());
        if (around.indexOf("://") >= 0 || around.contains("www.")) {
            around = URL.matcher(around).replaceAll(" ");
        }
        String rest = BYLINE_NOISE.matcher(around).replaceAll(" ").trim();
        return rest.length() <= 24 && !rest.contains("，") && !rest.contains("。") && !rest.contains(",");
    }
}
