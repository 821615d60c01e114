"""A task that opens a new way in for something is measured by the share that comes in that way."""

import pytest

from okrcoach.rewrite.phrasebook import PhrasebookError, parse, phrasebook
from okrcoach.rewrite.reading import read

from .helpers import top


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "【KR】内見予約をLINEで受け付けられるようにする（担当：森）",
            "内見予約のうちLINEで受け付けたものの割合を40%にする",
        ),
        ("市民課：窓口予約をWebでできるようにする", "窓口予約のうちWeb経由のものの割合を40%にする"),
        (
            "予約リマインドをLINEで送れるようにする",
            "LINEで送ったもの",
        ),  # 「送」 is a verb's stem, said by its done form
        # the organisation's own records: all of them are expected to come in that way
        (
            "見守り訪問の記録をタブレットで入力できるようにする",
            "見守り訪問の記録のうちタブレットで入力したものの割合を90%にする",
        ),
        # the product a request is about does not pick the metric (not the premium the customer pays)
        ("自動車保険の見積依頼をLINEでも受け付けたい", "自動車保険の見積依頼のうちLINEで受け付けたもの"),
    ],
)
def test_japanese_new_way_in_is_the_share_through_it(text, expected):
    assert expected in top(text)


def test_japanese_writers_deadline_is_kept():
    assert top("見守り訪問の記録を10月末までにタブレットで入力できるようにする").startswith(
        "10月末までに見守り訪問の記録"
    )


@pytest.mark.parametrize(
    "text",
    ["広告運用をもう少し自分で触れるようになりたい", "過去の実験データを一か所で検索できるようにしたい"],
)
def test_japanese_way_of_doing_is_not_a_channel(text):
    assert "のうち" not in top(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Take repeat prescription requests online",
            "Get the share of repeat prescription requests made online to 40%",
        ),
        ("Accept quote requests on WhatsApp", "share of quote requests made on WhatsApp"),
        ("Add card payments at the market stall", "share of payments at the market stall made by card"),
        (
            "Let patients order repeat prescriptions through the NHS app",
            "repeat prescriptions ordered through the NHS app",
        ),
        ("Let staff submit timesheets on the app", "timesheets submitted on the app to 90%"),
        ("Introduce online repeat prescription requests by May 31", "made online to 40% by May 31"),
    ],
)
def test_english_new_way_in_is_the_share_through_it(text, expected):
    assert expected in top(text)


def test_a_catalog_metric_that_names_the_channel_stays_first():
    # the catalog's own online-booking share says it; the channel share comes second
    assert top("Let customers book appointments online").startswith("Raise the share of bookings made online")


@pytest.mark.parametrize(
    "text", ["Let members renew online", "Take bookings over the phone", "Write the onboarding guide"]
)
def test_english_without_counted_things_or_channel_reads_none(text):
    from okrcoach import classify
    from okrcoach.rewrite.channel import channel_angle

    verdict = classify(text)
    assert channel_angle(read(verdict), "task", phrasebook("en")) is None


def test_objectives_open_no_channel():
    from okrcoach.rewrite.channel import channel_angle

    reading = read(__import__("okrcoach").classify("Take repeat prescription requests online"))
    assert channel_angle(reading, "objective", phrasebook("en")) is None


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_a_bad_channel_pattern_fails_at_load(lang):
    from importlib.resources import files

    source = files("okrcoach").joinpath(f"lang/{lang}/rewrite.toml").read_text("utf-8")
    broken = source.replace("patterns = [\n    '", "patterns = [\n    '(", 1)
    assert broken != source
    with pytest.raises(PhrasebookError, match=r"channel\.patterns\[0\]"):
        parse(lang, f"{lang}.toml", broken)
