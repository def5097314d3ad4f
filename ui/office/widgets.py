"""Small pieces the office windows share: a widget with its object and accessible names, the style."""
from __future__ import annotations

from pathlib import Path


def named(widget, name: str, accessible: str):
    """Sets the stable objectName tests find it by and the name a screen reader says."""
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    return widget


def office_style() -> str:
    return (Path(__file__).with_name("office.qss")).read_text(encoding="utf-8")
