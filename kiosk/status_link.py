"""The receipt's link to the public ticket-status page ([ui] status_url)."""
from __future__ import annotations

from urllib.parse import quote, urlsplit


def status_link(template: str, ticket: str) -> str:
    """"https://example.org/status/#{ticket}" → "https://example.org/status/#1234-5678"."""
    return template.replace("{ticket}", quote(ticket, safe="-"))


def short_address(template: str) -> str:
    """What a person can type: host and path, without the scheme and the ticket part."""
    parts = urlsplit(template.replace("{ticket}", ""))
    return (parts.netloc + parts.path).rstrip("/") or template
