"""The output contract of ../shared/SPEC.md as pydantic models.

Field names and meanings are fixed by the contract; fields added here beyond
it are marked "(added)". Every ``span`` is ``[start, end)`` into the ORIGINAL
input text, before any normalisation.
"""

from __future__ import annotations

from typing import Literal, Optional, Union

from pydantic import BaseModel, ConfigDict, Field, field_validator

SCHEMA_VERSION = "kh_extract/1"

Span = tuple[int, int]
Level = Literal["tinh", "huyen", "xa"]
TargetLevel = Literal["tinh", "huyen", "xa", "thon"]
Framework = Literal["xa_ntm", "xa_ntm_nang_cao", "xa_ntm_kieu_mau", "huyen_ntm", "huyen_ntm_nang_cao"]
Number = Union[int, float]


def _tidy_number(value):
    """90.0 -> 90 so that JSON reads ``90`` as the text wrote it."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_by_name=True, validate_by_alias=True, serialize_by_alias=True)


class Reference(_Model):
    """A cited legal document: "Kế hoạch số 06/KH-UBND ngày 11/01/2023 của UBND tỉnh Đồng Tháp"."""

    ref: str = Field(description='Key: number, year if written, symbol; "06/KH-UBND", "30/2020/NĐ-CP", "57-NQ/TW"')
    kind: Optional[str] = Field(None, description='Full type name: "Kế hoạch", "Quyết định", ...')
    number: str = Field(description='As written, leading zeros kept: "06"')
    year: Optional[int] = Field(None, description="Only when written inside the number")
    symbol: Optional[str] = Field(None, description='"KH-UBND"; null for a number alone')
    issued: Optional[str] = Field(None, description="ISO date attached to this reference in the text")
    issuer: Optional[str] = Field(None, description='"UBND tỉnh Đồng Tháp", "Thủ tướng Chính phủ"')
    span: Span = Field(description="First mention, offsets into the original text")


class Locality(_Model):
    province: Optional[str] = None
    district: Optional[str] = None
    commune: Optional[str] = None
    level: Optional[Level] = Field(None, description="Level of the issuing authority")


class Plan(_Model):
    """The plan the article is about."""

    ref: Optional[str] = None
    issuer: Optional[str] = None
    locality: Locality = Field(default_factory=Locality)
    issued: Optional[str] = None
    horizon: Optional[int] = Field(None, description="Last year the plan runs to")
    # Added to SPEC: a plan text's own title, the line(s) under "KẾ HOẠCH" ("Thực hiện chuyển đổi số … năm 2024"); null for
    # an article, whose headline is the document's `title`
    title: Optional[str] = None


class DateMention(_Model):
    text: str = Field(description='As written: "ngày 21/9"')
    value: str = Field(description='ISO date, or "--MM-DD" when no year can be inferred')
    span: Span


class CriterionRef(_Model):
    code: str = Field(description='Indicator when named ("8.4"), else the criterion ("8")')
    criterion: int
    framework: Optional[Framework] = None
    name: Optional[str] = None
    span: Span


class Target(_Model):
    """A quantitative goal (``kind="target"``) or an achieved figure (``kind="result"``)."""

    value: Number
    value_max: Optional[Number] = None
    unit: str
    direction: Optional[Literal["up", "down"]] = None
    comparator: Literal["=", ">=", ">", "<=", "<"] = "="
    subject: str = ""
    action: Optional[str] = None
    level: Optional[TargetLevel] = None
    deadline: Optional[int] = None
    criteria: list[str] = Field(default_factory=list)
    kind: Literal["target", "result"] = "target"
    span: Span
    # Added to SPEC: the units a count is set for each of, as written — "mỗi xã" in "Mỗi xã có ít nhất 01 sản
    # phẩm OCOP" (the subject is what is counted, "sản phẩm OCOP"; the level is the subject's, per gold/README).
    per: Optional[str] = None

    _tidy = field_validator("value", "value_max")(lambda cls, v: _tidy_number(v))


class Extraction(_Model):
    """One document's extraction: the JSON object of SPEC.md."""

    schema_: Literal["kh_extract/1"] = Field(SCHEMA_VERSION, alias="schema")
    id: Optional[str] = None
    title: Optional[str] = None
    published: Optional[str] = None
    plan: Optional[Plan] = None
    references: list[Reference] = Field(default_factory=list)
    dates: list[DateMention] = Field(default_factory=list)
    criteria: list[CriterionRef] = Field(default_factory=list)
    targets: list[Target] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)


__all__ = [
    "SCHEMA_VERSION",
    "CriterionRef",
    "DateMention",
    "Extraction",
    "Locality",
    "Plan",
    "Reference",
    "Target",
]
