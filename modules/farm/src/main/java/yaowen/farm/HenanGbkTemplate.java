package yaowen.farm;

import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Pattern;

import static yaowen.farm.Html.esc;

/**
 * An old Henan district platform in GBK with a table layout: {@code /pc/column/column_1015.html},
 * {@code /pc/column/column_1015_2.html}, articles at {@code /pc/content/content_NNNNNNNNNN.html}.
 */
final class HenanGbkTemplate implements SiteTemplate {
    private static final Pattern LIST = Pattern.compile("/pc/column/column_1015(?:_(\\d+))?\\.html");

    @Override
    public String name() {
        return "henan-gbk";
    }

    @Override
    public String listPath(int page) {
        return page == 0 ? "/pc/column/column_1015.html" : "/pc/column/column_1015_" + (page + 1) + ".html";
    }

    @Override
    public OptionalInt listPageOf(String path, String query) {
        return SiteTemplate.oneBasedPage(LIST, path);
    }

    @Override
    public String articlePath(StoredArticle a, long id) {
        return "/pc/content/content_" + (1_000_000_000L + id % 9_000_000_000L) + ".html";
    }

    @Override
    public String renderList(PortalSpec p, List<Listed> items, int page, int pages) {
        StringBuilder rows = new StringBuilder();
        for (Listed item : items) {
            rows.append("<tr>\n<td width=\"20\" class=\"dot\"><img src=\"/pc/images/dot.gif\" width=\"4\" height=\"4\"></td>\n")
                    .append("<td class=\"listtitle\"><a href=\"").append(item.path()).append("\" target=\"_blank\">")
                    .append(esc(item.article().title())).append("</a></td>\n<td width=\"90\" class=\"date\">[")
                    .append(item.article().date()).append("]</td>\n</tr>\n")
                    .append("<tr><td colspan=\"3\" height=\"1\" background=\"/pc/images/line.gif\"></td></tr>\n");
        }
        StringBuilder pager = new StringBuilder("共" + pages + "页 ");
        pager.append("<a href=\"").append(listPath(0)).append("\">首页</a> ");
        pager.append(page > 0 ? "<a href=\"" + listPath(page - 1) + "\">上一页</a> " : "上一页 ");
        pager.append(page + 1 < pages ? "<a href=\"" + listPath(page + 1) + "\">下一页</a> " : "下一页 ");
        pager.append("<a href=\"").append(listPath(Math.max(0, pages - 1))).append("\">尾页</a> 第")
                .append(page + 1).append("/").append(pages).append("页");
        return head(p, p.column()) + """
                <table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="weizhi">
                <tr><td height="32">&nbsp;当前位置:<a href="/">首页</a> &gt; <a href="/pc/column/column_1000.html">新闻中心</a> &gt; %s</td></tr>
                </table>
                <table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
                <tr>
                <td width="230" valign="top" class="leftbg">
                <table width="100%%" border="0" cellspacing="0" cellpadding="0">
                <tr><td class="lefttitle">新闻中心</td></tr>
                <tr><td class="leftmenu"><a href="/pc/column/column_1015.html">%s</a></td></tr>
                <tr><td class="leftmenu"><a href="/pc/column/column_1016.html">乡镇动态</a></td></tr>
                <tr><td class="leftmenu"><a href="/pc/column/column_1017.html">部门动态</a></td></tr>
                <tr><td class="leftmenu"><a href="/pc/column/column_1018.html">通知公告</a></td></tr>
                </table>
                </td>
                <td width="15"></td>
                <td valign="top">
                <table width="100%%" border="0" cellspacing="0" cellpadding="0">
                <tr><td class="listhead">%s</td></tr>
                </table>
                <table width="100%%" border="0" cellspacing="0" cellpadding="0" class="list">
                %s</table>
                <table width="100%%" border="0" cellspacing="0" cellpadding="0"><tr><td align="center" height="40" class="fenye">%s</td></tr></table>
                </td>
                </tr>
                </table>
                """.formatted(esc(p.column()), esc(p.column()), esc(p.column()), rows, pager) + foot(p);
    }

