"""kh_extract: Vietnamese local plans (Kế hoạch) to JSON.

>>> from kh_extract import extract
>>> e = extract("Ngày 21/9, UBND thành phố Hà Nội ban hành Kế hoạch số 236/KH-UBND.", published="2023-09-26")
>>> e.references[0].ref, e.dates[0].value
('236/KH-UBND', '2023-09-21')
"""

from .models import CriterionRef, DateMention, Extraction, Locality, Plan, Reference, Target
from .pipeline import extract

__version__ = "0.1.0"

__all__ = [
    "extract",
    "Extraction",
    "Plan",
    "Locality",
    "Reference",
    "DateMention",
    "CriterionRef",
    "Target",
    "__version__",
]
