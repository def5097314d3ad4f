"""Fake microphone for tests: real PortAudio and ALSA, no sound card, no mocks.

How it works: an `.asoundrc` in a throw-away HOME makes ALSA's default capture device a `file`
plugin whose `infile` is raw S16_LE 16 kHz mono audio. PortAudio then records an exact copy.

Two speeds:
- `install(src)`: `infile` is a regular file. PortAudio delivers it *much faster than real time*
  (a 120 s recording takes a fraction of a second), then ±1 LSB noise (about -90 dBFS) forever.
  Use it for content checks; rates must be counted per second of captured audio, not wall time.
- `install_paced(src)`: `infile` is a FIFO fed at real time by a thread here, so a recording
  lasts about as long as it would with a real mic. `pause()` stops feeding without closing (the
  device hangs like a wedged USB mic), `resume()` continues. Use it for kill/stall tests, UI
  tests and subprocesses. Not bit-exact: when ALSA's read of the FIFO comes back short it pads
  the period with stale frames, so a few % extra frames appear (the feeder writes 128 ms atomic
  chunks to keep that small). Compare content only in `install` mode.
- `install_no_device()`: ALSA's default points at a card that does not exist.

Usage (the `fake_mic` fixture restores HOME and PortAudio afterwards; import it into a conftest
with `from tests.fakemic import fake_mic  # noqa: F401`):

    from tests.fakemic import speech, square_wave

    def test_something(fake_mic, tmp_path):
        src = speech(tmp_path)              # int16 Persian speech, 16 kHz mono, padded
        fake_mic.install(src)               # or install_paced(src), install_no_device()
        ...                                 # record with kiosk.capture in this process, or
        subprocess.run([...], env=fake_mic.env())   # in a child (same fake mic)

It sets os.environ["HOME"] while installed (ALSA reads ~/.asoundrc) and re-initialises PortAudio
(`sd._terminate(); sd._initialize()`), because sounddevice reads the device list once at import.
Each install uses a fresh HOME directory: ALSA caches its configuration by file path and mtime.
The named device `name` (default "fake_usb_mic") exists too, for tests of `audio.device` lookup.
"""

from __future__ import annotations

import array
import errno
import fcntl
import os
import subprocess
import termios
import threading
import time
from pathlib import Path

import numpy as np
import pytest

SR = 16000
PERSIAN_QUESTION = ("سلام. من از محله‌ی شهرک غرب هستم. "
                    "پرسش من این است که پارک محله‌ی ما کی بازسازی می‌شود؟")


# --- sources ------------------------------------------------------------------------------------
def speech(tmp_dir: str | os.PathLike, text: str = PERSIAN_QUESTION, *, voice: str = "fa",
           lead_s: float = 0.5, tail_s: float = 0.5) -> np.ndarray:
    """Persian speech made now by espeak-ng, converted by sox to int16 16 kHz mono, with
    `lead_s` of silence before (the noise-floor window) and `tail_s` after."""
    tmp = Path(tmp_dir)
    wav, raw = tmp / "espeak.wav", tmp / "espeak.raw"
    subprocess.run(["espeak-ng", "-v", voice, text, "-w", str(wav)], check=True,
                   capture_output=True, timeout=60)
    subprocess.run(["sox", str(wav), "-r", str(SR), "-c", "1", "-b", "16", "-e", "signed-integer",
                    "-t", "raw", str(raw), "pad", str(lead_s), str(tail_s)],
                   check=True, capture_output=True, timeout=60)
    return np.fromfile(raw, dtype="<i2")


def silence(seconds: float) -> np.ndarray:
    return np.zeros(int(seconds * SR), dtype=np.int16)


def square_wave(seconds: float, freq: float = 200.0, amplitude: int = 32767) -> np.ndarray:
    t = np.arange(int(seconds * SR)) / SR
    return np.where(np.sin(2 * np.pi * freq * t) >= 0, amplitude, -amplitude).astype(np.int16)


def tone(seconds: float, freq: float = 440.0, dbfs: float = -12.0) -> np.ndarray:
    amp = 32767 * 10 ** (dbfs / 20)
    return (amp * np.sin(2 * np.pi * freq * np.arange(int(seconds * SR)) / SR)).astype(np.int16)


