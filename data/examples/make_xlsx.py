"""Build okr_workbook.xlsx, the example workbook: a read-me sheet, wide OKR sheets in English and Japanese, lookups.

Run from anywhere: python data/examples/make_xlsx.py (the output is committed; this script documents it).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

HERE = Path(__file__).resolve().parent


def build(path: Path = HERE / "okr_workbook.xlsx") -> Path:
    """Write the example workbook and return its path."""
    wb = Workbook()
    readme = wb.active
    readme.title = "README"
    readme.append(["How to fill in this workbook"])
    readme.append(["One row per objective; write up to four key results in the numbered columns."])
    readme.append(["The Lookups sheet lists the owners and quarters used in the drop-downs."])

    en = wb.create_sheet("Marketing (wide)")
    en.append(["Marketing OKRs", None, None, None, None, None])
    en.append([None])
    en.append(["Objective", "Owner", "Quarter", "Key Result 1", "Key Result 2", "KR3", "Confidence"])
    en.append(
        [
            "Be the brand mid-size retailers think of first",
            "Hana",
            3,
            "Raise aided brand awareness among UK retailers from 18% to 30% by September 30",
            "Increase organic sign-ups from 900 to 1,500 a month",
            "Refresh the brand guidelines",
            0.6,
        ]
    )
    en.append(
        [
            "Turn our webinars into a pipeline engine",
            "Olu",
            3,
            "Generate 250 sales-qualified leads from webinars this quarter",
            "Run more webinars",
            None,
            0.4,
        ]
    )
    en.append(
        [
            "Make every campaign measurable",
            "Hana",
            3,
            "Tag 100% of paid campaigns with UTM parameters by July 31",
            "Tag 100% of paid campaigns with UTM parameters by July 31st",
            "Learn Google Analytics 4",
            0.8,
        ]
    )
    en.append(["Grow our audience on social media", "Olu", 3, "Improve our social media presence", None, None, 0.3])
    for cell in en[3]:
        cell.font = Font(bold=True)

    ja = wb.create_sheet("開発（ワイド）")
    ja.append(["目標", "担当", "期限", "KR①", "KR②", "KR③"])
    ja.append(
        [
            "障害に強いサービスにする",
            "石井",
            date(2026, 9, 30),
            "月間稼働率を99.9%以上に保つ",
            "障害の平均復旧時間を90分から30分に短縮する",
            "監視体制を見直す",
        ]
    )
    ja.append(
        [
            "開発のスピードを上げる",
            "松本",
            date(2026, 9, 30),
            "プルリクエストのレビュー待ち時間を中央値24時間から8時間にする",
            "テストを書く文化を根付かせたい",
            None,
        ]
    )
    ja.append(
        [
            "エンジニアの成長を加速する",
            "石井",
            date(2026, 12, 31),
            "AWS認定ソリューションアーキテクトに3名が合格する",
            "技術書を読む",
            "社内LT会を開催する",
        ]
    )

    lookups = wb.create_sheet("Lookups")
    lookups.append(["Owners", "Quarters"])
    for owner, quarter in (("Hana", "Q1"), ("Olu", "Q2"), ("石井", "Q3"), ("松本", "Q4")):
        lookups.append([owner, quarter])
    wb.save(path)
    return path


if __name__ == "__main__":
    print(build())
