"""The `kiosk` command's contract: JSON shapes, exit codes, words instead of tracebacks."""
import json
import subprocess
import sys

import pytest

from kiosk.store import open_store

QUEUE_KEYS = {"id", "ticket", "kind", "status", "created_at", "language", "text", "text_display", "audio_path",
              "audio_sha256", "duration_ms", "consent_version", "consent_scopes"}


def kiosk(data_dir, *args, **kw):
    return subprocess.run([sys.executable, "-m", "kiosk.cli", "--data-dir", str(data_dir), *args],
                          capture_output=True, text=True, **kw)


@pytest.fixture
def filled(settings):
    store = open_store(settings)
    ids = []
    for i, status in enumerate(["submitted", "approved", "submitted"]):
        d = store.create_draft("text", "fa", "v7", ["record", "draw"])
        store.update_draft(d.id, text=f"سوال {i} \u202e", phone="09120000000")
        store.submit(d.id)
        if status == "approved":
            store.transition(d.id, "approved", "moderator")
        ids.append(d.id)
    return ids


def test_version():
    run = subprocess.run([sys.executable, "-m", "kiosk.cli", "--version"], capture_output=True, text=True)
    assert run.returncode == 0 and run.stdout.startswith("kiosk ")


def test_queue_list_and_show_json_contract(settings, filled):
    run = kiosk(settings.data_dir, "queue", "list", "--json")
    items = json.loads(run.stdout)
    assert run.returncode == 0 and len(items) == 3
    assert all(QUEUE_KEYS <= set(item) for item in items)
    assert items[0]["created_at"].endswith("Z")
    only = json.loads(kiosk(settings.data_dir, "queue", "list", "--status", "submitted", "--json").stdout)
    assert {i["id"] for i in only} == {filled[0], filled[2]}
    shown = json.loads(kiosk(settings.data_dir, "queue", "show", filled[1], "--json").stdout)
    assert shown["status"] == "approved" and shown["consent_scopes"] == ["draw", "record"]
    assert shown["text"].endswith("\u202e") and "\u202e" not in shown["text_display"]
    by_ticket = json.loads(kiosk(settings.data_dir, "queue", "show", shown["ticket"], "--json").stdout)
    assert by_ticket["id"] == filled[1]


def test_queue_show_unknown_id_is_words_not_traceback(settings):
    run = kiosk(settings.data_dir, "queue", "show", "nope")
    assert run.returncode == 1 and "no submission" in run.stderr and "Traceback" not in run.stderr


@pytest.mark.parametrize("args", [["bogus"], ["queue"], ["queue", "list", "--status", "nonsense"],
                                  ["mic-test", "--seconds", "abc"], []])
def test_wrong_usage_exits_2_without_traceback(settings, args):
    run = kiosk(settings.data_dir, *args)
    assert run.returncode == 2, run
    assert "Traceback" not in run.stderr


def test_doctor_json_shape(settings):
    run = kiosk(settings.data_dir, "doctor", "--json", env={"HOME": str(settings.data_dir), "PATH": "/usr/bin:/bin"})
    out = json.loads(run.stdout)
    names = {c["name"] for c in out["checks"]}
    assert {"portaudio", "microphone", "data_dir", "disk", "database"} <= names
    assert all(set(c) == {"name", "ok", "detail"} for c in out["checks"])
    assert run.returncode == (0 if all(c["ok"] for c in out["checks"]) else 1)


def test_queue_show_escapes_terminal_controls_and_json_stays_exact(settings):
    store = open_store(settings)
    hostile = "سلام\x1b]0;owned\x07\x1b[2J\x00\x9b31m می\u200cخواهم \u200d\u202eپایان\nخط دوم"
    d = store.create_draft("text", "fa", "v7", ["record"])
    store.update_draft(d.id, text=hostile, topic="traffic\x1b[31m")
    store.submit(d.id)
    run = kiosk(settings.data_dir, "queue", "show", d.id)
    assert run.returncode == 0, run.stderr
    for raw in ("\x1b", "\x07", "\x00", "\x9b", "\u202e"):
        assert raw not in run.stdout, repr(raw)
    assert "⟦U+001B⟧]0;owned⟦U+0007⟧" in run.stdout and "⟦U+0000⟧" in run.stdout and "⟦U+202E⟧" in run.stdout
    assert "می\u200cخواهم \u200d" in run.stdout  # ZWNJ and ZWJ are ordinary Persian
    assert "\n" + " " * 20 + "خط دوم" in run.stdout  # a second line cannot pose as another field
    shown = json.loads(kiosk(settings.data_dir, "queue", "show", d.id, "--json").stdout)
    assert shown["text"] == hostile and shown["topic"] == "traffic\x1b[31m"


