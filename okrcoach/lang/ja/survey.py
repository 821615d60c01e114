"""Japanese reading of a perception objective as a survey question: who is asked, and what they are asked to say.

「市民にとって使いやすい市役所へ」 asks residents whether the city hall is easy to use (「市役所は使いやすい」);
「総務：オフィスをもっと快適に」 asks employees whether the office is comfortable; 「社員がITで困らない環境づくり」
asks employees whether it is such an environment.
"""

from __future__ import annotations

import re
from functools import cache

from ... import rx
from ...rewrite.phrasebook import Phrasebook
from ...rewrite.reading import Reading

# what a goal's sentence ends with after the thing it wants: 「〜にする」「〜へ」「〜を目指す」「〜づくり」
_ENDING = re.compile(
    r"(?:を目指(?:す|したい)|であり続け(?:る|たい)|であること|になりたい|になる|にしていく|にしたい|にする|にしていきたい|をつくる|を作る|をつくりたい"
    r"|づくり|作り|である|でありたい|へ|に|！|!|。|🌷|✨)+$"
)
_NOUN_RUN = re.compile(r"[\u4e00-\u9fff\u30a0-\u30ffーA-Za-z0-9]+$")
_SOFT_WORDS = r"(?:もっと|より|さらに|もう少し|今より|いつも|ずっと)"
_SOFT = re.compile(rf"^{_SOFT_WORDS}+")
# 「会員に“自分の車よりラク”と思ってもらう」「観光客が『また乗りたい』と思う店」: what they are to say, quoted
_QUOTED = re.compile(
    r"(?:^|、)(?P<who>[^、。「“”」『』]{1,20}?)(?:に|から|が)[「“『](?P<said>[^」”』]{2,30})[」”』]と"
    r"(?:思ってもらう|思ってもらえる|思われる|言ってもらう|言ってもらえる|言われる|感じてもらう|感じてもらえる|思う|思える"
    r"|感じる|言う)"
)
# 「跳べなかったお客さんにも来てよかったと思ってもらう」: the same, said without quotes, when what they say is a feeling
_UNQUOTED = re.compile(
    r"^(?P<who>[^、。「“”」『』]{1,20}?)(?:にも|に)(?P<said>[^、。「“”」『』]{2,20}?(?:よかった|たい|楽しい|うれしい|嬉しい))"
    r"と(?:思ってもらう|思ってもらえる|感じてもらう|感じてもらえる|言ってもらう|言ってもらえる)"
)
_UNIT_ENDS = ("部", "課", "室", "チーム", "グループ", "局", "センター")


def _quality(text: str, book: Phrasebook) -> bool:
    return any(w in text for w in book.survey["qualities"])


def _group(named: str, subject: str, team: str, book: Phrasebook) -> str:
    """Who is asked: the group the writer names, else the people of what is judged, else those the team serves."""
    groups: dict[str, str] = book.survey["groups"]
    named = rx.sub(r"^(?:すべての|全ての|全)", "", named.strip("、, 　")).removesuffix("みんな").removesuffix("全員")
    if named in groups:  # 「クラスみんな」: the class's pupils
        return groups[named]
    if named and not any(h in named for h in book.survey["household"]):
        # 「営業部」: its staff; 「大人のグループ」: groups of people who come, not a department
        people = rx.search(
            r"(?:大人|子ども|子供|家族|学生|女性|男性|シニア|若者|初心者|観光客|外国人)の?グループ$", named
        )
        return named + "の社員" if named.endswith(_UNIT_ENDS) and people is None else named
    keys = _longest_first(book)
    for key in keys:
        if subject.endswith(key):
            return groups[key]
    for word in team.split():
        for key in keys:
            if word.endswith(key):
                return groups[key]
    # 「経理業務」: the team the thing belongs to, at its start
    return next((groups[k] for k in keys if len(k) >= 2 and subject.startswith(k)), "")


@cache
def _longest_first(book: Phrasebook) -> tuple[str, ...]:
    """The survey's group keys, longest first (「学童保育」 before 「学童」), sorted once."""
    return tuple(sorted(book.survey["groups"], key=len, reverse=True))


