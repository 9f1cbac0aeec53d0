"""kh_extract.gazetteer: cases as data lists named by origin, one parametrised test per function."""

from __future__ import annotations

import importlib.util
import json
from datetime import date
from pathlib import Path

import pytest

from kh_extract.gazetteer import DATA_PATH, find_places, province_names, resolve_locality, without_person

ROOT = Path(__file__).resolve().parent.parent

BEFORE_2025 = date(2023, 6, 28)
HUE_CENTRAL = date(2025, 3, 1)  # Huế a centrally run city, still 63 provinces
AFTER_REFORM = date(2025, 8, 1)  # 34 provinces, no district level


def loc(province=None, district=None, commune=None, level=None) -> dict:
    return {"province": province, "district": district, "commune": commune, "level": level}


# --- resolve_locality: (issuer, context, on, expected) --------------------------

# Issuers and context read from the seed articles in corpus/.
LOCALITY_SEED_ARTICLES = [
    # 000: Phú Ninh, district name unique nationally
    ("UBND huyện Phú Ninh", "", date(2023, 6, 28), loc("Quảng Nam", "Phú Ninh", None, "huyen")),
    # 001: the district plan of Cao Lãnh cites the province plan
    (
        "Ủy ban nhân dân huyện Cao Lãnh",
        "Thực hiện Kế hoạch số 06/KH-UBND ngày 11/01/2023 của Uỷ ban nhân dân tỉnh Đồng Tháp",
        date(2023, 3, 1),
        loc("Đồng Tháp", "Cao Lãnh", None, "huyen"),
    ),
    # 002: Thái Nguyên
    ("UBND tỉnh Thái Nguyên", "", date(2022, 10, 19), loc("Thái Nguyên", level="tinh")),
    # 003: "UBND tỉnh" with the province only in the title
    (
        "UBND tỉnh",
        "Chuyển đổi số trong xây dựng NTM, hướng tới NTM thông minh trên địa bàn tỉnh Trà Vinh năm 2023",
        date(2023, 4, 18),
        loc("Trà Vinh", level="tinh"),
    ),
    # 004: Hà Nội is a centrally run city: level tinh
    ("UBND thành phố Hà Nội", "", date(2023, 9, 26), loc("Hà Nội", level="tinh")),
    # 016: the text names the district the commune belonged to; it beats the 2025 commune lists
    (
        "UBND xã Quảng Phú",
        "Ngày 3.3.2025, UBND xã Quảng Phú (huyện Quảng Xương, tỉnh Thanh Hóa) ban hành Kế hoạch số 36/KH-UBND",
        date(2025, 4, 24),
        loc("Thanh Hóa", "Quảng Xương", "Quảng Phú", "xa"),
    ),
    # 000: a commune of Phú Ninh named in the article
    ("UBND xã Tam Phước", "huyện Phú Ninh chọn xã Tam Phước và thôn", BEFORE_2025,
     loc("Quảng Nam", "Phú Ninh", "Tam Phước", "xa")),
]

