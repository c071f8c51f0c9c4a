package yaowen.farm;

import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Pattern;

import static yaowen.farm.Html.esc;

/**
 * A speech-collection ("秘书网") site that republishes official speeches with its own chrome:
 * {@code /jianghua/index.html}, {@code /jianghua/list_N.html}, articles {@code /jianghua/post_N.html}.
 */
final class WenmiTemplate implements SiteTemplate {
    private static final Pattern LIST = Pattern.compile("/jianghua/(?:index\\.html|list_(\\d+)\\.html)?");

    @Override
    public String name() {
        return "wenmi";
    }

    @Override
    public String listPath(int page) {
        return page == 0 ? "/jianghua/index.html" : "/jianghua/list_" + (page + 1) + ".html";
    }

    @Override
    public OptionalInt listPageOf(String path, String query) {
        return SiteTemplate.oneBasedPage(LIST, path);
    }

    @Override
    public String articlePath(StoredArticle a, long id) {
        return "/jianghua/post_" + (100000 + id % 900000) + ".html";
    }

    @Override
    public String renderList(PortalSpec p, List<Listed> items, int page, int pages) {
        StringBuilder li = new StringBuilder();
        for (Listed item : items) {
            li.append("<li><a href=\"").append(item.path()).append("\">").append(esc(item.article().title()))
                    .append("</a><em>").append(item.article().date()).append("</em></li>\n");
        }
        String next = page + 1 < pages ? "<a href=\"" + listPath(page + 1) + "\">下一页</a>" : "";
        return head(p, "领导讲话") + """
                <div class="crumb">当前位置:<a href="/">首页</a> &gt; 领导讲话</div>
                <div class="listbox"><ul class="artlist">
                %s</ul><div class="pages">%s</div></div>
                """.formatted(li, next) + foot(p);
    }

    @Override
    public String renderArticle(PortalSpec p, Listed item, Listed prev, Listed next, List<Listed> related) {
        StoredArticle a = item.article();
        return head(p, a.title()) + """
                <div class="crumb">当前位置:<a href="/">首页</a> &gt; <a href="/jianghua/index.html">领导讲话</a> &gt; 正文</div>
                <div class="arc">
                <h1>%s</h1>
                <div class="arcinfo">发布时间:%s</div>
                <div class="intro">下面是小编为大家整理的%s,供大家参考。</div>
                <div class="content">
                <h2>%s</h2>
                %s</div>
                <div class="tags">推荐访问:%s</div>
                </div>
                """.formatted(esc(a.title()), esc(a.dateText()), esc(a.title()), esc(a.title()),
                Html.paragraphs(a.paragraphs(), "<p>"), TrsWcmTemplate.relatedList(related, item)) + foot(p);
    }

    private static String head(PortalSpec p, String title) {
        return """
                <!DOCTYPE html>
                <html>
                <head>
                <meta charset="utf-8">
                <title>%s - %s</title>
                <meta name="keywords" content="讲话,范文,工作总结">
                </head>
                <body>
                <div class="top"><a href="/">%s</a> <a href="/gongzuozongjie/">工作总结</a> <a href="/jianghua/">领导讲话</a> <a href="/xindetihui/">心得体会</a> <a href="/sixianghuibao/">思想汇报</a></div>
                """.formatted(esc(title), esc(p.name()), esc(p.name()));
    }

    private static String foot(PortalSpec p) {
        return """
                <div class="footer">
                <p>版权所有:%s 2005-2024 未经授权禁止复制或建立镜像[%s]所有资源完全免费共享</p>
                <p>Powered by %s &copy; All Rights Reserved.。备案号:%s</p>
                </div>
                </body>
                </html>
                """.formatted(esc(p.name()), esc(p.name()), esc(p.name()), p.icp());
    }
}
