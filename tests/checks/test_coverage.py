import pytest

from tests.conftest import fire


@pytest.mark.parametrize(
    ("text", "lang", "span"),
    [
        ("Every new customer gets a kickoff call within 48h", "en", "Every"),
        ("No customer-facing outage this quarter", "en", "No"),
        ("All stores use the new POS by June", "en", "All"),
        ("全店舗で新レジを導入する", "ja", "全店舗"),
        ("満期の60日前までに全契約者へ案内を送付する", "ja", "全契約者"),
        ("問い合わせに漏れなく24時間以内に返信する", "ja", "漏れなく"),
        ("Record all Term 1 grades in the new gradebook", "en", "all"),  # a named term: its grades are the set
    ],
)
def test_covers_all_fires_on_whole_sets(text, lang, span):
    assert fire("covers_all", text, lang) == span


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Post every week", "en"),
        ("Collect anonymous feedback at the end of each unit", "en"),  # a unit of teaching is a period
        ("Hold a huddle at every shift start", "en"),
        ("Learn SEO", "en"),
        ("毎週ブログを書く", "ja"),
    ],
)
def test_covers_all_is_silent_on_schedules(text, lang):
    assert fire("covers_all", text, lang) is None


@pytest.mark.parametrize(
    "text", ["全倉庫で棚卸しを終える", "全エンドポイントに認証をかける", "サプライヤー全社から回答を集める"]
)
def test_covers_all_fires_on_zen_before_any_noun(text):
    assert fire("covers_all", text, "ja") is not None


@pytest.mark.parametrize(
    "text",
    ["チーム全体で底上げする", "全力で取り組む", "安全な職場をつくる", "DXを全社に根付かせる", "全社キックオフを開く"],
)
def test_covers_all_is_silent_on_words_that_only_start_with_zen(text):
    assert fire("covers_all", text, "ja") is None
