"""Article pages written in the markup of the CMS templates Chinese news and government
sites are built on, and the share of them dechaff reads right (docs/metadata.md, "CMS
template pages").

Each page is a small invented article in one template's markup (DedeCMS, PHPCMS v9,
EmpireCMS, Discuz! portal, PbootCMS, MetInfo, JEECMS, WordPress themes, government sites,
WeChat dumps, self-media platforms, traditional characters ...) with the title, author,
published time and source a reader would take from it; a page is right when all four and
the body's first and last paragraphs are, and no footer, share or prev/next line is in the
body::

    PYTHONPATH=src python3 benchmarks/zh_cms_pages.py [-v] [name filter ...]
"""

# ruff: noqa: E501  (each case is one page written out on a line of its own)
import datetime as dt
import sys

import dechaff

P1 = "清溪市今年秋粮收购工作于本月初全面启动，全市共设立收购网点四十二个，预计收购量比去年增长百分之八左右。"
P2 = "市粮食和物资储备局有关负责人介绍，今年全市秋粮播种面积稳中有增，单产水平明显提高，粮食品质总体较好。"
P3 = "为保障农民顺畅售粮，各收购网点延长了营业时间，并开通了预约售粮服务，农民可以通过手机提前预约，减少排队等候。"
P4 = "下一步，该局将加强市场监测，严格执行收购政策，坚决防止压级压价、拖欠售粮款等损害农民利益的行为发生。"
BODY = "".join(f"<p>{p}</p>" for p in (P1, P2, P3, P4))
T = "清溪市秋粮收购工作全面启动"
FOOT = "<div class='footer'><p>关于我们 | 联系我们 | 网站地图 | 广告服务</p><p>Copyright © 2008-2024 清溪网 版权所有 湘ICP备12345678号-1</p></div>"
RELATED = "<div class='related'><h3>相关阅读</h3><ul><li><a href='/a/1.html'>清溪市召开粮食安全工作会议</a></li><li><a href='/a/2.html'>全市早稻收购进度过半</a></li><li><a href='/a/3.html'>农机跨区作业服务队出发</a></li></ul></div>"


def page(head, top, body=BODY, tail="", title_tag=None):
    tt = title_tag if title_tag is not None else f"{T}_新闻中心_清溪网"
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{tt}</title>{head}</head><body>{top}{body}{tail}{FOOT}</body></html>"


NAV = "<div class='nav'><a href='/'>首页</a> <a href='/news/'>新闻中心</a> <a href='/zw/'>政务公开</a> <a href='/ms/'>民生</a> <a href='/ty/'>体育</a></div>"
PN = "<div class='prenext'><p>上一篇：<a href='/a/0.html'>清溪市召开秋季农业生产现场会</a></p><p>下一篇：没有了</p></div>"
SHARE = "<div class='share'>分享到：<a>微信</a><a>微博</a><a>QQ空间</a></div>"

cases = []


def case(name, html, title=T, author=None, published="2024-11-09", source=None, url=None):
    cases.append((name, html, title, author, published, source, url))


# ---- DedeCMS default article_article.htm
def dede(info, end="", tt=None):
    top = (
        NAV
        + "<div class='place'><strong>当前位置:</strong> <a href='/'>主页</a> &gt; <a href='/news/'>新闻中心</a> &gt; </div>"
        f"<div class='viewbox'><div class='title'><h2>{T}</h2></div><div class='info'>{info}</div>"
        "<div class='intro'>清溪市秋粮收购工作全面启动，全市共设立收购网点四十二个。</div><div class='content'><table width='100%'><tr><td>"
    )
    tail = (
        f"{end}</td></tr></table></div><div class='boxoff'><strong>------分隔线----------------------------</strong></div>"
        "<div class='handle'><div class='context'><ul><li>上一篇：<a href='/a/0.html'>清溪市召开秋季农业生产现场会</a> </li><li>下一篇：没有了 </li></ul></div>"
        "<div class='actbox'><ul><li id='act-fav'><a href='#'>收藏</a></li><li id='act-err'><a href='#'>挑错</a></li><li id='act-pus'><a href='#'>推荐</a></li><li id='act-pnt'><a href='#'>打印</a></li></ul></div></div></div>"
        + RELATED
    )
    return page("", top, tail=tail, title_tag=tt)


COUNT = "<script src='/plus/count.php?view=yes&aid=123&mid=1' type='text/javascript' language='javascript'></script>"
case(
    "dede: writer+source",
    dede(
        f"<small>时间:</small>2024-11-09 10:21<small>来源:</small>清溪日报<small>作者:</small>王建宏<small>点击:</small>{COUNT}次"
    ),
    author="王建宏",
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "dede: defaults 未知/佚名",
    dede(
        f"<small>时间:</small>2024-11-09 10:21<small>来源:</small>未知<small>作者:</small>佚名<small>点击:</small>{COUNT}次"
    ),
    published="2024-11-09T10:21",
)
case(
    "dede: writer admin",
    dede(
        f"<small>时间:</small>2024-11-09 10:21<small>来源:</small>本站<small>作者:</small>admin<small>点击:</small>{COUNT}次",
        "(责任编辑：admin)",
    ),
    published="2024-11-09T10:21",
)
case(
    "dede: 责任编辑 end",
    dede(
        f"<small>时间:</small>2024-11-09 10:21<small>来源:</small>清溪日报<small>作者:</small>王建宏<small>点击:</small>{COUNT}次",
        "<p>(责任编辑：李秀英)</p>",
    ),
    author="王建宏",
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "dede: no writer, editor only",
    dede(
        f"<small>时间:</small>2024-11-09 10:21<small>来源:</small>清溪日报<small>作者:</small><small>点击:</small>{COUNT}次",
        "<p>(责任编辑：李秀英)</p>",
    ),
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "dede: account writer 清溪网编辑部",
    dede(
        f"<small>时间:</small>2024-11-09 10:21<small>来源:</small>清溪网<small>作者:</small>清溪网编辑部<small>点击:</small>{COUNT}次"
    ),
    published="2024-11-09T10:21",
    source="清溪网",
)
case(
    "dede: title chain",
    dede(
        "<small>时间:</small>2024-11-09 10:21<small>来源:</small>清溪日报<small>作者:</small>王建宏",
        tt=f"{T}-国内新闻-新闻中心-清溪网",
    ),
    author="王建宏",
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "dede: 发布时间 spaced labels",
    dede(
        "发布时间：2024-11-09 10:21　文章来源：清溪日报　作者：王建宏　点击数：<span id='hits'>0</span>"
    ),
    author="王建宏",
    published="2024-11-09T10:21",
    source="清溪日报",
)


# ---- PHPCMS v9 show.html: the info span inside the h1
def phpcms(h1info, end="", tt=None):
    top = (
        NAV
        + "<div class='crumbs'><a href='/'>首页</a><span> &gt; </span><a href='/news/'>新闻中心</a> &gt;  正文</div>"
        f"<div id='Article'><h1>{T}<br /><span>{h1info}</span></h1><div class='content'>"
    )
    tail = (
        f"{end}</div><p class='f14'><strong>上一篇：</strong><a href='/a/0.html'>清溪市召开秋季农业生产现场会</a><br /><strong>下一篇：</strong><a href='/a/2.html'>全市早稻收购进度过半</a></p></div>"
        + RELATED
    )
    return page("", top, tail=tail, title_tag=tt or f"{T} - 新闻中心 - 清溪网")