def _bad_input_cases(tmp_path):
    not_utf8 = tmp_path / "latin1.toml"
    not_utf8.write_bytes('language = "fa"  # caf\xe9\n'.encode("latin-1"))
    a_file = tmp_path / "a-file"
    a_file.write_text("x")
    return {
        "non-UTF-8 TOML": (["--config", str(not_utf8), "config", "check"], "UTF-8"),
        "--config a folder": (["--config", str(tmp_path), "config", "check"], "folder"),
        "data dir a file": (["--data-dir", str(a_file), "config", "check"], "not a folder"),
        "data dir under a file": (["--data-dir", str(a_file / "d"), "queue", "list"], "not a folder"),
        "huge audit limit": (["audit", "list", "--limit", str(10**20)], "out of range"),
        "huge queue limit": (["queue", "list", "--limit", str(10**20)], "out of range"),
        "export into a missing folder": (["office", "--office-dir", str(tmp_path / "office"), "export", "csv",
                                          str(tmp_path / "missing" / "q.csv")], "does not exist"),
        "office dir /dev/null": (["office", "--office-dir", "/dev/null", "list"], "not a folder"),
    }


@pytest.mark.parametrize("case", ["non-UTF-8 TOML", "--config a folder", "data dir a file", "data dir under a file",
                                  "huge audit limit", "huge queue limit", "export into a missing folder",
                                  "office dir /dev/null"])
def test_bad_input_is_said_in_plain_words_with_exit_2(tmp_path, case):
    args, words = _bad_input_cases(tmp_path)[case]
    if "--data-dir" not in args:
        args = ["--data-dir", str(tmp_path / "data"), *args]
    run = subprocess.run([sys.executable, "-m", "kiosk.cli", *args], capture_output=True, text=True)
    assert run.returncode == 2, run.stderr
    assert words in run.stderr and "unexpected error" not in run.stderr and "Traceback" not in run.stderr


def test_unknown_kiosk_variables_warn_but_never_stop_a_command(settings):
    import os
    env = {**os.environ, "KIOSK_DEBUG": "1", "KIOSK_SCREENSHOTS": "docs/screens", "KIOSK_LANGAUGE": "ar"}
    check = kiosk(settings.data_dir, "config", "check", env=env)
    assert check.returncode == 0, check.stderr
    assert "KIOSK_LANGAUGE is not a kiosk setting and is ignored" in check.stderr
    assert "KIOSK_DEBUG" not in check.stderr and "KIOSK_SCREENSHOTS" not in check.stderr
    listed = kiosk(settings.data_dir, "queue", "list", "--json", env=env)
    assert listed.returncode == 0 and json.loads(listed.stdout) == []
    doctor = kiosk(settings.data_dir, "doctor", "--json", env=env)
    found = [c for c in json.loads(doctor.stdout)["checks"] if c["name"] == "environment"]
    assert [c["ok"] for c in found] == [True] and "KIOSK_LANGAUGE" in found[0]["detail"]


def test_queue_list_json_empty_and_across_batches(settings, filled):
    assert kiosk(settings.data_dir, "queue", "list", "--status", "rejected", "--json").stdout == "[]\n"
    store = open_store(settings)
    batches = list(store.json_batches(size=2))
    assert [len(b) for b in batches] == [2, 1]
    listed = kiosk(settings.data_dir, "queue", "list", "--json").stdout
    assert listed == "[\n" + ",\n".join(raw.decode() for b in batches for raw in b) + "\n]\n"
    assert [json.loads(line) for line in store.list_json()] == json.loads(listed)


def test_queue_list_loads_no_numpy_and_no_sqlite_utils_plugins(settings, filled):
    # sqlite-utils would import numpy (when installed) and scan every package's entry points;
    # a kiosk command needs neither, and numpy still imports normally afterwards.
    code = ("import sys, kiosk.cli, sqlite_utils.plugins as p\n"
            f"kiosk.cli.main(['--data-dir', {str(settings.data_dir)!r}, 'queue', 'list', '--json'])\n"
            "print('numpy' in sys.modules, p.pm.get_plugins() == set())\n"
            "import numpy; print(numpy.zeros(1).tolist())\n")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines()[-2:] == ["False True", "[0.0]"]
