"""A fictional corpus for the figures-ledger chart in docs/ (the Velmora floods, three outlets, three weeks).

    python bench/ledger_demo.py /tmp/velmora.jsonl
    newsprobe ingest /tmp/velmora.jsonl --db /tmp/velmora.duckdb
    newsprobe figures --db /tmp/velmora.duckdb --category killed --format html > docs/figures-ledger.html

Every sentence is written for this demo; names, places and outlets are invented.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

REPORTS = [
    ("Riverside Courier", "2031-04-02", "Floods kill 9 in Velmora valley",
     "Floods in the Velmora valley killed 9 people on Tuesday, the Velmora Red Cross said. "
     "Rescue teams searched villages near Dunmore through the night."),
    ("Valley Herald", "2031-04-03", "Velmora flood toll rises",
     "At least 14 people died in the Velmora floods, Governor Marta Kessler said on Wednesday. "
     "About 3,000 residents were evacuated from villages along the Arlen River."),
    ("North Ledger", "2031-04-04", "Velmora counts its dead",
     "The death toll from the Velmora floods rose to 17, the regional health office said. "
     "Aid groups said 40 people were injured."),
    ("Riverside Courier", "2031-04-07", "Velmora floods: dozens still missing",
     "The Velmora floods have killed 21 people, the Velmora Red Cross said on Monday. "
     "Volunteers handed out food in Dunmore."),
    ("Valley Herald", "2031-04-09", "Kessler defends flood response",
     "More than 25 people were killed in the floods, opposition lawmaker Tomas Reld said. "
     "Governor Marta Kessler said the response had been fast."),
    ("North Ledger", "2031-04-11", "Velmora toll climbs as waters recede",
     "About 30 people died in the floods, according to the regional health office. "
     "Engineers inspected the Arlen River dam."),
    ("Riverside Courier", "2031-04-16", "Velmora mourns flood victims",
     "The floods killed 31 people, the Velmora Red Cross said in its final count. "
     "Families gathered in Dunmore for a memorial service."),
    ("Valley Herald", "2031-04-18", "Flood inquiry opens in Velmora",
     "The floods that killed 31 people will be investigated, Governor Marta Kessler said. "
     "The inquiry will report in the autumn."),
    ("North Ledger", "2031-04-21", "Reld demands answers on Velmora floods",
     "At least 35 people died in the floods, opposition lawmaker Tomas Reld claimed. "
     "The regional health office said its count stood at 31."),
]


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "velmora.jsonl")
    with out.open("w", encoding="utf-8") as fh:
        for outlet, published, title, text in REPORTS:
            record = {"title": title, "text": text, "outlet": outlet, "published": published}
            fh.write(json.dumps(record) + "\n")
    print(out)


if __name__ == "__main__":
    main()