case(
    "phpcms: h1 holds info",
    phpcms(
        "2024-11-09 10:21:33&nbsp;&nbsp;&nbsp;来源：清溪日报&nbsp;&nbsp;&nbsp;评论：<a href='#comment'><span id='comment'>0</span></a> 点击：<span id='hits'></span>"
    ),
    published="2024-11-09T10:21:33",
    source="清溪日报",
)
case(
    "phpcms: h1 info+author",
    phpcms(
        "2024-11-09 10:21:33&nbsp;&nbsp;&nbsp;来源：清溪日报&nbsp;&nbsp;作者：王建宏&nbsp;&nbsp;&nbsp;点击：<span id='hits'></span>",
        "<p style='text-align:right'>（责任编辑：李秀英）</p>",
    ),
    author="王建宏",
    published="2024-11-09T10:21:33",
    source="清溪日报",
)


# ---- EmpireCMS
def empire(info, tt=None):
    top = (
        NAV
        + "<table class='position'><tr><td>您当前的位置：<a href='/'>首页</a>&nbsp;&gt;&nbsp;<a href='/news/'>新闻中心</a></td></tr></table>"
        f"<table class='title_info'><tr><td><h1>{T}</h1></td></tr><tr><td class='info_text'>{info}</td></tr></table><table><tr><td id='text'>"
    )
    tail = (
        "<p align='center' class='pageLink'></p></td></tr></table><table class='digg'><tr><td class='diggnum' id='diggnum'><strong><script type='text/javascript' src='/e/public/ViewClick/?classid=2&id=12&down=5'></script></strong></td></tr>"
        "<tr><td class='diggit'><a href='#'>来顶一下</a></td></tr></table>"
        "<div>上一篇：<a href='/a/0.html'>清溪市召开秋季农业生产现场会</a>&nbsp;&nbsp;&nbsp;&nbsp;下一篇：<a href='/a/2.html'>全市早稻收购进度过半</a></div>"
        + RELATED
    )
    return page("", top, tail=tail, title_tag=tt or f"{T} - 清溪网")


case(
    "empire: labelled",
    empire("时间：2024-11-09 10:21:05&nbsp;&nbsp;来源：清溪日报&nbsp;&nbsp;作者：王建宏"),
    author="王建宏",
    published="2024-11-09T10:21:05",
    source="清溪日报",
)
case(
    "empire: empty writer",
    empire("时间：2024-11-09 10:21:05&nbsp;&nbsp;来源：清溪日报&nbsp;&nbsp;作者："),
    published="2024-11-09T10:21:05",
    source="清溪日报",
)
case(
    "empire: unlabelled w/t/s",
    empire("王建宏&nbsp;&nbsp;2024-11-09 10:21:05&nbsp;&nbsp;清溪日报"),
    author=None,
    published="2024-11-09T10:21:05",
)
case(
    "empire: table cells",
    empire(
        "<table cellspacing='0'><tr><td width='100'>作者：王建宏</td><td width='450'>来源：清溪日报</td><td>2024-11-09 10:21:05</td></tr></table>"
    ),
    author="王建宏",
    published="2024-11-09T10:21:05",
    source="清溪日报",
)
case(
    "empire: mailto writer",
    empire(
        "时间：2024-11-09 10:21:05&nbsp;&nbsp;来源：<a href='http://www.qxrb.cn'>清溪日报</a>&nbsp;&nbsp;作者：<a href='mailto:wjh@qxrb.cn'>王建宏</a>"
    ),
    author="王建宏",
    published="2024-11-09T10:21:05",
    source="清溪日报",
)


# ---- Discuz! portal view.htm
def discuz(xg1, tt=None):
    top = (
        "<div id='pt' class='bm cl'><div class='z'><a href='./' class='nvhm' title='首页'>清溪社区</a> <em>&rsaquo;</em> <a href='portal.php'>门户</a> <em>&rsaquo;</em> <a href='list-1.html'>本地资讯</a> <em>&rsaquo;</em> 查看内容</div></div>"
        f"<div class='bm vw'><div class='h hm'><h1 class='ph'>{T}</h1><p class='xg1'>{xg1}</p></div>"
        "<div class='s'><div><strong>摘要</strong>: 清溪市秋粮收购工作于本月初全面启动，全市共设立收购网点四十二个。</div></div><div class='d'><table cellpadding='0' cellspacing='0' class='vwtb'><tr><td id='article_content'>"
    )
    tail = (
        "</td></tr></table><div class='o cl ptm pbm'><a href='#' class='oshr'>分享</a><a href='#' class='oshr ofav'>收藏</a><a href='#' class='oshr oivt'>邀请</a></div>"
        "<div class='pren pbm cl'><em>上一篇：</em><a href='/a/0.html'>清溪市召开秋季农业生产现场会</a><em>下一篇：</em>没有了</div></div></div>"
        "<div class='bm'><div class='bm_h'><h3>相关阅读</h3></div><ul><li><a href='/a/1.html'>清溪市召开粮食安全工作会议</a></li></ul></div>"
        "<div class='bm'><div class='bm_h'><h3>最新评论</h3></div></div>"
    )
    return page(
        "", top, tail=tail, title_tag=tt or f"{T} - 本地资讯 - 清溪社区 -  Powered by Discuz!"
    )


X = "<span class='pipe'>|</span>"
case(
    "discuz: 原作者/来自",
    discuz(
        f"2024-11-9 10:21{X} 发布者: <a href='home.php?mod=space&uid=1'>admin</a>{X} 查看: <em id='_viewnum'>1234</em>{X} 评论: 0{X}原作者: 王建宏{X}来自: 清溪日报"
    ),
    author="王建宏",
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "discuz: admin only",
    discuz(
        f"2024-11-9 10:21{X} 发布者: <a href='home.php?mod=space&uid=1'>admin</a>{X} 查看: <em id='_viewnum'>1234</em>{X} 评论: 0"
    ),
    published="2024-11-09T10:21",
)
case(
    "discuz: 来自 only",
    discuz(
        f"2024-11-9 10:21{X} 发布者: <a href='home.php?mod=space&uid=1'>清溪小编</a>{X} 查看: <em id='_viewnum'>1234</em>{X} 评论: 0{X}来自: 清溪日报"
    ),
    published="2024-11-09T10:21",
    source="清溪日报",
)


# ---- PbootCMS
def pboot(info, tt=None):
    top = (
        NAV
        + "<div class='position'>当前位置：<a href='/'>首页</a> &gt; <a href='/news/'>新闻中心</a> &gt; <a href='/news/gs/'>公司新闻</a></div>"
        f"<div class='container'><h2 class='text-center mt-3'>{T}</h2><div class='text-center border-bottom text-secondary pb-2 mb-3'>{info}</div><div class='news-content'>"
    )
    tail = "</div><div class='text-secondary lh-2'><p>上一篇：<a href='/a/0.html'>清溪市召开秋季农业生产现场会</a></p><p>下一篇：没有了！</p></div></div>"
    return page("", top, tail=tail, title_tag=tt or f"{T}-清溪粮油有限公司")