def to_raw(source: np.ndarray | str | os.PathLike, dest: Path) -> np.ndarray:
    """Write `source` (int16 array, .raw file, or any file sox reads) as raw S16_LE 16 kHz mono."""
    if isinstance(source, np.ndarray):
        data = np.ascontiguousarray(source, dtype="<i2")
    elif str(source).endswith(".raw"):
        data = np.fromfile(source, dtype="<i2")
    else:
        subprocess.run(["sox", str(source), "-r", str(SR), "-c", "1", "-b", "16",
                        "-e", "signed-integer", "-t", "raw", str(dest)],
                       check=True, capture_output=True, timeout=60)
        return np.fromfile(dest, dtype="<i2")
    data.tofile(dest)
    return data


def portaudio_lock():
    """The kiosk's own PortAudio lock. The tests hold it while they move HOME and re-initialise:
    a worker of the code under test (the staff Health tab re-scans devices as soon as it opens)
    may be inside PortAudio, and a Pa_Terminate under its feet, or a setenv("HOME") while ALSA
    reads it, corrupts the heap ("free(): invalid next size", a Fatal Python error) or leaves
    it with the previous HOME's device list. A slow first initialisation (a stale JACK
    directory in /dev/shm) made that window wide enough to hit most runs."""
    from kiosk.capture.devices import portaudio_lock as lock
    return lock()


def reinit_portaudio() -> None:
    from kiosk.capture.devices import sounddevice
    from kiosk.capture.jack_guard import clear_stale_jack_metadata
    with portaudio_lock():
        sd = sounddevice()  # first import initialises with the current HOME already
        try:
            sd._terminate()
        except sd.PortAudioError:
            pass  # an earlier initialisation failed (e.g. a stale JACK lock): nothing to terminate
        clear_stale_jack_metadata()
        sd._initialize()


POISONED_JACK_DB = Path(__file__).parent / "capture" / "data" / "jack_db_poisoned.tar.gz"


def poison_jack_metadata(shm: Path = Path("/dev/shm")) -> Path:
    """Put back the state a killed PortAudio process leaves: this user's JACK metadata directory
    with its Berkeley DB mutex held by a dead process (the archive). The kiosk survives it, so
    the tests must too. Skips when there is no /dev/shm or a JACK server owns the directory."""
    import shutil
    import tarfile

    from kiosk.capture.jack_guard import jack_server_running
    if not shm.is_dir() or jack_server_running():
        pytest.skip("needs /dev/shm and no JACK server running")
    path = shm / f"jack_db-{os.getuid()}"
    shutil.rmtree(path, ignore_errors=True)
    path.mkdir(mode=0o750)
    with tarfile.open(POISONED_JACK_DB) as tar:
        tar.extractall(path, filter="data")
    return path


# --- the fake mic -------------------------------------------------------------------------------
class _Feeder(threading.Thread):
    """Writes `data` into a FIFO at real time. Every new reader (ALSA opens the PCM once to probe
    it and once per stream) gets the source from its start."""

    def __init__(self, fifo: Path, data: np.ndarray, loop: bool, chunk_s: float = 0.128):
        super().__init__(name="fakemic-feeder", daemon=True)
        self.fifo, self.data, self.loop = fifo, data.astype("<i2").tobytes(), loop
        self.chunk = int(chunk_s * SR) * 2
        self.stop_ev = threading.Event()
        self.running = threading.Event()
        self.running.set()

    def run(self) -> None:
        while not self.stop_ev.is_set():
            try:  # non-blocking so that stop() never waits for a reader
                fd = os.open(self.fifo, os.O_WRONLY | os.O_NONBLOCK)
            except OSError as e:
                if e.errno != errno.ENXIO:
                    raise
                time.sleep(0.005)
                continue
            try:
                self._feed(fd)
            finally:
                os.close(fd)

    def _feed(self, fd: int) -> None:
        pos, pending = 0, b""
        chunk_s = self.chunk / (2 * SR)
        next_due = time.monotonic()
        while not self.stop_ev.is_set():
            now = time.monotonic()
            if not self.running.is_set() or now < next_due:
                time.sleep(0.005)
                if not self.running.is_set():
                    next_due = time.monotonic()
                continue
            if not pending:
                if _queued(fd) > 2 * self.chunk:
                    # Reader not reading (PortAudio's probe, a stream not started): hold back
                    # instead of filling the pipe with seconds of stale audio.
                    next_due = now + chunk_s
                    continue
                if pos >= len(self.data):
                    if not self.loop:
                        return  # EOF for this reader
                    pos = 0
                pending = self.data[pos:pos + self.chunk]
                pos += len(pending)
                next_due = max(next_due, now - 0.1) + chunk_s  # no catch-up bursts
            try:
                n = os.write(fd, pending)
            except BlockingIOError:
                time.sleep(0.005)
                continue
            except BrokenPipeError:
                return  # reader closed: wait for the next one
            pending = pending[n:]


