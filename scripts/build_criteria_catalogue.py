"""Build src/kh_extract/catalogue/criteria.json from ../shared/reference/criteria.json.

Only names marked ``verified: true`` in the reference are kept: a guessed
indicator name must never be presented as the catalogue's. Frameworks are
keyed by the SPEC's names (``xa_ntm``, ``xa_ntm_nang_cao``, ``huyen_ntm``,
``huyen_ntm_nang_cao``); the 2021-2025 sets are the ones the SPEC means.

    python scripts/build_criteria_catalogue.py [path/to/reference/criteria.json]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SETS = {
    "xa_ntm": "xa_ntm_2021_2025",
    "xa_ntm_nang_cao": "xa_ntm_nang_cao_2021_2025",
    "huyen_ntm": "huyen_ntm_2021_2025",
    "huyen_ntm_nang_cao": "huyen_ntm_nang_cao_2021_2025",
    "xa_ntm_kieu_mau": "xa_ntm_kieu_mau_2021_2025",
}


def build(reference: Path) -> dict:
    ref = json.loads(reference.read_text(encoding="utf-8"))
    out: dict = {"_meta": {"source": "shared/reference/criteria.json (verified entries only)",
                           "rule": "names present only where the reference marks them verified"}}
    for framework, key in SETS.items():
        entry = ref.get(key) or {}
        criteria, indicators = {}, {}
        for c in entry.get("criteria", []):
            if c.get("verified") and c.get("name"):
                criteria[str(c["number"])] = c["name"]
            for ind in c.get("indicators", []):
                if ind.get("verified") and ind.get("name"):
                    indicators[ind["code"]] = ind["name"]
        out[framework] = {"decision": entry.get("decision"), "criteria": criteria, "indicators": indicators}
    return out


if __name__ == "__main__":
    src = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "reference" / "criteria.json"
    data = build(src)
    dst = ROOT / "src" / "kh_extract" / "catalogue" / "criteria.json"
    dst.write_text(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {dst}")
