import subprocess
import sys

import pytest

from kiosk.config import ConfigError, load_settings


def test_defaults_from_a_checkout(tmp_path):
    s = load_settings(data_dir=tmp_path, environ={})
    assert s.audio.samplerate == 16000 and s.audio.channels == 1
    assert s.audio.max_seconds == 120 and s.audio.min_seconds == 1.5
    assert s.language == "fa" and s.idle_timeout_s == 60 and s.moderation_required
    assert s.outbox_dir == tmp_path / "outbox"
    assert s.kiosk_id.startswith("kiosk-")


def test_kiosk_id_is_created_once(tmp_path):
    first = load_settings(data_dir=tmp_path, environ={}).kiosk_id
    assert load_settings(data_dir=tmp_path, environ={}).kiosk_id == first
    assert (tmp_path / "kiosk_id").read_text().strip() == first


def test_precedence_file_env_override(tmp_path):
    cfg = tmp_path / "k.toml"
    cfg.write_text('language = "ar"\nidle_timeout_s = 30\n[audio]\ndevice = "USB"\nmax_seconds = 90\n')
    s = load_settings(data_dir=tmp_path, config_file=cfg, environ={})
    assert (s.language, s.idle_timeout_s, s.audio.device, s.audio.max_seconds) == ("ar", 30, "USB", 90.0)
    env = {"KIOSK_IDLE_TIMEOUT_S": "45", "KIOSK_AUDIO_DEVICE": "2"}
    s = load_settings(data_dir=tmp_path, config_file=cfg, environ=env)
    assert (s.idle_timeout_s, s.audio.device) == (45, 2)
    s = load_settings(data_dir=tmp_path, config_file=cfg, environ=env, idle_timeout_s=10, audio__device="hw:1")
    assert (s.idle_timeout_s, s.audio.device) == (10, "hw:1")


def test_config_file_from_environment(tmp_path):
    cfg = tmp_path / "k.toml"
    cfg.write_text('moderation = "off"\n')
    s = load_settings(environ={"KIOSK_CONFIG": str(cfg), "KIOSK_DATA_DIR": str(tmp_path / "d")})
    assert s.moderation == "off" and s.data_dir == tmp_path / "d"


def test_every_problem_is_reported_with_file_key_and_allowed_values(tmp_path):
    cfg = tmp_path / "bad.toml"
    cfg.write_text('language = "de"\ncolour = "red"\n[audio]\nmax_seconds = "long"\n[delivery]\nkind = "ftp"\n')
    with pytest.raises(ConfigError) as err:
        load_settings(data_dir=tmp_path, config_file=cfg, environ={})
    text = str(err.value)
    assert f"{cfg}: language: bad value 'de'; allowed: one of 'fa', 'ar', 'en'" in text
    assert f"{cfg}: colour: unknown setting" in text
    assert "audio.max_seconds: bad value 'long'; allowed: a number from 5 to 600" in text
    assert "delivery.kind: bad value 'ftp'; allowed: one of 'folder', 's3'" in text


def test_bad_environment_value(tmp_path):
    with pytest.raises(ConfigError, match="environment KIOSK_\\*: idle_timeout_s: bad value 'soon'"):
        load_settings(data_dir=tmp_path, environ={"KIOSK_IDLE_TIMEOUT_S": "soon"})


def test_example_config_is_valid(tmp_path):
    from kiosk.config import REPO_ROOT
    s = load_settings(data_dir=tmp_path, config_file=REPO_ROOT / "kiosk.example.toml", environ={})
    assert s.language == "fa"


def test_config_check_cli(tmp_path):
    cfg = tmp_path / "bad.toml"
    cfg.write_text('[audio]\nsamplerate = 3\n')
    run = subprocess.run([sys.executable, "-m", "kiosk.cli", "--data-dir", str(tmp_path), "--config", str(cfg),
                          "config", "check"], capture_output=True, text=True)
    assert run.returncode == 2
    assert "audio.samplerate: bad value 3; allowed: an integer from 8000 to 48000" in run.stderr
    assert "Traceback" not in run.stderr


def test_unknown_kiosk_variables_are_ignored_and_named(tmp_path):
    from kiosk.config import unknown_environment
    env = {"KIOSK_DEBUG": "1", "KIOSK_SCREENSHOTS": "docs/screens", "KIOSK_LANGAUGE": "ar",
           "KIOSK_AUDIO_DEVISE": "2", "KIOSK_LANGUAGE": "en", "KIOSK_AUDIO_DEVICE": "3"}
    s = load_settings(data_dir=tmp_path, environ=env)
    assert s.language == "en" and s.audio.device == 3
    assert unknown_environment(env) == ["KIOSK_AUDIO_DEVISE", "KIOSK_LANGAUGE"]


_FIRST_START = """
import os, sys
from kiosk.config import load_settings
while not os.path.exists(sys.argv[2]):
    pass  # spin: every process leaves the start line within microseconds of the others
print(load_settings(data_dir=sys.argv[1], environ={}).kiosk_id)
"""


@pytest.mark.timeout(120)
def test_processes_starting_together_on_a_new_data_dir_share_one_kiosk_id(tmp_path):
    import subprocess
    import sys
    import time
    for trial in range(5):
        data, go = tmp_path / f"data{trial}", tmp_path / f"go{trial}"
        procs = [subprocess.Popen([sys.executable, "-c", _FIRST_START, str(data), str(go)],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                 for _ in range(6)]
        time.sleep(1.5)  # all imported and spinning (not an assert: a slower start only weakens the race)
        go.touch()
        outs = [p.communicate(timeout=60) for p in procs]
        assert all(p.returncode == 0 for p in procs), [err[-500:] for _, err in outs]
        ids = {out.strip() for out, _ in outs}
        assert ids == {(data / "kiosk_id").read_text().strip()}, ids
        assert sorted(p.name for p in data.iterdir()) == ["kiosk_id"]  # no temporary file left


def test_an_empty_kiosk_id_left_by_an_older_version_is_replaced(tmp_path):
    (tmp_path / "kiosk_id").write_text("")
    first = load_settings(data_dir=tmp_path, environ={}).kiosk_id
    assert first.startswith("kiosk-") and load_settings(data_dir=tmp_path, environ={}).kiosk_id == first


def test_the_office_variables_are_not_kiosk_settings(tmp_path):
    """A desk that runs a kiosk too keeps KIOSK_OFFICE_DATABASE_URL and friends in its environment."""
    env = {"KIOSK_OFFICE_DIR": str(tmp_path / "o"), "KIOSK_OFFICE_DATABASE_URL": "postgresql://office@/tribune",
           "KIOSK_OFFICE_MEDIA_URL": "s3://office/media", "KIOSK_LANGUAGE": "en"}
    assert load_settings(data_dir=tmp_path, environ=env).language == "en"
