"""A real IMAP server for the tests: Dovecot on loopback, configured in a temporary directory.

Dovecot refuses to run its login processes as root, and CI runs as root: then the whole
server runs as the unprivileged ``dovecot`` system user (made by Debian's package; a
``bo-mail`` system user is created if it is missing), its directories owned by that user.
As an ordinary user it runs as that user. It listens on three free ports of 127.0.0.1: plain
IMAP with STARTTLS, IMAPS, and IMAPS again on 127.0.0.2 with a certificate that expired last
year. Its certificates are signed by a test authority (``ca_path``), made on the spot.

Each test takes a mailbox of its own (:meth:`Dovecot.new_user`): a login never used before
(every login has the server's one password; another password is refused), so one server
serves a whole test session.
"""

from __future__ import annotations

import imaplib
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from app.mailbox import utf7
from tests.support import certs

DOVECOT = shutil.which("dovecot") or "/usr/sbin/dovecot"
EXPIRED_HOST = "127.0.0.2"


def _free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as s:
        s.bind((host, 0))
        return int(s.getsockname()[1])


def available() -> bool:
    return os.path.exists(DOVECOT)


def _run_as() -> pwd.struct_passwd:
    if os.geteuid() != 0:
        return pwd.getpwuid(os.geteuid())
    for name in ("dovecot", "bo-mail"):
        try:
            return pwd.getpwnam(name)
        except KeyError:
            continue
    subprocess.run(
        ["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", "bo-mail"],
        check=True,
        capture_output=True,
    )
    return pwd.getpwnam("bo-mail")


def _q(folder: str) -> str:
    return '"' + utf7.encode(folder) + '"'


@dataclass(frozen=True)
class MailUser:
    login: str
    password: str


