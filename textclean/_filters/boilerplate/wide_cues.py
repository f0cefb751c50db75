r"""
Cue phrases in lines of Chinese, Japanese and Korean, found as substrings.

The cue table of ``signals`` is matched word by word, and a line of Chinese
or Japanese has no spaces between its words: "相关文章" or "分享到：" inside a
line is no word of it. Korean is spaced, but its particles join the words
("댓글을", "관련기사를"). For a line whose letters are mostly Han, Kana or
Hangul (``wide_line``), this module finds the cue phrases as substrings, in
one pass of one compiled alternation, longest first, and estimates the
line's words (a Han or Kana character is half a word), so that ``signals``
weighs them as it weighs cues and words of other lines: the same shape
(a short line without 。！？, a "label：" opening it), position and runs.

A credit or taxonomy cue ("来源", "写真", "태그") is one only where it opens the
line, as a label, as in ``signals``; a reporter's byline ("홍길동 기자",
"记者 张三") is a credit line whole.

    >>> find("相关文章")  # doctest: +ELLIPSIS
    WideCues(cues=(('related_links', '相关文章'),), chars=4, label=False, opens=True, ...)
    >>> find("分享到：微博 微信").label
    True
    >>> find("今天天气很好。") is None
    True
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from textclean._filters.boilerplate.catalog import (
    COMMENT_FORM,
    COPYRIGHT,
    CREDIT,
    NAVIGATION,
    PROMPT,
    READING,
    RELATED_LINKS,
    SHARE_WIDGET,
    SHOP,
    TAXONOMY,
)

#: The first code point of the scripts written without spaces (Hiragana): a
#: line whose largest character is below it holds none (one ``max`` in C).
WIDE_START = "\u3040"

# Cues by category, in Chinese (simplified and traditional), Japanese and Korean.
WIDE_CUES: dict[str, tuple[str, ...]] = {
    RELATED_LINKS: (
        "相关文章", "相關文章", "相关阅读", "相關閱讀", "相关新闻", "相關新聞", "相关推荐",
        "相關推薦", "相关报道", "相關報導", "延伸阅读", "延伸閱讀", "推荐阅读", "推薦閱讀",
        "猜你喜欢", "猜你喜歡", "热门文章", "熱門文章", "热门推荐", "熱門推薦", "热门新闻",
        "最新文章", "最新新闻", "最新消息", "更多新闻", "更多新聞", "更多文章", "更多精彩",
        "点击查看大图", "點擊查看大圖", "查看大图", "点击放大", "点击查看",
        "點擊查看", "点击阅读", "阅读原文", "閱讀原文", "阅读全文", "閱讀全文",
        "查看全文", "排行榜", "大家都在看", "你可能还喜欢", "你可能感兴趣", "为您推荐",
        "為您推薦", "精彩推荐", "编辑推荐", "上一篇", "下一篇", "上一页", "下一页",
        "関連記事", "関連ニュース", "関連リンク", "おすすめ記事", "オススメ記事",
        "アクセスランキング", "人気ランキング",
        "人気記事", "注目記事", "最新記事", "新着記事", "ランキング", "続きを読む",
        "もっと見る", "前の記事", "次の記事", "あわせて読みたい", "合わせて読みたい",
        "こちらもおすすめ", "この記事を読んだ人", "よく読まれている",
        "관련기사", "관련 기사", "관련뉴스", "관련 뉴스", "많이 본 뉴스", "많이 본 기사",
        "추천기사", "추천 기사", "인기기사", "인기 기사", "최신기사", "최신 기사",
        "이전글", "다음글", "이전 글", "다음 글", "이전기사", "다음기사", "더보기",
        "함께 보면 좋은", "주요뉴스", "주요 뉴스", "실시간 인기",
    ),
    SHARE_WIDGET: (
        "分享到", "分享至", "分享给", "分享給", "分享本文", "一键分享", "转发到", "轉發到",
        "微信扫一扫", "扫一扫分享", "朋友圈", "新浪微博", "シェアする", "ツイート", "はてブ",
        "このページをシェア", "記事をシェア", "シェア", "공유하기", "공유", "카카오톡",
        "페이스북", "트위터", "URL복사", "기사 공유", "기사공유", "링크복사", "링크 복사", "스크랩",
    ),
    COMMENT_FORM: (
        "发表评论", "發表評論", "我要评论", "我要評論", "网友评论", "網友評論", "评论区",
        "評論區", "条评论", "條評論", "查看评论", "登录后评论", "登錄後評論", "暂无评论",
        "暫無評論", "评论", "評論", "留言板", "我要留言", "发表留言", "コメントする",
        "コメントを書く", "コメント一覧", "件のコメント", "コメント", "댓글", "댓글쓰기",
        "댓글 쓰기", "개의 댓글", "댓글 달기", "댓글을 남겨", "댓글 남기기", "댓글보기",
    ),
    NAVIGATION: (
        "返回顶部", "返回頂部", "回到顶部", "回到頂部", "返回首页", "返回首頁", "首页", "首頁",
        "网站地图", "網站地圖", "联系我们", "聯繫我們", "聯絡我們", "关于我们", "關於我們",
        "广告服务", "廣告服務", "免责声明", "免責聲明", "隐私政策", "隱私政策",
        "トップへ戻る", "ページトップへ", "ページの先頭へ", "トップページ", "ホーム",
        "お問い合わせ", "サイトマップ", "会社概要", "プライバシーポリシー", "利用規約",
        "맨 위로", "맨위로", "홈으로", "처음으로", "회사소개", "개인정보처리방침",
        "이용약관", "광고문의", "고객센터", "사이트맵",
    ),
    CREDIT: (
        "责任编辑", "責任編輯", "编辑", "編輯", "来源", "來源", "原标题", "原標題", "作者",
        "记者", "記者", "图片来源", "圖片來源", "图源", "摄影", "攝影", "撰文", "本文来源于",
        "本文來源於", "本文转载自", "本文轉載自", "写真", "画像", "提供", "編集部", "文",
        "取材", "出典", "사진", "출처", "글", "편집", "기자",
    ),
    COPYRIGHT: (
        "版权所有", "版權所有", "版权声明", "版權聲明", "未经授权", "未經授權", "禁止转载",
        "禁止轉載", "侵权必究", "著作権", "無断転載", "無断転載を禁じます", "転載禁止",
        "All Rights Reserved", "무단전재", "재배포 금지", "재배포금지", "저작권자",
    ),
    PROMPT: (
        "关注我们", "關注我們", "扫码关注", "掃碼關注", "扫描二维码", "長按二維碼", "长按二维码",
        "关注公众号", "關注公眾號", "订阅", "訂閱", "立即登录", "登录", "登錄", "注册", "註冊",
        "会員登録", "ログイン", "新規登録", "メルマガ", "フォローする", "購読", "有料会員",
        "구독하기", "구독", "로그인", "회원가입", "뉴스레터", "팔로우",
    ),
    READING: (
        "发布时间", "發佈時間", "发布日期", "更新时间", "更新時間", "阅读量", "閱讀量",
        "浏览次数", "瀏覽次數", "阅读数", "字号", "字號", "打印本页", "收藏本文", "收藏",
        "更新日", "公開日", "投稿日", "配信", "印刷する", "입력", "수정", "기사입력",
        "최종수정", "승인", "글자크기", "인쇄",
    ),
    TAXONOMY: (
        "标签", "標籤", "关键词", "關鍵詞", "タグ", "カテゴリー", "カテゴリ", "태그", "키워드",
    ),
    SHOP: (
        "立即购买", "立即購買", "加入购物车", "加入購物車", "カートに入れる", "購入する",
        "구매하기", "장바구니",
    ),
}  # fmt: skip

# Cues that are words of a label only where they open the line ("来源：新华社",
# "写真：共同"): inside a line they are words of prose ("作者认为", "사진을").
_AT_START = frozenset({CREDIT, TAXONOMY})
# Cues that are words of prose and headlines too ("评论" a commentary, "シェア"
# a market share, "공유" sharing, "登录" logging in): cues only of a line made
# of cues, digits and marks ("评论(12)", "登录 | 注册", "공유 댓글 인쇄").
_WHOLE = frozenset({
    "评论", "評論", "收藏", "首页", "首頁", "订阅", "訂閱", "登录", "登錄", "注册", "註冊",
    "朋友圈", "新浪微博", "排行榜", "シェア", "コメント", "ツイート", "はてブ",
    "ホーム", "トップページ", "ランキング", "ログイン", "配信", "購読", "공유", "댓글", "구독",
    "로그인", "입력", "수정", "승인", "인쇄", "스크랩", "카카오톡", "페이스북", "트위터",
    "팔로우", "더보기",
})  # fmt: skip
_LABEL_ENDS = frozenset(":：|｜/／")
# A reporter's byline, a credit line whole: "홍길동 기자", "(서울=연합뉴스) 홍길동 기자 =",
# "记者 张三", "（记者 张三 李四）", "文/张三", "文・写真＝山田太郎".
_BYLINE = (
    r"[(（]?(?:[^()（）\s]{1,12}=[^()（）\s]{1,12}[)）] ?)?[가-힣]{2,4} ?(?:기자|특파원|논설위원)"
    r"(?: ?[\w.-]+@[\w.-]+)?(?: ?=)?[)）]?"
    r"|[(（]?(?:本报)?(?:记者|記者|通讯员|通訊員)[ 　:：]?[\u4e00-\u9fff]{2,4}"
    r"(?:[ 　、,，][\u4e00-\u9fff]{2,4}){0,3}[)）]?"
    r"|(?:文|文・写真|文／写真|图|圖|撰文)[/／=＝][^\s]{2,12}"
)
_WIDE_LETTER = r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]"
_HAN_KANA = r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"


class _Patterns(NamedTuple):
    byline: re.Pattern[str]
    wide_letter: re.Pattern[str]
    han_kana: re.Pattern[str]


@cache
def _patterns() -> _Patterns:
    """
    The byline and script patterns, compiled on first need.

    re compiles a class a code point at a time: these took 10 ms of every
    import, for the few texts with CJK lines.
    """
    return _Patterns(re.compile(_BYLINE), re.compile(_WIDE_LETTER), re.compile(_HAN_KANA))


_LETTER = re.compile(r"[^\W\d_]")
_MAX_LINE = 120  # characters: furniture is short, a longer line is prose or a list of links


class WideCues(NamedTuple):
    """What ``find`` found in a line: its cues and what signals needs to weigh them."""

    cues: tuple[tuple[str, str], ...]  # (category, cue as written), in line order
    chars: int  # characters inside cues
    label: bool  # a cue opens the line as a label ("来源：", "写真：") or the line is a byline
    opens: bool  # the first cue opens the line
    credit_phrase: bool  # the line is a reporter's byline


@cache
def _pattern() -> re.Pattern[str]:
    """Every cue, longest first (an alternation takes the first that matches), compiled once."""
    phrases = sorted(
        {phrase for phrases in WIDE_CUES.values() for phrase in phrases}, key=lambda p: -len(p)
    )
    return re.compile("|".join(map(re.escape, phrases)), re.IGNORECASE)


@cache
def _category() -> dict[str, str]:
    """Each cue's category, casefolded (the first category that lists it)."""
    found: dict[str, str] = {}
    for category, phrases in WIDE_CUES.items():
        for phrase in phrases:
            found.setdefault(phrase.casefold(), category)
    return found


