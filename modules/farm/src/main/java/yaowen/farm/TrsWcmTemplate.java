package yaowen.farm;

import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static yaowen.farm.Html.esc;

/** TRS WCM style: {@code /xwzx/lyyw/index_N.html}, {@code /xwzx/lyyw/YYYYMM/tYYYYMMDD_N.html}. */
final class TrsWcmTemplate implements SiteTemplate {
    private static final String DIR = "/xwzx/lyyw/";
    private static final Pattern LIST = Pattern.compile("/xwzx/lyyw/(?:index(?:_(\\d+))?\\.html)?");

    @Override
    public String name() {
        return "trs-wcm";
    }

    @Override
    public String listPath(int page) {
        return DIR + (page == 0 ? "index.html" : "index_" + page + ".html");
    }

    @Override
    public OptionalInt listPageOf(String path, String query) {
        Matcher m = LIST.matcher(path);
        if (!m.matches()) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(m.group(1) == null ? 0 : Integer.parseInt(m.group(1)));
    }

    @Override
    public String articlePath(StoredArticle a, long id) {
        String ymd = a.date().replace("-", "");
        return DIR + ymd.substring(0, 6) + "/t" + ymd + "_" + (100000 + id % 900000) + ".html";
    }

    @Override
    public String renderList(PortalSpec p, List<Listed> items, int page, int pages) {
        StringBuilder li = new StringBuilder();
        for (Listed item : items) {
            String href = "." + item.path().substring(DIR.length() - 1);
            li.append("<li><span class=\"date\">").append(item.article().date()).append("</span><a href=\"")
                    .append(href).append("\" target=\"_blank\" title=\"").append(esc(item.article().title()))
                    .append("\">").append(esc(item.article().title())).append("</a></li>\n");
        }
        StringBuilder bar = new StringBuilder("<div class=\"pagebar\">共 " + pages + " 页 &nbsp;");
        bar.append("<a href=\"index.html\">首页</a> ");
        if (page > 0) {
            bar.append("<a href=\"").append(page == 1 ? "index.html" : "index_" + (page - 1) + ".html")
                    .append("\">上一页</a> ");
        }
        if (page + 1 < pages) {
            bar.append("<a href=\"index_").append(page + 1).append(".html\">下一页</a> ");
        }
        bar.append("<a href=\"").append(pages <= 1 ? "index.html" : "index_" + (pages - 1) + ".html")
                .append("\">尾页</a></div>");
        return head(p, p.column()) + """
                <div class="position">当前位置:<a href="../../">首页</a> &gt;&gt; <a href="../">新闻中心</a> &gt;&gt; <a href="./">%s</a></div>
                <div class="main clearfix">
                <div class="left_nav"><h2>新闻中心</h2><ul><li class="on"><a href="./">%s</a></li><li><a href="../xzdt/">乡镇动态</a></li><li><a href="../tzgg/">通知公告</a></li><li><a href="../mtgz/">媒体关注</a></li></ul></div>
                <div class="list_r"><div class="list_title"><span>%s</span></div>
                <ul class="list_ul">
                %s</ul>
                <div class="page">
                <script type="text/javascript">
                var countPage = %d;//共多少页
                var currentPage = %d;//当前页
                createPageHTML(countPage, currentPage, "index", "html");
                </script>
                %s
                </div>
                </div></div>
                """.formatted(esc(p.column()), esc(p.column()), esc(p.column()), li, pages, page, bar)
                + foot(p);
    }

