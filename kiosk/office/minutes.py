"""Draw minutes: a signed JSON record (authoritative) and a readable HTML page made from it.

The signature is Ed25519 over the canonical JSON of every field except "signature"
(keys sorted, UTF-8, no spaces). `verify_minutes` redoes the whole draw from the entrant file.
"""
from __future__ import annotations

import base64
import html
import json
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.office.dates import jalali_date, jalali_long
from kiosk.office.draw import (ALGORITHM, DrawError, DrawResult, commitment_of, derive_seed, parse_entrants,
                               run_draw)
from kiosk.sync.keys import fingerprint_of, parse_public_key, public_key_b64

MINUTES_FORMAT = "citizen-tribune-draw-minutes/v1"


def canonical_json(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def build_minutes(result: DrawResult, *, draw_id: str, entrants_file_name: str, window: tuple[str, str],
                  witnesses: list[str], beacon: str | None, masked: dict[tuple[str, str], str],
                  run_at: datetime | None = None) -> dict[str, Any]:
    run_at = (run_at or datetime.now(timezone.utc)).astimezone(timezone.utc)

    def rows(entrants, kind):
        return [{"rank": i + 1, "ticket": e.ticket, "kiosk_id": e.kiosk_id,
                 "phone_masked": masked.get((e.ticket, e.kiosk_id), "")} for i, e in enumerate(entrants)]
    return {
        "format": MINUTES_FORMAT,
        "draw_id": draw_id,
        "run_at": run_at.isoformat(timespec="seconds").replace("+00:00", "Z"),
        "run_at_jalali": jalali_long(run_at),
        "window": {"from": window[0], "to": window[1]},
        "entrants": {"file": entrants_file_name, "count": result.entrant_count, "sha256": result.commitment},
        "commitment": result.commitment,
        "witnesses": list(witnesses),
        "beacon": beacon,
        "algorithm": ALGORITHM,
        "seed": result.seed,
        "stream_blocks_used": result.blocks_used,
        "winners": rows(result.winners, "winner"),
        "reserves": rows(result.reserves, "reserve"),
    }


def sign_minutes(minutes: dict[str, Any], key: Ed25519PrivateKey) -> dict[str, Any]:
    body = {k: v for k, v in minutes.items() if k != "signature"}
    public = public_key_b64(key.public_key())
    body["signature"] = {"algorithm": "ed25519", "public_key": public, "fingerprint": fingerprint_of(public),
                         "value": base64.b64encode(key.sign(canonical_json(body))).decode("ascii")}
    return body


def verify_minutes(minutes: dict[str, Any], entrants_file: bytes, expected_public_key: str | None = None) -> list[str]:
    """Every difference found, in plain words; an empty list means the draw checks out."""
    problems: list[str] = []
    body = {k: v for k, v in minutes.items() if k != "signature"}
    sig = minutes.get("signature") or {}
    try:
        public = parse_public_key(sig.get("public_key", ""))
        public.verify(base64.b64decode(sig.get("value", ""), validate=True), canonical_json(body))
    except (InvalidSignature, ValueError, TypeError):
        problems.append("the signature does not match the minutes (they were edited after signing, or not signed)")
    if expected_public_key and sig.get("public_key") != expected_public_key.strip():
        problems.append(f"the minutes were signed by key {sig.get('fingerprint')}, not the office key given")
    if minutes.get("format") != MINUTES_FORMAT or minutes.get("algorithm") != ALGORITHM:
        problems.append(f"unknown minutes format/algorithm {minutes.get('format')!r}/{minutes.get('algorithm')!r}")
        return problems
    actual = commitment_of(entrants_file)
    if actual != minutes.get("commitment") or actual != (minutes.get("entrants") or {}).get("sha256"):
        problems.append(f"the entrant file's SHA-256 is {actual}, but the minutes announce {minutes.get('commitment')}")
        return problems
    try:
        listing = parse_entrants(entrants_file)
        if [listing.window_from.isoformat(), listing.window_to.isoformat()] != \
                [minutes["window"]["from"], minutes["window"]["to"]]:
            problems.append("the date window in the minutes differs from the entrant file")
        if len(listing) != minutes["entrants"]["count"]:
            problems.append("the number of entrants in the minutes differs from the entrant file")
        seed = derive_seed(minutes["commitment"], minutes["witnesses"], minutes.get("beacon"))
        if seed.hex() != minutes.get("seed"):
            problems.append(f"the seed recomputed from the commitment, witness inputs and beacon is {seed.hex()}, "
                            f"not {minutes.get('seed')}")
        result = run_draw(entrants_file, minutes["commitment"], minutes["witnesses"], minutes.get("beacon"),
                          len(minutes["winners"]), len(minutes["reserves"]))
    except (DrawError, KeyError, TypeError) as exc:
        problems.append(f"the draw cannot be recomputed: {exc}")
        return problems
    for kind, got, want in (("winner", minutes["winners"], result.winners),
                            ("reserve", minutes["reserves"], result.reserves)):
        for i, (row, entrant) in enumerate(zip(got, want)):
            if (row.get("ticket"), row.get("kiosk_id")) != tuple(entrant) or row.get("rank") != i + 1:
                problems.append(f"{kind} {i + 1} should be {entrant.ticket} ({entrant.kiosk_id}), "
                                f"the minutes say {row.get('ticket')} ({row.get('kiosk_id')})")
    if result.blocks_used != minutes.get("stream_blocks_used"):
        problems.append("the number of random blocks used differs")
    return problems


def load_minutes(path: Path) -> dict[str, Any]:
    try:
        value = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DrawError(f"cannot read the minutes {path}: {exc}") from None
    if not isinstance(value, dict):
        raise DrawError(f"{path} is not draw minutes")
    return value


def write_minutes(minutes: dict[str, Any], directory: Path) -> tuple[Path, Path]:
    json_path, html_path = directory / "minutes.json", directory / "minutes.html"
    json_path.write_text(json.dumps(minutes, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    html_path.write_text(render_html(minutes), encoding="utf-8")
    return json_path, html_path


def _winner_rows(rows: list[dict]) -> str:
    return "".join(f"<tr><td>{r['rank']}</td><td dir='ltr'>{html.escape(r['ticket'])}</td>"
                   f"<td dir='ltr'>{html.escape(r['phone_masked'])}</td>"
                   f"<td dir='ltr'>{html.escape(r['kiosk_id'])}</td></tr>" for r in rows)


def render_html(m: dict[str, Any]) -> str:
    """A page for the noticeboard and the website; every value is escaped (witness inputs are free text)."""
    e = html.escape
    from datetime import date
    window = " تا ".join(jalali_date(date.fromisoformat(m["window"][k])) for k in ("from", "to"))
    witnesses = "".join(f"<li><bdi>{e(w)}</bdi></li>" for w in m["witnesses"])
    beacon = e(m["beacon"]) if m.get("beacon") is not None else "—"
    head = "<tr><th>ردیف</th><th>کد رسید</th><th>تلفن</th><th>کیوسک</th></tr>"
    sig = m.get("signature", {})
    return f"""<!DOCTYPE html>
<html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>صورت‌جلسه قرعه‌کشی {e(m['draw_id'])}</title>
<style>body{{font-family:Vazirmatn,sans-serif;max-width:50em;margin:2em auto}}code{{word-break:break-all}}
table{{border-collapse:collapse}}td,th{{border:1px solid #999;padding:.3em .8em}}</style></head><body>
<h1>صورت‌جلسه قرعه‌کشی تریبون شهروندی</h1>
<p>زمان اجرا: {e(m['run_at_jalali'])} (<span dir="ltr">{e(m['run_at'])}</span>)</p>
<p>بازه ثبت پرسش‌ها: {e(window)} — تعداد شرکت‌کنندگان: {m['entrants']['count']}</p>
<p>تعهد (SHA-256 فهرست شرکت‌کنندگان، اعلام‌شده پیش از قرعه‌کشی): <code dir="ltr">{e(m['commitment'])}</code></p>
<h2>ورودی‌های شاهدان (به همان ترتیب)</h2><ol>{witnesses}</ol>
<p>مقدار عمومی (beacon): <bdi>{beacon}</bdi></p>
<p>بذر (seed): <code dir="ltr">{e(m['seed'])}</code> — روش: <code dir="ltr">{e(m['algorithm'])}</code></p>
<h2>برندگان</h2><table>{head}{_winner_rows(m['winners'])}</table>
<h2>ذخیره‌ها</h2><table>{head}{_winner_rows(m['reserves'])}</table>
<p>امضای دفتر (Ed25519، اثر انگشت <code dir="ltr">{e(sig.get('fingerprint', ''))}</code>).
مرجع معتبر فایل <code dir="ltr">minutes.json</code> است؛ هر کس می‌تواند با
<code dir="ltr">kiosk draw verify minutes.json</code> و فایل فهرست شرکت‌کنندگان همه چیز را دوباره حساب کند.</p>
</body></html>
"""
