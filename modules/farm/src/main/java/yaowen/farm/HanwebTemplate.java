package yaowen.farm;

import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static yaowen.farm.Html.esc;

/**
 * Hanweb JCMS style: list {@code /col/colNNNN/index.html?uid=U&pageNum=N}, articles
 * {@code /art/YYYY/M/D/art_NNNN_ID.html}, lists as {@code <ul class="list"><li><a/><span>date</span></li>}.
 */
final class HanwebTemplate implements SiteTemplate {
    private static final Pattern PAGE_NUM = Pattern.compile("(?:^|&)pageNum=(\\d+)");
    private final int columnId;
    private final int uid;
    private final String listBase;

    HanwebTemplate(int columnId, int uid) {
        this.columnId = columnId;
        this.uid = uid;
        this.listBase = "/col/col" + columnId + "/index.html";
    }

    @Override
    public String name() {
        return "hanweb-jcms";
    }

    @Override
    public String listPath(int page) {
        return page == 0 ? listBase : listBase + "?uid=" + uid + "&pageNum=" + (page + 1);
    }

    @Override
    public OptionalInt listPageOf(String path, String query) {
        if (!path.equals(listBase) && !path.equals("/col/col" + columnId + "/")) {
            return OptionalInt.empty();
        }
        if (query == null) {
            return OptionalInt.of(0);
        }
        Matcher m = PAGE_NUM.matcher(query);
        if (!m.find()) {
            return OptionalInt.of(0);
        }
        int n = Integer.parseInt(m.group(1));
        return n < 1 ? OptionalInt.empty() : OptionalInt.of(n - 1);
    }

    @Override
    public String articlePath(StoredArticle a, long id) {
        String[] ymd = a.date().split("-");
        return "/art/" + Integer.parseInt(ymd[0]) + "/" + Integer.parseInt(ymd[1]) + "/" + Integer.parseInt(ymd[2])
                + "/art_" + columnId + "_" + (10000 + id % 90000) + ".html";
    }

    @Override
    public String renderList(PortalSpec p, List<Listed> items, int page, int pages) {
        StringBuilder li = new StringBuilder();
        for (Listed item : items) {
            li.append("<li><a href=\"").append(item.path()).append("\" title=\"").append(esc(item.article().title()))
                    .append("\" target=\"_blank\">").append(esc(item.article().title())).append("</a><span>")
                    .append(item.article().date()).append("</span></li>\n");
        }
        StringBuilder pager = new StringBuilder("<div class=\"default_pgContainer\"><span class=\"default_pgTotalPage\">共")
                .append(pages).append("页</span> ");
        pager.append("<a href=\"").append(listPath(0)).append("\">首页</a> ");
        if (page > 0) {
            pager.append("<a href=\"").append(listPath(page - 1)).append("\">上一页</a> ");
        }
        for (int i = 0; i < pages; i++) {
            pager.append(i == page ? "<span class=\"default_pgCurrentPage\">" + (i + 1) + "</span> "
                    : "<a href=\"" + listPath(i).replace("&", "&amp;") + "\">" + (i + 1) + "</a> ");
        }
        if (page + 1 < pages) {
            pager.append("<a class=\"default_pgNext\" href=\"").append(listPath(page + 1).replace("&", "&amp;"))
                    .append("\">下一页</a> ");
        }
        pager.append("<a href=\"").append(listPath(Math.max(0, pages - 1)).replace("&", "&amp;")).append("\">尾页</a></div>");
        return head(p, p.column()) + """
                <div class="wz">您当前的位置:<a href="/">首页</a> &gt; <a href="/col/col1000/index.html">新闻动态</a> &gt; <a href="%s">%s</a></div>
                <div class="con clearfix">
                <div class="con-left"><div class="lm-title">新闻动态</div><ul class="lm-list"><li class="on"><a href="%s">%s</a></li><li><a href="/col/col1002/index.html">部门动态</a></li><li><a href="/col/col1003/index.html">乡镇街道</a></li><li><a href="/col/col1004/index.html">通知公告</a></li></ul></div>
                <div class="con-right">
                <div class="con-title"><span>%s</span></div>
                <div id="%d">
                <ul class="list">
                %s</ul>
                %s
                </div>
                </div>
                </div>
                """.formatted(listBase, esc(p.column()), listBase, esc(p.column()), esc(p.column()), uid, li, pager)
                + foot(p);
    }

