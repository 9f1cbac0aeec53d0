"""Rebuild src/kh_extract/catalogue/gazetteer.json from vietnamadminunits' data.

    .venv/bin/python scripts/build_gazetteer.py [--check]

Source: the installed package ``vietnamadminunits==1.0.4`` (MIT licence,
Tran Ngoc Minh Hieu), its SQLite file ``data/dataset.db``:

* table ``admin_units_legacy``: the 63-province map as it stood just before
  1 July 2025 (provinces, districts, communes; Huế already a centrally run
  city, the district mergers of 2019-2025 already done);
* table ``admin_units``: the 34-province map from 1 July 2025 (provinces and
  communes, no district level);
* ``data/converter_2025.json`` ``DICT_PROVINCE``: which old provinces each new
  one was formed from (NQ 202/2025/QH15).

The package keeps districts absorbed in 2019-2025 only as unaccented alias keys
("huyenkyson"); their written names, the pre-2025 name of Thừa Thiên Huế and the
other hand-made facts are the tables below. Output is deterministic: same
package, same bytes (``--check`` fails if the file on disk differs).
"""

from __future__ import annotations

import json
import re
import sqlite3
import sys
import unicodedata
from collections import defaultdict
from importlib import metadata
from pathlib import Path

import vietnamadminunits

from kh_extract.normalize import normalize

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "kh_extract" / "catalogue" / "gazetteer.json"
PKG_DATA = Path(vietnamadminunits.__file__).parent / "data"

# Level words of the package's type columns → the words the gazetteer writes.
KINDS = {
    "Tỉnh": "tỉnh",
    "Thành phố": "thành phố",
    "Huyện": "huyện",
    "Quận": "quận",
    "Thị xã": "thị xã",
    "Xã": "xã",
    "Phường": "phường",
    "Thị trấn": "thị trấn",
    "Đặc khu": "đặc khu",
}

# District-level units that no longer exist in the package's 63-province
# snapshot (absorbed or split 2019-2025). Names written from the package's
# alias keys; dates [M] from memory, to the month: a name is accepted for a
# document dated before ``until``.
FORMER_DISTRICTS = [
    # (province as in the 63 map, kind, name, until, now part of)
    ("Cao Bằng", "huyện", "Thông Nông", "2020-01-01", "Hà Quảng"),
    ("Cao Bằng", "huyện", "Phục Hòa", "2020-01-01", "Quảng Hòa"),
    ("Cao Bằng", "huyện", "Quảng Uyên", "2020-01-01", "Quảng Hòa"),
    ("Hòa Bình", "huyện", "Kỳ Sơn", "2020-01-01", "Hòa Bình"),
    ("Quảng Ninh", "huyện", "Hoành Bồ", "2019-10-01", "Hạ Long"),
    ("Bắc Giang", "huyện", "Yên Dũng", "2025-01-01", "Bắc Giang"),
    ("Nam Định", "huyện", "Mỹ Lộc", "2025-03-01", "Nam Định"),
    ("Ninh Bình", "thành phố", "Ninh Bình", "2025-03-01", "Hoa Lư"),
    ("Ninh Bình", "huyện", "Hoa Lư", "2025-03-01", "Hoa Lư"),
    ("Thanh Hóa", "huyện", "Đông Sơn", "2025-01-01", "Thanh Hóa"),
    ("Thanh Hóa", "huyện", "Tĩnh Gia", "2020-06-01", "Nghi Sơn"),
    ("Nghệ An", "thị xã", "Cửa Lò", "2025-04-01", "Vinh"),
    ("Huế", "thành phố", "Huế", "2025-01-01", "Phú Xuân, Thuận Hóa"),
    ("Huế", "huyện", "Nam Đông", "2025-01-01", "Phú Lộc"),
    ("Quảng Nam", "huyện", "Nông Sơn", "2025-01-01", "Quế Sơn"),
    ("Quảng Ngãi", "huyện", "Tây Trà", "2020-02-01", "Trà Bồng"),
    ("Lâm Đồng", "huyện", "Cát Tiên", "2025-01-01", "Đạ Huoai"),
    ("Lâm Đồng", "huyện", "Đạ Tẻh", "2025-01-01", "Đạ Huoai"),
    ("Bà Rịa - Vũng Tàu", "huyện", "Đất Đỏ", "2025-01-01", "Long Đất"),
    ("Bà Rịa - Vũng Tàu", "huyện", "Long Điền", "2025-01-01", "Long Đất"),
    ("Bà Rịa - Vũng Tàu", "huyện", "Tân Thành", "2018-04-01", "Phú Mỹ"),
    ("Hồ Chí Minh", "quận", "Quận 2", "2021-01-01", "Thủ Đức"),
    ("Hồ Chí Minh", "quận", "Quận 9", "2021-01-01", "Thủ Đức"),
]

