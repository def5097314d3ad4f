"""Library filters and search, tags, counts, exports; the office and draw command lines."""
from __future__ import annotations

import csv
import json
import stat
from datetime import date

import pytest

from kiosk.cli import main
from kiosk.office.export import export_audio, export_csv
from kiosk.office.library import ItemFilter, LibraryError, open_library
from tests.office.helpers import add_item

pytestmark = pytest.mark.timeout(120)


def test_filters_search_counts_and_tags(office):
    a = add_item(office, 1, kiosk_id="kiosk-a", text="ترافیك خیابان ولیعصر", topic="traffic")
    b = add_item(office, 2, kiosk_id="kiosk-b", text="پارک محله", topic="green_space", day=date(2026, 11, 27))
    c = add_item(office, 3, kiosk_id="kiosk-b", text="ویژه‌برنامه", topic="culture", scopes=("record",))
    assert [i["id"] for i in office.items(ItemFilter(search="ترافیک"))] == [a["id"]]  # Arabic kaf folded
    assert [i["id"] for i in office.items(ItemFilter(search="ویژه برنامه"))] == [c["id"]]  # ZWNJ/space folded
    assert [i["id"] for i in office.items(ItemFilter(search="۰۰۰۰-۰۰۰۲"))] == [b["id"]]  # ticket, Persian digits
    assert {i["id"] for i in office.items(ItemFilter(kiosk="kiosk-b"))} == {b["id"], c["id"]}
    assert [i["id"] for i in office.items(ItemFilter(date_from=date(2026, 11, 27)))] == [b["id"]]
    assert [i["id"] for i in office.items(ItemFilter(topic="culture"))] == [c["id"]]
    assert {i["id"] for i in office.items(ItemFilter(scopes=["broadcast"]))} == {a["id"], b["id"]}
    office.set_selected(a["id"], True)
    office.set_answered(b["id"], date(2026, 12, 1))
    office.set_notes(b["id"], "در برنامه پخش شد")
    assert [i["id"] for i in office.items(ItemFilter(status="selected"))] == [a["id"]]
    assert [i["id"] for i in office.items(ItemFilter(status="answered"))] == [b["id"]]
    assert [i["id"] for i in office.items(ItemFilter(status="new"))] == [c["id"]]
    assert office.get(b["id"])["notes"] == "در برنامه پخش شد"
    assert dict(office.counts_per_topic()) == {"traffic": 1, "green_space": 1, "culture": 1}
    assert sum(n for _, n in office.counts_per_day()) == 3
    office.withdraw(c["ticket"])
    assert [i["id"] for i in office.items(ItemFilter(status="withdrawn"))] == [c["id"]]
    with pytest.raises(LibraryError):
        office.set_selected(c["id"], True)


def test_exports_never_leak_phones_or_withdrawn_items(office, tmp_path):
    a = add_item(office, 1, audio=b"opus-a", text="پرسش اول")
    b = add_item(office, 2, audio=b"opus-b", personal_data=True)
    c = add_item(office, 3, audio=b"opus-c", scopes=("record", "draw"))
    d = add_item(office, 4, audio=b"opus-d")
    for item in (a, b, c, d):
        office.set_selected(item["id"], True)
    office.withdraw(d["ticket"])
    out = tmp_path / "selected.csv"
    assert export_csv(office, out) == 3
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and "پرسش اول".encode() in raw and b"0912" not in raw
    rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert {r["Ticket"] for r in rows} == {a["ticket"], b["ticket"], c["ticket"]}  # headers in words, not keys
    result = export_audio(office, tmp_path / "audio")
    assert result["files"] == [f"{a['ticket']}_{a['kiosk_id']}.opus"] and result["skipped"] == 2
    assert (tmp_path / "audio" / result["files"][0]).read_bytes() == b"opus-a"


def run_cli(capsys, *argv):
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_office_and_draw_command_lines(tmp_path, capsys):
    odir = str(tmp_path / "office")
    code, out, _ = run_cli(capsys, "office", "keygen", "--office-dir", odir)
    assert code == 0 and "age1" in out
    for name in ("office.age", "office-signing.pem"):
        assert stat.S_IMODE((tmp_path / "office" / "keys" / name).stat().st_mode) == 0o600
    assert run_cli(capsys, "office", "keygen", "--office-dir", odir)[0] == 1  # never overwritten
    assert run_cli(capsys, "office", "--office-dir", odir, "trust", "not-a-key", "--name", "k")[0] == 1
    lib = open_library(odir)
    for i in range(12):
        add_item(lib, i, day=date(2026, 11, 26))
    code, out, _ = run_cli(capsys, "draw", "prepare", "--from", "۱۴۰۵-۰۹-۰۱", "--to", "1405-09-10",
                           "--office-dir", odir, "--json")
    prepared = json.loads(out)
    assert code == 0 and prepared["entrants"] == 12 and prepared["window"] == ["2026-11-22", "2026-12-01"]
    assert run_cli(capsys, "draw", "prepare", "--from", "yesterday", "--to", "x", "--office-dir", odir)[0] == 2
    assert run_cli(capsys, "draw", "run", "--commitment", prepared["commitment"], "--winners", "1",
                   "--office-dir", odir)[0] == 2  # no witness
    code, out, _ = run_cli(capsys, "draw", "run", "--commitment", prepared["commitment"], "--witness", "۷۳۱",
                           "--witness", "خبرنگار: 2024", "--witness", "x", "--winners", "2", "--reserves", "1",
                           "--office-dir", odir, "--json")
    ran = json.loads(out)
    assert code == 0 and len(ran["winners"]) == 2
    code, out, _ = run_cli(capsys, "draw", "verify", ran["minutes"])
    assert code == 0 and "checks out" in out
    minutes = json.loads(open(ran["minutes"], encoding="utf-8").read())
    minutes["witnesses"][0] = "732"
    edited = tmp_path / "edited.json"
    edited.write_text(json.dumps(minutes, ensure_ascii=False), encoding="utf-8")
    entrants = str(tmp_path / "office" / "draws" / prepared["draw_id"] / "entrants.txt")
    code, out, _ = run_cli(capsys, "draw", "verify", str(edited), "--entrants", entrants, "--json")
    assert code == 1 and json.loads(out)["ok"] is False
    code, out, _ = run_cli(capsys, "draw", "contacts", ran["minutes"], "--office-dir", odir, "--json")
    assert code == 0 and all(r["phone"].startswith("0912") for r in json.loads(out))
    ticket = ran["winners"][0]["ticket"]
    assert run_cli(capsys, "office", "withdraw", ticket, "--office-dir", odir)[0] == 0
    code, out, _ = run_cli(capsys, "office", "list", "--status", "withdrawn", "--office-dir", odir, "--json")
    assert [r["ticket"] for r in json.loads(out)] == [ticket] and "phone" not in out
    code, out, _ = run_cli(capsys, "office", "export", "csv", str(tmp_path / "x.csv"), "--all", "--office-dir", odir)
    assert code == 0 and "11 questions" in out
