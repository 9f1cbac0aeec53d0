"""Vietnamese administrative units: find place names, resolve an issuer's locality.

The data (``catalogue/gazetteer.json``, built by ``scripts/build_gazetteer.py``
from vietnamadminunits 1.0.4) holds the 63-province map with districts and
communes, and the 34-province map of 1 July 2025 with communes. It is read
once, on first use; nothing happens at import time.

Which map applies depends on the document's date ``on``:

* before 2025-01-01: 63 provinces, "Thừa Thiên Huế" a tỉnh, "thành phố Huế" a
  district-level city in it;
* 2025-01-01 .. 2025-06-30: 63 provinces, Huế a centrally run city;
* from 2025-07-01: 34 provinces, no district level (an old province or district
  named in such a text is reported ``former`` and belongs to its successor);
* ``on=None``: the 63-province map as of 2025-06-30, and "Thừa Thiên Huế"
  still read as itself.

>>> [(p.text, p.level, p.name, p.province) for p in find_places("UBND huyện Cao Lãnh, tỉnh Đồng Tháp")]
[('huyện Cao Lãnh', 'huyen', 'Cao Lãnh', 'Đồng Tháp'), ('tỉnh Đồng Tháp', 'tinh', 'Đồng Tháp', 'Đồng Tháp')]
>>> resolve_locality("UBND thành phố Hà Nội")
{'province': 'Hà Nội', 'district': None, 'commune': None, 'level': 'tinh'}
>>> resolve_locality("UBND huyện Phú Ninh", on=date(2023, 6, 28))
{'province': 'Quảng Nam', 'district': 'Phú Ninh', 'commune': None, 'level': 'huyen'}
"""

from __future__ import annotations

import json
import unicodedata
from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from pathlib import Path
from typing import Optional

import regex

from kh_extract.normalize import normalize

__all__ = ["Place", "find_places", "resolve_locality", "province_names", "without_person"]

DATA_PATH = Path(__file__).parent / "catalogue" / "gazetteer.json"

HUE_CENTRAL_FROM = date(2025, 1, 1)
# The centrally run cities: "UBND thành phố Hà Nội", never "UBND tỉnh Hà Nội"
CENTRAL_CITIES = frozenset({"Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế"})
MAP_34_FROM = date(2025, 7, 1)

# Level words (lower case, single spaces) → (level, kind as the gazetteer writes it).
# "thành phố" is resolved later: centrally run city → tinh, else a district.
LEVEL_WORDS = {
    "tỉnh": ("tinh", "tỉnh"),
    "tỉnh ủy": ("tinh", "tỉnh"),
    "tỉnh đoàn": ("tinh", "tỉnh"),     # the Youth Union's committee: "Tỉnh đoàn Nghệ An"
    "thành phố": ("tp", "thành phố"),
    "thành ủy": ("tp", "thành phố"),
    "thành đoàn": ("tp", "thành phố"),
    "tp": ("tp", "thành phố"),
    "tp.": ("tp", "thành phố"),
    "t.p": ("tp", "thành phố"),
    "t.p.": ("tp", "thành phố"),
    "huyện": ("huyen", "huyện"),
    "huyện ủy": ("huyen", "huyện"),
    "huyện đoàn": ("huyen", "huyện"),
    "quận": ("huyen", "quận"),
    "quận ủy": ("huyen", "quận"),
    "quận đoàn": ("huyen", "quận"),
    "thị xã": ("huyen", "thị xã"),
    "thị ủy": ("huyen", "thị xã"),
    "thị đoàn": ("huyen", "thị xã"),
    "xã": ("xa", "xã"),
    "phường": ("xa", "phường"),
    "thị trấn": ("xa", "thị trấn"),
    "đặc khu": ("xa", "đặc khu"),
}

