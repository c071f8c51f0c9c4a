package yaowen.cleaning.boilerplate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MainContentFinderTest {
    private static final String PROSE = "<p>会议指出，2022年全县地区生产总值完成215.6亿元，同比增长5.2%；一般公共预算收入完成12.3亿元。</p>"
            + "<p>会议强调，2023年要坚持稳中求进工作总基调，全力以赴拼经济、抓项目、促发展，奋力开创高质量发展新局面。</p>";

    private static String content(String html) {
        Document doc = Jsoup.parse(html);
        return MainContentFinder.find(doc.body()).content().stream().map(TextBlock::text).collect(Collectors.joining("\n"));
    }

    @Test
    void picksTrsEditorBodyOverNavigationAndFooter() {
        String nav = "<div class=nav>" + "<a href=/a>首页</a><a href=/b>新闻中心</a><a href=/c>政务公开</a>".repeat(5) + "</div>";
        String footer = "<div class=footer>主办单位：示范县人民政府办公室 网站标识码：4101010001 豫ICP备12345678号</div>";
        String text = content("<body>" + nav + "<div class=TRS_Editor>" + PROSE + "</div>" + footer + "</body>");
        assertThat(text).contains("生产总值", "稳中求进").doesNotContain("首页", "主办单位");
    }

    @Test
    void dropsScriptsStylesAndHiddenNodes() {
        String text = content("<div class=content><script>var a='脚本文字';</script><style>p{}</style>"
                + "<p hidden>隐藏文字一</p><p style='display: none'>隐藏文字二</p>" + PROSE + "</div>");
        assertThat(text).doesNotContain("脚本文字", "隐藏文字一", "隐藏文字二").contains("生产总值");
    }

    @Test
    void dropsShareBarAndRelatedLinksInsideTheArticle() {
        String text = content("<div class=article>" + PROSE
                + "<div class=share>分享到：<a href=#>微信</a><a href=#>微博</a></div>"
                + "<ul class=related><li><a href=/1>全市经济工作会议召开</a></li><li><a href=/2>全县项目建设推进会召开</a></li></ul></div>");
        assertThat(text).contains("稳中求进").doesNotContain("分享到", "全市经济工作会议召开");
    }

    @Test
    void keepsParagraphBoundaries() {
        assertThat(content("<div id=zoom>" + PROSE + "</div>").split("\n")).hasSize(2);
    }

    @Test
    void readsOldTableLayoutsWithLineBreaks() {
        String links = "<td><a href=/1>全市春耕生产工作会议召开</a><br><a href=/2>市领导调研重点项目建设</a></td>";
        String text = content("<table><tr>" + links + "<td>　　3月20日，市长主持召开常务会议，研究部署一季度经济运行工作。<br>"
                + "　　会议指出，今年以来全市经济运行总体平稳，工业生产稳步回升。</td></tr></table>");
        assertThat(text).contains("常务会议", "总体平稳").doesNotContain("春耕");
    }

    /** A list of {@code items} short entries; {@code linked} puts each entry in a link. */
    private static String list(String tag, int items, boolean linked) {
        StringBuilder sb = new StringBuilder("<" + tag + ">");
        for (int i = 0; i < items; i++) {
            String entry = "曲目名称第" + i + "首";
            String cell = linked ? "<a href=/s" + i + ">" + entry + "</a>" : entry;
            sb.append(tag.equals("table") ? "<tr><td>" + cell + "</td></tr>" : "<li>" + cell + "</li>");
        }
        return sb.append("</" + tag + ">").toString();
    }

    @ParameterizedTest(name = "an article holding {1} {0} lists of {2} entries (linked: {3}) is still chosen whole")
    @CsvSource({
        "ul, 6, 40, false",
        "table, 4, 60, false",
        "ol, 3, 80, true",
        "ul, 3, 25, true",
    })
    void countsEachListInsideTheArticleAsOneBoundedPenalty(String tag, int lists, int items, boolean linked) {
        StringBuilder article = new StringBuilder("<div id=body><p>人物简介，出生于首尔，歌手、词曲作者，曾获多项音乐奖项。</p>");
        for (int i = 0; i < lists; i++) {
            article.append(list(tag, items, linked));
        }
        article.append(PROSE).append("</div>");
        String text = content("<body><div class=menu><a href=/1>首页</a><a href=/2>新闻</a></div>" + article
                + "<div class=footer>版权所有</div></body>");
        assertThat(text).contains("人物简介", "生产总值", "稳中求进").doesNotContain("版权所有");
    }

    @Test
    void doesNotBoundAListOfLinkedPostTitlesWithPunctuation() {
        StringBuilder threads = new StringBuilder("<ul>");
        for (int i = 0; i < 40; i++) {
            threads.append("<li><a href=/t").append(i).append(">旅行中，谁忽悠了你？快来说说！</a>【网友").append(i)
                    .append("】08-11 16:06</li>");
        }
        threads.append("</ul>");
        String text = content("<body><table><tr><td><div class=post>" + PROSE + "</div></td></tr><tr><td>" + threads
                + "</td></tr></table></body>");
        assertThat(text).contains("生产总值").doesNotContain("谁忽悠了你");
    }

    @Test
    void returnsNothingForAnEmptyBody() {
        assertThat(MainContentFinder.find(Jsoup.parse("<html><body></body></html>").body()).content()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "当前位置：首页 >> 新闻中心 >> 龙亭要闻 | CHROME",
        "首页 >> 新闻中心 >> 龙亭要闻 | CHROME",
        "来源: 开封市龙亭区人民政府 发布时间: 2021-01-28 | META",
        "南阳广播电视台 2023-03-17 15:53:20 | META",
        "浏览量:20442 | META",
        "字号：大 中 小 | CHROME",
        "【打印】【关闭】 | CHROME",
        "上一篇：县政府召开常务会议 | CHROME",
        "下面是小编为大家整理的区委书记讲话,供大家参考。 | CHROME",
        "相关新闻 | END",
        "热门留言 | END",
        "推荐访问: | END",
        "开封市龙亭区人民政府 版权所有 | END",
        "政府网站标识码:4102020001 豫ICP备20003810号-1 | END",
        "会议指出，2022年全县经济运行稳中有进。 | BODY",
        "〓 网易娱乐 明星话题 发布时间 2005/03/15 22:36:13 by duscha 〓 | META",
        "本贴由大卫于2005年8月12日16:12:21在〖心灵体操（在线心理咨询）〗发表. | META",
        "http://house.sina.com.cn 2005年03月31日03:18 北京娱乐信报 | META",
        "国务院于2023年3月1日发布了《关于进一步优化营商环境的意见》，提出20条措施。 | BODY",
        "您现在的位置：首页 | CHROME",
        "位置：首页 > 新闻 | CHROME",
        "返回顶部 | CHROME",
        "【收藏】【打印】【关闭】 | CHROME",
        "TOP | CHROME",
        "分享到： | CHROME",
        "下一条：全县召开安全生产会议 | CHROME",
        "扫码关注我们 | CHROME",
        "长按识别二维码 | CHROME",
        "点击上方蓝字关注 | CHROME",
        "微信公众号 | CHROME",
        "首页 > 新闻 > 正文 | CHROME",
        "【 大 】【 中 】【 小 】 | CHROME",
        "更多精彩内容请访问本站 | CHROME",
        "Copyright © 2023 某某市人民政府 | END",
        "【相关链接】 | END",
    })
    void classifiesChromeLines(String line, ChromeLines.Kind kind) {
        assertThat(ChromeLines.classify(line)).isEqualTo(kind);
    }
}
