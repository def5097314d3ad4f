"""`kiosk office export csv` never hands a spreadsheet a formula (OWASP CSV injection)."""
from __future__ import annotations

import csv

import pytest

from kiosk.cli import main
from tests.office.helpers import add_item

pytestmark = pytest.mark.timeout(60)


def test_csv_cells_that_start_a_formula_are_quoted(office, tmp_path, capsys):
    texts = ["=HYPERLINK(\"http://evil\",\"x\")", "  +98 912 000", "\t-2+3", "@SUM(A1:A9)", "پرسش عادی - خوب"]
    items = [add_item(office, i, text=t) for i, t in enumerate(texts)]
    office.set_notes(items[0]["id"], "\r=cmd|' /C calc'!A0")
    office.set_notes(items[1]["id"], " =1+1")
    out = tmp_path / "out.csv"
    assert main(["office", "export", "csv", str(out), "--all", "--office-dir", str(office.root)]) == 0
    capsys.readouterr()
    with open(out, encoding="utf-8-sig", newline="") as fh:
        cells = {c for row in list(csv.reader(fh))[1:] for c in row}
    # The display form is stripped: "  +98…" and "\t-2+3" reach the file starting with + and -.
    assert {"'=HYPERLINK(\"http://evil\",\"x\")", "'+98 912 000", "'-2+3", "'@SUM(A1:A9)",
            "'\r=cmd|' /C calc'!A0", "' =1+1", "پرسش عادی - خوب"} <= cells
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