case(
    "pboot: admin/本站",
    pboot("作者：admin &nbsp;&nbsp;来源：本站&nbsp;&nbsp;时间：2024-11-09&nbsp;&nbsp;访问量：123"),
)
case(
    "pboot: names",
    pboot(
        "作者：王建宏 &nbsp;&nbsp;来源：清溪日报&nbsp;&nbsp;时间：2024-11-09&nbsp;&nbsp;访问量：123"
    ),
    author="王建宏",
    source="清溪日报",
)


# ---- MetInfo
def met(info, tt=None):
    top = (
        NAV
        + f"<section class='met-shownews'><div class='met-editor'><h1 class='met-shownews-title'>{T}</h1><div class='info font-weight-300'>{info}</div><div class='met-editor'>"
    )
    tail = "</div><div class='met-page'><ul><li><a href='/a/0.html'>上一篇：清溪市召开秋季农业生产现场会</a></li><li><a>下一篇：没有了</a></li></ul></div></div></section>"
    return page("", top, tail=tail, title_tag=tt or f"{T}-清溪粮油有限公司")


case(
    "metinfo: admin issue",
    met(
        "<span>2024-11-09 10:21:05</span><span>admin</span><span><i class='icon wb-eye'></i>123</span>"
    ),
    published="2024-11-09T10:21:05",
)
case(
    "metinfo: 发布者 label",
    met(
        "<span>发布时间：2024-11-09 10:21:05</span><span>发布者：王建宏</span><span>点击：123</span>"
    ),
    author="王建宏",
    published="2024-11-09T10:21:05",
)


# ---- JEECMS
def jee(msgbar, tt=None):
    top = (
        NAV
        + "<div class='location'>您现在的位置：<a href='/'>首页</a> &gt; <a href='/news/'>新闻中心</a> &gt; 正文</div>"
        f"<div class='article'><h1 class='title'>{T}</h1><div class='msgbar'>{msgbar}</div><div class='content'>"
    )
    tail = "</div><div class='fx'>" + SHARE + "</div>" + PN + "</div>" + RELATED
    return page("", top, tail=tail, title_tag=tt or f"{T} - 清溪网")


case(
    "jeecms: msgbar",
    jee(
        "发布时间： 2024-11-09 &nbsp; 作者：王建宏 &nbsp; 来源： 清溪日报 &nbsp; 浏览次数：<span id='views'></span>"
    ),
    author="王建宏",
    source="清溪日报",
)
case(
    "jeecms: 来源 spaced colon",
    jee(
        "发布时间： 2024-11-09 10:21:05 &nbsp; 作者： &nbsp; 来源： 清溪市农业农村局 &nbsp; 浏览次数：<span id='views'></span>"
    ),
    published="2024-11-09T10:21:05",
    source="清溪市农业农村局",
)


# ---- WordPress Chinese themes
def wp(meta, head="", tt=None):
    top = (
        NAV
        + "<div class='breadcrumbs'><a href='/'>首页</a> » <a href='/category/news/'>新闻</a> » 正文</div>"
        f"<article class='post'><header class='entry-header'><h1 class='entry-title'>{T}</h1><div class='entry-meta'>{meta}</div></header><div class='entry-content'>"
    )
    tail = (
        "<p>版权声明：本文为原创文章，转载请注明出处。</p></div><footer class='entry-footer'><span class='tags-links'>标签：<a rel='tag'>秋粮</a> <a rel='tag'>收购</a></span></footer></article>"
        "<nav class='post-navigation'><div class='nav-previous'><a href='/a/0.html'>上一篇 清溪市召开秋季农业生产现场会</a></div></nav>"
        + RELATED
    )
    return page(head, top, tail=tail, title_tag=tt or f"{T} - 清溪笔记")


case(
    "wp: author link",
    wp(
        "<span class='posted-on'><time class='entry-date published' datetime='2024-11-09T10:21:05+08:00'>2024年11月9日</time></span><span class='byline'> 作者 <span class='author vcard'><a class='url fn n' href='/author/wangjh/'>王建宏</a></span></span><span class='views'>阅读(123)</span>"
    ),
    author="王建宏",
    published="2024-11-09",
)
case(
    "wp: admin",
    wp(
        "<span class='post-author'><i class='fa fa-user'></i><a href='/author/admin/'>admin</a></span><span class='post-date'>2024年11月9日</span><span class='post-views'>阅读(123)</span>",
        head="<meta name='author' content='admin'>",
    ),
)
case(
    "wp: site name author",
    wp(
        "<span class='post-author'><i class='fa fa-user'></i><a href='/author/qx/'>清溪笔记</a></span><span class='post-date'>2024-11-09</span><span class='post-views'>阅读 123</span>"
    ),
)

# ---- government pages
GOVTT = f"{T}_政务动态_清溪市人民政府"
GOVHEAD = (
    "<meta name='SiteName' content='清溪市人民政府'><meta name='SiteDomain' content='www.qingxi.gov.cn'><meta name='SiteIDCode' content='4301000001'>"
    f"<meta name='ColumnName' content='政务动态'><meta name='ColumnType' content='工作动态'><meta name='ArticleTitle' content='{T}'>"
    "<meta name='PubDate' content='2024-11-09 10:21'><meta name='ContentSource' content='清溪市粮食和物资储备局'><meta name='Keywords' content='秋粮,收购'><meta name='Author' content='清溪市粮食和物资储备局'>"
)


def gov(info, head=GOVHEAD, tt=GOVTT, extra=""):
    top = (
        "<div class='header'><div class='logo'><img alt='清溪市人民政府' src='/logo.png'></div></div>"
        + NAV
        + "<div class='position'>当前位置：<a href='/'>首页</a> &gt; <a href='/zwgk/'>政务公开</a> &gt; <a href='/zwdt/'>政务动态</a></div>"
        f"{extra}<div class='article'><h1 class='title'>{T}</h1><div class='detail-info'>{info}</div><div class='article-con' id='zoom'>"
    )
    tail = (
        "</div><div class='tools'><a href='javascript:window.print()'>【打印本页】</a> <a href='javascript:window.close()'>【关闭窗口】</a></div></div>"
        "<div class='footer'><p>主办：清溪市人民政府办公室　承办：清溪市大数据中心</p><p>网站标识码：4301000001　湘ICP备05001234号　湘公网安备 43010202000123号</p></div>"
    )
    return page(head, top, tail=tail, title_tag=tt)


