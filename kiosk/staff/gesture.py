"""The hidden way into staff mode, as a pure state machine fed times (s) and positions (px).

N taps in one corner within a window of seconds, then a press held for hold_s in that corner.
A tap elsewhere, a slow tap, a gap too long, or letting go early starts everything over, so a
citizen tapping at random does not get in; the widget only forwards events and asks `tick`.
"""
from __future__ import annotations

from dataclasses import dataclass, field

CORNERS = ("top_left", "top_right", "bottom_left", "bottom_right")


@dataclass
class CornerGesture:
    taps: int = 5
    tap_window_s: float = 3.0
    hold_s: float = 2.0
    corner: str = "top_left"
    zone_px: float = 120.0
    tap_max_s: float = 0.8    # a press longer than this is not a tap
    arm_gap_s: float = 1.5    # the hold must begin this soon after the last tap
    _taps: list[float] = field(default_factory=list)
    _state: str = "idle"      # idle | pressing | armed | holding
    _press_t: float = 0.0
    _armed_t: float = 0.0

    def __post_init__(self) -> None:
        if self.corner not in CORNERS:
            raise ValueError(f"corner must be one of {CORNERS}")

    @classmethod
    def from_settings(cls, staff, corner: str = "top_left", zone_px: float = 120.0) -> "CornerGesture":
        return cls(staff.corner_taps, staff.tap_window_s, staff.hold_s, corner, zone_px,
                   tap_max_s=min(0.8, staff.hold_s / 2))

    def in_zone(self, x: float, y: float, width: float, height: float) -> bool:
        vertical, horizontal = self.corner.split("_")
        ok_y = y <= self.zone_px if vertical == "top" else y >= height - self.zone_px
        ok_x = x <= self.zone_px if horizontal == "left" else x >= width - self.zone_px
        return 0 <= x <= width and 0 <= y <= height and ok_x and ok_y

    def reset(self) -> None:
        self._taps.clear()
        self._state = "idle"

    @property
    def holding(self) -> bool:
        return self._state == "holding"

    def press(self, t: float, x: float, y: float, width: float, height: float) -> None:
        if not self.in_zone(x, y, width, height):
            self.reset()
            return
        if self._state == "armed" and t - self._armed_t <= self.arm_gap_s:
            self._state, self._press_t = "holding", t
            return
        if self._state == "armed" or (self._taps and t - self._taps[0] > self.tap_window_s):
            self.reset()
        self._state, self._press_t = "pressing", t

    def release(self, t: float, x: float, y: float, width: float, height: float) -> bool:
        """True when this release completes the gesture (a hold that lasted long enough)."""
        inside = self.in_zone(x, y, width, height)
        if self._state == "holding":
            done = inside and t - self._press_t >= self.hold_s
            self.reset()
            return done
        if self._state != "pressing":
            return False
        if not inside or t - self._press_t > self.tap_max_s:
            self.reset()
            return False
        self._taps.append(self._press_t)
        if self._taps[-1] - self._taps[0] > self.tap_window_s:
            self.reset()
            return False
        if len(self._taps) >= self.taps:
            self._state, self._armed_t = "armed", t
        else:
            self._state = "idle"
        return False

    def tick(self, t: float) -> bool:
        """Called while a finger is down; True once the hold has lasted hold_s."""
        if self._state == "holding" and t - self._press_t >= self.hold_s:
            self.reset()
            return True
        return False
