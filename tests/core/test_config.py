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


def test_the_office_variables_are_not_kiosk_settings(tmp_path):
    """A desk that runs a kiosk too keeps KIOSK_OFFICE_DATABASE_URL and friends in its environment."""
    env = {"KIOSK_OFFICE_DIR": str(tmp_path / "o"), "KIOSK_OFFICE_DATABASE_URL": "postgresql://office@/tribune",
           "KIOSK_OFFICE_MEDIA_URL": "s3://office/media", "KIOSK_LANGUAGE": "en"}
    assert load_settings(data_dir=tmp_path, environ=env).language == "en"
