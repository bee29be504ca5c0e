"""The lexicon format and the rules' limits."""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path
from typing import Any

import pytest

from dechaff import Boilerplate
from dechaff.core.features import shape_of
from dechaff.core.screen import fold, sre_constants, sre_parse
from dechaff.label import lexicon
from dechaff.label.lexicon import Lexicon, LexiconError, Rule, load, parse
from dechaff.label.lexicon_file import _anchored


def test_bad_regex_names_file_and_line() -> None:
    with pytest.raises(LexiconError, match=r"x\.lex:3"):
        parse("[spam]\nok\n(unclosed\n", "x.lex")


def test_unknown_section_is_refused() -> None:
    with pytest.raises(LexiconError, match="unknown section"):
        parse("[nonsense]\nabc\n")


def test_pattern_outside_section_is_refused() -> None:
    with pytest.raises(LexiconError, match="outside a section"):
        parse("abc\n")


def test_bad_zone_is_refused() -> None:
    with pytest.raises(LexiconError, match="zones"):
        parse("[credit zones=middle]\nabc\n")


def test_hits_count_distinct_keywords() -> None:
    rules, _ = parse("[spam hits=2]\nfoo\nbar\n")
    (rule,) = rules
    assert not rule.matches("foo foo foo", shape_of("foo foo foo"))
    assert rule.matches("foo bar", shape_of("foo bar"))


def test_max_units_spares_long_prose() -> None:
    lexicon = load()
    line = "版权所有"
    assert lexicon.kind_of(line, shape_of(line)) is Boilerplate.COPYRIGHT
    prose = "文章讨论了版权所有者的权利，" * 20
    assert lexicon.kind_of(prose, shape_of(prose)) is None