def _queued(fd: int) -> int:
    buf = array.array("i", [0])
    fcntl.ioctl(fd, termios.FIONREAD, buf)
    return buf[0]


class FakeMic:
    def __init__(self, base_dir: str | os.PathLike, name: str = "fake_usb_mic"):
        self.base = Path(base_dir) / "fakemic"
        self.base.mkdir(parents=True, exist_ok=True)
        self.name = name
        self.home: Path | None = None
        self.source: np.ndarray | None = None
        self._saved_home = os.environ.get("HOME")
        self._feeder: _Feeder | None = None
        self._n = 0

    def _new_home(self) -> Path:
        self._n += 1
        home = self.base / f"home{self._n}"
        home.mkdir()
        return home

    def _pcm(self, infile: Path) -> str:
        body = (f'type file\n  slave.pcm "null"\n  infile "{infile}"\n'
                f'  file "/dev/null"\n  format "raw"\n')
        return (f"pcm.!default {{\n  {body}}}\n"
                f"pcm.{self.name} {{\n  {body}  hint {{ show on description \"Fake USB mic\" }}\n}}\n")

    def _activate(self, home: Path, rc: str, feeder: _Feeder | None = None,
                  reinit: bool = True) -> None:
        (home / ".asoundrc").write_text(rc)
        old = self._feeder
        with portaudio_lock():
            os.environ["HOME"] = str(home)
        self.home, self._feeder = home, feeder
        if feeder is not None:
            feeder.start()  # PortAudio's probe opens the FIFO and blocks until a writer exists
        if old is not None:
            old.stop_ev.set()  # after HOME moved on, so no re-init can open the old FIFO
            old.join(5)
        if reinit:
            reinit_portaudio()

    def install(self, source: np.ndarray | str | os.PathLike, reinit: bool = True) -> "FakeMic":
        """reinit=False is "plugged in while the app runs": PortAudio keeps its old device list
        until the code under test re-scans."""
        home = self._new_home()
        self.source = to_raw(source, home / "mic.raw")
        self._activate(home, self._pcm(home / "mic.raw"), reinit=reinit)
        return self

    def install_paced(self, source: np.ndarray | str | os.PathLike, loop: bool = True) -> "FakeMic":
        home = self._new_home()
        self.source = to_raw(source, home / "mic.raw")
        fifo = home / "mic.fifo"
        os.mkfifo(fifo)
        self._activate(home, self._pcm(fifo), _Feeder(fifo, self.source, loop))
        return self

    def install_no_device(self) -> "FakeMic":
        home = self._new_home()
        self.source = None
        self._activate(home, "pcm.!default { type hw card 29 }\nctl.!default { type hw card 29 }\n")
        return self

    def pause(self) -> None:
        assert self._feeder is not None, "pause() needs install_paced()"
        self._feeder.running.clear()

    def resume(self) -> None:
        assert self._feeder is not None, "resume() needs install_paced()"
        self._feeder.running.set()

    def env(self) -> dict[str, str]:
        """Environment for a child process that should see this fake mic."""
        return {**os.environ, "HOME": str(self.home)}

    def uninstall(self) -> None:
        with portaudio_lock():
            if self._saved_home is None:
                os.environ.pop("HOME", None)
            else:
                os.environ["HOME"] = self._saved_home
        if self._feeder is not None:
            self._feeder.stop_ev.set()  # EOF unblocks any stream still reading the FIFO
            self._feeder.join(5)
            self._feeder = None
        reinit_portaudio()


@pytest.fixture
def fake_mic(tmp_path):
    """A FakeMic under tmp_path; nothing installed until the test calls install*()."""
    mic = FakeMic(tmp_path)
    yield mic
    mic.uninstall()
