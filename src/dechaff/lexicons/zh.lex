# Chinese boilerplate and metadata patterns. See dechaff/lexicon.py for the format.
# Rules are tried in file order (common, zh, en); the first kind that matches wins.

[spam max=200 hits=2 prose=no]
# keyword-list spam: lottery, gambling and betting terms; a block needs two
# different ones, and prose that reports a draw is protected by the labeller's
# sentence-shape check, not here.
快乐十分
快乐8
快3|快三
时时彩
十一选五|11选5
开奖结果|开奖记录|开奖直播|开奖号码
六合彩|六合
幸运(?:农场|飞艇|28)
北京赛车|pk10
娱乐城|娱乐平台|真人娱乐
百家乐|老虎机|轮盘
博彩|赌场|赌球|网投|棋牌
彩票(?:平台|网|app|注册|投注)
购彩|买彩|投注
菠菜|外围

[breadcrumb at=start max=80]
(?:当前|當前|您的|你的|您现在的|您現在的|你现在的|你現在的|您当前|您當前|你当前|你當前|现在|現在|所在)(?:的)?位置\s*[:：]?
位置\s*[:：]

[navigation at=start max=60]
(?:上|下|前|后)一(?:篇|页|条|章|则)\s*(?:[:：]|$|\S)
返回(?:.{0,8}首页|顶部|列表|目录|栏目|上一页|频道)
回到(?:顶部|首页)
(?:首页|尾页)\s*(?:上一页|下一页)

[navigation max=20]
^(?:首页|上一页|下一页|尾页|更多|查看更多|展开全文|阅读全文|点击加载更多|加载更多)\s*[>»›]*$
# a forum post's row of buttons: 顶端 引用 回复, 编辑 | 引用 | 举报
^(?:顶端|顶部|引用|回复|编辑|删除|举报|评分|TOP)(?:\s*[|｜]?\s*(?:顶端|顶部|引用|回复|编辑|删除|举报|评分|TOP))+$
^[\d\s|]*(?:上一页|下一页)[\d\s|]*$

[copyright max=120]
版[权權]所有|版[权權][归歸].{0,20}所有|版[权權][声聲]明|著作[权權][归歸]
未经.{0,20}(?:允许|许可|授权|同意).{0,12}(?:不得|禁止|严禁|请勿)?.{0,6}(?:转载|复制|使用|摘编|镜像)
(?:转载|引用).{0,8}(?:请|须|需|务必)(?:注明|联系|保留)
(?:本文|本站|文章).{0,10}(?:转载|转自|来源于|来自).{0,30}(?:版权|侵权|删除|联系)
免[责責][声聲]明|侵[权權].{0,10}(?:[删刪]除|[联聯][系繫])|如有侵[权權]
# disclaimers: "声明：...仅供参考，不构成投资建议", "...用户上传并发布，本平台仅提供信息存储服务"
^(?:特别|重要|郑重)?声明\s*[:：]
不构成.{0,10}(?:投资|操作|买卖)建议|据此.{0,6}风险自担|投资有风险.{0,4}入市需谨慎
仅提供信息存储服务|(?:用户|自媒体).{0,12}上传并发布
(?:ICP|京公网安备|公网安备|网络文化经营许可证|增值电信业务|新出网证|互联网新闻信息服务许可证)
本文(?:仅代表|系|为|观点仅代表)作者(?:个人)?观点|不代表.{0,12}(?:立场|观点)
(?:最初|首发|原文)(?:是)?(?:由|于|发表于|发布于).{0,30}(?:未经|转载)

[credit max=60]
(?:图|图片|题图|头图|封面|封面图|配图|插图|照片)\s*(?:来自|来源|源自|来源于|出处|由.{0,20}提供)
^(?:图|摄影|摄|图/文|文/图|视频|图片作者)\s*[:：/|]
(?:基于|遵循)\s*cc\s*(?:0|by)\s*协议

[share max=40]
分享(?:到|至|给|本文|文章|此文)
(?:微信|手机)?扫(?:一扫|描|码)
(?:关注|加入).{0,6}(?:公众号|微信号|官方微信|微博|抖音)
二维码
^(?:微信|微博|QQ空间|QQ|朋友圈|豆瓣|人人网|易信|新浪微博|腾讯微博|复制链接)(?:\s+(?:微信|微博|QQ空间|QQ|朋友圈|豆瓣|人人网|易信|新浪微博|腾讯微博|复制链接))*$
^(?:点赞|收藏|打赏|赞赏|喜欢)\s*[(（]?\d*[)）]?$