# One line of each kind a lexicon names, in the language of its page, and lines like
# them that must stay article text.
LINES = [
    ("zh", "新京报记者 陆一夫", Boilerplate.METADATA),
    ("zh", "澎湃新闻记者 段彦超 廖艳", Boilerplate.METADATA),
    ("zh", "编辑 刘晓阳 校对 李铭", Boilerplate.METADATA),
    ("zh", "《棱镜》作者 周纯", Boilerplate.METADATA),
    ("zh", "执笔/叨叨姐、胡一刀&李小飞刀", Boilerplate.METADATA),
    ("zh", "本文来源：新京报 责任编辑：杜硕_NB12556", Boilerplate.METADATA),
    ("zh", "图/新华社", Boilerplate.CREDIT),  # a picture credit stays a credit
    ("zh", "新京报讯（记者 陆一夫）11月25日，新京报记者登录拼多多全球购页面发现。", None),
    ("zh", "记者问林郑是否还应担任香港行政长官？外交部回应", None),
    (
        "zh",
        "声明：证券时报力求信息真实、准确，文章提及内容仅供参考，不构成实质性投资建议，据此操作风险自担。",
        Boilerplate.COPYRIGHT,
    ),
    (
        "zh",
        "特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，"
        "本平台仅提供信息存储服务。",
        Boilerplate.COPYRIGHT,
    ),
    ("ru", "Отзывы", Boilerplate.COMMENTS),
    ("ru", "Добавить отзыв", Boilerplate.COMMENTS),
    ("ru", "Самые популярные диеты", Boilerplate.RELATED),
    ("ru", "Читайте также: как выбрать диету", Boilerplate.RELATED),
    ("ru", "Все права защищены", Boilerplate.COPYRIGHT),
    ("ru", "Диета помогает сбросить вес, если соблюдать меню две недели.", None),
    ("de", "Das Thema könnte dich auch interessieren:", Boilerplate.RELATED),
    (
        "de",
        "Verraten Sie gerne in den Kommentaren: Wie pflegen Sie Ihre Haut?",
        Boilerplate.COMMENTS,
    ),
    ("de", "Rezept drucken", Boilerplate.SHARE),
    ("de", "Markiert mit: Wellness, Haut", Boilerplate.METADATA),
    ("de", "MARKIERT MIT", Boilerplate.METADATA),
    ("de", "[Werbung] Thiele, C. (2021). Positiv führen. Freiburg: Haufe.", Boilerplate.AD),
    ("de", "Bild anzeigen", Boilerplate.NAVIGATION),
    ("de", "Bild anzeigen Bild schließen", Boilerplate.NAVIGATION),
    ("de", "Bild anzeigen lassen, bevor man bestellt, ist bei Fotobüchern klug.", None),
    (
        "de",
        "Benachrichtigung aktivieren Dürfen wir Sie in Ihrem Browser über die wichtigsten "
        "Nachrichten informieren? Sie erhalten 2-5 Meldungen pro Tag.",
        Boilerplate.AD,
    ),
    ("de", "Die Benachrichtigung der Angehörigen dauerte mehrere Tage.", None),
    ("es", "Le puede interesar: la historia del cohete", Boilerplate.RELATED),
    ("es", "Lea también: Impiden ingreso a un reportero", Boilerplate.RELATED),
    ("es", "VEA TAMBIÉN: Estrella de la educación", Boilerplate.RELATED),
    ("es", "Lea: Consejo Permanente de OEA aborda la confiscación", Boilerplate.RELATED),
    ("es", "MIRA: Madre se acerca a conocer los motivos", Boilerplate.RELATED),
    ("es", "Mira cómo se prepara la receta de la abuela en casa.", None),
    (
        "es",
        "Síguenos en Telegram, Instagram, Facebook y Twitter para recibir todo",
        Boilerplate.SHARE,
    ),
    ("es", "Siguenos en Telegram", Boilerplate.SHARE),
    ("fr", "Suivez-nous sur Facebook", Boilerplate.SHARE),
    ("es", "Seguimos en contacto con las familias de los desaparecidos en la zona.", None),
    ("en", "The Associated Press", Boilerplate.METADATA),
    ("en", "Reuters", Boilerplate.METADATA),
    ("en", "Never miss the latest news by signing up to our newsletter", Boilerplate.AD),
    ("en", "We rely on your support to make local news available to all.", Boilerplate.AD),
    ("en", "Advertising Disclosure", Boilerplate.AD),
    ("en", "Turn on notifications to get breaking news first", Boilerplate.AD),
    (
        "en",
        "The protests kicked off in June and have strengthened in size (Image: GETTY )",
        Boilerplate.CREDIT,
    ),
    ("en", "The image (the first of many) was taken in June.", None),
    ("en", "SEE MORE: Hong Kong protests: 800 students under siege", Boilerplate.RELATED),
    ("en", "See more of the coast by taking the slow train north.", None),
    ("en", "More information about the European seminars.", None),
    ("en", "More details as follows:", None),
    (
        "en",
        "First consoles go on sale in New York on Nov. 18 with a midnight event Read more...",
        Boilerplate.RELATED,
    ),
    ("en", "The council will meet again in May. Continue reading →", Boilerplate.RELATED),
    ("en", "Readers who read more... said they liked the second half of the book best.", None),
    ("en", "Notifications were sent to every household in the county.", None),
    (
        "en",
        "Disclaimer (varies based on content, section, category, etc.): News articles on this "
        "site may contain opinions of the author, and if opinion, may not necessarily reflect "
        "the views of the site, its staff or its advertisers.",
        Boilerplate.COPYRIGHT,
    ),
    (
        "en",
        "Disclaimers printed on the back of tickets, the court said on Monday, cannot take away "
        "the rights that the law gives to every passenger who buys one, and the airline must "
        "now pay back the fares of all the travellers whose flights it cancelled last summer "
        "without notice, together with interest and the costs of the long case.",
        None,
    ),
    (
        "en",
        "The opinions expressed here are my personal opinions. Content published here is not "
        "read or approved in advance by my employer.",
        Boilerplate.COPYRIGHT,
    ),
    (
        "en",
        "The views in this column are the writer's own and do not necessarily reflect the "
        "views of the paper.",
        Boilerplate.COPYRIGHT,
    ),
    ("en", "The opinions expressed by the voters differed widely across the three towns.", None),
    ("en", "Join our Space Forums to keep talking space on the latest missions!", Boilerplate.AD),
    ("en", "Release Date: 12 March 2021", Boilerplate.METADATA),
    ("en", "Marketing Team | 5 min read", Boilerplate.METADATA),
    ("en", "Jane Roe · 12 minute read", Boilerplate.METADATA),
    ("en", "Release dates: every game confirmed for 2019", None),
    ("en", "By Laura Meckler and Jane Doe", Boilerplate.METADATA),
    ("en", "by Jon Brodkin - Nov 9, 2012 4:45 pm UTC", Boilerplate.METADATA),
    ("en", "By following these principles, we can reduce our footprint.", None),
    ("en", "By comparison, the early vote represents 21 percent of turnout.", None),
    ("en", "Comments »", Boilerplate.COMMENTS),
    # a portal's dateline: its address before the date, a comment count after the source
    (
        "zh",
        "http://biz.163.com 2005-04-25 08:24:06 来源: 第一财经日报 网友评论 0 条",
        Boilerplate.METADATA,
    ),
    ("zh", "2005-04-25 08:24:06 作者：张三 网友评论 12 条", Boilerplate.METADATA),
    ("zh", "网友评论 12 条", Boilerplate.COMMENTS),
    ("en", "www.example.com 2021-03-05 10:00", Boilerplate.METADATA),
    ("en", "12 Comments:", Boilerplate.COMMENTS),
    ("en", "1 2 3 4 5 6 7 8", Boilerplate.NAVIGATION),
    ("en", "The vote was 5 to 4, with 12 members absent.", None),
    ("en", "Log in to set a price alert on this product.", Boilerplate.NAVIGATION),
    ("en", "PrevPreviousThe Sweet Truth About Chocolate", Boilerplate.NAVIGATION),
    ("en", "NextNext post: Science links of the week", Boilerplate.NAVIGATION),
    ("en", "Next, previously unseen letters were found in the attic.", None),
    ("en", "Log in to track your discussions.", Boilerplate.NAVIGATION),
    ("en", "Log in to your bank's site once a week to check what went out.", None),
    ("en", "Buy on Amazon", Boilerplate.AD),
    # a shop template's buy-box controls; the words in a sentence stay
    ("en", "Unit price / per", Boilerplate.AD),
    ("en", "Sale Sold out", Boilerplate.AD),
    ("en", "View full details", Boilerplate.AD),
    ("en", "Product variants", Boilerplate.AD),
    (
        "en",
        "1 lbVariant sold out or unavailable 2 lbsVariant sold out or unavailable",
        Boilerplate.AD,
    ),
    ("en", "Sold out", None),
    ("en", "The tickets sold out within an hour, and the hall was full by noon.", None),
    ("en", "Buy now from one of our trusted retail partners:", Boilerplate.AD),
    ("en", "$1,299.00 from Corner Hardware", Boilerplate.AD),
    ("en", "$349 Now $325 on Amazon", Boilerplate.AD),
    ("en", "Buy organic flour when you can; it keeps longer.", None),
    ("en", "$5 was the price of a loaf in the village that winter.", None),
    ("en", "100% free. No spam.", Boilerplate.AD),
    (
        "en",
        "To learn how we process your data, visit our Privacy Notice. You can unsubscribe at "
        "any time without costs.",
        Boilerplate.AD,
    ),
    ("en", "Members can unsubscribe from the club when the season ends.", None),
    ("en", "Sign up for free email updates and win a book every month!", Boilerplate.AD),
    (
        "en",
        "Love gardens? Our weekly letter has the best recommendations, delivered right to "
        "your inbox.",
        Boilerplate.AD,
    ),
    ("en", "Subscribe to Garden Weekly on YouTube for more tips:", Boilerplate.AD),
    ("en", "Subscribers to the paper pay less than new readers.", None),
    (
        "en",
        "This entry was posted on Monday, May 4th, 2015 at 9:10 am and is filed under Garden. "
        "You can follow any responses to this entry through the RSS 2.0 feed.",
        Boilerplate.METADATA,
    ),
    (
        "en",
        "You can follow any responses to this entry through the RSS 2.0 feed. You can leave a "
        "response, or trackback from your own site.",
        Boilerplate.METADATA,
    ),
    (
        "en",
        "A version of this article appeared in print on 05/04/2015, on page B2 of the edition "
        "with the headline: Gardens Grow.",
        Boilerplate.METADATA,
    ),
    ("en", "This entry was the first of the contest, the jury said.", None),
    (
        "en",
        "Reprints: This copy is for your personal, non-commercial use only.",
        Boilerplate.COPYRIGHT,
    ),
    (
        "en",
        "Please enable JavaScript to view the comments powered by Disqus.",
        Boilerplate.COMMENTS,
    ),
    ("en", "Enlarge This Image", Boilerplate.NAVIGATION),
    ("en", "Hide Caption", Boilerplate.NAVIGATION),
    ("en", "View Slideshow", Boilerplate.NAVIGATION),
    ("en", "Enlarge the image before you print it.", None),
    ("en", "More from the garden desk", Boilerplate.RELATED),
    ("en", "More than the harvest was at stake", None),
    ("en", "More of them came than last year", None),
    ("en", "Contact us", Boilerplate.FOOTER),
    ("en", "Terms of Use | Privacy Policy", Boilerplate.FOOTER),
    ("en", "Ask a friend to be the photographer's contact on the day.", None),
    ("en", "Standard terms and conditions apply; other restrictions may apply.", None),
]


