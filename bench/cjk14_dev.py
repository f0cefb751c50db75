"""
A development set for boilerplate in Chinese, Japanese and Korean pages (issue 10, round 14).

Each document is real prose of the bench pools (bench/data/pools.json: zh, ja,
ko passages, each a paragraph) with furniture written here at its top, its
bottom and between paragraphs; hard negatives are prose that mentions
comments, sharing and logging in, a Q&A, and a list of headings, which must
stay whole. Two parts, disjoint in furniture and passages: ``tune`` (the
rules were tuned on it) and ``report``.

    python bench/cjk14_dev.py --part tune
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

from textclean._filters.boilerplate import RemoveBoilerplate

POOLS = Path(__file__).parent / "data" / "pools.json"
DOCS_PER_LANGUAGE = 40
_MIN_PARAGRAPH = 30

# (top, bottom, middle) furniture, by language and part.
FURNITURE: dict[str, dict[str, tuple[list[str], list[str], list[str]]]] = {
    "zh": {
        "tune": (
            ["首页 | 新闻 | 体育 | 财经 | 娱乐", "来源：新华社", "发布时间：2024-03-05 10:21",
             "原标题：春天来了", "字号：大 中 小"],
            ["责任编辑：王小明", "相关文章", "分享到：微博 微信 QQ空间", "版权所有 © 2024 某某网",
             "返回顶部", "上一篇：城市交通改善计划", "下一篇：本周天气预报", "发表评论",
             "扫码关注我们的公众号", "猜你喜欢"],
            ["推荐阅读：北京冬奥会筹备进展", "点击查看大图"],
        ),
        "report": (
            ["網站首頁 > 新聞中心 > 社會", "來源：中央社", "更新時間：2023-11-20 08:00",
             "（记者 李华）"],
            ["責任編輯：陳大文", "相關閱讀", "分享至：Facebook Line", "版權所有，未經授權禁止轉載",
             "回到頂部", "熱門推薦", "網友評論", "延伸閱讀", "關注我們"],
            ["延伸閱讀：颱風季節的準備", "閱讀全文"],
        ),
    },
    "ja": {
        "tune": (
            ["ホーム > ニュース > 社会", "2024年3月5日 10:21 配信", "写真：共同通信"],
            ["関連記事", "シェアする", "ツイート", "コメントする", "前の記事：春の新作",
             "次の記事：週末の天気", "トップへ戻る", "無断転載を禁じます", "続きを読む",
             "人気記事ランキング"],
            ["関連記事：東京の桜が満開に", "画像：ロイター"],
        ),
        "report": (
            ["トップページ ＞ 経済", "文／写真＝山田太郎", "更新日：2023年11月20日"],
            ["関連ニュース", "この記事をシェア", "コメント一覧", "ページトップへ",
             "Copyright © 2023 某新聞社 All Rights Reserved.", "おすすめ記事", "会員登録",
             "あわせて読みたい"],
            ["あわせて読みたい：冬の節電対策", "写真：AP"],
        ),
    },
    "ko": {
        "tune": (
            ["홈 > 뉴스 > 사회", "입력 2024.03.05 10:21", "(서울=연합뉴스) 홍길동 기자 ="],
            ["관련기사", "공유하기", "댓글", "이전글", "다음글", "구독하기",
             "무단전재 및 재배포 금지", "많이 본 뉴스", "맨 위로", "홍길동 기자"],
            ["관련기사: 서울 지하철 요금 인상", "사진: 연합뉴스"],
        ),
        "report": (
            ["뉴스 > 경제", "기사입력 2023.11.20 08:00", "김철수 기자"],
            ["관련 뉴스", "기사 공유", "댓글쓰기", "이전 기사", "다음 기사", "뉴스레터 구독",
             "저작권자 © 한국일보 무단전재 및 재배포금지", "인기 기사", "맨위로"],
            ["추천 기사: 올겨울 난방비 절약법", "출처: 한국일보"],
        ),
    },
}  # fmt: skip

# Hard negatives: whole documents that must come back unchanged.
NEGATIVES: dict[str, list[str]] = {
    "tune": [
        "很多网友在评论区留言，表示支持这个决定。\n\n他把文章分享到朋友圈后，很快就收到了几十条评论。",
        "问：如何登录系统？\n\n答：打开首页，点击右上角的登录按钮，输入用户名和密码即可。",
        "第一章 春天\n\n第二章 夏天\n\n第三章 秋天\n\n第四章 冬天",
        "彼はブログにコメントを書いて、記事を友人とシェアした。\n\n市場シェアは年々拡大している。",
        "그는 기사에 댓글을 달고 친구들과 공유했다.\n\n기자회견은 오후 세 시에 열렸다.",
        "专家评论：房价还会涨吗\n\n专家认为，今年房价将保持稳定，不会出现大幅上涨。",
    ],
    "report": [
        "读者纷纷发表评论，认为这篇文章很有启发。\n\n作者认为，阅读是最好的学习方式。",
        "Q：会員登録は必要ですか？\n\nA：いいえ、登録しなくても記事を読むことができます。",
        "1. 서론\n\n2. 본론\n\n3. 결론",
        "사진을 보면 그 시절의 분위기를 알 수 있다.\n\n그는 구독자들에게 감사의 인사를 전했다.",
        "来源不明的消息不要轻易相信。\n\n编辑部决定下周出版特刊。",
    ],
}


def _passages(lang: str, part: str) -> list[str]:
    """Prose paragraphs of the pool: 30 characters or more, ending a sentence; half each part."""
    pool = json.loads(POOLS.read_text("utf-8"))["passages"][lang]
    joiner = " " if lang == "ko" else ""
    paragraphs = []
    for passage in pool:  # a passage is a list of sentences: three a paragraph
        for start in range(0, len(passage), 3):
            paragraph = joiner.join(s.strip() for s in passage[start : start + 3]).strip()
            if len(paragraph) >= _MIN_PARAGRAPH and paragraph[-1] in "。．！？.!?다":
                paragraphs.append(paragraph)
    return paragraphs[part == "report" :: 2]


def documents(part: str) -> list[tuple[str, list[tuple[str, bool]]]]:
    """Documents of a part, each with its lines and whether each is furniture."""
    rng = random.Random(14 if part == "tune" else 41)
    docs = []
    for lang, parts in FURNITURE.items():
        top, bottom, middle = parts[part]
        prose = _passages(lang, part)
        for _ in range(DOCS_PER_LANGUAGE):
            lines: list[tuple[str, bool]] = [(line, True) for line in rng.sample(top, 2)]
            body = [(p, False) for p in rng.sample(prose, rng.randint(3, 6))]
            if rng.random() < 0.5:
                body.insert(rng.randint(1, len(body) - 1), (rng.choice(middle), True))
            lines += body
            lines += [(line, True) for line in rng.sample(bottom, rng.randint(2, 5))]
            docs.append((lang, lines))
    return docs


def main(argv: list[str] | None = None) -> int:
    """Print each language's furniture removed and prose kept, and the negatives unchanged."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--part", choices=("tune", "report"), default="tune")
    parser.add_argument("--strength", choices=("default", "web"), default="default")
    parser.add_argument("--show", action="store_true", help="print the lines judged wrongly")
    args = parser.parse_args(argv)
    remove_boilerplate = RemoveBoilerplate(strength=args.strength)
    totals: dict[str, list[int]] = {}
    for lang, lines in documents(args.part):
        text = "\n\n".join(line for line, _ in lines)
        kept = set(remove_boilerplate(text).split("\n\n"))
        row = totals.setdefault(lang, [0, 0, 0, 0])
        for line, furniture in lines:
            if furniture:
                row[0] += 1
                row[1] += line not in kept
            else:
                row[2] += 1
                row[3] += line in kept
            if args.show and (line in kept) == furniture:
                print(f"  {'KEPT' if furniture else 'LOST'} {lang}: {line[:60]}")
    for lang, (furniture, removed, prose, kept) in totals.items():
        print(f"{lang}: furniture removed {removed}/{furniture}, prose kept {kept}/{prose}")
    damaged = [doc for doc in NEGATIVES[args.part] if remove_boilerplate(doc) != doc]
    print(
        f"negatives unchanged {len(NEGATIVES[args.part]) - len(damaged)}/{len(NEGATIVES[args.part])}"
    )
    for doc in damaged:
        print("  changed:", doc[:60].replace("\n", " "))
    return 0


if __name__ == "__main__":
    sys.exit(main())
