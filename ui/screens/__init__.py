"""Citizen screens: one module per screen (a view plus its small controller), wired by flow.py."""