case(
    "gov: 来源 line",
    gov(
        "发布时间：2024-11-09 10:21　来源：清溪市粮食和物资储备局　浏览次数：<span id='hits'><script>document.write(hits)</script></span>　字号：<a>大</a> <a>中</a> <a>小</a>"
    ),
    published="2024-11-09T10:21",
    source="清溪市粮食和物资储备局",
)
case(
    "gov: 作者 is a body",
    gov(
        "发布时间：2024-11-09 10:21　作者：市粮食和物资储备局　来源：清溪市人民政府办公室　访问量：<span id='hits'></span>"
    ),
    published="2024-11-09T10:21",
    source="清溪市人民政府办公室",
)
case(
    "gov: 信息来源 + 审核 line",
    gov(
        "信息来源：清溪市粮食和物资储备局　发布日期：2024-11-09　【字体：<a>大</a> <a>中</a> <a>小</a>】",
        tt=f"{T}",
    ),
    source="清溪市粮食和物资储备局",
)
XXGK = (
    "<table class='xxgk-table'><tr><td>索 引 号：</td><td>11430100MB1234567X/2024-00321</td><td>主题分类：</td><td>农业、林业、水利</td></tr>"
    "<tr><td>发布机构：</td><td>清溪市粮食和物资储备局</td><td>成文日期：</td><td>2024-11-06</td></tr>"
    f"<tr><td>名　　称：</td><td colspan='3'>{T}</td></tr>"
    "<tr><td>文　　号：</td><td>清粮发〔2024〕12号</td><td>发布日期：</td><td>2024-11-09</td></tr></table>"
)
case(
    "gov xxgk: table, no line",
    gov("", extra=XXGK),
    published="2024-11-09",
    source="清溪市粮食和物资储备局",
)
case(
    "gov xxgk: table + line",
    gov("发布时间：2024-11-09　来源：清溪市粮食和物资储备局", extra=XXGK),
    published="2024-11-09",
    source="清溪市粮食和物资储备局",
)
XXGK2 = (
    "<div class='xxgk'><ul><li><span>索引号：</span>11430100MB1234567X/2024-00321</li><li><span>发布机构：</span>清溪市粮食和物资储备局</li>"
    "<li><span>发文字号：</span>清粮发〔2024〕12号</li><li><span>成文日期：</span>2024年11月06日</li><li><span>发布日期：</span>2024年11月09日</li></ul></div>"
)
case(
    "gov xxgk: li spans",
    gov("", extra=XXGK2, head=""),
    published="2024-11-09",
    source="清溪市粮食和物资储备局",
)
case(
    "gov: title is the site name",
    gov(
        "发布时间：2024-11-09 10:21　来源：清溪市粮食和物资储备局",
        head="",
        tt="清溪市人民政府门户网站",
    ),
    published="2024-11-09T10:21",
    source="清溪市粮食和物资储备局",
)
case(
    "gov: 撰稿/审核/校对",
    gov("发布时间：2024-11-09 10:21　来源：清溪市粮食和物资储备局", head=""),
    published="2024-11-09T10:21",
    source="清溪市粮食和物资储备局",
)
cases[-1] = (
    cases[-1][0],
    cases[-1][1].replace(P4 + "</p>", P4 + "</p><p>撰稿：王建宏　审核：李秀英　校对：赵文涛</p>"),
    T,
    "王建宏",
    "2024-11-09T10:21",
    "清溪市粮食和物资储备局",
    None,
)


# ---- WeChat article dumps
def wx(meta, head="", tt=None, script=""):
    top = (
        "<div id='js_article' class='rich_media'><div class='rich_media_inner'><div id='page-content' class='rich_media_area_primary'>"
        f"<h1 class='rich_media_title' id='activity-name'>{T}</h1><div id='meta_content' class='rich_media_meta_list'>{meta}</div><div class='rich_media_content' id='js_content'>"
    )
    tail = (
        "</div><div class='rich_media_tool'><a id='js_view_source'>阅读原文</a><span>阅读 1.2万</span><span>在看 36</span></div>"
        "<div class='profile_container'><strong class='profile_nickname'>清溪观察</strong><p class='profile_meta'><label class='profile_meta_label'>微信号</label><span class='profile_meta_value'>qingxi_gc</span></p>"
        "<p class='profile_meta'><label class='profile_meta_label'>功能介绍</label><span class='profile_meta_value'>关注清溪，记录身边的新闻。</span></p></div>"
        "<div class='qr_code_pc'><p>微信扫一扫<br>关注该公众号</p></div></div></div></div>" + script
    )
    return page(
        "<meta property='og:title' content='"
        + T
        + "'><meta property='og:type' content='article'>"
        + head,
        top,
        tail=tail,
        title_tag=tt if tt is not None else T,
    )


WXS = "<script>var nickname = '清溪观察'; var ct = '1731118860'; var publish_time = '2024-11-09' || '';</script>"
NICK = "<span class='rich_media_meta rich_media_meta_nickname' id='profileBt'><a href='javascript:void(0);' id='js_name'>清溪观察</a></span>"
case(
    "wx: author span + nickname",
    wx(
        f"<span class='rich_media_meta rich_media_meta_text'>王建宏</span>{NICK}<em id='publish_time' class='rich_media_meta rich_media_meta_text'>2024-11-09 10:21</em>",
        head="<meta name='author' content='王建宏'>",
        script=WXS,
    ),
    author="王建宏",
    published="2024-11-09T10:21",
)
case(
    "wx: 原创 + nickname only",
    wx(
        f"<span id='copyright_logo' class='rich_media_meta meta_original_tag'>原创</span>{NICK}<em id='publish_time' class='rich_media_meta rich_media_meta_text'>2024-11-09 10:21</em>",
        script=WXS,
    ),
    published="2024-11-09T10:21",
)
case(
    "wx: 原创 author nick",
    wx(
        f"<span id='copyright_logo' class='rich_media_meta meta_original_tag'>原创</span><span class='rich_media_meta rich_media_meta_text'>王建宏</span>{NICK}<em id='publish_time' class='rich_media_meta rich_media_meta_text'>2024-11-09 10:21</em>",
        head="<meta name='author' content='王建宏'>",
        script=WXS,
    ),
    author="王建宏",
    published="2024-11-09T10:21",
)
case(
    "wx: nickname + empty em (js time)",
    wx(
        f"{NICK}<em id='publish_time' class='rich_media_meta rich_media_meta_text'></em>",
        script=WXS,
    ),
    published="2024-11-09",
)


# ---- Toutiao / Baijiahao style
def selfmedia(meta, tt=None):
    top = f"<div class='article-content'><h1 class='article-title'>{T}</h1><div class='article-meta'>{meta}</div><article class='syl-article-base'>"
    tail = (
        "</article></div><div class='detail-side'><div class='user-card'><a class='user-card-name'>清溪观察</a><span>粉丝 1.2万</span><button>关注</button></div></div>"
        + RELATED
    )
    return page("", top, tail=tail, title_tag=tt or f"{T} - 今日头条")