[metadata max=40]
# a dateline that names the source or the author is the article's metadata line, even when a
# portal prints its address before it and a comment count after it:
# "http://biz.163.com 2005-04-25 08:24:06 来源: 第一财经日报 网友评论 0 条"
^(?:(?:https?://|www\.)\S+\s+)?[\[(（【]?\s*(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}.{0,24}?(?:[来來]源|出[处處]|作者|[记記]者)\s*[:：]

[comments max=40]
(?:网友|用户|读者|最新|热门|精彩|全部)(?:评论|跟贴|跟帖|留言)
(?:发表|我要|参与|查看|写|登录后)(?:评论|跟贴|跟帖|留言)
^\d+\s*(?:条评论|评论|跟贴|跟帖|人参与)
评论仅供.{0,10}(?:表达|代表)|(?:并不|不)代表本站
(?:已有|共)\s*\d+\s*(?:条评论|人参与|人评论)

[related max=30]
^(?:相关|推荐|延伸|热门|猜你|为你|为您|更多|最新|精彩|热点|今日|编辑)(?:阅读|新闻|文章|推荐|喜欢|专题|资讯|报道|链接|排行)
^(?:相关阅读|相关新闻|相关文章|相关推荐|推荐阅读|延伸阅读|猜你喜欢|热门文章|热门推荐|热点推荐|为您推荐|为你推荐|精彩推荐|阅读排行|点击排行|排行榜|相關閱讀|相關新聞|相關文章|相關推薦|推薦閱讀|延伸閱讀|熱門文章|熱門推薦)

[ad max=40]
^(?:广告|推广|赞助|商业推广)$
(?:下载|安装).{0,8}(?:客户端|app|APP)|(?:客户端|app|APP)\s*下载
(?:订阅|关注).{0,6}(?:我们|本站)

[metadata max=40]
^(?:[发發][布佈表]|更新|出版|上[传傳]|[录錄]入)?(?:[时時][间間]|日期)\s*[:：]
^[■□]?\s*(?:(?:本文|文章|稿件|新[闻聞]|信息)?[来來]源|出[处處]|原?作者|[记記]者|[责責]任[编編][辑輯]|[编編](?:[辑輯]|[审審])|[责責][编編]|校[对對]|[审審]核|通[讯訊][员員]|[实實][习習]生|撰文|撰稿人?|[执執]筆|执笔|文字?|[发發][布佈](?:者|人)|[发發][帖贴貼]人|[楼樓]主|博主|UP主)\s*[:：|｜丨／]
# 文·王五 (a magazine's byline)
^文\s*·\s*[\u4e00-\u9fff]{2,4}$
# a label spaced out to the width of the others (作　者：, 来　源：) or in brackets (【作者】)
^(?:作\s+者|记\s+者|撰\s+稿|来\s+源|出\s+处|编\s+辑)\s*[:：]|^[【\[]\s*(?:作\s*者|记\s*者|来\s*源|出\s*处|编\s*辑)\s*[】\]]
(?:人[气氣]|[阅閱][读讀]|[浏瀏][览覽]|[点點][击擊]|[阅閱][读讀]量|[浏瀏][览覽]量|[点點][击擊]量|[阅閱][读讀]数|[浏瀏][览覽]次[数數])\s*[:：]?\s*\d
^(?:打印\s+)?(?:字号|字体)\s*[:：]?|^(?:大|中|小)\s+(?:大|中|小)\s+(?:大|中|小)$|^T\s*[+＋]\s*[-－]$
^原标题\s*[:：]|^[（(]原标题\s*[:：]
^(?:打印|关闭|收藏|纠错|举报|打印本页|关闭窗口)(?:\s+(?:打印|关闭|收藏|纠错|举报|打印本页|关闭窗口))*$
# a blog's post foot (posted @ 2006-07-02 22:13 蓝心 阅读(57) 评论(3)) and its tags and
# category (标签：枣树 外婆 分类：随笔)
^posted\s+(?:on|@|at)\s+(?:19|20)\d\d
^(?:标签|標籤|分类|分類|类别|類別|所属分类|所屬分類)\s*[:：]
# a school's or a county's news: who typed and who checked it in (录入：王芳 审核：李建国,
# 文章录入：admin)
^(?:(?:文章|信息|稿件|新闻)?[录錄]入(?:人|员|員)?|[审審]稿|[终終][审審]|初[审審]|[签簽][发發])\s*[:：]
# a government disclosure table's row, its cells on one line as a text dump gives them
# (索引号： 001008003014/2024-00215 发布机构： 市政府办公室, 文　　号： 临政办发〔2024〕6号)
^(?:索\s*引\s*号|[发發][布佈]机构|公开方式|主题分类|成文日期|[发發]文日期|[发發]文字号|文\s+号|[发發]文机关|公开时限|体裁分类|组配分类|信息分类|名\s+称)\s*[:：]
# the page's own address printed under the article (本文链接：http://..., 原文地址：)
^(?:本文|原文|文章|本页)(?:链接|鏈接|地址|网址|網址)\s*[:：]
# an article's sign-off: credits alone, each a role and its names, maybe in brackets
# (文字/张三 摄影/李四 编辑/王五, （文/张三 图/李四）, 一审：韦丽娜 二审：蒙建华)
^[（(]?\s*(?:(?:文字?|图片?|摄影|摄像|视频|图文|文/图|图/文|撰稿|撰文|执笔|作者|记者|通讯员|编辑|责任编辑|责编|美编|编审|审核|审稿|校对|[一二三]审|初审|复审|终审|签发|统筹|监制|制作|供稿)\s*[:：/／|丨]\s*[\u4e00-\u9fff·]{2,4}(?:[、，,]\s*[\u4e00-\u9fff·]{2,4})*\s*){2,8}[）)]?$

[metadata max=20]
^(?:编辑|责任编辑|责编|编审|校对)\s*[:：/]?\s*\S{1,12}$
^[（(【\[]\s*(?:编辑|责任编辑|责编|来源|作者|记者|审稿|审核|校对)\s*[:：]?.{0,20}[）)】\]]$
# byline and editor lines without a colon: "新京报记者 陆一夫", "编辑 刘晓阳 校对 李铭", "文/张三", "《棱镜》作者 周纯"
^[□■]?\s*(?:\S{0,10}(?:记者|記者)|(?:特约)?通[讯訊][员員]|(?:《[^》]{1,12}》)?\s*作者|编辑|责任编辑|责编|编审|校对|审核|统筹|监制|美编|执笔|撰文|文字?)(?:\s*[/／]\s*|\s+)[\u4e00-\u9fff·]{2,5}(?:\s*[、&＆,，\s]\s*[\u4e00-\u9fff·]{2,5})*$
^(?:(?:编辑|责任编辑|责编|编审|校对|审核|统筹|监制|美编)\s+[\u4e00-\u9fff·]{2,5}\s*){2,4}$
^[■□]?\s*(?:执笔|撰文|文)\s*[/／]\s*\S.{0,25}$

[author_bio max=200 zones=tail]
# a short introduction of the writer after the article: a name, then who they are
^[\u4e00-\u9fff·]{2,5}\s*[,，、:：]\s*.{0,60}(?:专栏作家|专栏作者|签约作者|特约作者|撰稿人|作家|作者|公众号|公开号|研究员|分析师|评论员|主编|创始人|博士|教授)
^(?:作者简介|作者介绍|关于作者|专栏简介)\s*[:：]?

[footer max=40]
(?:关于我们|联系我们|网站地图|广告服务|招聘信息|友情链接|法律声明|隐私政策|用户协议|网站导航|意见反馈|投稿邮箱|服务条款|帮助中心|举报电话|违法和不良信息|關於我們|聯繫我們|聯絡我們|網站地圖|廣告服務|隱私政策|友情鏈接)

# ---- metadata fields: named groups are what the field takes ----

[field.published]
# (a document's signing, printing or effective date, 成文日期 / 实施日期, is no label of it:
# such a date is any other date of the byline zone)
(?:[发發][布佈表]|出版|上[传傳]|首[发發]|刊[发發])(?:[时時][间間]|日期|[于於])?\s*[:：]?
(?<![更修])(?<!成文|印[发發]|施行|[实實]施|生效|截止|[废廢]止)(?:[时時][间間]|日期)\s*[:：]

[field.updated]
(?:更新|修改|修[订訂]|最[后後]更新|最近更新)(?:[时時][间間]|日期|[于於])?\s*[:：]?

[field.not_published]
# a member's or a person's date, never the page's: 注册时间：, 出生日期：, and a forum's
# member box of dvbbs or phpwind (注册：2004年3月12日, 最后登录:2008-03-22)
(?:注册|加入|出生)(?:时间|日期|于)\s*[:：]?
(?:^|\s)(?:注册|註冊|加入|入站|最后登录|最後登錄|上次登录|上次登錄)\s*[:：]

[field.views]
(?:人[气氣]|[阅閱][读讀]|[浏瀏][览覽]|[点點][击擊]|[阅閱][读讀]量|[浏瀏][览覽]量|[点點][击擊]量|[阅閱][读讀]数|[浏瀏][览覽]次[数數]|[热熱]度)\s*[:：]?\s*(?P<views>\d[\d,]*(?:\.\d+)?)\s*(?P<scale>万)?

[field.source]
# (a picture's, a video's or a figure's source is none: 图片来源, 视频来源, 数据来源, 资料来源;
# a government page's issuing body is: 发布机构, 发文机关)
(?<![图圖片面频頻据據料])(?:[来來]源|[来來]自|出[处處]|稿源)\s*[:：]\s*(?P<source>[^\s:：|｜丨,，()（）\[\]【】]{2,30})
(?:[发發][布佈]机构|[发發][布佈]機構|[发發]文机关|[发發]文機關)\s*[:：]\s*(?P<source>[^\s:：|｜丨,，()（）\[\]【】]{2,30})
(?:^|\s)(?:[来來]源|稿源|出[处處])\s+(?P<source>[^\s:：|｜丨,，()（）\[\]【】]{2,30})
# a portal's info line of 2004-2006, the outlet alone after its address and the time
# (http://news.sina.com.cn 2005年04月26日08:12 南方晨报)
^https?://\S+\s+(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*\d{1,2}:\d{2}\s+(?!星期|周)(?P<source>[\u4e00-\u9fff]{2,12})$

[field.source_label_alone]
# a source's label alone in its cell, the name in the next one (<td>发布机构：</td><td>...</td>)
^(?:(?:信息|文章|稿件)?[来來]源|稿源|出[处處]|[发發][布佈]机构|[发發][布佈]機構|[发發]文机关|[发發]文機關)\s*[:：]?$

[field.not_source]
# what a source label holds when it names no outlet: a CMS's default (未知, 本站), the web
# at large (网络, 互联网), an unnamed writer (佚名), a kind of text (原创, 转载, 综合)
^(?:未知|不[详詳]|[暂暫][无無]|无|無|其[他它]|佚名|匿名|本站|本[网網]|本站原[创創]|原[创創]|[转轉][载載]|[网網][络絡]|互[联聯][网網]|[网網][络絡][转轉][载載]|[网網][络絡]整理|[综綜]合|admin|null|none|undefined)$

[field.source_tail]
# a role label or a date label glued after the outlet's name (证券时报网作者：李在山), cut off
\s*(?:原?作者|[记記]者|[编編][辑輯]|[责責]任[编編][辑輯]|[责責][编編]|通[讯訊][员員]|[发發][布佈][时時][间間]|[时時][间間]|日期|[摄攝]影|[审審]核)(?=\s*[:：]|$)
# a count's label glued after it (计算机学院浏览次数：, 县融媒体中心阅读：), cut off
\s*(?:[阅閱][读讀]|[浏瀏][览覽]|[点點][击擊]|[访訪][问問])(?:次数|次數|数|數|量|人次)?(?=\s*[:：]|$)

[field.author]
# a labelled byline; the span is cut into names by metadata.person_names, which stops
# at the first word that is not a name (整合, 报道, the next label)
# (a later name ends where the Han text does: 关于作者：王建宏，清溪日报记者 gives one name;
# and is no next role's label: 作者：王建宏 责任编辑：李四; 原作者, a bracketed name, 文·, 文/本报记者;
# a first span running on in Han text past 8 characters is no name cut short: 作者：市粮食和物资储备局;
# not a forum's button "只看该作者|倒序浏览": 该作者 is "this poster", no label)
(?<![该該])(?:原?作者|撰文|[执執]笔|執筆|撰稿人?|撰写|撰寫|[发發][布佈]者|[发發][布佈]人|作\s+者|撰\s+稿)\s*[:：/／|｜丨]\s*[\[［]?(?P<author>[\u4e00-\u9fff·]{2,8}(?![\u4e00-\u9fff·])(?:\s*[、,，&/\s]\s*(?!(?:[责責]任|值班|[实實][习習])?[编編][辑輯]|[责責][编編]|通[讯訊][员員]|[实實][习習]生|[记記]者|[摄攝]影|校[对對]|[审審]核|[来來]源|[录錄]入)[\u4e00-\u9fff·]{2,5}(?=$|[^\u4e00-\u9fff·]|报道|发自|摄)){0,4})
(?:^|[\s》」）)])作者\s+(?P<author>[\u4e00-\u9fff·]{2,4}(?:\s*[、,，&\s]\s*[\u4e00-\u9fff·]{2,4}){0,4})$
# (a name never runs into 发自: 本报记者王建宏发自北京)
(?:记者|記者|记\s+者(?=\s*[:：])|通讯员|通訊員|特约记者|本报记者|见习记者|实习记者|特约撰稿人?)\s*[:：/／|｜丨]?\s*(?P<author>(?:(?!发自)[\u4e00-\u9fff·]){2,4}(?=$|[^\u4e00-\u9fff·]|报道|发自|摄)(?:\s*[、,，&\s]\s*(?!(?:[责責]任|值班|[实實][习習])?[编編][辑輯]|[责責][编編]|通[讯訊][员員]|[实實][习習]生|[记記]者|[摄攝]影|校[对對]|[审審]核|[来來]源|[录錄]入)(?:(?!发自)[\u4e00-\u9fff·]){2,4}(?=$|[^\u4e00-\u9fff·]|报道|发自|摄)){0,4})
(?:^|[\s（(])(?:文|文字|图文|文图|文\s*[/·、]\s*图|图\s*[/·、]\s*文)\s*[/／:：|｜丨·]\s*(?:(?:本报|特约|见习|实习)?记者\s*)?(?P<author>[\u4e00-\u9fff·]{2,4}(?:\s*[、,，&\s]\s*[\u4e00-\u9fff·]{2,4}){0,4})
^文\s*[/／]\s*图\s+(?P<author>[\u4e00-\u9fff·]{2,4}(?:\s*[、,，&\s]\s*[\u4e00-\u9fff·]{2,4}){0,4})
# a label in brackets: 【作者】王建宏
[【\[]\s*(?:作\s*者|撰\s*稿)\s*[】\]]\s*(?P<author>[\u4e00-\u9fff·]{2,4}(?:\s*[、,，&\s]\s*[\u4e00-\u9fff·]{2,4}){0,4})
# a Latin name after a Chinese label (作者：Wang Jianhong)
(?:^|[\s【\[（(|｜])(?:作者|撰文|撰稿|记者|記者)\s*[:：|｜丨]\s*(?P<author>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,3})(?=$|[\s,，;；|｜])
# a writer's, a poster's or an uploader's handle after its label (作者：放飞&心情, 楼主：dragon2005,
# 博主：江南雨, UP主：某某); the label vouches for a name that is no personal name (an
# uploader's, 发布者：, only for a Han name: xxgk is a CMS account)
(?:^|[\s【\[（(|｜])(?:作者|发帖人|发贴人|楼主|博主|UP主)\s*[:：|｜丨]\s*(?P<author>[^\s:：|｜丨,，;；()（）\[\]【】<>="']{2,20})(?=$|[\s:：|｜丨,，;；()（）\[\]【】])

[field.signed_author]
# a line of names without a role label, read under the headline and on the article's edge
# lines, when the names read as personal names (field.person_name): 新京报's □王建宏,
# an essay's 江南/文
^[□■]\s*(?:(?:本报|特约|见习|实习)?记者\s*)?(?P<author>[\u4e00-\u9fff·]{2,4}(?:\s*[、,，\s]\s*[\u4e00-\u9fff·]{2,4}){0,4})$
^(?P<author>[\u4e00-\u9fff·]{2,4}(?:\s*[、,，\s]\s*[\u4e00-\u9fff·]{2,4}){0,3})\s*[/／]\s*(?:文|撰文|文图|图文)$
# a school's news closes with who handed the text in: （化学学院 孙莉 供稿）
^[（(]\s*(?:[\u4e00-\u9fff]{2,12}\s+)?(?P<author>[\u4e00-\u9fff·]{2,4}(?:\s*[、,，]\s*[\u4e00-\u9fff·]{2,4}){0,2})\s*供稿\s*[）)]$

[field.closing_signed]
# a sign-off closing an essay or a letter, read only on the article's last lines and when
# the names read as personal names (an epigraph's ——鲁迅 opens the text, and is no writer)
^[—－]{1,2}\s*(?P<author>[\u4e00-\u9fff·]{2,4})(?:\s+(?:19|20)\d\d.{0,16})?$

[field.poster_author]
# a forum or blog post's head: the poster's handle before the time it was posted
# (江南雨 发表于 2005-5-7 21:23), read under the headline and on the article's edge lines
^(?:楼主|\d{1,4}\s*楼|#\d{1,4})?\s*(?P<author>[^\s:：|｜丨,，<>="']{2,16})\s*(?:发表于|发表时间|发帖时间|发布于)\s*[:：]?\s*(?:19|20)\d\d
# a blog's post foot: posted @ 2005-07-31 12:30 江南雨 阅读(123) 评论(0)
^posted\s+(?:on|@|at)\s+(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?\s+(?P<author>[^\s:：|｜丨,，<>="'(（]{2,20})\s+(?:阅读|评论|read|comments)
# a blog's post foot or head: posted by 江南雨 @ 2005-07-31 12:30, 江南雨 @ 2005-07-31, by 江南雨 2005-07-31
^posted\s+by\s+(?P<author>[\u4e00-\u9fff·]{2,8})(?:\s|$)
^(?:posted\s+)?by\s+(?P<author>[^\s@|｜:：,，]{2,20})\s*(?:@|at|on|于)?\s*(?:19|20)\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}(?!\d)
# (a day, not a copyright's years: CopyRight@2004-2008)
^(?P<author>[^\s@|｜:：,，]{2,16})\s*@\s*(?:19|20)\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}(?!\d)

[field.member_field]
# a line of a forum's member box (dvbbs, phpwind), under the poster's name: a rank, a count,
# the day the member joined (等级：论坛游侠, 精华: 1, 发帖: 412, 注册：2004年3月12日)
^(?:等级|等級|级别|級別|头衔|頭銜|用户组|用戶組|门派|門派)\s*[:：]\s*\S{1,10}$
^(?:积分|積分|威望|金钱|金錢|精华|精華|发帖|發帖|帖子|文章|经验|經驗|魅力|UID)\s*[:：]\s*\d[\d,.]*\s*(?:点|點|RMB|元)?$
^(?:注册|註冊|注册时间|註冊時間)\s*[:：]\s*(?:19|20)\d\d\s*[-/.年]

[field.blog_owner]
# a blog's <title> names the blogger, the writer of its posts: 标题 - 江南雨的博客 - 天极网博客,
# 江南雨的BLOG; read on each piece of the title
^(?P<author>.{2,16}?)的(?:博客|blog|部落格|专栏|个人空间|(?:QQ)?空间|日志|网志|文集)$

[field.blog_platform]
# the blog platform a <title> ends with, after the blogger's name (标题_江南雨_新浪博客,
# 天极Blog; a "Blog" alone is an English site's section)
^[\u4e00-\u9fff]{1,8}\s*(?:博客|blog|部落格)$

[field.dateline_author]
# the credit in the dateline that opens the first paragraph: 新华社北京9月1日电（记者 张三）,
# 丰源新闻网讯（融媒体记者 张三）, a correspondent's alone: 本网讯（通讯员 李四）
^.{0,40}?[（(](?:(?:本报|本報|特约|特約|见习|实习|融媒体?|全媒体|新媒体|首席)?(?:记者|記者)|通[讯訊][员員])\s*(?P<author>(?:(?!发自)[\u4e00-\u9fff·]){2,4}(?:\s*[、,，\s]\s*(?!通讯员|实习生|记者|摄影|编辑)(?:(?!发自)[\u4e00-\u9fff·]){2,4}){0,4})

[field.dateline_plain]
# ... and without brackets: 本报讯 记者王建宏报道, 新华网北京4月27日电 记者王建宏 张文攀; a
# name followed by a space, 报道 or a mark, read only when the names read as personal names
# (记者近日获悉， holds none); a square may open it (□本报记者 王建宏 昨天，…)
^(?:.{0,30}?(?:讯|电|】|\])|[□■])?\s*(?:本报|本報|特约|特約|见习|实习|融媒体?|全媒体|新媒体|首席)?(?:记者|記者)\s*(?P<author>[\u4e00-\u9fff·]{2,4}?(?:[\s、]+[\u4e00-\u9fff·]{2,4}?){0,3})(?=\s|报道|報導|发自|[／/，,：:。]|$)
# the writer's credit opening the first paragraph, the text right after it: 文/王建宏　河畔社区...
^\s*(?:文|作者|撰文)\s*[/／:：|｜丨]\s*(?P<author>[\u4e00-\u9fff·]{2,4}?)(?=\s)

[field.title_author]
# a writer the <title> credits with a label (标题（作者：江南雨）- 文学网, 标题 文/江南雨)
(?:^|[\s（(【\[|｜_-])(?:作者|文)\s*[:：/／]\s*(?P<author>[^\s:：|｜丨_()（）\[\]【】<>-]{2,20})

[field.author_label_alone]
# a byline's label alone in its cell, the names in the next one (<td>作者：</td><td>王建宏</td>)
^(?:作者|作\s*者|撰文|撰稿人?|执笔|(?:本报|特约)?记者)\s*[:：]?$

[field.closing_author]
# a credit in brackets closing the article: （张三） （文/图 张三 李四） （记者 王五）
[（(](?:(?:文|图|文/图|图/文|文图|图文|记者|本报记者|作者|执笔|撰文|撰稿|通讯员)\s*[/／:：|｜丨]?\s*)?(?P<author>[\u4e00-\u9fff·]{2,4}(?:\s*[、,，\s]\s*[\u4e00-\u9fff·]{2,4}){0,4})\s*[）)]\s*$

[field.name_line]
# a line of names alone under a headline printed twice (an essay's or a paper's credit:
# 赵延东、风笑天), read only there
^(?P<author>[\u4e00-\u9fff·]{2,4}(?:\s*[、，,\s]\s*[\u4e00-\u9fff·]{2,4}){0,3})$

[field.bio_author]
^(?:作者简介|作者介绍|关于作者|专栏简介)\s*[:：]\s*(?P<author>[\u4e00-\u9fff·]{2,5})\s*[,，、]
^(?P<author>[\u4e00-\u9fff·]{2,5})\s*[,，、:：]

[field.not_person]
# words that stand where a name would, and are not one of a person
网络整理|整理|网络|copyright|版权所有|版权|佚名|本站|本网|本文|此文|该文|文章|我们|本人|简介|作者简介|作者介绍|楼主|沙发|板凳|系统管理员|站长|游客|综合|整合|报道|编译|编辑|责任编辑|责编|来源|发布|阅读|时间|日期|原创|转载|摄影|摄|图|文|小编|管理员|编辑部|网友|匿名|未知|不详|通讯员|实习生|记者|当前位置|位置|首页|相关文章|相关阅读|相关新闻|推荐阅读|热门文章
# a commenter's line (往事随风[网易山东省德州市手机网友])
.*网友.*
# what a byline says when it names no one: where the text was taken from (转自网络), that
# the writer is unknown (未署名, 暂无), a compilation (综合报道), a link's text (点击查看)
(?:转自|来自|转载自|摘自|选自|引自|源自|取自).{0,12}|网络转载|未署名|不明|暂无|无名氏|待定|综合(?:报道|消息|新闻)|(?:点击|查看|进入|访问).{0,10}
(?:本站|本网|本报|本刊)\S{0,4}|(?:匿名|未知)\S{0,4}|(?:网友|读者)?投稿|用户\d*|会员\d*|请(?:输入|填写).{0,6}|null|undefined|none|xxx|测试
# a forum's buttons beside the poster's name (回复, 引用, 只看楼主)
回复|引用|删除|举报|收藏|只看.{0,4}|加为好友|发短消息|短消息|查看资料|个人空间
# a dateline's outlet (本报讯, 北京晨报讯), a column (人民网评, 新华时评), a role without a name
本报讯|本刊讯|本网讯|本台讯|[\u4e00-\u9fff]{0,8}(?:报|网|社|台)讯|[\u4e00-\u9fff]{1,6}(?:时评|网评|短评|社评)
(?:本报|本刊|本网)?(?:特约|特邀)?(?:评论员|撰稿人|观察员|通讯员|记者)|特约|特邀
# a government body (清溪市人民政府, 市人大)
[\u4e00-\u9fff]{0,12}(?:政府|人大|政协)
# a portal's channel (网易体育, 腾讯科技), an account that is no person
[\u4e00-\u9fff]{2,8}(?:科技|体育|财经|娱乐|汽车|房产|军事|时尚|旅游|数码|资讯|视频)
# template placeholders left in a byline, a CMS account's role (超级管理员, 清溪小编)
姓名|作者名|用户名|昵称|某某|作者姓名
[\u4e00-\u9fff]{0,8}(?:小[编編]|管理[员員])
# the other roles of a byline line and their traditional forms (录入, 審核, 責任編輯)
# the next label of an info line read where an empty byline's name would be (作者： 阅读次数：,
# 作者： 发布时间：)
(?:[阅閱][读讀]|[浏瀏][览覽]|[点點][击擊]|[访訪][问問]|查看)(?:次数|次數|数|數|量|人次)|(?:[发發][布佈]|[发發]表|更新|成文|[发發]文)(?:[时時][间間]|日期)|(?:信息|文章|新闻|稿件)[来來]源|字[号號体體]
# a CMS account's pinyin initials (xxgk, xwzx, zhxw): four to six lowercase consonants
(?-i:[b-df-hj-np-tv-xz]{4,6})
# a placeholder (XX) or a year in Chinese numerals (二〇二四)
x{2,4}|[〇零一二三四五六七八九十百千]{2,8}
# a column's name where a byline's would be (学校要闻, 图片新闻, 工作动态)
[\u4e00-\u9fff]{0,8}(?:要闻|要聞|动态|動態|快讯|快訊|资讯|資訊|公告|通知|专题|專題|专栏|專欄)
[录錄]入|[审審]核|[审審]校|校[对對]|初[审審]|[复複][审審]|[终終][审審]|[签簽][发發]|核稿|供稿|供图|供圖|[编編][辑輯]|[责責]任[编編][辑輯]|[责責][编編]|[来來]源|[发發][布佈]|[阅閱][读讀]|[时時][间間]|[记記]者|[摄攝]影|通[讯訊][员員]|[实實][习習]生
# a blog platform, a forum or a community (新浪博客, 清溪论坛)
[\u4e00-\u9fff]{0,8}(?:博客|论坛|社区)
# a school's, a hospital's or an office's name (党委办公室, 计算机学院)
[\u4e00-\u9fff]{1,12}(?:室|处|学院|大学|学校|中学|小学|医院|团委|支部|总支|工会)
# outlets, accounts and bodies end like this (新华社, 人民日报, 长江网, 宣传部)
[\u4e00-\u9fff]{1,12}(?:社|报|网|台|刊|站|局|部|院|会|厅|委|办|所|中心|公司|集团|新闻|日报|晚报|频道|在线|杂志|周刊|客户端|号)

[field.author_unit]
# a unit's name printed before the writer's in a byline (宣传科 王芳, 党委宣传部 刘洋,
# 计算机学院 刘洋 张敏): dropped when what follows reads as personal names
[\u4e00-\u9fff]{1,12}(?:部|室|处|處|科|系|学院|學院|中心|办|辦|局|委|站|所|队|隊|团委|團委|支部|总支|總支|工会|工會|医院|醫院|大学|大學|学校|學校|中学|中學|小学|小學)
# (alone, a byline ending like a unit's name that reads as no personal name is none:
# 医务科, 化工系, 白沙镇, 沿河村, 图书馆, 县残联, 幼儿园, 综合执法大队)
[\u4e00-\u9fff]{1,12}(?:镇|乡|鄉|村|街道|社区|社區|馆|館|大队|大隊|中队|中隊|支队|支隊|联|聯|协|協|校|园|園|组|組|团|團)

[field.close_formula]
# the formula that closes an official document, before its signature (特此通告。, 此复。)
^特此(?:通告|通知|公告|函告|函复|批复|报告|说明|证明|函|复|告知)[。！!]?$|^此复[。]?$|^以上[，,]?(?:请|妥否).{0,8}[。]?$

[field.close_date]
# the date of an official document's signature, alone on its line (2024年2月23日,
# 二〇二四年二月二十三日)
^(?:(?:19|20)\d\d|[〇零一二][〇零一二三四五六七八九]{3})\s*年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日$

[field.close_note]
# the notes under an official document's date: how it is made public, whom to ask
^[（(](?:此件|本件).{0,12}[）)]$|^[（(](?:联系人|联系电话).{0,40}[）)]$

[field.person_name]
# A Chinese personal name as an unlabelled element or meta tag gives it: a common surname
# (single or compound, simplified or traditional) and a given name of one or two
# characters; or a foreign name written with a middle dot (马克·吐温). A channel name or
# an account (体育教科书, 股市行情) is not one.
(?:欧阳|歐陽|司马|司馬|诸葛|諸葛|上官|东方|東方|皇甫|令狐|慕容|尉迟|尉遲|夏侯|公孙|公孫|轩辕|軒轅|长孙|長孫|宇文|司徒|端木|独孤|獨孤|南宫|南宮|西门|西門|呼延|澹台|澹臺|百里|第五|万俟)[\u4e00-\u9fff]{1,2}
[王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由凤洪陳張黃劉楊趙吳鄭謝許馮鄧蕭葉蘇呂盧鍾譚陸賈韋鄒閻賀顧龔萬錢嚴湯莊聶魯嶽歐關蘭寧紀單塗駱藍鮑華饒車項蘆麥婁竇費衛鄺欒鞏龐顏喬孫馬羅韓蔣餘齊溫畢陽時農繆簡黨宮閔鄔邊師榮叢遲談荊樂儲勞諶藺樓盤滿聞厲區闞權強帥樸蓋練豐國計晉門雲來闕烏鮮諸戰銀賓堯閉鳳][\u4e00-\u9fff]{1,2}
[\u4e00-\u9fff]{1,8}(?:[·•][\u4e00-\u9fff]{1,8}){1,3}

[field.author_label]
# role labels before a byline's names, stripped: 作者：张三, 本报记者张三, 文/李四, 来源：
^(?:原?作者|作\s+者|撰文|[执執][笔筆]|撰稿|(?:本报|本報|特约|特約|见习|實習|实习|首席)?(?:记者|記者)|(?:特约|特約)?通[讯訊][员員]|[发發][布佈]者|[发發][布佈]人|[发發][帖贴貼]人|[楼樓]主|博主|UP主|[来來]源|出[处處]|稿源)\s*[:：/／|｜丨]?\s*
^(?:文|图|文/图|图/文|文图|图文)\s*[:：/／|｜丨]\s*
# a reporter's title before the name: 融媒记者 刘强, 学生记者 刘洋, 融媒体记者, 学生通讯员
# (not a unit's name: 校报记者团)
^[\u4e00-\u9fff]{1,4}?(?:记者|記者|通[讯訊][员員])(?![团團站部处])\s*[:：/／|｜丨]?\s*

[field.author_editor]
# an editor's line is never the author's: 责任编辑：王五, [编辑：刘六]
^(?:[责責]任[编編][辑輯]|[编編][辑輯]|[责責][编編]|[编編][审審]|校[对對]|[审審]核|[审審]校|美[编編]|[监監]制|[统統]筹|[统統]籌|主[编編]|值班[编編][辑輯]|[实實][习習][编編][辑輯]|[编編]者|[录錄]入)(?:\s*[:：/|]|\s+|$)

[field.author_tail]
# what may be glued after the names, cut off with all that follows: a date line, a
# reporting place (上海报道), a profile box's counts and follow button, a job title
\s*(?:发布|发表|更新|上传|提交|回复|发帖|修改)(?:时间|日期|于)
\s*(?:\d{2,4}[-/.年]\d{1,2}|\d{1,2}:\d{2})
\s+[\u4e00-\u9fff]{0,6}(?:报道|报导|報導|發自|发自)$
\s*发自[\u4e00-\u9fff]{1,8}$
# the self-media platform an account is on, printed after its name (扬眼 企鹅号)
(?<=[\u4e00-\u9fff·]{2})\s*(?:企鹅号|企鵝號|百家号|百家號|头条号|頭條號|网易号|網易號|大鱼号|大魚號|搜狐号|搜狐號|一点号|澎湃号|澎湃號)$
# a picture's credit after the names (王建宏 李秀英 供图)
\s+[\u4e00-\u9fff·]{2,4}\s*供[图圖]$
# 等: and others (作者：王五等)
(?<=[\u4e00-\u9fff]{2})\s*等人?$
\s*[+＋]?\s*(?:已关注|关注|订阅|粉丝|获赞|总?篇数|\d+\s*篇|暂无简介)
(?<=[\u4e00-\u9fff·]{2})\s*(?:首席|高级|资深|特约|主任|副|总)?(?:记者|编辑|分析师|研究员|评论员|主编|总编|主笔|专栏作家|作家|教授|博士|律师|医生|经济学家|工程师)$
# the next label after the names, its colon left out of the span (王建宏来源：清溪网,
# 王建宏 浏览次数：120)
(?:(?<=[\u4e00-\u9fff]{2})|\s+)(?:(?:文章|稿件|信息)?[来來]源|出[处處]|稿源|[责責]任[编編][辑輯]|[责責][编編]|[审審]核|校[对對]|[摄攝]影|[录錄]入|(?:[点點][击擊]|[浏瀏][览覽]|[阅閱][读讀]|[访訪][问問])(?:次[数數]|[数數]|量)?|[时時][间間]|日期)$

[field.breadcrumb]
^(?:当前|當前|您的|你的|您现在的|您現在的|你现在的|你現在的|您当前|您當前|你当前|你當前|现在|現在|所在|您所在的|你所在的)?(?:的)?位置\s*[:：]?\s*(?P<trail>[\s\S]+)$

[field.prev]
^(?:上一篇|上一条|上一页|上一则|前一篇)\s*[:：]?\s*(?P<text>.+)$

[field.next]
^(?:下一篇|下一条|下一页|下一则|后一篇)\s*[:：]?\s*(?P<text>.+)$

[field.home]
^(?:首页|主页|网站首页|本站首页|回到首页)$

[field.relative_time]
刚刚|(?<!\d)\d+\s*(?:秒|分钟|小时|天)前|昨天|前天|今天

[field.placeholder]
^(?:正文|内容|详情|详细内容|文章|新闻正文|阅读文章)$

# a forum post's chrome in a Chinese thread (label/chrome.py): its floor (楼主, 沙发, 板凳, 地板,
# 5#, 12楼), its head (发表于 2024-6-3 09:40|只看该作者), the member box's credit (积分 1020,
# 积分 alone over its value)
[field.post_chrome]
^(?:楼主|樓主|沙发|沙發|板凳|地板|地下室|\d{1,5}\s*[#楼樓])$
# a post's head or foot: 发表于 2005-5-7, 楼主 发表于: 2008-03-20 19:11, [楼 主] | Posted: ...
^(?:(?:楼主|樓主|\d{1,5}\s*[#楼樓])\s*)?(?:发表于|發表於)\s*[:：]?\s*(?:19|20)\d\d
^\[\s*(?:楼\s*主|樓\s*主|\d{1,5}\s*[楼樓])\s*\]
# a post's head that names its writer and the day (天涯, 猫扑: 作者：阿牛 回复日期：2006-10-21 23:05)
^作者\s*[:：]\s*\S{1,20}\s+(?:提交|回复|回覆|发表|發表|发帖|發帖)(?:日期|时间|時間)\s*[:：]\s*(?:19|20)\d\d
# … or the writer and the day alone (贴吧: 作者: 旧物记 2007-5-12 10:22 回复此发言), and a
# floor's head over a reply (2 回复：标题)
^作者\s*[:：]\s*\S{1,20}\s+(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}
^\d{1,5}\s+回复\s*[:：]
只看该作者|只看該作者
# a member box's counts, rank and dates (dvbbs, phpwind, Discuz!): 精华: 1, 金钱: 1830 RMB,
# 等级：论坛游侠, 注册时间:2006-09-01
^(?:积分|積分|威望|金钱|金錢|贡献|貢獻)(?:\s*[:：]?\s*\d[\d,.]*)?$
^(?:积分|積分|威望|金钱|金錢|贡献|貢獻|精华|精華|发帖|發帖|帖子|文章|主题|主題|经验|經驗|魅力|财富|財富|UID|在线时间|在線時間)\s*[:：]?\s*\d[\d,.]*\s*(?:点|點|RMB|元|小时|小時|[(（]小时[)）])?$
^(?:等级|等級|级别|級別|头衔|頭銜|用户组|用戶組|门派|門派)\s*[:：]\s*\S{1,10}$
^(?:注册|註冊|注册时间|註冊時間|最后登录|最後登錄|上次登录)\s*[:：]?\s*(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}

[field.title_kicker]
# a tag printed in the headline's element, glued to it (<h1><span>原创</span>标题</h1>,
# 标题<em>置顶</em>): read off only when what is left is a title's headline
^(?:原[创創]|[独獨]家|[视視][频頻]|[图圖]文|[组組][图圖]|直播|[专專][题題]|快[讯訊]|首[发發]|[热熱]点|[热熱]點|推[荐薦]|置[顶頂]|[热熱]|[荐薦]|精|新|[顶頂]|[图圖])
(?:原[创創]|[独獨]家|[视視][频頻]|推[荐薦]|置[顶頂]|[热熱]|[荐薦]|精|新|[顶頂]|[图圖])$
# a forum's label before a thread's headline (<h2>主题：标题</h2>)
^(?:主[题題]|[标標][题題]|帖子主[题題])\s*[:：]\s*

[field.title_promo]
# a bracketed promo or column tag before the headline, taken off: 【独家】, [组图]
^【[^】]{1,10}】\s*(?=\S)
^[\[［](?:独家|组图|图|图文|多图|视频|快讯|专题|原创|首发|重磅|直播|高清|实拍|热点|推荐|转载|转)[\]］]\s*(?=\S)
# the same tag set off by a bar or a colon: 视频｜, 快讯：
^(?:独家|组图|图文|多图|视频|快讯|专题|原创|首发|重磅|直播|高清|实拍|热点)\s*[｜|丨：]\s*(?=\S)