@pytest.mark.parametrize(("language", "line", "kind"), LINES)
def test_lines_by_language(language: str, line: str, kind: Boilerplate | None) -> None:
    assert lexicon.for_language(language).kind_of(line, shape_of(line)) is kind


def test_a_writers_contact_line_is_a_bio_in_the_tail() -> None:
    line = "Email Jane Doe at jdoe@example.com or follow her @janedoe on Twitter."
    english = lexicon.for_language("en")
    assert english.kind_of(line, shape_of(line), "tail") is Boilerplate.AUTHOR_BIO
    assert english.kind_of(line, shape_of(line), "body") is None


def test_author_bio_only_in_the_tail() -> None:
    lexicon = load()
    bio = "张三，资深媒体人，每个人都是产品经理专栏作家。"
    assert lexicon.kind_of(bio, shape_of(bio), "tail") is Boilerplate.AUTHOR_BIO
    assert lexicon.kind_of(bio, shape_of(bio), "body") is None


def test_field_patterns_load() -> None:
    lexicon = load()
    for name in ("published", "views", "source", "author", "breadcrumb", "prev", "next"):
        assert lexicon.field(name), name


# ---- the literal screen: it may let a line through that no rule matches, never skip a match ----

_CODES = sre_constants
# Characters that re.IGNORECASE takes for others: the screen's fold must too.
_ODD_CASES = {"s": "ſS", "k": "\u212aK", "i": "İıI", "µ": "μΜ", "σ": "ςΣ", "ß": "ẞ"}