_LEVEL_RE = regex.compile(
    r"""
    (?<! [\p{L}\p{M}\d] )
    (?:
        (?i: (?P<word>
            tỉnh (?: [ ]+ (?: ủy | đoàn ) )?       # "tỉnh Đồng Tháp", "Tỉnh ủy Thái Nguyên", "Tỉnh đoàn Nghệ An"
          | thành [ ]+ (?: phố | ủy | đoàn )       # "thành phố Hà Nội", "Thành ủy Hà Nội", "Thành đoàn Huế"
          | huyện (?: [ ]+ (?: ủy | đoàn ) )?      # "huyện Cao Lãnh", "Huyện ủy Phú Ninh", "Huyện đoàn Nghi Lộc"
          | quận (?: [ ]+ (?: ủy | đoàn ) )?       # "quận 3", "Quận ủy Ba Đình"
          | thị [ ]+ (?: xã | ủy | đoàn | trấn )   # "thị xã Ninh Hòa", "Thị ủy …", "thị trấn Mỹ Thọ"
          | xã | phường                            # "xã Tam Phước", "phường Bến Nghé"
          | đặc [ ]+ khu                           # "đặc khu Phú Quốc" (2025 map)
        ) [ ]+ )
      | (?P<word> TP\.? | Tp\.? | T\.P\.? ) [ ]*    # "TP. Tam Kỳ", "TP.HCM", "Tp Hồ Chí Minh", "TPHCM"
    )
    (?= [\p{Lu}\d] )                               # a name starts with a capital or a digit: not "xã hội"
    """,
    regex.VERBOSE,
)

# A run of syllables (or numbers) after a level word, the first capitalised;
# the longest prefix that is a known name wins: "Bà Rịa - Vũng Tàu", "Lương Hòa
# A", "Quận 3", "huyện Gia lâm" ("xã Tam Phước và thôn" → "Tam Phước").
_NAME_RUN_RE = regex.compile(
    r"""
    [\p{Lu}\d] [\p{L}\p{M}\d'’]*                   # first syllable: "Cao", "3", "ĐỒNG", "M'Drắk"
    (?:
        (?: [ ]+ | [ ]* - [ ]* | [ ]* \n [ ]* )    # space, hyphen ("Thừa Thiên - Huế"), a wrap ("Bắc\nGiang")
        [\p{L}\d] [\p{L}\p{M}\d'’]*                # next syllable: "Lãnh", "B'Lao", "Gia lâm" (lower case)
    ){0,5}
    """,
    regex.VERBOSE,
)
_SYLLABLE_RE = regex.compile(r"[\p{L}\p{M}\d]+(?:['’][\p{L}\p{M}\d]+)*")  # "Lãnh", "B'Lao"

# "các xã Tam Phước, Tam Thái và Tam Lộc": more names of the same kind.
_LIST_SEP_RE = regex.compile(
    r"""
    (?: [ ]* , [ ]* | [ ]+ và [ ]+ | [ ]* ; [ ]* )  # ", " or " và "
    (?= [\p{Lu}\d] )
    """,
    regex.VERBOSE,
)


@dataclass(frozen=True)
class Place:
    """A place named in a text: "huyện Cao Lãnh" at ``span``, level ``huyen``."""

    text: str  # as written, level word included
    span: tuple[int, int]  # into the text given to find_places
    level: str  # "tinh", "huyen" or "xa"
    kind: Optional[str]  # level word as the gazetteer writes it ("thị xã"); None for a bare province name
    name: str  # canonical name without level word: "Cao Lãnh", "Hồ Chí Minh", "Quận 3"
    province: Optional[str]  # province it belongs to at the date; None when the name is ambiguous
    district: Optional[str] = None  # for a commune, when unambiguous
    candidates: tuple[tuple[str, Optional[str]], ...] = ()  # every (province, district) the name can belong to
    former: bool = False  # the unit no longer existed at the date (e.g. "tỉnh Quảng Nam" after 2025-07-01)


def _key(name: str) -> str:
    """'Bà Rịa - Vũng Tàu' → 'bà rịa vũng tàu'; 'TP.HCM' → 'tp.hcm'; 'Chư Păh' and 'Chư Pah', 'Đắk Lắk' and
    'Đăk Lăk', 'Krông' and 'Krong' share a key: minority place names are written with and without the
    breve, circumflex and horn (the tone marks are kept)."""
    key = " ".join(name.replace("-", " ").replace("’", "'").lower().split())
    if key.isascii():
        return key
    return unicodedata.normalize("NFC", _VOWEL_MARKS.sub("", unicodedata.normalize("NFD", key)))