# The examples of the task brief.
LOCALITY_BRIEF = [
    ("UBND huyện Cao Lãnh", "... tỉnh Đồng Tháp ...", BEFORE_2025, loc("Đồng Tháp", "Cao Lãnh", None, "huyen")),
    ("UBND tỉnh Đồng Tháp", "", BEFORE_2025, loc("Đồng Tháp", level="tinh")),
    ("UBND TỈNH ĐỒNG THÁP", "", BEFORE_2025, loc("Đồng Tháp", level="tinh")),
    ("UBND TP. Tam Kỳ", "", BEFORE_2025, loc("Quảng Nam", "Tam Kỳ", None, "huyen")),
    ("UBND thị xã Quảng Trị", "", BEFORE_2025, loc("Quảng Trị", "Quảng Trị", None, "huyen")),
    ("Tỉnh ủy Thái Nguyên", "", BEFORE_2025, loc("Thái Nguyên", level="tinh")),
    ("UBND xã Tam Phước", "", BEFORE_2025, loc(None, None, "Tam Phước", "xa")),  # in 3 provinces
    # "Châu Thành" is a district of ten provinces: only a province around it decides
    ("UBND huyện Châu Thành", "", BEFORE_2025, loc(None, "Châu Thành", None, "huyen")),
    ("UBND huyện Châu Thành", "tỉnh Trà Vinh", BEFORE_2025, loc("Trà Vinh", "Châu Thành", None, "huyen")),
    ("UBND huyện Châu Thành, tỉnh Bến Tre", "tỉnh Trà Vinh", BEFORE_2025, loc("Bến Tre", "Châu Thành", None, "huyen")),
    ("UBND Thành phố Hồ Chí Minh", "", BEFORE_2025, loc("Hồ Chí Minh", level="tinh")),
    ("UBND TP.HCM", "", BEFORE_2025, loc("Hồ Chí Minh", level="tinh")),
    ("UBND TP. Hồ Chí Minh", "", BEFORE_2025, loc("Hồ Chí Minh", level="tinh")),
    ("UBND Tp Hồ Chí Minh", "", BEFORE_2025, loc("Hồ Chí Minh", level="tinh")),
    ("UBND tỉnh Thừa Thiên - Huế", "", BEFORE_2025, loc("Thừa Thiên Huế", level="tinh")),
    ("UBND thị xã Ninh Hòa", "", BEFORE_2025, loc("Khánh Hòa", "Ninh Hòa", None, "huyen")),
    ("UBND quận 3", "", BEFORE_2025, loc("Hồ Chí Minh", "Quận 3", None, "huyen")),
    ("UBND phường Bến Nghé", "", BEFORE_2025, loc("Hồ Chí Minh", "Quận 1", "Bến Nghé", "xa")),
]

# DOMAIN.md §4: levels, centrally run cities, Huế 2025, the 34-province map.
LOCALITY_DOMAIN = [
    # a "thành phố thuộc tỉnh" is district level; one that is also a province name too
    ("UBND thành phố Thái Nguyên", "", BEFORE_2025, loc("Thái Nguyên", "Thái Nguyên", None, "huyen")),
    ("UBND thành phố Cao Lãnh", "", BEFORE_2025, loc("Đồng Tháp", "Cao Lãnh", None, "huyen")),
    # Huế: a city of Thừa Thiên Huế before 2025, centrally run from 01/01/2025
    ("UBND thành phố Huế", "", BEFORE_2025, loc("Thừa Thiên Huế", "Huế", None, "huyen")),
    ("UBND thành phố Huế", "", HUE_CENTRAL, loc("Huế", level="tinh")),
    ("UBND tỉnh Thừa Thiên Huế", "", HUE_CENTRAL, loc("Huế", level="tinh")),
    # from 01/07/2025: merged provinces take the new name; no district level
    ("UBND tỉnh Quảng Nam", "", AFTER_REFORM, loc("Đà Nẵng", level="tinh")),
    ("UBND tỉnh Hà Giang", "", AFTER_REFORM, loc("Tuyên Quang", level="tinh")),
    ("UBND tỉnh Bắc Giang", "", AFTER_REFORM, loc("Bắc Ninh", level="tinh")),
    ("UBND tỉnh Hải Dương", "", AFTER_REFORM, loc("Hải Phòng", level="tinh")),
    ("UBND huyện Phú Ninh", "", AFTER_REFORM, loc("Đà Nẵng", None, None, "huyen")),
    ("UBND đặc khu Phú Quốc", "", AFTER_REFORM, loc("An Giang", None, "Phú Quốc", "xa")),
    ("UBND phường Hồng Hà", "", AFTER_REFORM, loc("Hà Nội", None, "Hồng Hà", "xa")),
    ("UBND thành phố Hải Phòng", "", AFTER_REFORM, loc("Hải Phòng", level="tinh")),
    # a district absorbed 2019-2025 is known before, not after
    ("UBND huyện Mỹ Lộc", "", date(2024, 5, 1), loc("Nam Định", "Mỹ Lộc", None, "huyen")),
    ("UBND huyện Mỹ Lộc", "", HUE_CENTRAL, loc(None, None, None, "huyen")),
    ("UBND quận 9", "", date(2020, 8, 1), loc("Hồ Chí Minh", "Quận 9", None, "huyen")),
    # held-out 151: the Youth Union's committees name their place like the Party's ("Huyện ủy Nghi Lộc")
    ("Ban Thường vụ Huyện đoàn Nghi Lộc", "", BEFORE_2025, loc("Nghệ An", "Nghi Lộc", None, "huyen")),
    ("Tỉnh đoàn Nghệ An", "", BEFORE_2025, loc("Nghệ An", level="tinh")),
]

