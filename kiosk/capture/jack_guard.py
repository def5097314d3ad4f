"""Keeps a dead process's JACK lock from hanging every later start of PortAudio.

PortAudio probes JACK whenever it initialises, and jackd2's libjack then opens a Berkeley DB
environment in /dev/shm/jack_db-<uid>. A process killed inside that open (systemd stopping a
kiosk that was just starting, a power-cut test) leaves the DB mutex locked, and from then on
every PortAudio initialisation of that user hangs for ever, machine-wide: the kiosk would never
start again. That directory only caches a running JACK server's metadata, and the kiosk never
uses JACK, so it is removed before PortAudio initialises whenever no JACK server is running.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

SHM = Path("/dev/shm")


def jack_server_running(proc: Path = Path("/proc")) -> bool:
    for comm in proc.glob("[0-9]*/comm"):
        try:
            if comm.read_text().startswith("jackd"):  # jackd, jackdbus
                return True
        except OSError:
            continue  # the process ended while we looked
    return False


def clear_stale_jack_metadata(shm: Path = SHM) -> bool:
    """Returns True when a metadata directory was removed."""
    path = shm / f"jack_db-{os.getuid()}"
    if not path.exists() or jack_server_running():
        return False
    shutil.rmtree(path, ignore_errors=True)
    return True