case(
    "toutiao: account",
    selfmedia(
        "<span class='original-mark'>原创</span><span class='name'><a href='/c/user/1/'>清溪观察</a></span><span>2024-11-09 10:21</span>"
    ),
    published="2024-11-09T10:21",
)
case(
    "baijiahao: follow btn",
    selfmedia(
        "<div class='author-box'><a class='author-name'>清溪观察</a><div class='article-source'><span class='date'>发布时间:2024-11-09</span><span class='time'>10:21</span></div><div class='follow-btn'>+关注</div></div>"
    ),
    published="2024-11-09T10:21",
    source="清溪观察",
)
case(
    "baijiahao: person account + 关注",
    selfmedia(
        "<div class='author-box'><a class='author-name'>王建宏</a><span class='follow'>关注</span><div class='article-source'><span class='date'>发布时间:2024-11-09</span><span class='time'>10:21</span></div></div>"
    ),
    author="王建宏",
    published="2024-11-09T10:21",
)


# ---- traditional characters, separators, split labels
def generic(info, tt=None, head="", h="h1"):
    top = (
        NAV
        + f"<div class='crumb'>您的位置：<a href='/'>首頁</a> &gt; <a href='/news/'>新聞中心</a></div><div class='art'><{h}>{T}</{h}><div class='info'>{info}</div><div class='txt'>"
    )
    return page(head, top, tail="</div>" + PN + "</div>" + RELATED, title_tag=tt)


case(
    "trad: 發佈時間/來源/作者/責任編輯",
    generic(
        "發佈時間：2024-11-09 10:21　來源：清溪日報　作者：王建宏　責任編輯：李秀英",
        tt=f"{T}_新聞中心_清溪網",
    ),
    author="王建宏",
    published="2024-11-09T10:21",
    source="清溪日報",
)
case(
    "trad: 記者/編輯",
    generic(
        "2024年11月09日 10:21　來源：清溪日報　記者 王建宏　編輯 李秀英", tt=f"{T}_新聞中心_清溪網"
    ),
    author="王建宏",
    published="2024-11-09T10:21",
    source="清溪日報",
)
case(
    "trad: 編輯 only",
    generic(
        "發佈時間：2024-11-09 10:21　來源：清溪日報　責任編輯：李秀英", tt=f"{T}_新聞中心_清溪網"
    ),
    published="2024-11-09T10:21",
    source="清溪日報",
)
case(
    "sep: half-width bars",
    generic("2024-11-09 10:21 | 来源: 清溪日报 | 作者: 王建宏 | 编辑: 李秀英"),
    author="王建宏",
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "sep: full-width bars",
    generic("2024-11-09 10:21｜来源：清溪日报｜作者：王建宏｜编辑：李秀英"),
    author="王建宏",
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "split: label spans",
    generic(
        "<span class='lbl'>发布时间：</span><span>2024-11-09 10:21</span><span class='lbl'>来源：</span><span>清溪日报</span><span class='lbl'>作者：</span><span>王建宏</span>"
    ),
    author="王建宏",
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "split: dl/dt/dd no colon",
    generic(
        "<dl><dt>来源</dt><dd>清溪日报</dd><dt>作者</dt><dd>王建宏</dd><dt>发布时间</dt><dd>2024-11-09 10:21</dd></dl>"
    ),
    author="王建宏",
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "split: li per field",
    generic(
        "<ul><li>时间：2024-11-09 10:21</li><li>来源：清溪日报</li><li>作者：王建宏</li><li>编辑：李秀英</li><li>阅读：<span id='hits'></span></li></ul>"
    ),
    author="王建宏",
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "job title glued",
    generic("2024-11-09 10:21　来源：清溪日报　作者：王建宏 清溪日报首席记者"),
    author="王建宏",
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "author (unit)",
    generic("2024-11-09 10:21　来源：清溪日报　作者：王建宏（清溪市粮食和物资储备局）"),
    author="王建宏",
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "author numeric id",
    generic(
        "2024-11-09 10:21　来源：清溪日报　作者：<script>document.write('')</script>",
        head="<meta name='author' content='10086'>",
    ),
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "通讯员 + 记者",
    generic("2024-11-09 10:21　来源：清溪日报　记者 王建宏 通讯员 李秀英"),
    author="王建宏",
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "title promo",
    generic("2024-11-09 10:21　来源：清溪日报", tt=f"【关注】{T}_新闻中心_清溪网"),
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "h1 promo in page",
    generic("2024-11-09 10:21　来源：清溪日报", tt=f"[图文]{T}_清溪网").replace(
        f"<h1>{T}", f"<h1>[图文]{T}"
    ),
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "h1 section, h2 title",
    generic("2024-11-09 10:21　来源：清溪日报", h="h2").replace(
        "<div class='art'>", "<div class='art'><h1>新闻中心</h1>"
    ),
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "h1 brand logo, div title",
    page(
        "",
        "<h1 class='logo'><a href='/'>清溪网</a></h1>"
        + NAV
        + f"<div class='art'><div class='art-title'>{T}</div><div class='info'>2024-11-09 10:21　来源：清溪日报　作者：王建宏</div><div class='txt'>",
        tail="</div></div>",
        title_tag=f"{T}-清溪网",
    ),
    author="王建宏",
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "title suffix with space",
    generic("2024-11-09 10:21　来源：清溪日报", tt=f"{T} 清溪网"),
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "title column chain >",
    generic("2024-11-09 10:21　来源：清溪日报", tt=f"清溪网 > 新闻中心 > {T}"),
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "title-only, no heading",
    page(
        "",
        NAV
        + "<div class='info'>2024-11-09 10:21　来源：清溪日报　作者：王建宏</div><div class='txt'>",
        tail="</div>",
        title_tag=f"{T}--新闻中心--清溪网",
    ),
    author="王建宏",
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "发布人 account",
    generic("发布人：xxgk　发布时间：2024-11-09 10:21　来源：清溪日报"),
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "录入/审核",
    generic("作者：王建宏　录入：李秀英　审核：赵文涛　发布时间：2024-11-09 10:21　来源：清溪日报"),
    author="王建宏",
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "供稿 body",
    generic("供稿：清溪市粮食和物资储备局　发布时间：2024-11-09 10:21"),
    published="2024-11-09T10:21",
)
case(
    "来源 is outlet+记者",
    generic("2024-11-09 10:21　来源：清溪日报　清溪日报记者 王建宏"),
    author="王建宏",
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "editor label no colon 责编",
    generic("2024-11-09 10:21　来源：清溪日报　责编 李秀英"),
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "作者 placeholder 作者：作者",
    generic("2024-11-09 10:21　来源：清溪日报　作者：作者"),
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "作者 placeholder 管理员",
    generic("2024-11-09 10:21　来源：清溪日报　作者：超级管理员"),
    published="2024-11-09T10:21",
    source="清溪日报",
)


