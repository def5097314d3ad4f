"""Staff mode UI: hidden corner + PIN pad (entry), moderation queue, health, admin panel.

The kiosk window calls `install_staff_mode(window, settings)` once; everything else is wired here.
"""


def install_staff_mode(window, settings, outbox_status=None):
    from ui.staff.mode import install_staff_mode as install
    return install(window, settings, outbox_status)
