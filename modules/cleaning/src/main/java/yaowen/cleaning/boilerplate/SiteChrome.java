package yaowen.cleaning.boilerplate;

import java.util.regex.Pattern;
import yaowen.cleaning.fields.PersonNames;

/**
 * Page furniture that survives when a page is copied as plain text, as it recurs across Chinese news and
 * government sites: e-paper reader chrome (第A03版, 上一版/下一版, 本期共8版, PDF, 返回主页 | 标题导航, 上一期
 * 下一期), rows of navigation links ({@code 示范网首页 | 示范日报 | 示范晚报}, {@code 某省 > 地方}), lone tool
 * words (搜 索, 注册, 小字号, 【字体:, 停止回答), share and app prompts (扫一扫在手机上查看当前页面, 获取更多…请关注…),
 * "read the rest" links, 原标题 lines, bare web addresses, and photo furniture: image file names
 * ({@code 3fa9….Jpeg}, {@code ![](….jpg)}, {@code [图片]}), captions
 * that credit a photographer after a separator ({@code 活动现场。张三摄}), 资料图片 notes. Read by {@link ChromeLines},
 * for lines of at most 90 characters. Two kinds of line look the same as body text and are left to the reader
 * that knows where a line stands ({@link #isSpacedLinkRow}, {@link #isSoftCaption}). Stateless and thread-safe.
 */