def _all_rules() -> list[tuple[Lexicon, int]]:
    found: list[tuple[Lexicon, int]] = []
    for languages in [lexicon.LANGUAGES, *((name,) for name in lexicon.LANGUAGES)]:
        lex = load(languages)
        found.extend((lex, index) for index in range(len(lex.rules)))
    return found


def _items(rule: Rule) -> list[tuple[object, Any]]:
    return list(sre_parse.parse(rule.pattern.pattern, rule.pattern.flags).data)


def _literal_chars(items: list[tuple[object, Any]]) -> set[str]:
    found: set[str] = set()
    for op, arg in items:
        if op is _CODES.LITERAL:
            found.add(chr(arg))
        elif op is _CODES.IN:
            found |= {chr(code) for member, code in arg if member is _CODES.LITERAL}
        elif op is _CODES.BRANCH:
            for branch in arg[1]:
                found |= _literal_chars(branch)
        elif op is _CODES.SUBPATTERN:
            found |= _literal_chars(arg[3])
        elif op in (_CODES.MAX_REPEAT, _CODES.MIN_REPEAT):
            found |= _literal_chars(arg[2])
        elif op in (_CODES.ASSERT, _CODES.ASSERT_NOT):
            found |= _literal_chars(arg[1])
    return found


def test_fold_takes_what_ignorecase_takes() -> None:
    """Every character that re.IGNORECASE matches to a lexicon character folds alike."""
    chars = set().union(*(_literal_chars(_items(lex.rules[i])) for lex, i in _all_rules()))
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    taken = re.compile("[" + "".join(map(re.escape, sorted(chars))) + "]", re.IGNORECASE)
    by_char = {char: re.compile(re.escape(char), re.IGNORECASE) for char in chars}
    for found in taken.finditer(every):
        other = found.group()
        for char, pattern in by_char.items():
            if pattern.fullmatch(other):
                assert fold(other) == fold(char), (char, other)