def _said(subject: str, quality: str, team: str, book: Phrasebook) -> str:
    """The sentence the people asked agree with: 「市役所は使いやすい」「法務は頼れる相談相手だ」
    「ITで困らない環境だ」."""
    s = book.survey
    quality = _SOFT.sub("", quality)
    if subject.endswith(tuple(s["roles"])):
        return f"{team}は{quality}{subject}だ" if team else f"{quality}{subject}だ"
    if subject.endswith(tuple(s["states"])):
        return f"{quality}{subject}だ"
    quality = rx.sub(r"の(いい|良い|よい)$", r"が\1", quality)  # 「居心地のいい」 -> 「居心地がいい」
    quality = rx.sub(r"な$", "", quality)
    if quality.endswith("く"):  # 「明るく」 -> 「明るい」
        quality = quality[:-1] + "い"
    elif not quality.endswith(("い", "る", "ない", "だ")):
        quality += "だ"  # 「快適」 -> 「快適だ」
    return f"{subject}は{quality}"


def _asked_in_clause(core: str, book: Phrasebook) -> re.Match[str] | None:
    """The people a goal's clause names as its subject (「スタッフが」), or as who does it or is treated so
    (「社内から」「地域に」); 「に」 only for people (「授業に向き合える」 names none)."""
    m = rx.match(r"^([^がをにはで、「」]{1,12})(が|から|に)も?(.+)$", core)  # 「若い世代にも」: the も goes too
    if m is not None and m.group(2) == "から" and rx.match(r"^[^、。]{1,10}?まで", m.group(3)):
        return None  # 「子どもから大人まで安心して…」: a range of people, not who is asked
    if m is not None and m.group(2) == "から" and m.group(3).startswith("でも"):
        return None  # 「大人からでも楽しく吹き続けられる趣味」: starting as an adult, not adults asked
    if m is None or m.group(2) == "から":
        return m
    s = book.survey
    named = rx.sub(r"^(?:すべての|全ての|全)", "", m.group(1)).removesuffix("みんな").removesuffix("全員")
    if named in s["groups"] or named in s["groups"].values() or named.endswith(tuple(s["people_ends"])):
        return m
    if m.group(2) == "が" and rx.fullmatch(r"[\u30a0-\u30ff]{3,}ー", named):
        return m  # 「オペレーターがストレスなく働ける職場」: a role's name
    # 「手続きがわかりやすい役場」「そろばんが好きで…」「仕上がりの丁寧さ」: what has the quality is a thing, or the
    # が is inside a word; not the people asked
    return None


def _from_their_side(quality: str, book: Phrasebook) -> str:
    """A passive quality as the people who do it say it (「応援される」 -> 「応援している」, 「頼られる」 ->
    「頼りにしている」); any other quality as it is."""
    forms: dict[str, str] = book.survey["agent_forms"]
    for ending in sorted(forms, key=len, reverse=True):
        if quality.endswith(ending):
            return quality[: -len(ending)] + forms[ending]
    return quality


