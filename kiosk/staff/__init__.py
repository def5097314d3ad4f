"""Staff mode core (Qt-free): PINs and lockout, the corner gesture, moderation with undo,
queue queries, health snapshot, runtime overrides, waveform peaks and log export."""
ROLES = ("moderator", "admin")