def test_fold_goes_character_by_character() -> None:
    text = "Straße İstanbul ΣΟΦΙΑ ſeit KELVIN µs ﬅ Ǆ ı caf\u0065\u0301 ＡＢＣ"
    assert fold(text) == "".join(fold(char) for char in text)


def _sample_set(arg: list[tuple[object, Any]], rng: random.Random) -> str:
    if any(member is _CODES.NEGATE for member, _ in arg):
        return rng.choice("a z")
    member, value = rng.choice(arg)
    if member is _CODES.LITERAL:
        return str(chr(value))
    if member is _CODES.RANGE:
        return chr(rng.randint(value[0], value[1]))
    if value is _CODES.CATEGORY_DIGIT:
        return rng.choice("07\u0663")  # and an Arabic-Indic digit
    if value is _CODES.CATEGORY_SPACE:
        return rng.choice(" \t\u3000")  # and an ideographic space
    if value in (_CODES.CATEGORY_WORD, _CODES.CATEGORY_NOT_SPACE):
        return rng.choice("aZ7é")
    return rng.choice("-.")


def _sample(items: list[tuple[object, Any]], rng: random.Random) -> str:
    """A string that items may match (lookarounds unread), cased at random."""
    out: list[str] = []
    for op, arg in items:
        if op is _CODES.LITERAL:
            char = chr(arg)
            odd = _ODD_CASES.get(char.lower(), "")
            out.append(rng.choice([char, char.upper(), char.lower(), *odd]))
        elif op is _CODES.NOT_LITERAL:
            out.append("b" if chr(arg) == "a" else "a")
        elif op is _CODES.ANY:
            out.append(rng.choice("a z"))
        elif op is _CODES.IN:
            out.append(_sample_set(arg, rng))
        elif op is _CODES.BRANCH:
            out.append(_sample(rng.choice(arg[1]), rng))
        elif op is _CODES.SUBPATTERN:
            out.append(_sample(arg[3], rng))
        elif op in (_CODES.MAX_REPEAT, _CODES.MIN_REPEAT):
            count = rng.randint(arg[0], min(arg[1], arg[0] + 2))
            out.extend(_sample(arg[2], rng) for _ in range(count))
    return "".join(out)


def _screen_lets_through(lex: Lexicon, index: int, line: str) -> bool:
    every_rule = (1 << len(lex.rules)) - 1
    return all(
        lex._screen.candidates(line, fold(line), every_rule, every_rule, long) >> index & 1
        for long in (False, True)
    )