    @Override
    public String renderArticle(PortalSpec p, Listed item, Listed prev, Listed next, List<Listed> related) {
        StoredArticle a = item.article();
        String rel = relatedList(related, item);
        return head(p, a.title()) + """
                <div class="position">当前位置:<a href="../../../">首页</a> &gt;&gt; <a href="../../">新闻中心</a> &gt;&gt; <a href="../">%s</a></div>
                <div class="article">
                <h1 class="title">%s</h1>
                <div class="info">发布时间:%s &nbsp;&nbsp; 来源:%s &nbsp;&nbsp; 浏览次数:<span id="views">%d</span> &nbsp;&nbsp; 字号:[<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>]</div>
                <div class="TRS_Editor" id="zoom"><div class="TRS_Editor">
                %s</div></div>
                %s
                <div class="share">分享到:<a class="wx" href="javascript:void(0)">微信</a><a class="wb" href="javascript:void(0)">微博</a><a class="qq" href="javascript:void(0)">QQ空间</a></div>
                <div class="print"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
                <div class="prevnext"><p>上一篇:%s</p><p>下一篇:%s</p></div>
                <div class="related"><h3>相关新闻</h3><ul>%s</ul></div>
                </div>
                """.formatted(esc(p.column()), esc(a.title()), esc(a.dateText()), esc(a.source()), Html.views(a),
                Html.paragraphs(a.paragraphs(), "<p style=\"text-indent: 2em;\">"),
                a.author().isEmpty() ? "" : "<p class=\"editor\">(责任编辑:" + esc(a.author()) + ")</p>",
                link(prev), link(next), rel) + foot(p);
    }

    private static String link(Listed l) {
        return l == null ? "没有了" : "<a href=\"" + l.path() + "\">" + esc(l.article().title()) + "</a>";
    }

    static String relatedList(List<Listed> related, Listed self) {
        StringBuilder out = new StringBuilder();
        for (Listed r : related) {
            if (r != self) {
                out.append("<li><a href=\"").append(r.path()).append("\">").append(esc(r.article().title()))
                        .append("</a></li>");
            }
        }
        return out.toString();
    }

    private static String head(PortalSpec p, String title) {
        return """
                <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
                <html xmlns="http://www.w3.org/1999/xhtml">
                <head>
                <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
                <meta http-equiv="X-UA-Compatible" content="IE=edge" />
                <title>%s-%s</title>
                <meta name="SiteName" content="%s" />
                <meta name="SiteDomain" content="www.longting.gov.cn" />
                <meta name="SiteIDCode" content="%s" />
                <meta name="ColumnName" content="%s" />
                <link href="/images/style.css" rel="stylesheet" type="text/css" />
                <script type="text/javascript" src="/js/jquery-1.8.3.min.js"></script>
                <script type="text/javascript">
                function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt){
                  if(_nPageCount == null || _nPageCount<=1){ return; }
                  var nCurrIndex = _nCurrIndex || 0;
                  if(nCurrIndex < _nPageCount-1){ document.write("<a href=\\""+_sPageName+"_" + (nCurrIndex+1) + "."+_sPageExt+"\\">下一页</a> "); }
                }
                function doZoom(size){ document.getElementById('zoom').style.fontSize = size + 'px'; }
                </script>
                </head>
                <body>
                <div class="top"><div class="w1200"><span>欢迎访问%s!</span><a href="javascript:void(0)">无障碍浏览</a> | <a href="javascript:void(0)">长者模式</a> | <a href="/">设为首页</a> | <a href="/">加入收藏</a></div></div>
                <div class="header"><div class="logo"><img src="/images/logo.png" alt="%s" /></div>
                <div class="search"><form action="/search/" method="get"><input type="text" name="searchword" value="请输入关键字" /><input type="submit" value="搜索" /></form></div></div>
                <div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/xwzx/">新闻中心</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zmhd/">政民互动</a></li><li><a href="/bsfw/">办事服务</a></li><li><a href="/zjlt/">走进龙亭</a></li></ul></div>
                """.formatted(esc(title), esc(p.name()), esc(p.name()), p.siteCode(), esc(p.column()), esc(p.name()),
                esc(p.name()));
    }

    private static String foot(PortalSpec p) {
        return """
                <div class="footer"><div class="w1200">
                <p><a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a> | <a href="/mzsm/">免责声明</a></p>
                <p>%s 版权所有 &nbsp; 主办单位:%s</p>
                <p>政府网站标识码:%s &nbsp;&nbsp;|&nbsp;&nbsp; <a href="https://beian.miit.gov.cn/" target="_blank">%s</a> &nbsp;&nbsp;|&nbsp;&nbsp; <img src="/images/ga.png" />公安备案号:%s</p>
                <p>联系方式:0371—22786565 &nbsp; 建议使用1920*1080分辨率浏览</p>
                </div></div>
                <!-- Produced By CMS 网站群内容管理系统 -->
                </body>
                </html>
                """.formatted(esc(p.name()), esc(p.host()), p.siteCode(), p.icp(), p.police());
    }
}