    @Override
    public String renderArticle(PortalSpec p, Listed item, Listed prev, Listed next, List<Listed> related) {
        StoredArticle a = item.article();
        return head(p, a.title()) + """
                <div class="wz">您当前的位置:<a href="/">首页</a> &gt; <a href="/col/col1000/index.html">新闻动态</a> &gt; <a href="%s">%s</a></div>
                <div class="article-con">
                <div class="art-title"><h1>%s</h1></div>
                <div class="art-info"><span>发布日期:%s</span><span>信息来源:%s</span><span>浏览次数:<script language="javascript" src="/module/visitcount/articlehits.jsp?colid=%d"></script></span><span>字号:[ <a href="javascript:doZoom(20)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a> ]</span></div>
                <div class="art-con" id="zoom">
                <!--ZJEG_RSS.content.begin--><meta name="ContentStart">
                %s<meta name="ContentEnd"><!--ZJEG_RSS.content.end-->
                </div>
                <div class="art-bottom">
                <div class="bdsharebuttonbox">分享到:<a href="#" class="bds_weixin">微信</a><a href="#" class="bds_tsina">新浪微博</a><a href="#" class="bds_qzone">QQ空间</a></div>
                <div class="art-print"><a href="javascript:window.print()">【打印本页】</a><a href="javascript:window.opener=null;window.open('','_self');window.close();">【关闭窗口】</a></div>
                </div>
                <div class="art-pn"><p>上一篇:%s</p><p>下一篇:%s</p></div>
                <div class="art-related"><div class="rel-title">相关新闻</div><ul>%s</ul></div>
                </div>
                """.formatted(listBase, esc(p.column()), esc(a.title()), esc(a.dateText()), esc(a.source()), columnId,
                Html.paragraphs(a.paragraphs(), "<p style=\"text-indent:2em;\">"),
                link(prev), link(next), TrsWcmTemplate.relatedList(related, item)) + foot(p);
    }

    private static String link(Listed l) {
        return l == null ? "无" : "<a href=\"" + l.path() + "\">" + esc(l.article().title()) + "</a>";
    }

    private String head(PortalSpec p, String title) {
        return """
                <!DOCTYPE html>
                <html lang="zh-CN">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1.0">
                <title>%s - %s</title>
                <meta name="SiteName" content="%s">
                <meta name="SiteIDCode" content="%s">
                <meta name="ColumnName" content="%s">
                <link rel="stylesheet" href="/images/%d/style.css">
                <script src="/module/jslib/jquery/jquery.js"></script>
                <script>function doZoom(size){document.getElementById('zoom').style.fontSize=size+'px';}</script>
                </head>
                <body>
                <div class="top-bar"><div class="w1200"><span class="fl">%s</span><span class="fr"><a href="javascript:void(0)">无障碍</a> | <a href="javascript:void(0)">关怀版</a> | <a href="/col/col9999/index.html">English</a></span></div></div>
                <div class="header"><div class="w1200"><a class="logo" href="/"><img src="/images/%d/logo.png" alt="%s"></a>
                <div class="search"><form action="/search/index.html" method="get"><input name="q" placeholder="请输入关键词"><button type="submit">搜索</button></form></div></div></div>
                <div class="nav"><ul class="w1200"><li><a href="/">首页</a></li><li><a href="/col/col1000/index.html">新闻动态</a></li><li><a href="/col/col2000/index.html">政务公开</a></li><li><a href="/col/col3000/index.html">政务服务</a></li><li><a href="/col/col4000/index.html">互动交流</a></li><li><a href="/col/col5000/index.html">走进%s</a></li></ul></div>
                """.formatted(esc(title), esc(p.name()), esc(p.name()), p.siteCode(), esc(p.column()), columnId,
                esc(p.name()), columnId, esc(p.name()), esc(p.column().substring(0, 2)));
    }

    private static String foot(PortalSpec p) {
        return """
                <div class="footer"><div class="w1200">
                <div class="f-links"><a href="/col/col9001/index.html">关于我们</a> | <a href="/col/col9002/index.html">网站地图</a> | <a href="/col/col9003/index.html">联系我们</a></div>
                <p>主办:%s &nbsp; 承办:%s大数据管理中心</p>
                <p>网站标识码:%s &nbsp; <a href="https://beian.miit.gov.cn" target="_blank">%s</a> &nbsp; <a href="http://www.beian.gov.cn" target="_blank">豫公网安备 %s号</a></p>
                <p><img src="/images/jiucuo.png" alt="政府网站找错"> 技术支持:大汉网络</p>
                </div></div>
                </body>
                </html>
                """.formatted(esc(p.host()), esc(p.name().replace("人民政府", "")), p.siteCode(), p.icp(), p.police());
    }
}