def test_screen_never_skips_a_generated_match() -> None:
    """Lines made from every rule's own pattern: each one it matches passes its screen."""
    rng = random.Random(7)
    matched_rules = 0
    for lex, index in _all_rules():
        rule = lex.rules[index]
        items = _items(rule)
        matched = 0
        for _ in range(300):
            line = _sample(items, rng)
            if not rule.at_start:
                line = (
                    rng.choice(["", "Foo ", "十 ", "x. "]) + line + rng.choice(["", " bar", "。"])
                )
            if rule.hit(line):
                matched += 1
                assert _screen_lets_through(lex, index, line), (rule.kind, line)
        matched_rules += matched > 0
    assert matched_rules >= 0.9 * len(_all_rules())


def _sample_lines() -> set[str]:
    """The lines of the sample and golden texts."""
    root = Path(__file__).resolve().parents[1]
    return {
        line.strip()
        for path in [*root.glob("samples/*.txt"), *root.glob("tests/golden/*.txt")]
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    }


def test_screen_never_skips_a_sample_line() -> None:
    """The lines of the sample and golden texts: each one a rule matches passes its screen."""
    lines = _sample_lines()
    for lex, index in _all_rules():
        rule = lex.rules[index]
        for line in lines:
            if rule.hit(line):
                assert _screen_lets_through(lex, index, line), (rule.kind, line)


# ---- a field's test (any_field): falsy only for a text none of the field's patterns finds in ----


def _field_cases() -> list[tuple[Lexicon, str]]:
    lex = load()
    return [(lex, name) for name in sorted(lex.fields)]


def test_field_test_never_fails_a_generated_match() -> None:
    rng = random.Random(11)
    for lex, name in _field_cases():
        test = lex.any_field(name)
        for pattern in lex.field(name):
            items = list(sre_parse.parse(pattern.pattern, pattern.flags).data)
            for _ in range(100):
                line = _sample(items, rng)
                for text in (line, rng.choice(["Foo ", "十 ", "x. "]) + line + " bar"):
                    if pattern.search(text):
                        assert test(text), (name, pattern.pattern, text)


def test_field_test_never_fails_a_sample_line() -> None:
    lines = _sample_lines()
    for lex, name in _field_cases():
        test = lex.any_field(name)
        for line in lines:
            if any(p.search(line) for p in lex.field(name)):
                assert test(line), (name, line)


def test_fields_open_at_the_start_join_into_one_match() -> None:
    test = load().any_field("prev", "next")
    assert test("Previous article: the thing")
    assert test("下一篇：标题")
    assert not test("Read the previous article")
    assert not test("Home")
    assert load().any_field("published", "updated")("Last updated: 2019-11-25")
    assert not load().any_field("no such field")("anything")


def test_any_hit_is_any_rule_of_the_kinds_hitting() -> None:
    lines = _sample_lines()
    lex = load()
    for kinds in ({Boilerplate.AD, Boilerplate.SPAM, Boilerplate.SHARE}, {Boilerplate.COPYRIGHT}):
        rules = [rule for rule in lex.rules if rule.kind in kinds]
        hits = 0
        for line in lines:
            expected = any(rule.hit(line) for rule in rules)
            assert lex.any_hit(frozenset(kinds), line) is expected, line
            hits += expected
        assert hits


def test_a_line_is_anchored_only_when_every_alternative_is() -> None:
    assert _anchored(r"^(?:a|b)$|^c\b")
    assert not _anchored(r"^(?:a|b)$|\bc\b")
    assert not _anchored(r"\ba\b|^b")
    assert _anchored(r"^[|(]x|^y")  # a bar inside a class is no alternative
    assert not _anchored(r"^(?:a|\bb)|c")


def test_an_anchored_lines_other_alternatives_are_searched_down_the_line() -> None:
    # "^(?:advertising|advertiser) disclosure$|...\bsupport (?:our|independent|local) journalism\b"
    text = "Please support independent journalism"
    assert load().kind_of(text, shape_of(text)) is Boilerplate.AD
