"""Moderation actions with undo. Each action is one store transaction with one audit event
whose actor is the role (or `cli`); undo reverses the last action the same way."""
from __future__ import annotations

from dataclasses import dataclass

from kiosk import text as textmod
from kiosk.store.submissions import Submission, SubmissionStore

FLAGS = {"constructive": "constructive", "personal": "personal_data", "personal_data": "personal_data"}
REASON_MAX = 200


class ModerationError(ValueError):
    pass


@dataclass
class Action:
    kind: str                  # approve | reject | flag
    sid: str
    flag: str | None = None
    previous: bool | None = None

    def describe(self) -> str:
        return f"{self.kind} {self.flag or ''}".strip()


def clean_reason(reason: str | None) -> str:
    text = textmod.clean(reason or "").display.replace("\n", " ").strip()
    if not text:
        raise ModerationError("A rejection needs a reason.")
    return text[:REASON_MAX]


class Moderator:
    """One per signed-in staff session (or CLI call); remembers its own actions for undo."""

    def __init__(self, store: SubmissionStore, actor: str, history: int = 20):
        self.store, self.actor, self.history = store, actor, history
        self.done: list[Action] = []

    def _remember(self, action: Action) -> None:
        self.done = (self.done + [action])[-self.history:]

    def approve(self, sid: str) -> Submission:
        sub = self.store.transition(sid, "approved", self.actor)
        self._remember(Action("approve", sid))
        return sub

    def reject(self, sid: str, reason: str) -> Submission:
        sub = self.store.transition(sid, "rejected", self.actor, reason=clean_reason(reason))
        self._remember(Action("reject", sid))
        return sub

    def flag(self, sid: str, flag: str, value: bool = True) -> Submission:
        column = FLAGS.get(flag)
        if column is None:
            raise ModerationError(f"Unknown flag {flag!r}; one of constructive, personal.")
        previous = bool(self.store.get(sid).row[column])
        sub = self.store.set_flag(sid, column, value, self.actor)
        self._remember(Action("flag", sid, column, previous))
        return sub

    @property
    def can_undo(self) -> bool:
        return bool(self.done)

    def undo(self) -> Action:
        """Reverse the last action: a decision goes back to submitted, a flag back to its old value."""
        if not self.done:
            raise ModerationError("Nothing to undo.")
        action = self.done[-1]
        if action.kind == "flag":
            self.store.set_flag(action.sid, action.flag, bool(action.previous), self.actor)
        else:
            self.store.transition(action.sid, "submitted", self.actor, undo=True)
        self.done.pop()
        return action