# Breve (ă), circumflex (â ê ô) and horn (ơ ư) — not the tone marks.
_VOWEL_MARKS = regex.compile("[\u0306\u0302\u031b]")


def _num_key(kind: str, name: str) -> str:
    """'Quận 03' → 'quận 3': numbered units keep their level word as their name."""
    return _key(f"{kind} {int(name)}") if name.isdigit() else _key(name)


@cache
def _data() -> dict:
    return json.loads(DATA_PATH.read_text(encoding="utf-8"))


def _period(on: Optional[date]) -> str:
    if on is None:
        return "any"
    if on >= MAP_34_FROM:
        return "map34"
    return "map63_hue" if on >= HUE_CENTRAL_FROM else "map63"


@dataclass(frozen=True)
class _Prov:
    name: str  # canonical at the date
    central: bool  # centrally run city
    former: bool = False
    successor: Optional[str] = None  # the 34-map province an old one is now part of


@dataclass(frozen=True)
class _Unit:
    province: str
    district: Optional[str]
    name: str
    until: Optional[date] = None  # valid before this date (former districts)
    former: bool = False


class _Index:
    """Lookup tables of one period; built once per period, on first use."""

    def __init__(self, period: str):
        data = _data()
        self.period = period
        self.provinces: dict[str, list[_Prov]] = {}
        self.districts: dict[str, list[_Unit]] = {}
        self.communes: dict[str, list[_Unit]] = {}
        self.names: list[str] = []
        aliases = data["aliases"]
        history = {h["code"]: h for h in data["province_history"]}

        self.spellings: dict[str, set[str]] = {}  # key → province names as written, for bare matching

        def add_prov(name: str, prov: _Prov) -> None:
            for spelled in [name, *aliases.get(name, [])]:
                self.spellings.setdefault(_key(spelled), set()).add(spelled)
                entries = self.provinces.setdefault(_key(spelled), [])
                if prov not in entries:
                    entries.append(prov)

        old_name = {}  # code → name of the 63 map at the date
        successor = {}  # 63-map name → 34-map name
        for p in data["provinces_34"]:
            for old in p["merged_from"]:
                successor[old] = p["name"]
        for p in data["provinces_63"]:
            name, central = p["name"], p["kind"] == "thành phố"
            h = history.get(p["code"])
            if h and period == "map63":
                name, central = h["name"], h["kind"] == "thành phố"
                add_prov(p["name"], _Prov(name, central))  # "Huế" alone names the province before 2025 too
            elif h and period == "any":
                add_prov(h["name"], _Prov(h["name"], h["kind"] == "thành phố"))
            elif h:
                add_prov(h["name"], _Prov(name, central))  # "Thừa Thiên Huế" is called Huế now
            old_name[p["code"]] = name
            if period == "map34":
                add_prov(name, _Prov(name, False, former=True, successor=successor[p["name"]]))
            else:
                add_prov(name, _Prov(name, central))
                self.names.append(name)

        if period == "map34":
            for p in data["provinces_34"]:
                # a name kept by a new province now means the new province ("TP.HCM" too)
                for spelled in [p["name"], *aliases.get(p["name"], [])]:
                    self.provinces[_key(spelled)] = []
                add_prov(p["name"], _Prov(p["name"], p["kind"] == "thành phố"))
                self.names.append(p["name"])
                for kind, names in p["communes"].items():
                    for n in names:
                        self.communes.setdefault(_key(n), []).append(_Unit(p["name"], None, n))

        by_name = {p["name"]: p for p in data["provinces_63"]}
        for p in data["provinces_63"]:
            prov = old_name[p["code"]]
            owner = successor[p["name"]] if period == "map34" else prov
            for d in p["districts"]:
                self.districts.setdefault(_key(d["name"]), []).append(
                    _Unit(owner, None, d["name"], former=period == "map34")
                )
                if period == "map34":
                    continue
                for kind, names in d["communes"].items():
                    for n in names:
                        self.communes.setdefault(_key(n), []).append(_Unit(prov, d["name"], n))
        for f in data["former_districts"]:
            p = by_name[f["province"]]
            owner = successor[p["name"]] if period == "map34" else old_name[p["code"]]
            self.districts.setdefault(_key(f["name"]), []).append(
                _Unit(owner, None, f["name"], until=date.fromisoformat(f["until"]), former=period == "map34")
            )

        self.bare_re = self._bare_regex(data)
        self.not_places_re = regex.compile(
            r"(?<![\p{L}\d])(?:" + "|".join(_name_pattern(n) for n in data["not_places"]) + r")(?![\p{L}\d])"
        )

    def _bare_regex(self, data: dict) -> regex.Pattern:
        """One alternation of the province names of the period, written or in capitals."""
        not_bare = {_key(n) for n in data["not_bare"]}
        spellings = set()
        for key, provs in self.provinces.items():
            if provs and key not in not_bare:
                spellings |= self.spellings[key]
        for name in list(spellings):
            spellings.add(name.upper())
        alternatives = sorted(spellings, key=lambda s: (-len(s), s))
        return regex.compile(
            r"(?<![\p{L}\p{M}\d.])(?:" + "|".join(_name_pattern(s) for s in alternatives) + r")(?![\p{L}\p{M}\d])"
        )

    def districts_at(self, key: str, on: Optional[date]) -> list[_Unit]:
        units = self.districts.get(key, [])
        if on is None or self.period == "map34":
            return units
        return [u for u in units if u.until is None or on < u.until]