# Issuers without a place of their own.
LOCALITY_UNNAMED = [
    ("Thủ tướng Chính phủ", "tỉnh Bến Tre", BEFORE_2025, loc()),  # national body: no locality
    (None, "tỉnh Đồng Tháp ... Đồng Tháp ... tỉnh Trà Vinh", BEFORE_2025, loc("Đồng Tháp")),
    (None, "tỉnh Đồng Tháp ... tỉnh Trà Vinh", BEFORE_2025, loc()),  # a tie decides nothing
    ("UBND tỉnh", "", BEFORE_2025, loc(level="tinh")),
    ("UBND Thành phố", "trên địa bàn thành phố Hà Nội", BEFORE_2025, loc("Hà Nội", level="tinh")),
    ("Ủy ban nhân dân huyện", "huyện Cao Lãnh", BEFORE_2025, loc("Đồng Tháp", "Cao Lãnh", None, "huyen")),
    ("Sở Nông nghiệp và PTNT", "tỉnh Bến Tre", BEFORE_2025, loc("Bến Tre", level="tinh")),
    ("Phòng NN&PTNT", "huyện Chợ Lách, tỉnh Bến Tre", BEFORE_2025, loc("Bến Tre", "Chợ Lách", None, "huyen")),
]


# Minority place names written with and without breve, circumflex or horn (real portals write both).
LOCALITY_SPELLING_VARIANTS = [
    ("UBND huyện Chư Pah", "", BEFORE_2025, loc("Gia Lai", "Chư Păh", None, "huyen")),
    ("UBND tỉnh Đăk Lăk", "", BEFORE_2025, loc("Đắk Lắk", level="tinh")),
    # held-out 385: a name spelled as a unit's is that unit, not one the key without marks also finds ("Ân Thạnh")
    ("UBND xã An Thạnh", "huyện Mỏ Cày Nam, tỉnh Bến Tre", BEFORE_2025, loc("Bến Tre", "Mỏ Cày Nam", "An Thạnh", "xa")),
]

# Communes of the 2025 map the bundled lists do not hold: the name as written, in the province the article names most.
LOCALITY_UNLISTED = [
    # held-out 560: "UBND xã Thanh Chương" in 2026, the article citing "UBND tỉnh Nghệ An"
    ("UBND xã Thanh Chương", "Kế hoạch số 18/KH-UBND ngày 12/01/2026 của UBND tỉnh Nghệ An", date(2026, 1, 22),
     loc("Nghệ An", None, "Thanh Chương", "xa")),
]


@pytest.mark.parametrize(
    "issuer, context, on, expected",
    LOCALITY_SEED_ARTICLES + LOCALITY_BRIEF + LOCALITY_DOMAIN + LOCALITY_UNNAMED + LOCALITY_SPELLING_VARIANTS
    + LOCALITY_UNLISTED,
)
def test_resolve_locality(issuer, context, on, expected):
    assert resolve_locality(issuer, context=context, on=on) == expected


# --- find_places: (text, on, [(text, level, name, province), ...]) ----------------

