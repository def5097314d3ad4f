"""Submission throttle: a minimum interval between two submissions and a per-hour cap.

Protects the queue from one person (or a stuck finger) flooding it; the citizen sees a polite
message instead of a new session.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone


@dataclass(frozen=True)
class ThrottleVerdict:
    allowed: bool
    reason: str | None = None  # "interval" | "hourly"
    retry_after_s: float = 0.0


def parse_utc(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def hour_ago_iso(now: datetime) -> str:
    return (now - timedelta(hours=1)).astimezone(timezone.utc).isoformat(timespec="milliseconds").replace(
        "+00:00", "Z")


def check(submitted_at: list[str], now: datetime, min_interval_s: float, max_per_hour: int) -> ThrottleVerdict:
    """submitted_at: ISO UTC times of submissions in the last hour (any order)."""
    times = sorted(parse_utc(t) for t in submitted_at if t)
    recent = [t for t in times if now - t < timedelta(hours=1)]
    if recent:
        since_last = (now - recent[-1]).total_seconds()
        if since_last < min_interval_s:
            return ThrottleVerdict(False, "interval", min_interval_s - since_last)
    if len(recent) >= max_per_hour:
        oldest = recent[len(recent) - max_per_hour]
        return ThrottleVerdict(False, "hourly", 3600 - (now - oldest).total_seconds())
    return ThrottleVerdict(True)
