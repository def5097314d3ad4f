"""The draw: determinism, sensitivity to every input, fairness rules, and verification of minutes."""
from __future__ import annotations

import hashlib
import json
from collections import Counter
from datetime import date

import pytest

from kiosk.office import draw as d
from kiosk.office import draws, keys
from kiosk.office.library import open_library
from kiosk.office.minutes import verify_minutes
from tests.office.helpers import add_item

pytestmark = pytest.mark.timeout(120)
WINDOW = (date(2026, 11, 20), date(2026, 11, 30))


def entrant_file(n: int) -> bytes:
    return d.entrants_bytes([d.Entrant(f"{i // 10000:04d}-{i % 10000:04d}", f"kiosk-{i % 3}") for i in range(n)],
                            *WINDOW)


def test_seed_is_length_prefixed_so_fields_cannot_shift():
    c = "a" * 64
    assert d.derive_seed(c, ["ab", "c"]) != d.derive_seed(c, ["a", "bc"])
    assert d.derive_seed(c, ["ab"], "c") != d.derive_seed(c, ["ab", "c"])
    assert d.derive_seed(c, ["x"], None) != d.derive_seed(c, ["x"], "")
    # the documented construction, written out independently
    lp = lambda b: len(b).to_bytes(8, "big") + b  # noqa: E731
    expected = hashlib.sha256(lp(b"citizen-tribune/draw-seed/v1") + lp(c.encode()) + lp(b"2") + lp("علی".encode())
                              + lp(b"42") + lp(b"beacon") + lp(b"B")).digest()
    assert d.derive_seed(c.upper(), ["علی", "42"], "B") == expected


def test_same_inputs_same_result_and_every_input_matters():
    data = entrant_file(500)
    c = d.commitment_of(data)
    base = d.run_draw(data, c, ["w1", "w2", "w3"], "beacon", 3, 2)
    assert base == d.run_draw(data, c, ["w1", "w2", "w3"], "beacon", 3, 2)
    variants = [d.run_draw(data, c, ["w1", "w2", "w4"], "beacon", 3, 2),
                d.run_draw(data, c, ["w2", "w1", "w3"], "beacon", 3, 2),
                d.run_draw(data, c, ["w1", "w2", "w3"], "beacon2", 3, 2),
                d.run_draw(data, c, ["w1", "w2", "w3"], None, 3, 2)]
    other = entrant_file(501)
    variants.append(d.run_draw(other, d.commitment_of(other), ["w1", "w2", "w3"], "beacon", 3, 2))
    for v in variants:
        assert v.seed != base.seed and (v.winners, v.reserves) != (base.winners, base.reserves)
    picked = base.winners + base.reserves
    assert len(set(picked)) == 5
    # more reserves never change the winners already drawn
    assert d.run_draw(data, c, ["w1", "w2", "w3"], "beacon", 3, 10).winners == base.winners


def test_wrong_commitment_and_non_canonical_files_are_refused():
    data = entrant_file(10)
    with pytest.raises(d.DrawError, match="not the announced commitment"):
        d.run_draw(data, "0" * 64, ["w"], None, 1)
    lines = data.decode().split("\n")
    swapped = "\n".join(lines[:3] + [lines[4], lines[3]] + lines[5:]).encode()
    with pytest.raises(d.DrawError, match="canonical"):
        d.run_draw(swapped, d.commitment_of(swapped), ["w"], None, 1)
    with pytest.raises(d.DrawError):
        d.run_draw(data, d.commitment_of(data), ["w"], None, 8, 3)
    with pytest.raises(d.DrawError, match="witness"):
        d.run_draw(data, d.commitment_of(data), [" "], None, 1)


def test_selection_is_uniform_enough():
    # 3,000 draws of one winner among 6: each entrant's share must be near 1/6 (a loose, non-flaky bound).
    data = entrant_file(6)
    c = d.commitment_of(data)
    counts = Counter(d.run_draw(data, c, [f"w{i}"], None, 1).winners[0] for i in range(3000))
    assert len(counts) == 6 and all(350 < v < 650 for v in counts.values())