# Provinces whose name or status changed inside the 63-province period.
# Thừa Thiên Huế became the centrally run "thành phố Huế" on 01/01/2025
# (NQ 175/2024/QH15; DOMAIN.md §4.2).
PROVINCE_HISTORY = [
    {"code": "46", "name": "Thừa Thiên Huế", "kind": "tỉnh", "until": "2025-01-01", "renamed_to": "Huế"},
]

# Other spellings of province names seen in texts ("TP.HCM", "Đăk Lăk").
# Keys are canonical names of either map; "Hồ Chí Minh" alone is left out of
# bare-name matching by the API (it is also the President's name).
ALIASES = {
    "Hồ Chí Minh": ["HCM", "TP.HCM", "TPHCM", "TP. HCM", "TP HCM", "Sài Gòn"],
    "Thừa Thiên Huế": ["Thừa Thiên - Huế", "TT-Huế", "TT Huế"],
    "Bà Rịa - Vũng Tàu": ["BR-VT", "Bà Rịa Vũng Tàu"],
    "Đắk Lắk": ["Đăk Lăk", "Đắc Lắc", "Đắk Lăk", "Daklak"],
    "Đắk Nông": ["Đăk Nông", "Đắc Nông"],
    "Bắc Kạn": ["Bắc Cạn"],
    "Kon Tum": ["Kontum"],
}

# Names that are not matched without a level word: "Hồ Chí Minh" alone is the
# President ("tư tưởng Hồ Chí Minh"); "TP Hồ Chí Minh" is still the city.
NOT_BARE = ["Hồ Chí Minh", "Sài Gòn"]

# Capitalised phrases that contain a province name but are not the province:
# "Thái Bình Dương" (the Pacific), "Đồng Tháp Mười" (the plain).
NOT_PLACES = ["Thái Bình Dương", "Đồng Tháp Mười"]


# The package tells apart two units of one name in one parent by a suffix:
# "Cao Lãnh (Huyện)", "Mỹ Thọ (Thị trấn)"; the gazetteer keeps them apart by kind.
KIND_SUFFIX = re.compile(r"\s*\((?:" + "|".join(KINDS) + r")\)$")


def tidy(name: str) -> str:
    """NFC + the project's tone placement ("Hoà" → "Hòa"), single spaces, no "(Huyện)"."""
    name = KIND_SUFFIX.sub("", unicodedata.normalize("NFC", name))
    return " ".join(normalize(name).text.split())


def load_rows(sql: str) -> list[dict]:
    with sqlite3.connect(PKG_DATA / "dataset.db") as conn:
        conn.row_factory = sqlite3.Row
        return [dict(r) for r in conn.execute(sql)]


def kind_of(full: str, short: str) -> str:
    """'Thành phố Hà Nội', 'Hà Nội' → 'thành phố'."""
    word = full[: len(full) - len(short)].strip() if full.endswith(short) else full.split()[0]
    return KINDS[word]


def unit(code: str, name: str, kind: str, **more) -> dict:
    """One unit of the output: code, name without level word, kind, then its parts."""
    return {"code": code, "name": tidy(name), "kind": kind, **more}


def sort_communes(u: dict) -> dict:
    """Communes grouped by kind, each list sorted: the output does not depend on row order."""
    u["communes"] = {k: sorted(v) for k, v in sorted(u["communes"].items())}
    return u