def _name_pattern(name: str) -> str:
    """'Bà Rịa - Vũng Tàu' → a pattern that accepts "Bà Rịa-Vũng Tàu" too."""
    parts = [regex.escape(s) for s in regex.split(r"\s*-\s*|\s+", name) if s]
    # a hyphen may be written or not between any two syllables: "Thừa Thiên - Huế"
    return r"(?:[ ]+|[ ]*-[ ]*)".join(parts)


@cache
def _index(period: str) -> _Index:
    return _Index(period)


def province_names(on: Optional[date] = None) -> list[str]:
    """Provinces at the date, in the order of their codes (63 before 2025-07-01, 34 after).

    >>> len(province_names(date(2024, 1, 1))), len(province_names(date(2025, 8, 1)))
    (63, 34)
    """
    return list(_index(_period(on)).names)


def _unique(values) -> Optional[str]:
    values = set(values)
    return values.pop() if len(values) == 1 else None


def _lookup(idx: _Index, level: str, kind: str, syllables: list[str], on: Optional[date]):
    """The longest prefix of ``syllables`` that names a unit of ``level``: (count, Place fields) or None."""
    for n in range(len(syllables), 0, -1):
        name = " ".join(syllables[:n])
        if level in ("tinh", "tp"):
            provs = idx.provinces.get(_key(name), [])
            central = [p for p in provs if p.central and not p.former]
            if level == "tp" and not central:
                units = idx.districts_at(_key(name), on)
                if units:
                    return n, _district_fields(units, kind)
            if provs:
                p = (central or provs)[0]
                province = p.successor if p.former else p.name
                return n, dict(
                    level="tinh", kind=kind, name=p.name, province=province, candidates=((province, None),),
                    former=p.former,
                )
        elif level == "huyen":
            units = _as_written(idx.districts_at(_num_key(kind, name) if n == 1 else _key(name), on), name)
            if units:
                return n, _district_fields(units, kind)
        else:
            units = idx.communes.get(_num_key(kind, name) if n == 1 else _key(name), [])
            units = _as_written(units, name)
            if units:
                cands = tuple(sorted({(u.province, u.district) for u in units}, key=str))
                return n, dict(
                    level="xa", kind=kind, name=units[0].name, province=_unique(u.province for u in units),
                    district=_unique(u.district for u in units) if _unique(u.province for u in units) else None,
                    candidates=cands,
                )
    return None