def wide_line(line: str) -> bool:
    """
    Whether most of the letters of ``line`` are Han, Kana or Hangul.

        >>> wide_line("相关文章"), wide_line("Share this"), wide_line("苹果发布新款 iPhone")
        (True, False, True)
    """
    if not line or max(line) < WIDE_START:
        return False  # every line of most texts: two tests in C
    wide = len(_patterns().wide_letter.findall(line))
    return 2 * wide >= len(_LETTER.findall(line))


def words(line: str) -> int:
    """
    The words of a wide line: its spaced tokens, a token of Han or Kana counting half its length.

        >>> words("今天天气很好"), words("관련 뉴스 더보기")
        (3, 3)
    """
    count = 0
    han_kana = _patterns().han_kana
    for token in line.split():
        han = len(han_kana.findall(token))
        count += max(1, (han + 1) // 2) if han else 1
    return count


def find(line: str) -> WideCues | None:
    """The cues of a stripped ``wide_line`` (Chinese, Japanese, Korean), or None."""
    if len(line) > _MAX_LINE:
        return None
    start = len(line) - len(line.lstrip("([（【「『"))
    if (byline := _patterns().byline.fullmatch(line)) is not None:
        return WideCues(((CREDIT, byline.group()),), len(line), True, True, True)  # noqa: FBT003
    categories = _category()
    cues: list[tuple[str, str]] = []
    chars = 0
    label = opens = False
    for match in _pattern().finditer(line):
        category = categories[match.group().casefold()]
        at_start = match.start() <= start
        after = line[match.end() : match.end() + 1]
        if category in _AT_START and not (at_start and (not after or after in _LABEL_ENDS)):
            continue  # a word of prose ("作者认为", "사진을 보면")
        if not cues and at_start:
            opens = True
            label = after in _LABEL_ENDS and match.end() + 1 < len(line)
        cues.append((category, match.group()))
        chars += len(match.group())
    if not cues:
        return None
    if not {cue for _, cue in cues}.isdisjoint(_WHOLE) and _LETTER.search(_pattern().sub("", line)):
        # a word of prose among others: only the cues that are no such words
        cues = [(category, cue) for category, cue in cues if cue not in _WHOLE]
        if not cues:
            return None
        chars = sum(len(cue) for _, cue in cues)
        opens = opens and line[start:].startswith(cues[0][1])
        label = label and opens
    return WideCues(tuple(cues), chars, label, opens, credit_phrase=False)
