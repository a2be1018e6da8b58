"""A throw-away PostgreSQL cluster for the tests: initdb + pg_ctl in a temporary folder, a unix
socket there, no TCP port and no system service. Every store gets its own schema."""

from __future__ import annotations

import atexit
import glob
import os
import pwd
import shutil
import signal
import subprocess
import tempfile
import threading
import uuid
from pathlib import Path
from urllib.parse import quote


def find_bindir() -> Path | None:
    """The folder with initdb and pg_ctl: on PATH, else Debian's /usr/lib/postgresql/N/bin."""
    on_path = shutil.which("initdb")
    if on_path and shutil.which("pg_ctl"):
        return Path(on_path).parent
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0,
    )
    return Path(found[-1]).parent if found else None


class TempCluster:
    def __init__(self, bindir: Path):
        self.bindir = bindir
        # short path: a unix socket path must stay under ~100 characters
        self.root = Path(tempfile.mkdtemp(prefix="lbpg"))
        self.data = self.root / "data"
        self.socket = self.root
        self.user: str | None = None
        self.stopped = False
        if os.geteuid() == 0:  # the server refuses to run as root: run it as `postgres`
            for name in ("postgres", "nobody"):
                try:
                    pw = pwd.getpwnam(name)
                except KeyError:
                    continue
                self.user = name
                os.chown(self.root, pw.pw_uid, pw.pw_gid)
                break

    def _run(self, *args: str) -> None:
        subprocess.run(
            [str(self.bindir / args[0]), *args[1:]],
            check=True,
            capture_output=True,
            user=self.user,
            cwd=self.root,
        )

    def start(self) -> None:
        self._run(
            "initdb", "-D", str(self.data), "-U", "lagebild", "--auth=trust", "-E", "UTF8",
            "--no-locale", "--no-sync",
        )  # fmt: skip
        opts = (
            f"-k {self.socket} -c listen_addresses='' -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off"
        )
        self._run("pg_ctl", "-D", str(self.data), "-o", opts, "-l", str(self.root / "log"),
                  "-w", "start")  # fmt: skip
        # a test run stopped from outside (`timeout`, Ctrl-C) must not leave the server behind
        atexit.register(self.stop)
        if threading.current_thread() is threading.main_thread():

            def on_term(signum, frame):
                self.stop()
                signal.signal(signum, signal.SIG_DFL)  # then end as the signal asked
                os.kill(os.getpid(), signum)

            signal.signal(signal.SIGTERM, on_term)

    def stop(self) -> None:
        if self.stopped:
            return
        self.stopped = True
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        except subprocess.CalledProcessError:
            pass  # not running
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    @property
    def base_url(self) -> str:
        return f"postgresql://lagebild@/postgres?host={quote(str(self.socket))}"

    def new_store_url(self) -> str:
        """A URL of a new, empty schema (a store of its own)."""
        import psycopg

        schema = "t" + uuid.uuid4().hex[:12]
        with psycopg.connect(self.base_url, autocommit=True) as con:
            con.execute(f"CREATE SCHEMA {schema}")
        return f"{self.base_url}&options=-csearch_path%3D{schema}"
