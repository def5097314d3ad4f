"""Reusable kiosk widgets (level meter, QR code, …)."""