    @Override
    public String renderArticle(PortalSpec p, Listed item, Listed prev, Listed next, List<Listed> related) {
        StoredArticle a = item.article();
        return head(p, a.title()) + """
                <table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="weizhi">
                <tr><td height="32">&nbsp;当前位置:<a href="/">首页</a> &gt; <a href="/pc/column/column_1000.html">新闻中心</a> &gt; <a href="/pc/column/column_1015.html">%s</a> &gt; 正文</td></tr>
                </table>
                <table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
                <tr><td height="60" align="center" class="biaoti"><strong>%s</strong></td></tr>
                <tr><td height="30" align="center" class="fbsj">发布时间:%s&nbsp;&nbsp;&nbsp;来源:%s&nbsp;&nbsp;&nbsp;作者:%s&nbsp;&nbsp;&nbsp;浏览次数:%d&nbsp;&nbsp;&nbsp;【字体:<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</td></tr>
                <tr><td height="1" bgcolor="#CCCCCC"></td></tr>
                <tr><td class="content" id="zoom" style="padding:20px 40px; line-height:28px; font-size:14px;">
                %s</td></tr>
                <tr><td align="right" height="40">【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</td></tr>
                <tr><td class="sxp">上一篇:%s<br>下一篇:%s</td></tr>
                <tr><td class="xgxw"><b>相关新闻</b><ul>%s</ul></td></tr>
                </table>
                """.formatted(esc(p.column()), esc(a.title()), esc(a.dateText()), esc(a.source()), esc(a.author()),
                Html.views(a), Html.paragraphs(a.paragraphs(), "<p style=\"text-indent:2em\">"),
                link(prev), link(next), TrsWcmTemplate.relatedList(related, item)) + foot(p);
    }

    private static String link(Listed l) {
        return l == null ? "无" : "<a href=\"" + l.path() + "\">" + esc(l.article().title()) + "</a>";
    }

    private static String head(PortalSpec p, String title) {
        return """
                <!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
                <html>
                <head>
                <meta charset="gbk">
                <meta http-equiv="Content-Type" content="text/html; charset=gbk">
                <title>%s_%s</title>
                <link href="/pc/css/style.css" rel="stylesheet" type="text/css">
                <script language="javascript">function doZoom(size){document.getElementById('zoom').style.fontSize=size+'px';}</script>
                </head>
                <body topmargin="0" leftmargin="0">
                <table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
                <tr><td height="28" class="topbar">今天是:<script>document.write(new Date().toLocaleDateString());</script> &nbsp; <a href="/pc/column/column_1020.html">简体版</a> | <a href="javascript:void(0)">无障碍</a></td></tr>
                <tr><td height="160" background="/pc/images/banner.jpg"></td></tr>
                <tr><td height="40" class="nav"><a href="/">网站首页</a> | <a href="/pc/column/column_1000.html">新闻中心</a> | <a href="/pc/column/column_2000.html">政务公开</a> | <a href="/pc/column/column_3000.html">公众参与</a> | <a href="/pc/column/column_4000.html">办事服务</a> | <a href="/pc/column/column_5000.html">魅力%s</a></td></tr>
                </table>
                """.formatted(esc(title), esc(p.name()), esc(p.column().substring(0, 2)));
    }

    private static String foot(PortalSpec p) {
        return """
                <table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="bottom">
                <tr><td align="center" height="26">主办单位:%s &nbsp; 承办单位:%s大数据中心</td></tr>
                <tr><td align="center" height="26">网站标识码:%s &nbsp; <a href="https://beian.miit.gov.cn/">%s</a> &nbsp; 公安备案号:%s</td></tr>
                <tr><td align="center" height="26">地址:开封市祥符区行政中心 &nbsp; 邮编:475100 &nbsp; 技术支持:河南省政务网站集约化平台</td></tr>
                </table>
                </body>
                </html>
                """.formatted(esc(p.host()), esc(p.name().replace("人民政府", "")), p.siteCode(), p.icp(), p.police());
    }
}