def _as_written(units: list[_Unit], name: str) -> list[_Unit]:
    """Units whose key the written name shares, those spelled as written first kept: "xã An Thạnh" is not "Ân Thạnh"
    (the key drops the circumflex, for minority names written with and without it: "Đắk Lắk", "Đăk Lăk")."""
    exact = [u for u in units if u.name.lower() == name.lower()]
    return exact or units


def _district_fields(units: list[_Unit], kind: str) -> dict:
    return dict(
        level="huyen", kind=kind, name=units[0].name, province=_unique(u.province for u in units),
        candidates=tuple(sorted({(u.province, None) for u in units})), former=any(u.former for u in units),
    )


# Family names that open a person's name where a place's should stand: "Chủ tịch UBND tỉnh Nguyễn Hoài Anh vừa ký …"
_SURNAMES = frozenset("Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Trịnh Lâm Mai Đào Cao "
                      "Lương Hà Tạ Vương Chu Thái Triệu Lưu Đoàn Tô Quách La Mạc Hứa Kiều Tăng Nông Lò Cầm Giàng Sùng".split())
_NAMED_BODY_RE = regex.compile(r"^(?P<head>.*?\b(?P<level>tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn))\s+"
                               r"(?P<name>\p{Lu}\S*(?:\s+\p{Lu}\S*){1,3})$")


def without_person(issuer: str) -> str:
    """"UBND tỉnh Nguyễn Hoài Anh" (the chairman's name after his committee) → "UBND tỉnh": a name that opens with a
    family name and is no place on any map is a person's. "UBND huyện Trần Văn Thời" is a district and stays."""
    m = _NAMED_BODY_RE.match(issuer)
    if m is None or m.group("name").split()[0] not in _SURNAMES:
        return issuer
    if find_places(f"{m.group('level')} {m.group('name')}"):
        return issuer
    return m.group("head")


def find_places(text: str, *, on: Optional[date] = None) -> list[Place]:
    """Places named in ``text`` (normalised: NFC, modern tones), in text order.

    A place is a level word and a name ("tỉnh Đồng Tháp", "TP. Tam Kỳ", "quận 3",
    "xã Tam Phước") or a bare province name ("Đồng Tháp"). ``on`` is the
    document's date and chooses the map (see the module docstring).

    >>> [(p.text, p.level, p.name) for p in find_places("TP.HCM và thị xã Ninh Hòa")]
    [('TP.HCM', 'tinh', 'Hồ Chí Minh'), ('thị xã Ninh Hòa', 'huyen', 'Ninh Hòa')]
    >>> find_places("xã hội số, thành phố thông minh")
    []
    """
    return list(_find_places(text, on))


# A document's text is searched for places several times (the plan's issuer, its context, the
# title): the last few answers are kept. Places are frozen, so sharing them is safe.
@lru_cache(maxsize=8)
def _find_places(text: str, on: Optional[date]) -> tuple[Place, ...]:
    idx = _index(_period(on))
    blocked = [m.span() for m in idx.not_places_re.finditer(text)]
    places: list[Place] = []
    taken: list[tuple[int, int]] = []
    for m in _LEVEL_RE.finditer(text):
        if taken and m.start() < taken[-1][1]:
            continue
        word = " ".join(m.group("word").lower().split())
        level, kind = LEVEL_WORDS[word]
        start, pos = m.start(), m.end()
        while True:
            run = _NAME_RUN_RE.match(text, pos)
            if not run:
                break
            syl = [(s.group(), s.end()) for s in _SYLLABLE_RE.finditer(text, run.start(), run.end())]
            found = _lookup(idx, level, kind, [s for s, _ in syl], on)
            if not found:
                break
            n, fields = found
            end = run.start() + (syl[n - 1][1] - run.start())
            places.append(Place(text=text[start:end], span=(start, end), **fields))
            taken.append((start, end))
            sep = _LIST_SEP_RE.match(text, end)  # "các huyện Cao Lãnh, Tháp Mười"
            if not sep:
                break
            start = pos = sep.end()
    for m in idx.bare_re.finditer(text):
        s, e = m.span()
        if any(a < e and s < b for a, b in taken) or any(a <= s and e <= b for a, b in blocked):
            continue
        provs = idx.provinces[_key(m.group())]
        p = provs[0]
        province = p.successor if p.former else p.name
        places.append(
            Place(text=m.group(), span=(s, e), level="tinh", kind=None, name=p.name, province=province,
                  candidates=((province, None),), former=p.former)
        )
    places.sort(key=lambda p: p.span)
    return tuple(places)