FIND_PLACES_CASES = [
    ("UBND huyện Cao Lãnh, tỉnh Đồng Tháp", BEFORE_2025,
     [("huyện Cao Lãnh", "huyen", "Cao Lãnh", "Đồng Tháp"), ("tỉnh Đồng Tháp", "tinh", "Đồng Tháp", "Đồng Tháp")]),
    ("Hà Nội: Phấn đấu đến năm 2025", BEFORE_2025, [("Hà Nội", "tinh", "Hà Nội", "Hà Nội")]),
    ("TP.HCM và thị xã Ninh Hòa", BEFORE_2025,
     [("TP.HCM", "tinh", "Hồ Chí Minh", "Hồ Chí Minh"), ("thị xã Ninh Hòa", "huyen", "Ninh Hòa", "Khánh Hòa")]),
    ("TPHCM", BEFORE_2025, [("TPHCM", "tinh", "Hồ Chí Minh", "Hồ Chí Minh")]),
    ("tỉnh Bà Rịa-Vũng Tàu", BEFORE_2025, [("tỉnh Bà Rịa-Vũng Tàu", "tinh", "Bà Rịa - Vũng Tàu", "Bà Rịa - Vũng Tàu")]),
    ("các huyện Cao Lãnh, Tháp Mười và Lấp Vò", BEFORE_2025,
     [("huyện Cao Lãnh", "huyen", "Cao Lãnh", "Đồng Tháp"), ("Tháp Mười", "huyen", "Tháp Mười", "Đồng Tháp"),
      ("Lấp Vò", "huyen", "Lấp Vò", "Đồng Tháp")]),
    ("phường 12, quận Gò Vấp", BEFORE_2025,
     [("phường 12", "xa", "Phường 12", None), ("quận Gò Vấp", "huyen", "Gò Vấp", "Hồ Chí Minh")]),
    ("thị trấn Mỹ Thọ", BEFORE_2025, [("thị trấn Mỹ Thọ", "xa", "Mỹ Thọ", None)]),  # a name of several provinces
    ("xã Ea H'Leo", BEFORE_2025, [("xã Ea H'Leo", "xa", "Ea H'leo", "Đắk Lắk")]),
    ("Thừa Thiên Huế", BEFORE_2025, [("Thừa Thiên Huế", "tinh", "Thừa Thiên Huế", "Thừa Thiên Huế")]),
    ("Thừa Thiên Huế", HUE_CENTRAL, [("Thừa Thiên Huế", "tinh", "Huế", "Huế")]),
    ("Huế", BEFORE_2025, [("Huế", "tinh", "Thừa Thiên Huế", "Thừa Thiên Huế")]),
    # after the reform an old province is reported, belonging to its successor
    ("tỉnh Hải Dương (cũ) nay là thành phố Hải Phòng", AFTER_REFORM,
     [("tỉnh Hải Dương", "tinh", "Hải Dương", "Hải Phòng"), ("thành phố Hải Phòng", "tinh", "Hải Phòng", "Hải Phòng")]),
    ("TP.HCM, tỉnh Đăk Lăk", AFTER_REFORM,
     [("TP.HCM", "tinh", "Hồ Chí Minh", "Hồ Chí Minh"), ("tỉnh Đăk Lăk", "tinh", "Đắk Lắk", "Đắk Lắk")]),
    ("Tỉnh ủy Thái Nguyên", BEFORE_2025, [("Tỉnh ủy Thái Nguyên", "tinh", "Thái Nguyên", "Thái Nguyên")]),
    ("Kế hoạch của UBND TỈNH ĐỒNG THÁP", None, [("TỈNH ĐỒNG THÁP", "tinh", "Đồng Tháp", "Đồng Tháp")]),
]

# Spellings met in corpus/ texts.
FIND_PLACES_CORPUS = [
    ("huyện Gia lâm xây dựng mô hình", date(2023, 9, 26), [("huyện Gia lâm", "huyen", "Gia Lâm", "Hà Nội")]),  # 004
    ("sáp nhập tỉnh Bắc\nGiang và tỉnh Bắc Ninh", AFTER_REFORM,  # 031: a wrap inside the name
     [("tỉnh Bắc\nGiang", "tinh", "Bắc Giang", "Bắc Ninh"), ("tỉnh Bắc Ninh", "tinh", "Bắc Ninh", "Bắc Ninh")]),
    ("xã Ea\nKly (huyện Krông Pắc)", date(2024, 1, 1),  # 037
     [("xã Ea\nKly", "xa", "Ea Kly", "Đắk Lắk"), ("huyện Krông Pắc", "huyen", "Krông Pắc", "Đắk Lắk")]),
    ("UBND xã Tam Phước và thôn Phú Thịnh", BEFORE_2025, [("xã Tam Phước", "xa", "Tam Phước", None)]),  # 000
    ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH TUYÊN QUANG\nSố: 144/KH-UBND", BEFORE_2025,  # 039 header
     [("TỈNH TUYÊN QUANG", "tinh", "Tuyên Quang", "Tuyên Quang")]),
]

