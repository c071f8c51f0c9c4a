# -*- coding: utf-8 -*-
"""Renders the articles of articles.py into government-style pages (pages/) and their gold (gold/).

Run from corpus/gov:  python3 tools/make_gov_corpus.py  (needs java and the HanLP jar for the
traditional-script pages: HANLP_JAR=~/.m2/repository/com/hankcs/hanlp/portable-1.8.6/hanlp-portable-1.8.6.jar).
Deterministic: the same inputs give the same bytes.
"""
import json
import os
import random
import subprocess
import sys

sys.path.insert(0, os.path.dirname(__file__))
from articles import ARTICLES, EXTRA_HEADLINES  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
HANLP_JAR = os.environ.get("HANLP_JAR", os.path.expanduser(
    "~/.m2/repository/com/hankcs/hanlp/portable-1.8.6/hanlp-portable-1.8.6.jar"))

SITES = ["开封市龙亭区人民政府", "兰考县人民政府", "南阳市人民政府", "祥符区人民政府", "新郑市人民政府",
         "洛宁县人民政府", "平顶山市卫东区人民政府", "商丘市人民政府", "巩义市人民政府", "光山县人民政府"]
FOOTER_IDS = ["4102020001", "4102250003", "4113000008", "4102120002", "4101840005"]


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def split_dt(a):
    d = a["date"]
    return (d.split(" ")[0], d.split(" ")[1]) if " " in d else (d, None)


def iso(a, with_time=True):
    d, t = split_dt(a)
    return d + "T" + t if (t and with_time) else d


def cn_date(d):
    y, m, dd = d.split("-")
    return "%s年%s月%s日" % (y, m, dd)


def headlines(rng, a, n):
    pool = [x["title"] for x in ARTICLES if x is not a] + EXTRA_HEADLINES
    return rng.sample(pool, n)


