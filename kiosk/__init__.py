"""Citizen Tribune kiosk core (Qt-widget-free)."""
__version__ = "0.1.0"