# ---- more templates: government columns, WeChat, news info lines
# gov page: <title> is the site's name, headline in a div, no h1
case(
    "gov2: site title, div headline",
    page(
        "",
        "<div class='logo'>清溪市人民政府</div>"
        + NAV
        + "<div class='position'>当前位置：<a href='/'>首页</a> &gt; <a href='/zwdt/'>政务动态</a></div>"
        f"<div class='article'><div class='article-title'>{T}</div><div class='article-info'>发布时间：2024-11-09　来源：清溪市粮食和物资储备局　浏览次数：<span id='hits'></span></div><div id='zoom'>",
        tail="</div></div>",
        title_tag="清溪市人民政府门户网站",
    ),
    source="清溪市粮食和物资储备局",
)
case(
    "gov2: ArticleTitle meta only",
    page(
        "<meta name='ArticleTitle' content='"
        + T
        + "'><meta name='PubDate' content='2024-11-09 10:21'><meta name='ContentSource' content='清溪市粮食和物资储备局'>",
        "<div class='logo'>清溪市人民政府</div>"
        + NAV
        + f"<div class='article'><p class='tit'>{T}</p><div class='article-info'>发布时间：2024-11-09 10:21　来源：清溪市粮食和物资储备局</div><div id='zoom'>",
        tail="</div></div>",
        title_tag="清溪市人民政府",
    ),
    published="2024-11-09T10:21",
    source="清溪市粮食和物资储备局",
)
case(
    "gov2: ContentSource only",
    page(
        "<meta name='ArticleTitle' content='"
        + T
        + "'><meta name='PubDate' content='2024-11-09 10:21'><meta name='ContentSource' content='清溪市粮食和物资储备局'>",
        NAV
        + f"<div class='article'><h1>{T}</h1><div class='article-info'>发布时间：2024-11-09 10:21</div><div id='zoom'>",
        tail="</div></div>",
        title_tag=f"{T}_清溪市人民政府",
    ),
    published="2024-11-09T10:21",
    source="清溪市粮食和物资储备局",
)
case(
    "gov2: 作者 meta org",
    page(
        "<meta name='Author' content='清溪市粮食和物资储备局'>",
        NAV
        + f"<div class='article'><h1>{T}</h1><div class='article-info'>发布时间：2024-11-09 10:21　来源：本站</div><div id='zoom'>",
        tail="</div></div>",
        title_tag=f"{T}_清溪市人民政府",
    ),
    published="2024-11-09T10:21",
)
case(
    "gov2: 文字/摄影/审核 end",
    page(
        "",
        NAV
        + f"<div class='article'><h1>{T}</h1><div class='article-info'>发布时间：2024-11-09 10:21　来源：清溪市粮食和物资储备局</div><div id='zoom'>",
        body=BODY
        + "<p>文字：王建宏　摄影：李秀英</p><p>初审：赵文涛　复审：钱文涛　终审：孙文涛</p>",
        tail="</div></div>",
        title_tag=f"{T}_清溪市人民政府",
    ),
    author="王建宏",
    published="2024-11-09T10:21",
    source="清溪市粮食和物资储备局",
)
case(
    "gov2: 责任编辑 only at end",
    page(
        "",
        NAV
        + f"<div class='article'><h1>{T}</h1><div class='article-info'>发布时间：2024-11-09 10:21　来源：清溪市粮食和物资储备局</div><div id='zoom'>",
        body=BODY + "<p style='text-align:right'>【责任编辑：李秀英】</p>",
        tail="</div></div>",
        title_tag=f"{T}_清溪市人民政府",
    ),
    published="2024-11-09T10:21",
    source="清溪市粮食和物资储备局",
)
case(
    "gov2: 信息来源 + 发布人 account",
    page(
        "",
        NAV
        + f"<div class='article'><h1>{T}</h1><div class='article-info'>信息来源：市粮食和物资储备局　发布人：lsj01　发布时间：2024-11-09 10:21:05　阅读次数：<script>document.write(123)</script></div><div id='zoom'>",
        tail="</div></div>",
        title_tag=f"{T}_清溪市人民政府",
    ),
    published="2024-11-09T10:21:05",
    source="市粮食和物资储备局",
)
case(
    "gov2: 图片来源 before",
    page(
        "",
        NAV
        + f"<div class='article'><h1>{T}</h1><div class='article-info'>发布时间：2024-11-09 10:21</div><div id='zoom'><p style='text-align:center'>图片来源：清溪市摄影家协会</p>",
        tail="</div></div>",
        title_tag=f"{T}_清溪市人民政府",
    ),
    published="2024-11-09T10:21",
)


# news CMS with kicker/subtitle
def news(info, pre="", post="", tt=None, head=""):
    top = (
        NAV
        + f"<div class='crumb'>当前位置：<a href='/'>首页</a> &gt; <a href='/news/'>本地新闻</a></div><div class='art'>{pre}<h1>{T}</h1>{post}<div class='info'>{info}</div><div class='txt'>"
    )
    return page(
        head,
        top,
        tail="</div>" + SHARE + PN + "</div>" + RELATED,
        title_tag=tt or f"{T}_本地新闻_清溪网",
    )