# Texts with level words or province names that are not places.
NOT_PLACES = [
    "phát triển xã hội số",
    "hướng tới thành phố thông minh",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "học tập và làm theo tư tưởng Hồ Chí Minh",
    "khu vực châu Á - Thái Bình Dương",
    "vùng Đồng Tháp Mười",
    "100% số xã đạt chuẩn NTM",
    "xã NTM nâng cao",
    "huyện Nông thôn mới",
    "cấp tỉnh, cấp huyện và cấp xã",
    "các huyện, thị xã, thành phố",
    "Tỉnh đoàn phối hợp",
    "hòa bình và phát triển",
    "xã Nông nghiệp Mỹ Hạnh hoàn thiện",  # 035: "Nông nghiệp" is no commune
]


@pytest.mark.parametrize("text, on, expected", FIND_PLACES_CASES + FIND_PLACES_CORPUS)
def test_find_places(text, on, expected):
    places = find_places(text, on=on)
    assert [(p.text, p.level, p.name, p.province) for p in places] == expected
    assert all(text[p.span[0] : p.span[1]] == p.text for p in places)
    if on == AFTER_REFORM:  # a unit of the 34-province map is not "former"; one of the 63-map only is
        assert all(p.former == (p.province != p.name) for p in places)


@pytest.mark.parametrize("text", NOT_PLACES)
def test_not_places(text):
    assert find_places(text, on=BEFORE_2025) == []


# --- province_names and the data file ------------------------------------------

PROVINCE_NAMES_CASES = [
    # (on, count, a name in the list, a name not in it)
    (BEFORE_2025, 63, "Thừa Thiên Huế", "Huế"),
    (HUE_CENTRAL, 63, "Huế", "Thừa Thiên Huế"),
    (None, 63, "Quảng Nam", "Thừa Thiên Huế"),
    (AFTER_REFORM, 34, "Đà Nẵng", "Quảng Nam"),
]


@pytest.mark.parametrize("on, count, present, absent", PROVINCE_NAMES_CASES)
def test_province_names(on, count, present, absent):
    names = province_names(on)
    assert len(names) == len(set(names)) == count
    assert present in names and absent not in names


def test_data_file_is_the_build_of_the_package():
    """gazetteer.json is exactly what scripts/build_gazetteer.py writes, with its licence recorded."""
    pytest.importorskip("vietnamadminunits")  # needed to build the data, not to use it
    spec = importlib.util.spec_from_file_location("build_gazetteer", ROOT / "scripts" / "build_gazetteer.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    text = DATA_PATH.read_text(encoding="utf-8")
    assert build.dump(build.build()) == text
    data = json.loads(text)
    assert "MIT" in data["_meta"]["licence"]
    assert sorted(old for p in data["provinces_34"] for old in p["merged_from"]) == sorted(
        p["name"] for p in data["provinces_63"]
    )


@pytest.mark.parametrize("issuer,expected", [
    ("UBND tỉnh Nguyễn Hoài Anh", "UBND tỉnh"),           # a chairman's name after his committee
    ("UBND thị xã Nguyễn Văn Hùng", "UBND thị xã"),
    ("UBND huyện Trần Văn Thời", "UBND huyện Trần Văn Thời"),   # a district named after a person (Cà Mau)
    ("UBND quận Lê Chân", "UBND quận Lê Chân"),
    ("UBND tỉnh Thanh Hóa", "UBND tỉnh Thanh Hóa"),
])
def test_without_person(issuer, expected):
    assert without_person(issuer) == expected