def question(reading: Reading, book: Phrasebook) -> tuple[str, str] | None:
    """Return (who is asked, what they are asked to say) for a perception objective, or None."""
    s = book.survey
    core = reading.core.strip()
    if not s or any(h in core.replace("家族連れ", "") for h in s["household"]):  # (「家族連れ」 are customers)
        return None
    quoted = _QUOTED.search(core) or _UNQUOTED.search(core)
    if quoted is not None:  # 「会員に“自分の車よりラク”と思ってもらう」: they are asked whether they say so
        return quoted.group("who"), quoted.group("said")
    # 「初心者でも釣れる船として知られる」: what the writer wants to be known as is what they are asked
    known = rx.search(r"として(?:知られ(?:る|たい)|知られるように|認知され(?:る|たい)|有名に)", core)
    core = core[: known.start()] if known is not None else _ENDING.sub("", core)
    core = rx.sub(r"と(?:評判|言われる|いわれる|評価される)の", "", core)  # 「手続きがわかりやすいと評判の役場」
    team = reading.team
    named, rest = "", core
    clause = False  # the quality is a clause about the people asked: the item is the whole description
    agent = False  # they do what the clause says is done to it (「地域に応援される」): said from their side
    if "にとって" in core:
        named, _, rest = core.partition("にとって")
        rest = rest.lstrip("、, ")
    elif (m := _asked_in_clause(core, book)) is not None:
        # 「スタッフが誇りを持って働ける店舗」: they are asked; 「社内から信頼される部署」「地域に応援されるチーム」:
        # those who trust or support are asked; 「患者さんに優しい受付」: those it is kind to
        named, rest = m.group(1).rpartition("として")[2], m.group(3)  # 「給与のプロとして顧客から」: 顧客
        clause = True
        agent = m.group(2) in ("から", "に")
    m = rx.match(rf"^(.+?)を{_SOFT_WORDS}*({'|'.join(map(re.escape, s['na_qualities']))})$", rest)
    na = m is not None  # (the quality after 「を」 is said of the thing: 「生け花が身近だ」, never 「身近生け花だ」)
    if m is not None:  # 「オフィスをもっと快適に」
        subject, quality = m.group(1), m.group(2)
    else:
        noun = _NOUN_RUN.search(rest)
        if noun is None or noun.start() == 0:
            return None
        subject, quality = noun.group(), rest[: noun.start()]
        okurigana = rx.search(r"[\u4e00-\u9fff]{1,4}[しりみきちびぎ]$", quality) if subject in ("屋", "店") else None
        if okurigana is not None:  # 「引越し屋」: the trade's name is one noun with its okurigana
            subject, quality = okurigana.group() + subject, quality[: okurigana.start()]
        if quality.endswith(("お", "ご")) and len(quality) > 1:  # 「楽しいお店」: the honorific is the noun's
            subject, quality = quality[-1] + subject, quality[:-1]
        # 「地域でいちばん信頼される太陽光の会社」: what kind of company (「太陽光の」) is the noun's, not the quality
        kind = rx.search(r"(?<=[るいた])([^るいた]{1,12}の)$", quality)
        if kind is not None:
            subject, quality = kind.group(1) + subject, quality[: kind.start()]
    if not (known or _quality(quality, book)) or len(quality) > 24 or not subject or "「" in quality:
        return None
    if rx.search(r"なくて(?:いい|よい|良い|も)", quality):
        return None  # 「行かなくていい市役所」: what people need not do is counted in what they do, not asked
    group = _group(named, subject, team, book)
    if not group and rx.search(s.get("newcomers", "$^"), quality):
        group = s.get("newcomer_group", "")  # 「初めての人でも安心して飛べるセンター」: those who use it are asked
    if not named and group == s.get("staff_group") and (known or rx.search(r"(?:され|られ)る$", quality)):
        # 「信頼される会社」「安心して乗れる気球会社として知られる」: trusted or known by those it serves, not asked of
        # its staff
        group = s.get("trusted_by", group)
    # 「動物にも飼い主にもやさしい病院」: an animal hospital's owners are asked, not its patients
    if any(w in core for w in s.get("pet_words", ())) and group in s.get("pet_owner_for", ()):
        group = s["pet_owner"]
    if any(w in group for w in s.get("unaskable", ())):
        return None  # 「動物たちがのびのび暮らせる環境」: animals are not asked
    # (not of a team's own members: 「頼りにされるチーム」 is asked as it is said)
    own = group in ("メンバー", "社員", "部員", s.get("staff_group"))
    passive = not clause and not own and rx.search(r"(?:され|られ)(?:続け)?る$", quality) is not None
    if passive:  # 「地域でいちばん信頼される葬儀社」: asked as those who trust it say it, 「信頼している葬儀社だ」
        quality = rx.sub(r"^[^、。]{1,6}?で(?!も)(?:いちばん|一番|もっとも|最も)?", "", quality)  # not 「一人客でも」
    if agent or passive:
        quality = _from_their_side(quality, book)
    chosen = not clause and not own and quality.endswith("で選ばれる")
    if chosen:  # 「清潔感で選ばれる床屋」: its customers say they chose it for that, 「清潔感で選んだ床屋だ」
        quality = quality.removesuffix("選ばれる") + "選んだ"
        passive = True
    thought = rx.match(r"^([^、。]{2,15}?)と(?:思ってもらえる|思ってもらう|思われる|感じてもらえる)$", quality)
    if thought is not None and group:  # 「また乗りたいと思ってもらえるツアー」: asked 「また乗りたい」
        return group, thought.group(1)
    # (a quality with its own clause, 「女性一人でも気軽に入れる」, is said before the noun: 「…入れる店だ」)
    before = (clause or passive or known or "でも" in quality) and not na
    said = f"{_SOFT.sub('', quality)}{subject}だ" if before else _said(subject, quality, team, book)
    return (group, said) if group else None