case(
    "news: kicker 引题",
    news(
        "2024-11-09 10:21　来源：清溪日报　作者：王建宏",
        pre="<p class='yt'>全市设立收购网点四十二个</p>",
    ),
    author="王建宏",
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "news: subtitle 副题",
    news(
        "2024-11-09 10:21　来源：清溪日报　作者：王建宏",
        post="<h2 class='ft'>——预计收购量比去年增长百分之八</h2>",
    ),
    author="王建宏",
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "news: 星期 in date",
    news("2024年11月09日 星期六 10:21　来源：清溪日报　作者：王建宏"),
    author="王建宏",
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "news: 作者 评论员",
    news("2024-11-09 10:21　来源：清溪日报　作者：清溪日报评论员"),
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "news: 作者 本报评论员",
    news("2024-11-09 10:21　来源：清溪日报　作者：本报评论员"),
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "news: 作者 = source",
    news("2024-11-09 10:21　来源：清溪日报　作者：清溪日报"),
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "news: 作者 本站编辑",
    news("2024-11-09 10:21　来源：清溪日报　作者：本站编辑"),
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "news: 作者 with 职务 brackets",
    news("2024-11-09 10:21　来源：清溪日报　作者：王建宏（清溪市委党校副教授）"),
    author="王建宏",
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "news: closing (来源) credit",
    news("2024-11-09 10:21　作者：王建宏", post=""),
    author="王建宏",
    published="2024-11-09T10:21",
    source="清溪日报",
)
cases[-1] = (
    cases[-1][0],
    cases[-1][1].replace(P4 + "</p>", P4 + "</p><p>（来源：清溪日报）</p>"),
    *cases[-1][2:],
)
case(
    "news: 来源 link + 作者 link",
    news(
        "2024-11-09 10:21　来源：<a href='http://qxrb.cn'>清溪日报</a>　作者：<a href='/search?author=王建宏'>王建宏</a>　点击：<span id='click'>加载中</span>"
    ),
    author="王建宏",
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "news: 作者 two names space",
    news("2024-11-09 10:21　来源：清溪日报　作者：王建宏 李秀英"),
    author="王建宏 李秀英",
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "news: 记者 names 、",
    news("2024-11-09 10:21　来源：清溪日报　记者：王建宏、李秀英"),
    author="王建宏、李秀英",
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "news: 通讯员 only",
    news("2024-11-09 10:21　来源：清溪日报　通讯员：李秀英"),
    published="2024-11-09T10:21",
    source="清溪日报",
    author="李秀英",
)
case(
    "news: [字号 大 中 小]",
    news(
        "发布时间：2024-11-09 10:21:05　作者：王建宏　来源：清溪日报　【字号：<a>大</a> <a>中</a> <a>小</a>】【<a>打印</a>】【<a>关闭</a>】"
    ),
    author="王建宏",
    published="2024-11-09T10:21:05",
    source="清溪日报",
)
case(
    "news: site suffix chain 3",
    news("2024-11-09 10:21　来源：清溪日报", tt=f"{T} - 本地新闻 - 清溪网 - 清溪日报社主办"),
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "news: title 【】 promo + h1 plain",
    news("2024-11-09 10:21　来源：清溪日报", tt=f"【清溪要闻】{T}_清溪网"),
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "news: h1 with promo 【】",
    news("2024-11-09 10:21　来源：清溪日报").replace(f"<h1>{T}</h1>", f"<h1>【清溪要闻】{T}</h1>"),
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "news: title (图) suffix h1 same",
    news("2024-11-09 10:21　来源：清溪日报", tt=f"{T}(图)_清溪网").replace(
        f"<h1>{T}</h1>", f"<h1>{T}(图)</h1>"
    ),
    title=T + "(图)",
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "news: 来源 + 编辑 glued",
    news("2024-11-09 10:21 来源：清溪日报编辑：李秀英"),
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "news: 作者 glued 来源",
    news("2024-11-09 10:21 作者：王建宏来源：清溪日报"),
    author="王建宏",
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "news: 作者 email",
    news("2024-11-09 10:21 来源：清溪日报 作者：wangjh@qxrb.cn"),
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "news: 稿件来源 + 作者单位",
    news("2024-11-09 10:21 稿件来源：清溪日报 作者单位：清溪大学"),
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "news: 作者 英文 byline",
    news("2024-11-09 10:21 来源：清溪日报 作者：Wang Jianhong"),
    author="Wang Jianhong",
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "news: 出处 + 作者 traditional",
    news("2024-11-09 10:21　出處：清溪日報　作者：王建宏"),
    author="王建宏",
    published="2024-11-09T10:21",
    source="清溪日報",
)
case(
    "news: 日期 in 发布于",
    news("发布于 2024-11-09 10:21　作者：王建宏"),
    author="王建宏",
    published="2024-11-09T10:21",
)
case(
    "news: only 成文日期",
    news("成文日期：2024-11-06　发布日期：2024-11-09"),
    published="2024-11-09",
)
case(
    "news: js time + url date",
    news("发布时间：<script>document.write('2024-11-09 10:21')</script>　来源：清溪日报"),
    published="2024-11-09",
    source="清溪日报",
    url="http://www.qingxi.cn/news/2024-11/09/content_123.htm",
)
# hk/tw style
case(
    "tw: 作者/發布時間/更新時間",
    news(
        "記者王建宏／清溪報導　發布時間：2024/11/09 10:21　更新時間：2024/11/10 08:00",
        tt=f"{T} | 清溪新聞網",
    ),
    author="王建宏",
    published="2024-11-09T10:21",
)
case("tw: 文／記者", news("文／記者王建宏　2024年11月9日", tt=f"{T} - 清溪新聞網"), author="王建宏")
case(
    "tw: 編輯 + 來源 中央社",
    news("2024-11-09 10:21　中央社記者王建宏清溪9日電　責任編輯：李秀英"),
    author="王建宏",
    published="2024-11-09T10:21",
)


# ---- bylines and titles of unseen news sites
def news_b(info, pre="", post="", tt=None, head="", h=None):
    hl = h if h is not None else f"<h1>{T}</h1>"
    top = (
        NAV
        + f"<div class='crumb'>当前位置：<a href='/'>首页</a> &gt; <a href='/news/'>本地新闻</a></div><div class='art'>{pre}{hl}{post}<div class='info'>{info}</div><div class='txt'>"
    )
    return page(
        head,
        top,
        tail="</div>" + SHARE + PN + "</div>" + RELATED,
        title_tag=tt or f"{T}_本地新闻_清溪网",
    )


I_B = "2024-11-09 10:21　来源：清溪日报"
case(
    "meta author numeric",
    news_b(I_B, head="<meta name='author' content='12345'>"),
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "meta author site",
    news_b(I_B, head="<meta name='author' content='清溪网'>"),
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "meta author editor",
    news_b(I_B, head="<meta name='author' content='责任编辑：李秀英'>"),
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "meta author person",
    news_b(I_B, head="<meta name='author' content='王建宏'>"),
    author="王建宏",
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "meta author 2 names",
    news_b(I_B, head="<meta name='author' content='王建宏,李秀英'>"),
    author="王建宏,李秀英",
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "author el + follow",
    news_b(I_B + "　<span class='author'>王建宏<a class='follow'>+关注</a></span>"),
    author="王建宏",
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "author el 作者：+关注",
    news_b(I_B + "　<span class='author'>作者：王建宏 <button>关注</button></span>"),
    author="王建宏",
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "name + job after",
    news_b(I_B + "　作者：王建宏 清溪日报记者"),
    author="王建宏",
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "outlet记者name",
    news_b(I_B + "　清溪日报记者王建宏"),
    author="王建宏",
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "name 资深编辑 glued",
    news_b(I_B + "　作者：王建宏资深编辑"),
    author="王建宏",
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "author el job",
    news_b(
        I_B,
        post="<div class='author-box'><span class='author-name'>王建宏</span><span class='author-title'>清溪日报高级记者</span></div>",
    ),
    author="王建宏",
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "author el account",
    news_b(
        I_B,
        post="<div class='author-box'><span class='author-name'>清溪财经观察</span><span>粉丝 1.2万</span></div>",
    ),
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "title site-first chain",
    news_b(I_B, tt=f"清溪网-新闻中心-{T}", h=f"<div class='title'>{T}</div>"),
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "title 手机版",
    news_b(I_B, tt=f"{T} - 清溪网手机版"),
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "h1 brand, h2 headline",
    news_b(I_B, tt=f"{T}_清溪网", h=f"<h2>{T}</h2>", pre="")
    .replace("<div class='art'>", "<div class='art'>")
    .replace(NAV, "<h1><a href='/'>清溪网</a></h1>" + NAV, 1),
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "title 【brand】 prefix",
    news_b(I_B, tt=f"【清溪网】{T}"),
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "title 4-piece chain",
    news_b(I_B, tt=f"{T}_新闻_清溪网_清溪日报社主办"),
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "title -- space chain",
    news_b(I_B, tt=f"{T} -- 清溪网 新闻频道"),
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "h1 column name + div title",
    news_b(I_B, h=f"<h1>本地新闻</h1><div class='article-title'>{T}</div>"),
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "headline with kicker span",
    news_b(I_B, h=f"<h1><span class='tag'>原创</span>{T}</h1>"),
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "headline with 置顶 tag",
    news_b(I_B, h=f"<h1>{T}<span class='top'>置顶</span></h1>"),
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "title different from h1 (SEO)",
    news_b(I_B, tt="秋粮收购启动 网点42个 清溪网"),
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "info 来源 with 日报社",
    news_b("2024-11-09 10:21　来源：清溪日报社　作者：清溪日报社"),
    published="2024-11-09T10:21",
    source="清溪日报社",
)
case(
    "作者：本报讯",
    news_b("2024-11-09 10:21　来源：清溪日报　作者：本报讯"),
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "作者: 文/王建宏",
    news_b("2024-11-09 10:21　来源：清溪日报　作者：文/王建宏"),
    author="王建宏",
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "作者 with 摄 ",
    news_b("2024-11-09 10:21　来源：清溪日报　王建宏 文/摄"),
    author="王建宏",
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "作者 供图",
    news_b("2024-11-09 10:21　来源：清溪日报　作者：王建宏　李秀英 供图"),
    author="王建宏",
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "责任编辑 before 作者",
    news_b("2024-11-09 10:21　责任编辑：李秀英　作者：王建宏　来源：清溪日报"),
    author="王建宏",
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "编辑 only in zone + 记者 in body",
    news_b("2024-11-09 10:21　来源：清溪日报　编辑：李秀英").replace(
        f"<p>{P1}", f"<p>本报讯（记者 王建宏）{P1}"
    ),
    author="王建宏",
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "审核 only",
    news_b("2024-11-09 10:21　来源：清溪日报　审核：李秀英"),
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "监制/出品 line",
    news_b("2024-11-09 10:21　来源：清溪日报", post="").replace(
        P4 + "</p>", P4 + "</p><p>出品：清溪日报新媒体中心　监制：李秀英　策划：赵文涛</p>"
    ),
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "作者 = site_name variant",
    news_b("2024-11-09 10:21　作者：清溪网"),
    published="2024-11-09T10:21",
)
case(
    "发布 account number",
    news_b("2024-11-09 10:21　来源：清溪日报　发布：10086"),
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "作者 account with digits",
    news_b("2024-11-09 10:21　来源：清溪日报　作者：qxrb2024"),
    published="2024-11-09T10:21",
    source="清溪日报",
    author="qxrb2024",
)