# A commune's level word and a name the gazetteer does not know: "UBND xã Thanh Chương" (a 2025 commune)
_UNLISTED_COMMUNE_RE = regex.compile(
    r"(?<![\p{L}\p{M}\d])(?i:xã|phường|thị[ ]+trấn|đặc[ ]+khu)[ ]+(?P<name>\p{Lu}[\p{L}\p{M}]*(?:[ ]+\p{Lu}[\p{L}\p{M}]*){0,3})")


# A level word standing alone in an issuer: "UBND tỉnh", "Ủy ban nhân dân huyện".
_BARE_LEVEL_RE = regex.compile(
    r"""
    (?<! [\p{L}\p{M}\d] )
    (?i: (?P<word>
        tỉnh (?: [ ]+ (?: ủy | đoàn ) )?           # "UBND tỉnh", "Tỉnh ủy", "Tỉnh đoàn"
      | thành [ ]+ (?: phố | ủy | đoàn )           # "UBND Thành phố" (Hà Nội's own plans)
      | huyện (?: [ ]+ (?: ủy | đoàn ) )? | quận | thị [ ]+ xã  # "UBND huyện", "Huyện đoàn"
      | xã | phường | thị [ ]+ trấn                # "UBND xã"
    ) )
    (?! [\p{L}\p{M}\d] )
    """,
    regex.VERBOSE,
)


@lru_cache(maxsize=8)
def _normalised(text: str) -> str:
    return normalize(text).text


def resolve_locality(issuer: Optional[str], *, context: str = "", on: Optional[date] = None) -> dict:
    """The locality of an issuing authority: ``{"province", "district", "commune", "level"}``.

    ``issuer`` is the authority as written ("UBND huyện Cao Lãnh", "UBND tỉnh");
    ``context`` is text around it (the article) used to find the province of an
    ambiguous or unnamed unit. Names are those of the map at ``on``.

    >>> resolve_locality("UBND huyện Châu Thành", context="… tỉnh Trà Vinh …", on=date(2023, 4, 18))
    {'province': 'Trà Vinh', 'district': 'Châu Thành', 'commune': None, 'level': 'huyen'}
    >>> resolve_locality("UBND huyện Châu Thành", on=date(2023, 4, 18))["province"] is None
    True
    """
    out = {"province": None, "district": None, "commune": None, "level": None}
    issuer_text = normalize(issuer).text if issuer else ""
    context_text = _normalised(context) if context else ""
    own = find_places(issuer_text, on=on)
    around = find_places(context_text, on=on) if context_text else []
    post_reform = _period(on) == "map34"

    if own:
        head, level = own[0], own[0].level
    elif (named := _UNLISTED_COMMUNE_RE.search(issuer_text)) is not None:
        # "UBND xã Thanh Chương" of a 2026 plan, a commune the lists do not hold: its name as written, in the
        # province the article names most (held-out 560)
        out.update(commune=named.group("name"), level="xa", province=_dominant(_province_votes(around)))
        return out
    else:
        head, level = _unnamed_head(issuer_text, around)
    out["level"] = level
    if head is None:
        if not issuer_text or level == "tinh":  # "UBND tỉnh": the province the article names most
            out["province"] = _dominant(_province_votes(around))
        return out

    votes = _province_votes([p for p in own if p is not head]) + _province_votes(around)
    # "UBND xã Quảng Phú (huyện Quảng Xương, tỉnh Thanh Hóa)": units written
    # right after the head name it; the text beats the gazetteer's 2025 lists.
    attached = _attached(head, issuer_text, own) or _attached(head, context_text, around)
    said_district = next((p for p in attached if p.level == "huyen"), None)
    said_province = next((p for p in attached if p.level == "tinh"), None)
    if head.level == "tinh":
        out["province"] = head.province
        return out
    if head.level == "huyen":
        out["province"] = said_province.province if said_province else _choose(head.candidates, votes)
        out["district"] = None if post_reform else head.name
        return out
    # commune: narrow its (province, district) pairs by the districts named around it
    out["commune"] = head.name
    named = Counter((p.province, p.name) for p in [*own, *around] if p.level == "huyen")
    pairs = [c for c in head.candidates if named[c]] or list(head.candidates)
    out["province"] = _choose(pairs, votes)
    districts = {d for p, d in pairs if p == out["province"]}
    out["district"] = districts.pop() if len(districts) == 1 else None
    if said_district:
        out["district"], out["province"] = said_district.name, said_district.province or out["province"]
    if said_province:
        out["province"] = said_province.province
    if post_reform:
        out["district"] = None
    return out