def paras_html(a, style, rng):
    out = []
    notice = a["kind"] == "notice"
    for i, p in enumerate(a["paras"]):
        right = notice and i >= len(a["paras"]) - 2 and (len(p) < 20 and ("日" in p or "局" in p or "室" in p
                                                                              or "府" in p or "会" in p))
        t = esc(p)
        if style == "p":
            out.append('<p style="text-align: right;">%s</p>' % t if right else "<p>　　%s</p>" % t)
        elif style == "indent":
            out.append('<p style="text-indent: 2em; line-height: 2;">%s</p>' % t if not right
                       else '<p style="text-align:right">%s</p>' % t)
        elif style == "br":
            out.append("&nbsp;&nbsp;&nbsp;&nbsp;%s<br />\n<br />" % t)
        elif style == "div":
            out.append('<div style="text-indent:2em">%s</div>' % t)
        elif style == "mso":
            cut = max(1, len(p) // 3)
            out.append('<p class="MsoNormal" style="text-indent:32.0pt;mso-char-indent-count:2.0">'
                       '<span style="font-size:16.0pt;font-family:仿宋_GB2312">%s</span>'
                       '<span lang="EN-US" style="font-size:16.0pt">%s</span><o:p></o:p></p>'
                       % (esc(p[:cut]), esc(p[cut:])))
        if i == 0 and a["kind"] in ("signing", "research", "meeting") and rng.random() < 0.4:
            out.append('<p style="text-align: center;"><img src="/images/%d.jpg" border="0" /></p>' % rng.randint(1000, 9999))
    return "\n".join(out)


def footer_common(site, rng):
    fid = rng.choice(FOOTER_IDS)
    return ('<p>主办单位：%s办公室　承办单位：%s大数据中心</p>\n<p>网站标识码：%s　<a href="https://beian.miit.gov.cn">豫ICP备%08d号-1</a>'
            '　<img src="/images/ga.png">豫公网安备 41020202000%03d号</p>\n<p><a href="/sitemap.html">网站地图</a> | '
            '<a href="/lxwm.html">联系我们</a> | 建议使用1280×768分辨率浏览</p>' % (site, site[:-5] if site.endswith("人民政府") else site, fid,
                                                                                rng.randint(10000000, 99999999), rng.randint(0, 999)))


def nav(rng):
    items = ["首页", "政务公开", "政务服务", "互动交流", "走进" + rng.choice(["龙亭", "兰考", "南阳", "祥符"]), "专题专栏"]
    return '<ul class="nav">%s</ul>' % "".join('<li><a href="/%d/">%s</a></li>' % (i, x) for i, x in enumerate(items))


FOOT_MUST = ["网站标识码", "ICP备", "公网安备", "主办单位", "网站地图"]


def editor_lines(a):
    lines = []
    if a["editor"]:
        lines.append("责任编辑：" + a["editor"])
    if a["reviewer"]:
        lines.append("审核：" + a["reviewer"])
    return lines


def credit_must(a):
    m = []
    if a["editor"]:
        m.append("责任编辑")
    if a["reviewer"]:
        m.append("审核：")
    return m


# ---------------------------------------------------------------- templates

def t_trs(a, rng, site):
    d, t = split_dt(a)
    heads = headlines(rng, a, 5)
    url = "http://www.%s.gov.cn/zwdt/gzdt/%s/t%s_%d.html" % (rng.choice(["kflt", "lankao", "nanyang"]), d[:7].replace("-", ""),
                                                              d.replace("-", ""), rng.randint(1000000, 9999999))
    shown_time = (d + " " + t) if t else d
    authors_html = ("<span>作者：%s</span>" % " ".join(a["authors"])) if a["authors"] else ""
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(a['title'])}_{site}</title>
<meta name="SiteName" content="{site}" />
<meta name="SiteDomain" content="{url.split('/')[2]}" />
<meta name="ColumnName" content="工作动态" />
<meta name="ArticleTitle" content="{esc(a['title'])}" />
<meta name="PubDate" content="{shown_time}" />
<meta name="ContentSource" content="{a['source']}" />
<link href="../../../images/common.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="../../../images/jquery.min.js"></script>
<style>.TRS_Editor P{{margin-top:0;margin-bottom:12px;line-height:1.8;font-size:12pt;}}</style>
</head>
<body>
<div class="top"><div class="topbar"><span>今天是：<script>document.write(new Date().toLocaleDateString());</script></span><a href="#">无障碍阅读</a><a href="#">长者模式</a><a href="#">English</a></div>
<div class="logo"><img src="../../../images/logo.png" alt="{site}" /></div>
{nav(rng)}
<div class="search"><form action="/search"><input type="text" name="q" value="请输入关键字" /><button>搜索</button></form></div></div>
<div class="container">
<div class="location">当前位置：<a href="../../../">首页</a>&nbsp;&gt;&nbsp;<a href="../../">政务动态</a>&nbsp;&gt;&nbsp;<a href="../">工作动态</a></div>
<div class="article">
<h1 class="article-title">{esc(a['title'])}</h1>
<div class="article-info"><span>发布时间：{shown_time}</span><span>来源：{a['source']}</span>{authors_html}<span class="fontsize">字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a></span></div>
<div class="article-content" id="zoom">
<div class="TRS_Editor">
{paras_html(a, rng.choice(['indent', 'p']), rng)}
</div>
</div>
<div class="article-editor">{'　'.join(editor_lines(a))}</div>
<div class="article-tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="related"><div class="related-title">相关链接</div><ul>
{''.join('<li><a href="./t%d.html">%s</a><span>%s</span></li>' % (rng.randint(10**6, 10**7), esc(h), d) for h in heads)}
</ul></div>
</div>
</div>
<div class="footer">{footer_common(site, rng)}</div>
<script type="text/javascript">var _hmt = _hmt || [];(function(){{var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?123";}})();</script>
</body>
</html>
"""
    gold = dict(url=url, publishedAt=(d + "T" + t) if t else d, source=a["source"], authors=a["authors"],
                must=["当前位置", "打印本页", "关闭窗口", "相关链接", "字号", "发布时间", heads[0], heads[3]] + FOOT_MUST + credit_must(a))
    return html, "utf-8", gold


def t_hanweb(a, rng, site):
    d, t = split_dt(a)
    heads = headlines(rng, a, 6)
    y, m, dd = d.split("-")
    url = "http://www.%s.gov.cn/art/%s/%d/%d/art_%d_%d.html" % (rng.choice(["ningling", "luoning", "gongyi"]), y, int(m), int(dd),
                                                                rng.randint(1000, 9999), rng.randint(100000, 999999))
    show_h = rng.random() < 0.8
    title_cell = f'<td class="title" align="center" style="font-size:22px;font-weight:bold;color:#C00;"><!--<$[标题名称]>begin-->{esc(a["title"])}<!--<$[标题名称]>end--></td>' if show_h else '<td></td>'
    html = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{esc(a['title'])} - {site}</title>
<meta name="ArticleTitle" content="{esc(a['title'])}">
<meta name="pubDate" content="{d}">
<meta name="ContentSource" content="{a['source']}">
<meta name="Keywords" content="{esc(a['title'])}">
<script language="javascript" src="/script/0/1.js"></script>
</head>
<body leftmargin="0" topmargin="0">
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/picture/0/banner.jpg" width="1000" height="160"></td></tr>
<tr><td class="nav">{''.join('<a href="/col/col%d/index.html">%s</a>&nbsp;|&nbsp;' % (i, x) for i, x in enumerate(['首页', '政务要闻', '部门动态', '乡镇动态', '通知公告', '政策解读', '政务公开', '办事服务']))}</td></tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="bt_link">您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="/col/col1/index.html">政务要闻</a></td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td height="30"></td></tr>
<tr>{title_cell}</tr>
<tr><td align="center" class="bt_content" style="border-bottom:1px solid #ccc">发布日期：{d}&nbsp;&nbsp;&nbsp;信息来源：{a['source']}&nbsp;&nbsp;&nbsp;浏览次数：<script language="javascript" src="/module/visitcount/articlehits.jsp?colid=1&artid=2"></script>&nbsp;&nbsp;&nbsp;【字体：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</td></tr>
<tr><td>
<div id="zoom" style="padding:20px 40px;font-size:16px;line-height:30px">
<!--ZJEG_RSS.content.begin--><meta name="ContentStart">
{paras_html(a, rng.choice(['p', 'mso', 'br']), rng)}
<meta name="ContentEnd"><!--ZJEG_RSS.content.end-->
</div>
</td></tr>
<tr><td align="right" style="padding-right:40px">{'　'.join(editor_lines(a))}</td></tr>
<tr><td align="right"><a href="javascript:window.print()">【打印】</a>&nbsp;<a href="javascript:window.opener=null;window.close()">【关闭】</a></td></tr>
<tr><td><table width="100%"><tr><td class="bt_title">相关文章</td></tr>
{''.join('<tr><td><a href="/art/2023/1/%d/art_1_%d.html" target="_blank">·%s</a></td></tr>' % (i + 1, rng.randint(1000, 9999), esc(h)) for i, h in enumerate(heads))}
</table></td></tr>
</table>
<table width="1000" align="center" bgcolor="#EEEEEE"><tr><td align="center">{footer_common(site, rng)}<br>技术支持：大汉网络</td></tr></table>
</body>
</html>
"""
    gold = dict(url=url, publishedAt=d, source=a["source"], authors=[],
                must=["您现在的位置", "浏览次数", "字体", "【打印】", "相关文章", "技术支持", heads[1], heads[5]] + FOOT_MUST + credit_must(a))
    if a["authors"]:
        gold["authors"] = []
    return html, "gbk", gold


def t_henan(a, rng, site):
    d, t = split_dt(a)
    heads = headlines(rng, a, 8)
    url = "https://www.%s.gov.cn/pc/content/content_%d.html" % (rng.choice(["xiangfu", "weidong", "guangshan"]), 1600000000000000000 + rng.randint(10**12, 10**13))
    tm = (d + " " + t + ":00") if t else d
    author_part = ('<span class="author">作者：%s</span>' % "、".join(a["authors"])) if a["authors"] else ""
    html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(a['title'])}-{site}</title>
<meta name="keywords" content="{site}">
<meta name="description" content="{esc(a['paras'][0][:60])}">
<link rel="stylesheet" href="/pc/css/content.css">
</head>
<body>
<div class="top-bar"><div class="w1200"><span class="welcome">欢迎访问{site}门户网站！</span><span class="right"><a href="/pc/index.html">网站首页</a> | <a href="#">移动版</a> | <a href="#">无障碍</a></span></div></div>
<div class="header"><div class="w1200"><div class="logo"><a href="/"><img src="/pc/images/logo.png" alt="{site}"></a></div>{nav(rng)}</div></div>
<div class="w1200 main">
<div class="crumbs"><i class="icon-home"></i>当前位置：<a href="/pc/index.html">首页</a> &gt; <a href="/pc/list/list_1.html">政务要闻</a> &gt; 正文</div>
<div class="content-box">
<div class="content-title"><h2>{esc(a['title'])}</h2></div>
<div class="content-info"><span class="time">发布时间：{tm}</span><span class="source">来源：{a['source']}</span>{author_part}<span class="views">浏览量：<em id="readCount">1286</em></span><span class="font">【字号：<a href="javascript:;">大</a><a href="javascript:;">中</a><a href="javascript:;">小</a>】</span></div>
<div class="content-main" id="content">
{paras_html(a, rng.choice(['p', 'indent', 'div']), rng)}
</div>
<div class="content-editor"><p>{'</p><p>'.join(editor_lines(a))}</p></div>
<div class="share-bar"><span>分享到：</span><a class="wx" href="javascript:;">微信</a><a class="wb" href="javascript:;">微博</a><a class="qq" href="javascript:;">QQ空间</a></div>
<div class="content-page"><p>上一篇：<a href="/pc/content/content_1.html">{esc(heads[0])}</a></p><p>下一篇：<a href="/pc/content/content_2.html">{esc(heads[1])}</a></p></div>
</div>
<div class="side-box"><div class="side-title">热点新闻</div><ul>{''.join('<li><a href="/pc/content/content_%d.html">%s</a></li>' % (i, esc(h)) for i, h in enumerate(heads[2:]))}</ul></div>
</div>
<div class="footer"><div class="w1200">{footer_common(site, rng)}</div></div>
<script src="/pc/js/jquery.js"></script><script>$(function(){{$('#readCount').load('/api/read');}});</script>
</body>
</html>
"""
    gold = dict(url=url, publishedAt=(d + "T" + t) if t else d, source=a["source"], authors=a["authors"],
                must=["当前位置", "分享到", "上一篇", "下一篇", "浏览量", "热点新闻", heads[0], heads[1], heads[4]] + FOOT_MUST + credit_must(a))
    return html, "utf-8", gold


def t_oldtable(a, rng, site, declared=True):
    d, t = split_dt(a)
    heads = headlines(rng, a, 5)
    meta = '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">' if declared else ''
    author = a["authors"][0] if a["authors"] else "本站"
    author_gold = a["authors"][:1] if a["authors"] else []
    html = f"""<HTML><HEAD>{meta}
<TITLE>{esc(a['title'])}--{site}</TITLE>
<link href="../css/style.css" rel="stylesheet" type="text/css">
</HEAD>
<BODY bgcolor="#FFFFFF" text="#000000">
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="../images/top.gif" width="778" height="120"></td></tr>
<tr><td bgcolor="#0066CC" height="25"><font color="#FFFFFF">{'　'.join('<a href="../%s.asp"><font color="#FFFFFF">%s</font></a>' % (i, x) for i, x in enumerate(['网站首页', '政务信息', '招商引资', '便民服务', '领导信箱']))}</font></td></tr>
</table>
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="200" valign="top" bgcolor="#F0F0F0">
<table width="100%"><tr><td><b>最新信息</b></td></tr>
{''.join('<tr><td><a href="../news/show.asp?id=%d">%s</a></td></tr>' % (rng.randint(100, 999), esc(h)) for h in heads)}
</table>
</td>
<td width="578" valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="5">
<tr><td align="center"><font size="4" color="#CC0000"><b>{esc(a['title'])}</b></font></td></tr>
<tr><td align="center"><font color="#666666">作者：{author}&nbsp;&nbsp;来源：{a['source']}&nbsp;&nbsp;发布时间：{cn_date(d)}&nbsp;&nbsp;点击数：<font color="red">328</font></font></td></tr>
<tr><td class="bt_content"><font size="3">
{paras_html(a, 'br', rng)}
</font></td></tr>
<tr><td align="right">【<a href="javascript:window.print()">打印此文</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
<tr><td>上一篇：<a href="show.asp?id=1">{esc(heads[2])}</a><br>下一篇：<a href="show.asp?id=2">{esc(heads[3])}</a></td></tr>
</table>
</td></tr></table>
<table width="778" border="0" align="center" bgcolor="#0066CC"><tr><td align="center"><font color="#FFFFFF">版权所有：{site}　地址：人民路1号　电话：0371-2345678<br>豫ICP备{rng.randint(10000000, 99999999)}号　建议使用IE6.0以上浏览器，1024×768分辨率</font></td></tr></table>
</BODY></HTML>
"""
    gold = dict(url=None, publishedAt=d, source=a["source"], authors=author_gold,
                must=["版权所有", "ICP备", "点击数", "打印此文", "上一篇", "最新信息", heads[0], heads[2], heads[3]])
    return html, "gbk", gold


def t_html5(a, rng, site):
    d, t = split_dt(a)
    heads = headlines(rng, a, 6)
    dt = (d + "T" + t + ":00+08:00") if t else d
    html = f"""<!doctype html>
<html lang="zh-Hans">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{esc(a['title'])} | {site}</title>
<meta property="og:title" content="{esc(a['title'])}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{dt}">
<link rel="stylesheet" href="/assets/app.css">
</head>
<body>
<header class="site-header"><a class="brand" href="/">{site}</a><nav class="main-nav">{nav(rng)}</nav><button class="menu-toggle" aria-label="菜单">☰</button></header>
<main class="page">
<nav class="breadcrumb" aria-label="面包屑"><a href="/">首页</a> / <a href="/news/">新闻中心</a> / <span>{esc(a['kind'] == 'notice' and '通知公告' or '政务要闻')}</span></nav>
<article class="post">
<header class="post-header">
<h1>{esc(a['title'])}</h1>
<p class="post-meta"><time datetime="{dt}">{cn_date(d)}{(' ' + t) if t else ''}</time> · <span>{a['source']}</span></p>
</header>
<section class="post-body">
{paras_html(a, rng.choice(['p', 'indent']), rng)}
</section>
<footer class="post-footer"><p class="editor">{'　'.join(editor_lines(a))}</p>
<div class="share"><span>分享：</span><a href="#">微信</a><a href="#">微博</a><a href="#">复制链接</a></div></footer>
</article>
<aside class="sidebar"><h2>热门文章</h2><ol>{''.join('<li><a href="/news/%d.html">%s</a></li>' % (i, esc(h)) for i, h in enumerate(heads))}</ol>
<h2>专题专栏</h2><ul><li><a href="#">学习贯彻党的二十大精神</a></li><li><a href="#">优化营商环境</a></li></ul></aside>
</main>
<footer class="site-footer">{footer_common(site, rng)}</footer>
</body>
</html>
"""
    src = a["source"]
    gold = dict(url=None, publishedAt=(d + "T" + t) if t else d, source=None, authors=[],
                must=["热门文章", "专题专栏", "复制链接", heads[0], heads[5], "学习贯彻党的二十大精神"] + FOOT_MUST + credit_must(a))
    del src
    return html, "utf-8", gold


def t_wenmi(a, rng, site):
    d, t = split_dt(a)
    heads = headlines(rng, a, 8)
    wm = rng.choice(["文秘帮", "范文网", "公文之家"])
    html = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{esc(a['title'])}-{wm}</title>
<meta name="keywords" content="{esc(a['title'])},工作总结,会议讲话">
<meta name="description" content="下面是小编为大家整理的{esc(a['title'])}，供大家参考。">
</head>
<body>
<div class="top"><a href="/">{wm}</a> - 专业的范文写作平台 <a href="/login">登录</a> <a href="/reg">注册</a></div>
<div class="menu"><a href="/">首页</a><a href="/gzzj/">工作总结</a><a href="/jhbg/">计划报告</a><a href="/jhjg/">讲话致辞</a><a href="/dyhy/">党团范文</a></div>
<div class="wrap">
<div class="left">
<div class="weizhi">您现在的位置：<a href="/">{wm}</a> &gt; <a href="/dyhy/">党团范文</a> &gt; 正文</div>
<div class="article">
<h1>{esc(a['title'])}</h1>
<div class="info">时间：{d}　作者：admin　来源：{a['source']}　点击：<span>{rng.randint(100, 9999)}</span></div>
<div class="content" id="article-content">
<p>下面是小编为大家整理的{esc(a['title'])}，供大家参考。</p>
{paras_html(a, 'p', rng)}
<p>推荐访问：<a href="/tag/1.html">{esc(heads[0][:6])}</a> <a href="/tag/2.html">工作会议</a> <a href="/tag/3.html">讲话稿</a></p>
</div>
<div class="pages">上一篇：<a href="/1.html">{esc(heads[1])}</a>　下一篇：<a href="/2.html">{esc(heads[2])}</a></div>
<div class="xiangguan"><h3>相关文章：</h3><ul>{''.join('<li><a href="/%d.html">%s</a></li>' % (i, esc(h)) for i, h in enumerate(heads[3:6]))}</ul></div>
<div class="comment"><h3>网友评论</h3><p>暂无评论</p></div>
</div>
</div>
<div class="right"><div class="box"><h3>热门排行</h3><ul>{''.join('<li><a href="/%d.html">%s</a></li>' % (i, esc(h)) for i, h in enumerate(heads[6:]))}</ul></div></div>
</div>
<div class="foot">Copyright © 2012-2023 {wm} 版权所有 本站部分文章来自网络，如有侵权请联系删除</div>
</body>
</html>
"""
    gold = dict(url=None, publishedAt=d, source=a["source"], authors=[],
                must=["下面是小编", "供大家参考", "推荐访问", "相关文章", "网友评论", "热门排行", "版权所有", "admin", heads[1], heads[3], heads[6]])
    return html, "utf-8", gold


def t_big5(a, rng, site, conv):
    d, t = split_dt(a)
    heads = headlines(rng, a, 5)
    T = conv
    paras = "\n".join("<p>　　%s</p>" % esc(T(p)) for p in a["paras"])
    html = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=big5">
<title>{esc(T(a['title']))}_{T(site)}</title>
</head>
<body>
<div id="top"><a href="/">{T(site)}</a> <a href="/gb/">简体版</a> <a href="/big5/">繁體版</a></div>
<div id="menu">{''.join('<a href="/%d/">%s</a>' % (i, T(x)) for i, x in enumerate(['首页', '政务公开', '新闻中心', '政务服务', '互动交流']))}</div>
<div id="position">{T('当前位置')}：<a href="/">{T('首页')}</a> &gt; <a href="/xwzx/">{T('新闻中心')}</a></div>
<div id="main">
<div class="title">{esc(T(a['title']))}</div>
<div class="fbsj">{T('发布时间')}：{d}{(' ' + t) if t else ''}　{T('信息来源')}：{T(a['source'])}　【{T('字体')}：<a href="#">{T('大')}</a> <a href="#">{T('中')}</a> <a href="#">{T('小')}</a>】</div>
<div class="con" id="zoom">
{paras}
</div>
<div class="zrbj">{T('　'.join(editor_lines(a)))}</div>
<div class="xgxw"><b>{T('相关新闻')}</b><ul>{''.join('<li><a href="/%d.html">%s</a></li>' % (i, esc(T(h))) for i, h in enumerate(heads))}</ul></div>
</div>
<div id="foot">{T(footer_common(site, random.Random(7)))}</div>
</body>
</html>
"""
    gold = dict(url=None, publishedAt=(d + "T" + t) if t else d, source=a["source"], authors=[],
                must=["当前位置", "相关新闻", "简体版", heads[0], heads[2]] + FOOT_MUST + credit_must(a), script="zh-Hant")
    return html, "big5", gold


def t_xxgk(a, rng, site):
    d, t = split_dt(a)
    heads = headlines(rng, a, 4)
    num = "%s〔%s〕%d号" % (rng.choice(["龙政办", "兰政", "区发改"]), d[:4], rng.randint(1, 60))
    html = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(a['title'])}_{site}</title>
<meta name="ArticleTitle" content="{esc(a['title'])}">
<meta name="PubDate" content="{d} 00:00">
</head>
<body>
<div class="head"><img src="/xxgk/images/head.jpg" alt="政府信息公开"></div>
<div class="dqwz">您所在的位置：<a href="/">首页</a> &gt; <a href="/xxgk/">政府信息公开</a> &gt; <a href="/xxgk/tzgg/">通知公告</a></div>
<div class="xxgk-main">
<table class="xxgk-table" border="1" cellspacing="0" cellpadding="4" width="100%">
<tr><td class="lbl">索&nbsp;引&nbsp;号：</td><td>11410202MB1{rng.randint(10000, 99999)}/{d[:4]}-{rng.randint(100, 999):05d}</td><td class="lbl">主题分类：</td><td>综合政务\\通知</td></tr>
<tr><td class="lbl">发布机构：</td><td>{a['source']}</td><td class="lbl">成文日期：</td><td>{cn_date(d)}</td></tr>
<tr><td class="lbl">文&nbsp;&nbsp;&nbsp;&nbsp;号：</td><td>{num}</td><td class="lbl">发布日期：</td><td>{cn_date(d)}</td></tr>
<tr><td class="lbl">名&nbsp;&nbsp;&nbsp;&nbsp;称：</td><td colspan="3">{esc(a['title'])}</td></tr>
</table>
<div class="xxgk-title"><h1>{esc(a['title'])}</h1><p class="wh">{num}</p></div>
<div class="xxgk-content">
{paras_html(a, rng.choice(['indent', 'mso']), rng)}
</div>
<div class="xxgk-btns"><a href="javascript:window.print();">[打印]</a> <a href="javascript:window.close();">[关闭]</a></div>
<div class="xglj"><span>相关文件：</span>{''.join('<a href="/xxgk/%d.html">%s</a>' % (i, esc(h)) for i, h in enumerate(heads))}</div>
</div>
<div class="foot">{footer_common(site, rng)}</div>
</body>
</html>
"""
    gold = dict(url=None, publishedAt=d, source=a["source"], authors=[],
                must=["索引号", "索 引 号", "主题分类", "发布机构", "成文日期", "您所在的位置", "相关文件", heads[0], heads[2]] + FOOT_MUST)
    return html, "utf-8", gold


def t_county(a, rng, site, undeclared=False):
    d, t = split_dt(a)
    heads = headlines(rng, a, 6)
    meta = "" if undeclared else '<meta http-equiv="Content-Type" content="text/html; charset=GBK" />'
    by = ("　记者：" + " ".join(a["authors"])) if a["authors"] else ""
    html = f"""<!DOCTYPE html>
<html>
<head>
{meta}
<title>{esc(a['title'])}</title>
<link rel="stylesheet" href="/css/main.css">
</head>
<body>
<div class="head"><div class="logo">{site}</div><div class="date">{cn_date(d)} 星期{rng.choice('一二三四五')}</div></div>
<div class="navbar">{nav(rng)}</div>
<div class="wz">位置：<a href="/">首页</a> &raquo; <a href="/news/">乡镇动态</a></div>
<div class="show">
<div class="show-title">{esc(a['title'])}</div>
<div class="show-info">{cn_date(d)}{(' ' + t) if t else ''}　来源：{a['source']}{by}　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】【<a href="#">视力保护色</a>】</div>
<div class="show-text">
{paras_html(a, rng.choice(['p', 'div']), rng)}
</div>
<div class="show-bj">{'　'.join(editor_lines(a))}</div>
<div class="show-tool"><span>【<a href="#">我要纠错</a>】</span><span>【<a href="javascript:window.print()">打印</a>】</span><span>【<a href="javascript:window.close()">关闭</a>】</span></div>
<div class="qrcode"><img src="/qr.png"><p>扫一扫在手机打开当前页</p></div>
<div class="xgxw"><div class="xgxw-t">相关新闻</div><ul>{''.join('<li><a href="/news/%d.html">%s</a><span>%s</span></li>' % (i, esc(h), d[5:]) for i, h in enumerate(heads))}</ul></div>
</div>
<div class="footer">{footer_common(site, rng)}</div>
</body>
</html>
"""
    gold = dict(url=None, publishedAt=(d + "T" + t) if t else d, source=a["source"], authors=a["authors"],
                must=["视力保护色", "我要纠错", "扫一扫", "相关新闻", "星期", heads[0], heads[4]] + FOOT_MUST + credit_must(a))
    return html, "gbk", gold


def t_mobile(a, rng, site):
    d, t = split_dt(a)
    heads = headlines(rng, a, 3)
    html = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<meta name="publishdate" content="{d}">
<title>{esc(a['title'])}</title>
</head>
<body>
<div class="m-header"><a class="back" href="javascript:history.back()">返回</a><span>{site}</span><a href="/m/search">搜索</a></div>
<div class="m-article">
<h3 class="m-title">{esc(a['title'])}</h3>
<div class="m-meta"><span>{d}</span><span>{a['source']}</span></div>
<div class="m-body">
<section>
{paras_html(a, 'p', rng)}
</section>
</div>
<div class="m-editor">{'<br>'.join(editor_lines(a))}</div>
<div class="m-more"><p>猜你喜欢</p>{''.join('<a href="/m/%d.html"><p>%s</p><span>%s</span></a>' % (i, esc(h), d) for i, h in enumerate(heads))}</div>
</div>
<div class="m-footer"><p>{site}　版权所有</p><p>网站标识码：{rng.choice(FOOTER_IDS)}</p></div>
</body>
</html>
"""
    gold = dict(url=None, publishedAt=d, source=a["source"], authors=[],
                must=["猜你喜欢", "版权所有", "网站标识码", heads[0], heads[2]] + credit_must(a))
    return html, "utf-8", gold


TEMPLATES = ["trs", "hanweb", "henan", "oldtable", "html5", "wenmi", "big5", "xxgk", "county", "mobile", "trs-gbk",
             "county-undeclared", "oldtable-undeclared"]


def pick_template(i, a):
    if a["kind"] == "notice":
        return ["xxgk", "hanweb", "trs", "xxgk", "county", "henan"][i % 6]
    order = ["trs", "hanweb", "henan", "oldtable", "html5", "wenmi", "big5", "county", "mobile", "henan",
             "trs-gbk", "hanweb", "county-undeclared", "oldtable-undeclared", "big5", "wenmi", "trs", "html5"]
    return order[i % len(order)]


def to_traditional(strings):
    data = "\n".join(s.replace("\n", " ") for s in strings) + "\n"
    here = os.path.dirname(os.path.abspath(__file__))
    out = subprocess.run(["java", "-cp", HANLP_JAR + os.pathsep + here, "S2T"], input=data.encode("utf-8"),
                         capture_output=True, check=True).stdout.decode("utf-8").split("\n")
    return dict(zip(strings, out))


def main():
    os.makedirs(os.path.join(ROOT, "pages"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    subprocess.run(["javac", "-cp", HANLP_JAR, "-d", HERE, os.path.join(HERE, "S2T.java")], check=True)
    plan = [(i, a, pick_template(i, a)) for i, a in enumerate(ARTICLES)]
    # every string of a traditional page goes through HanLP s2t at once
    trad_needed = []
    for i, a, tpl in plan:
        if tpl == "big5":
            site = SITES[i % len(SITES)]
            trad_needed += [a["title"], a["source"], site, footer_common(site, random.Random(7)),
                            "　".join(editor_lines(a))] + a["paras"] + headlines(random.Random(i), a, 5)
    trad_needed += ["当前位置", "首页", "新闻中心", "发布时间", "信息来源", "字体", "大", "中", "小", "相关新闻",
                    "政务公开", "政务服务", "互动交流"]
    table = to_traditional(sorted(set(trad_needed))) if trad_needed else {}
    for i, a, tpl in plan:
        rng = random.Random(i)
        site = SITES[i % len(SITES)]
        if tpl == "trs" or tpl == "trs-gbk":
            html, cs, g = t_trs(a, rng, site)
            if tpl == "trs-gbk":
                html = html.replace('charset=utf-8', 'charset=GBK')
                cs = "gbk"
        elif tpl == "hanweb":
            html, cs, g = t_hanweb(a, rng, site)
        elif tpl == "henan":
            html, cs, g = t_henan(a, rng, site)
        elif tpl == "oldtable":
            html, cs, g = t_oldtable(a, rng, site)
        elif tpl == "oldtable-undeclared":
            html, cs, g = t_oldtable(a, rng, site, declared=False)
        elif tpl == "html5":
            html, cs, g = t_html5(a, rng, site)
        elif tpl == "wenmi":
            html, cs, g = t_wenmi(a, rng, site)
        elif tpl == "big5":
            # the footer is rendered with the same rng draw as in trad_needed
            html, cs, g = t_big5(a, random.Random(i), site, lambda s: table.get(s, s))
        elif tpl == "xxgk":
            html, cs, g = t_xxgk(a, rng, site)
        elif tpl == "county":
            html, cs, g = t_county(a, rng, site)
        elif tpl == "county-undeclared":
            html, cs, g = t_county(a, rng, site, undeclared=True)
        elif tpl == "mobile":
            html, cs, g = t_mobile(a, rng, site)
        else:
            raise ValueError(tpl)
        name = "%03d-%s" % (i + 1, tpl)
        raw = html.encode(cs, errors="xmlcharrefreplace")
        with open(os.path.join(ROOT, "pages", name + ".html"), "wb") as f:
            f.write(raw)
        article = {
            "url": g.get("url"),
            "title": a["title"],
            "publishedAt": g["publishedAt"],
            "source": g["source"],
            "authors": g["authors"],
            "text": "\n".join(a["paras"]),
            "script": g.get("script", "zh-Hans"),
            # a chrome string the article itself uses is no test of cleaning: left out
            "mustNotContain": sorted(set(m for m in g["must"] if m and m.replace(" ", "") not in "".join(a["paras"]))),
        }
        gold = {"id": "gov-%03d" % (i + 1), "input": "pages/%s.html" % name, "template": tpl,
                "charset": {"utf-8": "UTF-8", "gbk": "GBK", "big5": "Big5"}[cs],
                "article": article, "meeting": None, "metrics": None}
        with open(os.path.join(ROOT, "gold", name + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=2)
            f.write("\n")
    print("wrote %d pages" % len(plan))


if __name__ == "__main__":
    main()