class Dovecot:
    def __init__(self) -> None:
        self.base = Path(tempfile.mkdtemp(prefix="bo-dovecot-"))
        self.user = _run_as()
        self.port = _free_port()  # IMAP, STARTTLS offered
        self.tls_port = _free_port()  # IMAPS
        self.expired_port = _free_port(EXPIRED_HOST)  # IMAPS, an expired certificate
        # Every mailbox has the server's one password (a test's own login is its mailbox):
        # Dovecot reads a password file again only now and then, not at each new user.
        self.password = f"pw-{uuid.uuid4().hex[:12]}"
        self.conf = self.base / "dovecot.conf"
        self._made = 0
        self._write()

    @property
    def ca_path(self) -> str:
        return str(self.base / "ca.pem")

    def _write(self) -> None:
        for sub in ("run", "state", "mail"):
            (self.base / sub).mkdir()
        ca, ca_cert, ca_key = certs.make_authority(self.base)
        good = certs.make_server(self.base, "server", ca_cert, ca_key)
        old = certs.make_server(
            self.base, "expired", ca_cert, ca_key, ips=(EXPIRED_HOST,), expired=True
        )
        user, uid, gid = self.user.pw_name, self.user.pw_uid, self.user.pw_gid
        self.conf.write_text(
            f"""
protocols = imap
listen = 127.0.0.1, {EXPIRED_HOST}
base_dir = {self.base}/run
state_dir = {self.base}/state
instance_name = bo-test-{self.port}
log_path = {self.base}/dovecot.log
info_log_path = {self.base}/dovecot.log
ssl = yes
ssl_cert = <{good.cert}
ssl_key = <{good.key}
local {EXPIRED_HOST} {{
  ssl_cert = <{old.cert}
  ssl_key = <{old.key}
}}
disable_plaintext_auth = no
auth_mechanisms = plain login
default_login_user = {user}
default_internal_user = {user}
first_valid_uid = {uid}
first_valid_gid = {gid}
mail_location = maildir:{self.base}/mail/%u
mail_fsync = never
auth_failure_delay = 0
passdb {{
  driver = static
  args = password={self.password}
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={self.base}/mail/%u
}}
service imap-login {{
  chroot =
  inet_listener imap {{
    address = 127.0.0.1
    port = {self.port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {self.tls_port}
    ssl = yes
  }}
  inet_listener imaps_expired {{
    address = {EXPIRED_HOST}
    port = {self.expired_port}
    ssl = yes
  }}
}}
service anvil {{
  chroot =
  # No growing delay after failed logins from loopback (the tests try wrong passwords).
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
service stats {{
  unix_listener stats-reader {{
    user = {user}
  }}
  unix_listener stats-writer {{
    user = {user}
  }}
}}
namespace inbox {{
  inbox = yes
  separator = /
}}
"""
        )
        (self.base / "ca.pem").write_bytes(ca.cert.read_bytes())
        if os.geteuid() == 0:
            for path in [self.base, *self.base.rglob("*")]:
                os.chown(path, uid, gid)
        self.base.chmod(0o755)

    def _as_user(self) -> list[str]:
        return ["runuser", "-u", self.user.pw_name, "--"] if os.geteuid() == 0 else []

    def start(self) -> Dovecot:
        # Dovecot goes to the background: its output to a file, or its children would hold
        # a pipe open for ever.
        with (self.base / "start.log").open("wb") as out:
            subprocess.run(
                [*self._as_user(), DOVECOT, "-c", str(self.conf)],
                check=True,
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
                timeout=60,
            )
        deadline = time.monotonic() + 30
        for host, port in (
            ("127.0.0.1", self.port),
            ("127.0.0.1", self.tls_port),
            (EXPIRED_HOST, self.expired_port),
        ):
            while True:
                with socket.socket() as s:
                    if s.connect_ex((host, port)) == 0:
                        break
                if time.monotonic() > deadline:
                    raise RuntimeError(f"Dovecot did not listen: {self.log()}")
                time.sleep(0.05)
        return self

    def _master_pid(self) -> int | None:
        try:
            return int((self.base / "run" / "master.pid").read_text().strip())
        except (OSError, ValueError):
            return None

    def stop(self) -> None:
        """Stop the server at once, every process of it: connections drop, ports refuse."""
        import psutil

        pid = self._master_pid()
        if pid is None:
            return
        try:
            master = psutil.Process(pid)
            processes = [master, *master.children(recursive=True)]
        except psutil.NoSuchProcess:
            return
        for process in processes:
            try:
                process.send_signal(signal.SIGKILL)
            except psutil.NoSuchProcess:
                pass
        psutil.wait_procs(processes, timeout=30)
        (self.base / "run" / "master.pid").unlink(missing_ok=True)

    def remove(self) -> None:
        self.stop()
        shutil.rmtree(self.base, ignore_errors=True)

    def log(self) -> str:
        try:
            return (self.base / "dovecot.log").read_text()[-4000:]
        except OSError:
            return ""

    # -- mailboxes ------------------------------------------------------------------------

    def new_user(self) -> MailUser:
        """A mailbox of its own (made by Dovecot at the first login)."""
        self._made += 1
        return MailUser(f"bo{self._made}-{uuid.uuid4().hex[:6]}", self.password)

    def client(self, user: MailUser) -> imaplib.IMAP4:
        conn = imaplib.IMAP4("127.0.0.1", self.port, timeout=30)
        conn.login(user.login, user.password)
        return conn

    def append(self, user: MailUser, folder: str, *messages: bytes) -> None:
        conn = self.client(user)
        try:
            if folder != "INBOX":
                conn.create(_q(folder))
            for raw in messages:
                typ, data = conn.append(_q(folder), None, None, raw)
                assert typ == "OK", data
        finally:
            conn.logout()

    def messages(self, user: MailUser, folder: str) -> list[bytes]:
        """The raw messages in ``folder`` (none if it does not exist)."""
        conn = self.client(user)
        try:
            typ, _ = conn.select(_q(folder), readonly=True)
            if typ != "OK":
                return []
            typ, data = conn.uid("FETCH", "1:*", "(BODY.PEEK[])")
            found = [item[1] for item in data if isinstance(item, tuple)]
            return found
        finally:
            conn.logout()

    def flags(self, user: MailUser, folder: str) -> list[str]:
        conn = self.client(user)
        try:
            typ, _ = conn.select(_q(folder), readonly=True)
            if typ != "OK":
                return []
            typ, data = conn.uid("FETCH", "1:*", "(FLAGS)")
            return [d.decode() for d in data if isinstance(d, bytes)]
        finally:
            conn.logout()