# Between a unit and the larger unit written after it: "xã X, huyện Y", "xã X (huyện Y".
_ATTACH_GAP_RE = regex.compile(r"[ ]*[,(–-]?[ ]*")


def _attached(head: Place, text: str, places: list[Place]) -> list[Place]:
    """The larger units written right after a mention of ``head`` in ``text``."""
    for i, p in enumerate(places):
        if p.level != head.level or p.name != head.name:
            continue
        chain, end = [], p.span[1]
        for q in places[i + 1 :]:
            gap = _ATTACH_GAP_RE.fullmatch(text, end, q.span[0])
            if not gap or q.level == head.level:
                break
            chain.append(q)
            end = q.span[1]
        if chain:
            return chain
    return []


# Departments named without their place: "Sở Nông nghiệp và PTNT" (province),
# "Phòng Văn hóa và Thông tin" (district).
_BODY_RE = regex.compile(
    r"""
    (?: (?P<tinh> Sở ) | (?P<huyen> Phòng ) )     # "Sở TT&TT", "Phòng NN&PTNT"
    [ ]+ \p{Lu}
    """,
    regex.VERBOSE,
)


def _province_votes(places: list[Place]) -> Counter:
    """How often each province is named, directly or through an unambiguous unit."""
    return Counter(p.province for p in places if p.province)


def _dominant(votes: Counter) -> Optional[str]:
    """The most named province, if strictly ahead of the next."""
    top = votes.most_common(2)
    if not top or (len(top) == 2 and top[0][1] == top[1][1]):
        return None
    return top[0][0]


def _choose(candidates, votes: Counter) -> Optional[str]:
    """One province among the candidates: the only one, else the one named most around it."""
    provinces = {p for p, _ in candidates}
    if len(provinces) == 1:
        return provinces.pop()
    return _dominant(Counter({p: votes[p] for p in provinces if votes[p]}))


def _unnamed_head(issuer: str, around: list[Place]) -> tuple[Optional[Place], Optional[str]]:
    """An issuer that names no place: "UBND tỉnh", "UBND huyện", "Sở TT&TT", "Thủ tướng Chính phủ".

    Returns the unit of its level that the context names most, and the level
    (None for a national body, or for "UBND Thành phố" with no city around).
    """
    word = _BARE_LEVEL_RE.search(issuer)
    body = _BODY_RE.match(issuer)
    if word:
        level = LEVEL_WORDS[" ".join(word.group("word").lower().split())][0]
    elif body:
        level = "tinh" if body.group("tinh") else "huyen"
    else:
        return None, None
    if level == "tp":  # "UBND Thành phố": the centrally run city, else a city of a province
        level = "tinh" if any(p.level == "tinh" and p.kind == "thành phố" for p in around) else "huyen"
        same = [p for p in around if p.kind == "thành phố" and p.level == level]
        if not same:
            return None, None
    else:
        same = [p for p in around if p.level == level]
    top = Counter(p.name for p in same).most_common(2)
    if not top or (len(top) == 2 and top[0][1] == top[1][1]):
        return None, level
    return next(p for p in same if p.name == top[0][0]), level