def build() -> dict:
    old_rows = load_rows(
        "SELECT province, provinceShort, provinceCode, provinceKey, district, districtShort, districtType,"
        " districtCode, ward, wardShort, wardType, wardCode FROM admin_units_legacy"
    )
    new_rows = load_rows(
        "SELECT province, provinceShort, provinceCode, provinceKey, ward, wardShort, wardType, wardCode"
        " FROM admin_units"
    )
    merged = json.loads((PKG_DATA / "converter_2025.json").read_text(encoding="utf-8"))["DICT_PROVINCE"]

    # --- the 63-province map ---------------------------------------------------
    provinces: dict[str, dict] = {}
    key_to_old_name: dict[str, str] = {}
    for r in old_rows:
        kind = kind_of(r["province"], r["provinceShort"])
        p = provinces.setdefault(r["provinceCode"], unit(r["provinceCode"], r["provinceShort"], kind, districts={}))
        key_to_old_name[r["provinceKey"]] = p["name"]
        d = p["districts"].setdefault(
            r["districtCode"],
            unit(r["districtCode"], r["districtShort"], KINDS[r["districtType"]], communes=defaultdict(set)),
        )
        if r["wardShort"]:
            d["communes"][KINDS[r["wardType"]]].add(tidy(r["wardShort"]))
    provinces_63 = []
    for code in sorted(provinces):
        p = provinces[code]
        p["districts"] = [sort_communes(p["districts"][d]) for d in sorted(p["districts"])]
        provinces_63.append(p)

    # --- the 34-province map ---------------------------------------------------
    new: dict[str, dict] = {}
    for r in new_rows:
        kind = kind_of(r["province"], r["provinceShort"])
        merged_from = sorted(key_to_old_name[k] for k in merged[r["provinceKey"]])
        p = new.setdefault(
            r["provinceCode"],
            unit(r["provinceCode"], r["provinceShort"], kind, merged_from=merged_from, communes=defaultdict(set)),
        )
        p["communes"][KINDS[r["wardType"]]].add(tidy(r["wardShort"]))
    provinces_34 = [sort_communes(new[code]) for code in sorted(new)]

    names_63 = {p["name"] for p in provinces_63}
    for prov, *_ in FORMER_DISTRICTS:
        assert prov in names_63, prov
    assert len(provinces_63) == 63 and len(provinces_34) == 34
    assert sum(len(p["merged_from"]) for p in provinces_34) == 63

    return {
        "_meta": {
            "source": "PyPI vietnamadminunits 1.0.4 (https://github.com/tranngocminhhieu/vietnamadminunits),"
            " data/dataset.db tables admin_units_legacy (63 provinces) and admin_units (34 provinces),"
            " data/converter_2025.json DICT_PROVINCE (mergers)",
            "source_version": metadata.version("vietnamadminunits"),
            "licence": "MIT License, Copyright (c) 2025 Tran Ngoc Minh Hieu (data and code of vietnamadminunits)",
            "built_by": "scripts/build_gazetteer.py",
            "source_date": "package snapshot of 2025 (63-province map as of 2025-06-30; 34-province map from 2025-07-01)",
            "periods": {
                "huế_centrally_run_from": "2025-01-01",
                "34_province_map_from": "2025-07-01",
            },
            "notes": "Names without level word, NFC, tone placement as kh_extract.normalize ('Hòa').  Numbered units"
            " keep their word ('Quận 1', 'Phường 12').  former_districts and province_history are hand-made"
            " ([M] dates, month precision); aliases are hand-made spellings.",
        },
        "provinces_63": provinces_63,
        "province_history": PROVINCE_HISTORY,
        "former_districts": [
            {"province": p, "kind": k, "name": n, "until": u, "now_in": w} for p, k, n, u, w in FORMER_DISTRICTS
        ],
        "provinces_34": provinces_34,
        "aliases": ALIASES,
        "not_bare": NOT_BARE,
        "not_places": NOT_PLACES,
    }


def dump(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=False) + "\n"


def main(argv: list[str]) -> int:
    text = dump(build())
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("gazetteer.json is up to date" if same else "gazetteer.json differs from a rebuild")
        return 0 if same else 1
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)} ({len(text.encode('utf-8')):,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
