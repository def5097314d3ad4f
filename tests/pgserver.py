"""A private PostgreSQL server for tests, from Debian's `postgresql` package: initdb in a temp dir,
listening only on a Unix socket in that dir (never a TCP port), stopped at the end.

PostgreSQL refuses to run as root, so under root (CI) the server runs as the `postgres` user that
the Debian package creates, in a temp dir that user owns. Each test gets its own schema
(`fresh_url`), which is far quicker than a database per test.
"""
from __future__ import annotations

import glob
import os
import shlex
import shutil
import subprocess
import tempfile
import uuid
from pathlib import Path
from urllib.parse import quote

import pytest


def _bin_dir() -> Path | None:
    dirs = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(p.split("/")[-2]))
    return Path(dirs[-1]) if dirs else None


class PostgresServer:
    def __init__(self):
        self.bin = _bin_dir()
        if self.bin is None or not (self.bin / "initdb").exists():
            pytest.skip("PostgreSQL is not installed (Debian package postgresql; scripts/setup.sh --test)")
        self.dir = Path(tempfile.mkdtemp(prefix="office-pg-"))
        self.run_as = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        if self.run_as:
            shutil.chown(self.dir, "postgres")
        self.data = self.dir / "data"
        self.started = False

    def _run(self, *args: str) -> None:
        result = subprocess.run([*self.run_as, *args], cwd="/", capture_output=True, text=True, timeout=120)
        if result.returncode:
            raise RuntimeError(f"{' '.join(args[:2])} failed: {result.stdout}{result.stderr}")

    def start(self) -> "PostgresServer":
        self._run(str(self.bin / "initdb"), "-D", str(self.data), "-A", "trust", "-U", "postgres", "-E", "UTF8",
                  "--locale=C.UTF-8", "--no-sync")
        # listen_addresses='' : no TCP at all; -k : the socket lives in our own temp dir.
        options = (f"-c listen_addresses='' -k {self.dir} -c fsync=off -c synchronous_commit=off"
                   " -c full_page_writes=off -c max_connections=400")
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-l", str(self.dir / "server.log"),
                  "-o", options, "-w", "-t", "60", "start")
        self.started = True
        # A test run that dies (a crash, a kill) never reaches stop(): this watcher stops the server
        # and removes its dir once our process is gone.
        stop = " ".join(shlex.quote(a) for a in [*self.run_as, str(self.bin / "pg_ctl"), "-D", str(self.data),
                                                 "-m", "immediate", "-w", "stop"])
        subprocess.Popen(["sh", "-c", f"while kill -0 {os.getpid()} 2>/dev/null; do sleep 2; done; "
                                      f"cd / && {stop} >/dev/null 2>&1; rm -rf {shlex.quote(str(self.dir))}"],
                         stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                         start_new_session=True)
        return self

    def url(self, database: str = "postgres", schema: str | None = None) -> str:
        url = f"postgresql://postgres@/{database}?host={quote(str(self.dir))}"
        return url + (f"&options={quote(f'-csearch_path={schema}')}" if schema else "")

    def admin(self, sql: str) -> None:
        import psycopg
        with psycopg.connect(host=str(self.dir), user="postgres", dbname="postgres", autocommit=True) as conn:
            conn.execute(sql)

    def fresh_url(self) -> str:
        """A new empty schema: a library of its own on the shared server."""
        schema = "t_" + uuid.uuid4().hex[:16]
        self.admin(f"CREATE SCHEMA {schema}")
        return self.url(schema=schema)

    def fresh_database_url(self) -> str:
        name = "db_" + uuid.uuid4().hex[:16]
        self.admin(f"CREATE DATABASE {name}")
        return self.url(database=name)

    def stop(self) -> None:
        if self.started:
            subprocess.run([*self.run_as, str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate",
                            "-w", "stop"], cwd="/", capture_output=True, timeout=60)
        shutil.rmtree(self.dir, ignore_errors=True)