public final class SiteChrome {
    /** The page number of an e-paper page: {@code 第A03版}, {@code 01版:}. */
    private static final String PAGE_MARKER_CORE = "第\\s*[A-Za-z]?\\d{1,3}\\s*版|[A-Z]?\\d{1,3}\\s*版\\s*[:：]";
    /** E-paper reader chrome: page numbers, pagers, issue size, PDF links, back-to-index links. */
    private static final Pattern EPAPER_START = Pattern.compile(
            "^(?:" + PAGE_MARKER_CORE + "|PDF\\b|[A-Z]\\d{2}$|本版新闻列表|数字报刊平台|往期回顾|"
            + "版面导航|版面概览|本版标题)");
    private static final LiteralStartAlternation EPAPER_ANYWHERE = new LiteralStartAlternation(
            "上一版(?!图|本)", "下一版(?!图|本)", "本期共\\s*\\d+\\s*版", "当前第\\s*\\d+\\s*版", "上一期\\s*下一期", "返回主页", "标题导航",
            "返回目录", "上一篇\\s*下一篇");
    /** Every character an {@link #EPAPER_START} match can begin with. */
    private static final String EPAPER_FIRST_CHARS = "第0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ本数往版";
    /** A line that is only tool words: search, login, accessibility, script switch, share targets, font size. */
    private static final Pattern TOOL_WORDS = Pattern.compile(
            "^[【\\[(（]?\\s*(?:(?:搜\\s*索|注\\s*册|登\\s*录|退\\s*出|无障碍(?:浏览)?|长者模式|关怀版|适老化|繁\\s*体|简\\s*体|繁體|"
            + "English|微\\s*信|微\\s*博|朋友圈|QQ空间|QQ|X|手机版|网站导航|[大中小]字号|字\\s*[体号]|[大中小]|停止回答|停止生成|"
            + "举报|点赞|在看|收藏|转发|评论|更多\\s*(?:>+|»|＞+)?|完|-+\\s*完\\s*-+|—+\\s*完\\s*—+|"
            + "重新生成|复制|朗读|听新闻|打\\s*印|纠\\s*错)\\s*[】\\])）:：|｜/]?\\s*)+$");
    /** Prompts and notes anywhere in a short line: share by scanning, follow our accounts, read the rest, photo notes. */
    private static final LiteralStartAlternation PROMPTS = new LiteralStartAlternation(
            "扫一扫.{0,12}(?:手机|二维码|查看|阅读|关注|分享)", "在手机上(?:查看|阅读|浏览|打开)", "获取更多.{0,16}请关注",
            "请关注.{0,40}(?:公众号|客户端|抖音|微博|视频号)", "阅读剩余全文", "展开全文", "点击查看全文", "查看全文\\s*$",
            "资料图片", "图片仅供参考", "图片来源\\s*[:：]", "图片由.{1,20}提供", "分享让更多人看到", "阅读原文\\s*$",
            "预览时标签不可点", "继续滑动看下一个", "用微信扫码");
    /** A line giving the original headline of a reposted article. */
    private static final Pattern ORIGINAL_TITLE = Pattern.compile("^[【\\[(（]?\\s*(?:原标题|原题)\\s*[:：]");
    /** An image file name standing where the image was: {@code bf3d….Jpeg}. */
    private static final Pattern IMAGE_FILE = Pattern.compile(
            "^[\\w\\-.]{1,120}\\.(?:jpe?g|png|gif|bmp|webp|tiff?)$|^!\\[[^\\]]{0,60}\\]\\([^)\\s]{1,400}\\)$|^\\[?图片\\]?$",
            Pattern.CASE_INSENSITIVE);
    /** A web address alone on a line. */
    private static final Pattern BARE_URL = Pattern.compile("^(?:https?://|www\\.)\\S+$");
    /**
     * A caption crediting a photographer at its end: {@code 活动现场。张三摄}, {@code 大会现场。某某网记者 李四摄},
     * {@code (记者 王五 摄)}; the name follows a full stop, a space, a bracket or a 记者/通讯员 label.
     */
    private static final Pattern PHOTO_CREDIT = Pattern.compile(
            "(?:^[(（]|[。\\s(（]|记者|通讯员)\\s*[\\p{IsHan}·]{2,4}\\s*(?:摄|摄影|供图)\\s*[)）]?$|^[\\p{IsHan}·]{2,4}\\s*摄$");
    /**
     * A caption that a subheading can equal: naming a scene only ({@code 会议现场}, but also {@code 走进项目建设现场}),
     * a word before 摄影/供图 ({@code 王小明摄影}, but also {@code 美丽乡村摄影}); or starting 图为.
     */
    private static final Pattern SOFT_CAPTION = Pattern.compile(
            "^(?:[\\p{IsHan}]{2,10}现场|图为.{2,60}|[\\p{IsHan}·]{2,4}\\s*(?:摄影|供图))$");
    /** An e-paper page marker: {@code 第A03版}, {@code 01版:要闻}. */
    private static final Pattern PAGE_MARKER = Pattern.compile("^(?:" + PAGE_MARKER_CORE + ")");
    /** A row of navigation links separated by pipes or arrows. */
    private static final Pattern LINK_SEPARATOR = Pattern.compile("\\s*(?:[|｜]|>{1,2}|＞{1,2}|»|›)\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern HAN_WORD = Pattern.compile("[\\p{IsHan}]{2,6}");
    /** A word opening a list of people: 出席…, 参加…, 县领导, 主席台…. */
    private static final Pattern ATTENDEE_CUE = Pattern.compile("领导|出席|参加|参会|列席|主席台|嘉宾|成员|委员|名单|同志");
    /** Words that name a table's columns: a row of them is a table head, not links. */
    private static final Pattern TABLE_HEAD = Pattern.compile("指标|绝对值|增速|增幅|增长|单位|累计|同比|比上年|总量|金额|数量|名称|序号|项目");

    private SiteChrome() {
    }

    /** Whether {@code line} (at most 90 characters, trimmed) is page furniture that is not part of an article. */
    public static boolean isChrome(String line) {
        // cheap tests first: most lines are sentences, and each pattern is tried only where it can match
        boolean sentence = line.indexOf('。') >= 0;
        boolean clause = sentence || line.indexOf('，') >= 0 || line.indexOf(',') >= 0;
        char first = line.charAt(0);
        if (!sentence && (EPAPER_FIRST_CHARS.indexOf(first) >= 0 && EPAPER_START.matcher(line).lookingAt()
                || EPAPER_ANYWHERE.find(line))) {
            return true;
        }
        if (!clause && (isLinkRow(line) || line.length() <= 40 && TOOL_WORDS.matcher(line).matches())) {
            return true;
        }
        return line.length() <= 70 && PROMPTS.find(line)
                || (first == '原' || first == '【' || first == '[' || first == '(' || first == '（') && ORIGINAL_TITLE.matcher(line).lookingAt()
                || isImageFile(line) || isCaption(line) || (first == 'h' || first == 'w') && BARE_URL.matcher(line).matches();
    }

    /** An image file name on a line of its own. */
    public static boolean isImageFile(String line) {
        return line.length() <= 420 && (line.indexOf('.') > 0 || line.startsWith("[") || line.startsWith("图")) && IMAGE_FILE.matcher(line).matches();
    }

    /** A photo caption: a short line ending with a photographer's credit after a separator. */
    private static boolean isCaption(String line) {
        if (line.length() > 60) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        return (last == '摄' || last == '影' || last == '图' || last == ')' || last == '）') && PHOTO_CREDIT.matcher(line).find();
    }

    /**
     * A short line that is a caption on a page copied as text or right under an image, but may be a subheading
     * anywhere else: a scene ({@code 会议现场}), a word before 摄影 ({@code 王小明摄影}), a line starting 图为.
     */
    public static boolean isSoftCaption(String line) {
        return line.length() <= 60 && (line.endsWith("现场") || line.startsWith("图为") || line.endsWith("摄影") || line.endsWith("供图"))
                && line.indexOf('。') < 0 && line.indexOf('，') < 0 && SOFT_CAPTION.matcher(line).matches();
    }

    /** An e-paper page marker at the start of a line ({@code 第A03版}, {@code 01版:要闻}): the page is an e-paper's. */
    public static boolean isPageMarker(String line) {
        return PAGE_MARKER.matcher(line).lookingAt();
    }

    /**
     * A row of links: at least three short items separated by pipes or breadcrumb arrows
     * ({@code 首页 | 示范晚报 | 标题导航}, {@code 首页> 地方频道> 区县 > 正文}, two items with an arrow).
     * A line with a digit or a percent sign is a table row or a comparison ({@code 地区生产总值 | 亿元 | 123.4},
     * {@code 增速>5%}), and one naming table columns ({@code 指标 | 绝对值 | 增速}) is a table head: none is links.
     */
    public static boolean isLinkRow(String line) {
        if (noLinks(line)) {
            return false;
        }
        boolean arrow = line.indexOf('>') >= 0 || line.indexOf('＞') >= 0 || line.indexOf('»') >= 0 || line.indexOf('›') >= 0;
        if (arrow || line.indexOf('|') >= 0 || line.indexOf('｜') >= 0) {
            String[] items = LINK_SEPARATOR.split(line);
            return items.length >= (arrow ? 2 : 3) && allShort(items, 12);
        }
        return false;
    }

    /**
     * Five or more two-to-six-character words separated by spaces ({@code 网站首页 新闻中心 政务公开 办事服务 互动交流}):
     * links when a page copied as text prints them above or below the article, but a body writes such lines
     * too (a slogan {@code 抓党建 促脱贫 强基础 惠民生 保稳定}, a list of attendees), so the caller asks only for
     * lines outside the article's prose. A row of which two words have a name's shape, or one opened by an
     * attendee cue ({@code 出席…}, {@code 县领导}), is a list of people, never links.
     */
    public static boolean isSpacedLinkRow(String line) {
        if (line.indexOf(' ') <= 0 || noLinks(line)) {
            return false;
        }
        String[] words = SPACES.split(line);
        if (words.length < 5 || ATTENDEE_CUE.matcher(words[0]).find()) {
            return false;
        }
        int names = 0;
        for (String w : words) {
            if (!HAN_WORD.matcher(w).matches()) {
                return false;
            }
            if (PersonNames.looksLikeName(w)) {
                names++;
            }
        }
        return names < 2;
    }

    private static boolean noLinks(String line) {
        return line.indexOf('%') >= 0 || line.indexOf('％') >= 0 || hasDigit(line) || TABLE_HEAD.matcher(line).find();
    }

    private static boolean hasDigit(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private static boolean allShort(String[] items, int max) {
        int nonEmpty = 0;
        for (String s : items) {
            String t = s.strip();
            if (t.length() > max) {
                return false;
            }
            if (!t.isEmpty()) {
                nonEmpty++;
            }
        }
        return nonEmpty >= 2;
    }
}
