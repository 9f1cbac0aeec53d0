"""normalise -> sentences -> extractors -> link -> Extraction. Data flows one way:

    Document.from_text            normalised text, offsets back to the raw text, sentences
    header.find                   title, published (a caller's hints win)
    dates.find                    every day+month date, years resolved from `published`
    references.find               cited documents with their dates and issuers
    criteria.find                 criteria / indicator codes with their national set
    plan.find                     the plan the document is about (uses references, dates); its date and issuer
                                  complete its own entry among the references
    targets.find                  goals, with the plan's horizon as default deadline
    plan.implied                  goals but no named plan: the plan of the authority that set them
"""

from __future__ import annotations

from datetime import date
from typing import Optional, Union

from .document import Document
from .extractors import criteria, dates, header, plan, references, targets
from .models import Extraction

DateLike = Union[str, date, None]


def _as_date(value: DateLike) -> Optional[date]:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value)


def extract(text: str, *, id: Optional[str] = None, published: DateLike = None,
            title: Optional[str] = None) -> Extraction:
    """Extract plan, references, dates, criteria and targets from one document.

    ``published`` (ISO date) and ``title`` are hints from the caller (a CLI
    option, an HTML page's metadata); they win over what the header says.

    >>> e = extract("Ngày 21/9, UBND thành phố Hà Nội ban hành Kế hoạch số 236/KH-UBND; phấn đấu đến năm "
    ...             "2025 có 90% hồ sơ công việc cấp Thành phố được xử lý trên môi trường mạng.",
    ...             published="2023-09-26")
    >>> e.plan.ref, e.plan.issued, e.plan.horizon, e.targets[0].value, e.targets[0].level
    ('236/KH-UBND', '2023-09-21', 2025, 90, 'tinh')
    """
    doc = Document.from_text(text, id=id, published=_as_date(published), title=title)
    found_title, found_published = header.find(doc)
    doc.title = title or found_title
    doc.published = doc.published or found_published
    date_mentions = dates.find(doc)
    refs = references.find(doc)
    crits = criteria.find(doc)
    the_plan = plan.find(doc, refs, date_mentions)
    if the_plan is not None:
        # link: what the plan's own sentence told ("… được Đại hội … thông qua ngày 15/8/2025") dates its reference too
        for r in refs:
            if r.ref == the_plan.ref:
                r.issued = r.issued or the_plan.issued
                if not r.issuer or (the_plan.issuer or "").startswith(r.issuer + " "):
                    r.issuer = the_plan.issuer   # "Ban Thường vụ Huyện đoàn" completed with its place by the plan
        # a year-less deadline falls after the plan that sets it ("trước ngày 30/11" of a January plan read in April)
        date_mentions = dates.after_issue(doc, date_mentions, the_plan.issued)
    horizon = the_plan.horizon if the_plan else plan.implied_horizon(doc)
    written = doc.published or (date.fromisoformat(the_plan.issued) if the_plan and the_plan.issued else None)
    goals = targets.find(doc, horizon=horizon, plan_level=the_plan.locality.level if the_plan else None,
                         now=written.year if written else None,
                         late_in_year=bool(written and written.month >= 10))
    if the_plan is None and any(t.kind == "target" for t in goals):
        the_plan = plan.implied(doc)  # goals without a named plan: the plan of the authority that set them
    headline = doc.title if title else header.as_written(doc, doc.title)
    if not title and header.is_plan_text(doc):
        # a plan text has no headline (SPEC: title is the article's); its own title is the plan's
        if the_plan is not None:
            the_plan.title = headline
        headline = None
    return Extraction(
        id=id,
        title=headline,
        published=doc.published.isoformat() if doc.published else None,
        plan=the_plan,
        references=refs,
        dates=date_mentions,
        criteria=crits,
        targets=goals,
        warnings=list(doc.warnings),
    )
