"""Subcommands of `kiosk`, one module per area; each exposes register(subparsers)."""