# ---- page titles
I_T = "发布时间：2024-11-09 10:21　来源：清溪日报"


def pg(tt, top, head=""):
    return page(
        head,
        NAV + top + f"<div class='info'>{I_T}</div><div class='txt'>",
        tail="</div>" + PN + RELATED,
        title_tag=tt,
    )


case(
    "t: <title> section+site, h1 headline",
    pg("政务动态 - 清溪市人民政府", f"<h1>{T}</h1>"),
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "t: <title> section+site, div headline",
    pg("政务动态 - 清溪市人民政府", f"<div class='bt'>{T}</div>"),
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "t: <title> site only, h1 section, h2 headline",
    pg("清溪市人民政府", f"<h1>政务动态</h1><h2>{T}</h2>"),
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "t: og:title brand",
    pg(f"{T}_清溪网", f"<h1>{T}</h1>", head="<meta property='og:title' content='清溪网'>"),
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "t: og:title with promo",
    pg(f"{T}_清溪网", f"<h1>{T}</h1>", head=f"<meta property='og:title' content='【独家】{T}'>"),
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "t: h1 with trailing date",
    pg(f"{T}_清溪网", f"<h1>{T}</h1>"),
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "t: keywords-stuffed title",
    pg(f"{T}_秋粮,收购,清溪_清溪网", f"<h1>{T}</h1>"),
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "t: title with 第1页",
    pg(f"{T}(第1页)_清溪网", f"<h1>{T}</h1>"),
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "t: title with 正文",
    pg(f"{T}-正文-清溪网", f"<h1>{T}</h1>"),
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "t: title with english site",
    pg(f"{T}-Qingxi News", f"<h1>{T}</h1>"),
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "t: title full-width sep",
    pg(f"{T}｜清溪网", f"<h1>{T}</h1>"),
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "t: title 丨 sep",
    pg(f"{T}丨清溪网", f"<h1>{T}</h1>"),
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "t: title em-dash sep",
    pg(f"{T}——清溪网", f"<h1>{T}</h1>"),
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "t: no h1, <title> with ——",
    pg(f"{T}——清溪网", ""),
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "t: no h1, <title> 丨", pg(f"{T}丨清溪网", ""), published="2024-11-09T10:21", source="清溪日报"
)
case(
    "t: no h1, <title> ｜", pg(f"{T}｜清溪网", ""), published="2024-11-09T10:21", source="清溪日报"
)
case(
    "t: no h1, <title> 【site】",
    pg(f"【清溪网】{T}", ""),
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "t: no h1, <title> site_title",
    pg(f"清溪网_{T}", ""),
    published="2024-11-09T10:21",
    source="清溪日报",
)
CR = "<div class='pos'>当前位置：<a href='/'>首页</a> &gt; <a href='/zw/'>政务公开</a> &gt; <a href='/zwdt/'>政务动态</a></div>"
case(
    "t: column h1 + h2 headline, site <title>",
    pg("清溪市人民政府", CR + f"<h1>政务动态</h1><h2>{T}</h2>"),
    published="2024-11-09T10:21",
    source="清溪日报",
)
case(
    "t: column h1 + div headline, site <title>",
    pg("清溪市人民政府门户网站", CR + f"<h1>政务动态</h1><div class='bt'>{T}</div>"),
    published="2024-11-09T10:21",
    source="清溪日报",
)


def same_day(got, want):
    if want is None:
        return got is None
    if got is None:
        return False
    w = dt.datetime.fromisoformat(want)
    g = got.replace(tzinfo=None)
    return g == w if "T" in want else g.date() == w.date()


verbose = "-v" in sys.argv
flt = [a for a in sys.argv[1:] if a != "-v"]
n_ok = tot = 0
fails = {"title": 0, "author": 0, "published": 0, "source": 0, "body": 0}
for name, html, title, author, pub, src, url in cases:
    if flt and not any(f in name for f in flt):
        continue
    a = dechaff.clean(html, url=url or "http://www.qingxi.cn/news/show-123.html")
    body = a.body if isinstance(a.body, str) else "\n".join(a.paragraphs)
    ok = {
        "title": a.title == title,
        "author": a.author == author,
        "published": same_day(a.published, pub),
        "source": a.source == src,
        "body": P1 in body
        and P4 in body
        and "ICP" not in body
        and "上一篇" not in body
        and "分享" not in body,
    }
    tot += 1
    if all(ok.values()):
        n_ok += 1
    bad = [k for k, v in ok.items() if not v]
    for k in bad:
        fails[k] += 1
    if bad or verbose:
        print(("OK  " if not bad else "FAIL"), name)
        for k in bad or ok:
            got = {
                "title": a.title,
                "author": a.author,
                "published": a.published,
                "source": a.source,
                "body": body[:0] + ("|".join(line[:20] for line in body.splitlines())),
            }[k]
            want = {
                "title": title,
                "author": author,
                "published": pub,
                "source": src,
                "body": "P1..P4",
            }[k]
            print(f"      {k}: got {got!r} want {want!r}")
print(f"pages right {n_ok}/{tot}; field misses {fails}")
