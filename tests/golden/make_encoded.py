"""Write the two golden pages whose bytes matter: run ``python tests/golden/make_encoded.py``.

``gbk-declared.html`` is GBK bytes that declare gb2312; ``misdeclared.html`` is UTF-8 bytes that
declare iso-8859-1. Both are kept in the repository as binary files (see .gitattributes here); this
script is their source, so that their text can be read and changed.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent

GBK_PAGE = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>老城区三十条背街小巷完成改造_青石网</title>
</head>
<body>
<div class="header">
  <div class="logo">青石网</div>
  <div class="nav"><a href="/">首页</a> <a href="/city/">城建</a> <a href="/life/">民生</a></div>
</div>
<div class="crumb">您的位置：<a href="/">首页</a> &gt; <a href="/city/">城建</a> &gt; 正文</div>
<div class="article">
  <h1>老城区三十条背街小巷完成改造</h1>
  <div class="info">2023-06-02 15:20 来源：青石晚报 记者 刘洋</div>
  <div class="text">
    <p>记者昨日从区住建局了解到，老城区今年首批三十条背街小巷的改造工程已全部完工，路面、排水和照明设施都换了新。</p>
    <p>改造前，这些小巷普遍存在路面坑洼、雨天积水和夜间照明不足等问题。施工队在改造中重新铺设了沥青路面，并把原来的明沟改成了暗管。</p>
    <p>住在槐树巷的王阿姨说，以前一下雨巷子里就积水，老人出门很不方便，现在路平了，晚上路灯也亮了，心里踏实多了。</p>
    <p>据了解，第二批二十五条小巷的改造将于七月启动，预计年底前完成。</p>
  </div>
  <p>（责任编辑：赵敏）</p>
</div>
<div class="footer">
  <p>关于我们 | 联系我们 | 广告服务</p>
  <p>版权所有 青石网 未经授权禁止转载</p>
</div>
</body>
</html>
"""

MISDECLARED_PAGE = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<title>山区学校用上了新建的塑胶操场-远山资讯</title>
</head>
<body>
<div id="top"><span>远山资讯</span>
  <a href="/">首页</a> <a href="/edu/">教育</a> <a href="/local/">本地</a></div>
<h1>山区学校用上了新建的塑胶操场</h1>
<p class="meta">时间：2023-09-05 来源：远山县融媒体中心 作者：陈静</p>
<div class="content">
  <p>开学第一天，远山县石门乡中心小学的孩子们终于在新建的塑胶操场上上了体育课。这块操场去年秋天开工，由县里和一家公益基金会共同出资建设。</p>
  <p>学校过去只有一块泥土操场，晴天尘土飞扬，雨天满地泥泞，体育课常常只能改在教室里上。</p>
  <p>体育老师说，有了新操场，学校准备成立足球队和田径队，让更多孩子参加课外锻炼。</p>
</div>
<div class="share">分享到：微信 朋友圈 微博</div>
<div class="foot">关于我们 | 联系方式 | 网站声明</div>
</body>
</html>
"""


def main() -> None:
    (HERE / "gbk-declared.html").write_bytes(GBK_PAGE.encode("gbk"))
    (HERE / "misdeclared.html").write_bytes(MISDECLARED_PAGE.encode("utf-8"))


if __name__ == "__main__":
    main()
