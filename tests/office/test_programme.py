"""Shows and rundowns, questions from other channels, and their place in the draw (kiosk/office/shows.py,
channels.py): order, move, remove, withdrawal, audit chain after each step."""
from __future__ import annotations

import json
from datetime import date

import pytest

from kiosk.office import draws
from kiosk.office.channels import ChannelError, add_question, import_csv
from kiosk.office.minutes import verify_minutes
from kiosk.office.shows import Shows, ShowError
from kiosk.store.audit import verify_chain
from kiosk.store.tickets import is_channel_ticket, is_valid_ticket, new_ticket
from tests.office.helpers import add_item

pytestmark = pytest.mark.timeout(120)


def chain_ok(lib) -> None:
    verdict = verify_chain(lib.db)
    assert verdict.ok, verdict.message()


def items(lib, n: int) -> list[dict]:
    return [add_item(lib, i, ticket=new_ticket()) for i in range(n)]


def test_rundown_order_move_remove_and_withdrawal(office):
    shows = Shows(office.db)
    show = shows.create(date(2026, 12, 3), "شهروند و شهردار", "20:00")
    a, b, c, d = items(office, 4)
    assert shows.add(show, [a["ticket"], b["ticket"], c["ticket"]]) == [a["ticket"], b["ticket"], c["ticket"]]
    chain_ok(office)
    order = lambda: [r["ticket"] for r in shows.listing(show)]  # noqa: E731
    assert order() == [a["ticket"], b["ticket"], c["ticket"]]
    assert [r["position"] for r in shows.listing(show)] == [1, 2, 3]

    assert shows.move(show, c["ticket"], 1) == 1
    assert order() == [c["ticket"], a["ticket"], b["ticket"]]
    assert shows.move(show, c["ticket"], 99) == 3  # clamped to the end
    assert order() == [a["ticket"], b["ticket"], c["ticket"]]
    chain_ok(office)

    shows.remove(show, a["ticket"])
    assert order() == [b["ticket"], c["ticket"]]
    assert [r["position"] for r in shows.listing(show)] == [1, 2]
    chain_ok(office)

    # an item is in one show's rundown at a time
    other = shows.create(date(2026, 12, 10))
    with pytest.raises(ShowError, match="already in the rundown"):
        shows.add(other, [b["ticket"]])
    shows.add(show, [d["ticket"]])
    office.withdraw(c["ticket"])
    assert order() == [b["ticket"], d["ticket"]]
    assert [r["position"] for r in shows.listing(show)] == [1, 2]
    with pytest.raises(ShowError, match="withdrawn"):
        shows.add(other, [c["ticket"]])
    chain_ok(office)
    actions = [r[0] for r in office.db.execute("SELECT action FROM audit ORDER BY seq")]
    for action in ("show_created", "rundown_added", "rundown_moved", "rundown_removed", "withdrawn"):
        assert action in actions


def test_answered_and_skipped_are_stored_with_the_time(office):
    shows = Shows(office.db)
    show = shows.create(date(2026, 12, 3))
    a, b = items(office, 2)
    shows.add(show, [a["ticket"], b["ticket"]])
    stamp = shows.mark_answered(show, a["ticket"])
    shows.mark_skipped(show, b["ticket"])
    rows = shows.listing(show)
    assert rows[0]["answered_at"] == stamp and not rows[0]["skipped"]
    assert rows[1]["answered_at"] is None and rows[1]["skipped"]
    assert office.get(a["id"])["answered_on"] is not None  # the library's answered filter sees it
    assert shows.totals(show)["answered"] == 1
    chain_ok(office)
    typo = a["ticket"][:-1] + str((int(a["ticket"][-1]) + 1) % 10)  # Damm catches every single-digit typo
    assert not is_valid_ticket(typo)
    with pytest.raises(ShowError, match="check digit"):
        shows.add(show, [typo])


def test_instagram_question_enters_rundown_and_draw_and_verify_passes(office):
    items(office, 3)  # kiosk contributors, eligible by the kiosk rules
    insta = add_question(office.db, "instagram", "چرا چراغ‌های پارک خاموش است؟", handle="@citizen",
                         draw=True, received=date(2026, 11, 26))
    not_in_draw = add_question(office.db, "phone", "پرسش تلفنی", phone="0912 111 2233", received=date(2026, 11, 26))
    assert is_channel_ticket(insta["ticket"]) and insta["added"]
    assert not any(is_channel_ticket(new_ticket()) for _ in range(500))  # kiosk codes never start with 9
    item = office.get(insta["id"])
    assert item["channel"] == "instagram" and item["handle"] == "@citizen" and item["kiosk_id"] == "_instagram"
    assert item["text_display"] == "چرا چراغ‌های پارک خاموش است؟"

    shows = Shows(office.db)
    show = shows.create(date(2026, 12, 3))
    shows.add(show, [insta["ticket"]])
    assert shows.listing(show)[0]["channel"] == "instagram"

    entrants = draws.eligible_entrants(office, date(2026, 11, 20), date(2026, 11, 30))
    assert (insta["ticket"], "_instagram") in [(e.ticket, e.kiosk_id) for e in entrants]
    assert not_in_draw["ticket"] not in [e.ticket for e in entrants]
    assert len(entrants) == 4
    prepared = draws.prepare(office, date(2026, 11, 20), date(2026, 11, 30))
    minutes, json_path, _ = draws.run(office, prepared.commitment, ["witness one", "۴۲"], None, 4)
    assert verify_minutes(json.loads(json_path.read_text()), prepared.entrants_path.read_bytes()) == []
    contacts = {c["ticket"]: c for c in draws.winners_contacts(office, minutes)}
    assert contacts[insta["ticket"]]["handle"] == "@citizen"
    chain_ok(office)
    entered = [r for r in office.db.execute("SELECT actor, action FROM audit WHERE action = 'question_entered'")]
    assert len(entered) == 2 and all(actor.startswith("office:") for actor, _ in entered)


def test_the_same_channel_question_twice_is_one(office):
    first = add_question(office.db, "phone", "آب قطع است", phone="09121112233", received=date(2026, 11, 26))
    again = add_question(office.db, "phone", "آب  قطع است", phone="0912 111 2233", received=date(2026, 11, 26))
    assert again == {**first, "added": False}
    with pytest.raises(ChannelError, match="phone number or a handle"):
        add_question(office.db, "instagram", "متن", draw=True)
    with pytest.raises(ChannelError, match="channel"):
        add_question(office.db, "fax", "متن")


def test_csv_with_a_bad_row_imports_the_good_rows_and_names_the_bad(office, tmp_path):
    path = tmp_path / "insta.csv"
    path.write_text("text,handle,phone,draw,received\n"
                    "خیابان ما آسفالت ندارد,@a,,yes,1405-09-05\n"
                    ",@b,,no,2026-11-26\n"                      # no text
                    "سطل زباله کم است,,,maybe,2026-11-26\n"      # draw is not yes/no
                    "Bus 12 is always late,@c,,no,2026-11-31\n"  # no such date
                    "پارک محله,,۰۹۱۲۳۳۳۴۴۵۵,بله,\n", encoding="utf-8-sig")
    result = import_csv(office.db, path, "instagram")
    assert result["added"] == 2 and result["skipped"] == 0
    assert [e["line"] for e in result["errors"]] == [3, 4, 5]
    assert "no text" in result["errors"][0]["message"] and "yes or no" in result["errors"][1]["message"]
    again = import_csv(office.db, path, "instagram")
    assert again["added"] == 0 and again["skipped"] == 2
    chain_ok(office)
