import pytest

from tests.conftest import fire


@pytest.mark.parametrize(
    ("text", "lang", "span"),
    [
        ("Launch the new website by March", "en", "by March"),
        ("Close 10 deals by March 31", "en", "by March"),
        ("Ship the beta in Q3", "en", "in Q3"),
        ("Hire 2 designers by the end of the quarter", "en", "by the end of the quarter"),
        ("Finish the audit within 6 weeks", "en", "within 6 weeks"),
        ("Pass JLPT N3 before the Osaka partnership starts", "en", "before the Osaka partnership starts"),
        ("Publish the report EOY", "en", "EOY"),
        ("3月末までに解約率を3%に下げる", "ja", "3月末までに"),
        ("今期中に10社と契約する", "ja", "今期中に"),
        ("Q3までにLPを刷新する", "ja", "Q3までに"),
        ("年内に新店舗を開く", "ja", "年内"),
    ],
)
def test_has_deadline_fires_on_dates_and_periods(text, lang, span):
    assert fire("has_deadline", text, lang) == span


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Learn SEO", "en"),
        ("Improve customer satisfaction", "en"),
        ("Close 10 deals", "en"),
        ("顧客満足度を高める", "ja"),
        ("毎週1on1を実施する", "ja"),
        ("年末繁忙期の出荷体制を整える", "ja"),  # 年末 naming a season of work, not a date
        ("期末テストの対策をする", "ja"),
        ("毎週金曜に冷蔵庫の賞味期限をチェックする", "ja"),  # a best-before date, not the writer's deadline
        ("有効期限切れの資格を更新する", "ja"),
    ],
)
def test_has_deadline_stays_silent_without_a_time_bound(text, lang):
    assert fire("has_deadline", text, lang) is None


@pytest.mark.parametrize(
    "text",
    [
        "保護者会の出欠連絡をアプリ化する（3学期中）",
        "台湾の旅行会社に営業に行く（11月）",
        "通知表の書式を2学期までに直す",
    ],
)
def test_japanese_has_deadline_fires_on_a_school_term_and_a_bracketed_month(text):
    assert fire("has_deadline", text, "ja") is not None


def test_japanese_has_deadline_still_fires_on_the_word_for_deadline():
    assert fire("has_deadline", "期限までに議事録を共有する", "ja") is not None