def test_rejection_sampling_bound():
    stream = d._Stream(b"seed")
    assert all(0 <= stream.below(7) < 7 for _ in range(200))
    assert d.shuffle_prefix(5, b"s", 5)[0] and sorted(d.shuffle_prefix(5, b"s", 5)[0]) == [0, 1, 2, 3, 4]


def test_phone_normalization_and_mask():
    assert d.normalize_phone("+98 912 345 6789") == d.normalize_phone("۰۹۱۲۳۴۵۶۷۸۹") == "09123456789"
    assert d.mask_phone("09123454567") == "0912***4567"


@pytest.fixture
def lib(tmp_path):
    library = open_library(tmp_path / "office")
    keys.generate(library.keys_dir)
    return library


def test_eligibility_rules(lib):
    good = [add_item(lib, i) for i in range(5)]
    add_item(lib, 10, status="not_moderated")                       # not approved
    add_item(lib, 11, constructive=False)                           # not constructive
    add_item(lib, 12, scopes=("record", "broadcast"), phone=None)   # no draw consent
    add_item(lib, 13, phone=None)                                   # no phone
    add_item(lib, 14, day=date(2026, 12, 5))                        # outside the window
    add_item(lib, 15, phone="+98 912 000 0001")                     # same phone as item 1 (later? same time)
    add_item(lib, 16, phone="09120000002", hour=13)                 # same phone as item 2, later: dropped
    withdrawn = add_item(lib, 17)
    lib.withdraw(withdrawn["ticket"])
    entrants = draws.eligible_entrants(lib, *WINDOW)
    tickets = {e.ticket for e in entrants}
    assert tickets == {g["ticket"] for g in good}, tickets


def test_prepare_run_verify_and_tampering(lib, tmp_path):
    for i in range(40):
        add_item(lib, i, kiosk_id=f"kiosk-{i % 2}")
    prepared = draws.prepare(lib, *WINDOW)
    assert prepared.count == 40 and b"0912" not in prepared.entrants_path.read_bytes()
    assert draws.prepare(lib, *WINDOW).commitment == prepared.commitment  # idempotent
    witnesses = ["نماینده شورا: ۱۲۳۴", "journalist 5555", "بازرسی 42"]
    minutes, json_path, html_path = draws.run(lib, prepared.commitment, witnesses, None, 3, 2)
    assert [w["phone_masked"][:4] for w in minutes["winners"]] == ["0912"] * 3
    assert "***" in minutes["winners"][0]["phone_masked"]
    entrants = prepared.entrants_path.read_bytes()
    assert verify_minutes(json.loads(json_path.read_text("utf-8")), entrants) == []
    page = html_path.read_text("utf-8")
    assert minutes["winners"][0]["ticket"] in page and "آذر ۱۴۰۵" in page
    with pytest.raises(d.DrawError, match="already run"):
        draws.run(lib, prepared.commitment, ["other"], None, 3)

    edited = json.loads(json_path.read_text("utf-8"))
    edited["winners"][0]["ticket"] = minutes["reserves"][0]["ticket"]
    assert any("signature" in p for p in verify_minutes(edited, entrants))
    assert any("winner 1" in p for p in verify_minutes(edited, entrants))
    edited = json.loads(json_path.read_text("utf-8"))
    edited["witnesses"][1] = "journalist 5556"
    assert any("seed" in p for p in verify_minutes(edited, entrants))
    lines = entrants.decode().split("\n")
    fewer = "\n".join([lines[0], lines[1], f"# count {len(lines) - 5}"] + lines[4:]).encode()
    assert any("SHA-256" in p for p in verify_minutes(minutes, fewer))
    other = keys.generate(tmp_path / "other-keys")
    assert verify_minutes(minutes, entrants, other.signing_public)
    assert verify_minutes(minutes, entrants, keys.load_public(lib.keys_dir).signing_public) == []
    contacts = draws.winners_contacts(lib, minutes)
    assert contacts[0]["phone"].startswith("0912") and len(contacts) == 5
