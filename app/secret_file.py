"""Secrets kept in a file encrypted with a password, for a computer without a system keyring.

A counter PC under a plain Linux session, a terminal server, a service account: the keyring
(``keyring``) has no back-end there, and the portal's client secret or the PostgreSQL password
could not be kept at all. This file keeps them instead, in the user's data directory
(``secrets.bo``), readable only with its password:

- the key is derived from the password by Argon2id (64 MiB, 3 passes: a guess costs about a
  tenth of a second on a counter PC), with a random salt of 16 bytes;
- the secrets are sealed with AES-256-GCM (authenticated: a changed byte, a wrong password or
  a header moved from another file is refused, never read as garbage); the header (format,
  the derivation's parameters, the entries' names) is authenticated with them;
- the names of the entries (``db:postgresql://bo@server/registre``, ``portal:URL:client``) are
  readable without the password, so the application knows which password to ask for; the
  secrets are not.

The file is written whole to a temporary file then renamed over the old one (a crash leaves
the old or the new, never half of one), readable by its owner only.

Once unlocked (:func:`unlock`), the derived key stays in this process's memory, so the desk
asks once per session; ``BO_SECRETS_PASSWORD`` unlocks it for scripts and the command line.
"""

from __future__ import annotations

import base64
import json
import os
import secrets as random
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app import config
from app.errors import UserError

FORMAT = 1
FILE_NAME = "secrets.bo"
ENV_PASSWORD = "BO_SECRETS_PASSWORD"
MIN_PASSWORD = 8
_KDF = {"name": "argon2id", "time_cost": 3, "memory_cost": 64 * 1024, "parallelism": 2}

_lock = threading.Lock()
_keys: dict[Path, tuple[str, bytes]] = {}  # file -> (its salt, its key) once unlocked


def default_path() -> Path:
    return config.data_dir() / FILE_NAME


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def derive_key(password: str, kdf: dict[str, Any]) -> bytes:
    """The file's key from ``password`` and the derivation's parameters (salt included)."""
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(
        password.encode("utf-8"),
        _unb64(kdf["salt"]),
        time_cost=int(kdf["time_cost"]),
        memory_cost=int(kdf["memory_cost"]),
        parallelism=int(kdf["parallelism"]),
        hash_len=32,
        type=Type.ID,
    )


@dataclass(frozen=True)
class _Sealed:
    header: dict[str, Any]
    nonce: bytes
    data: bytes

    @property
    def kdf(self) -> dict[str, Any]:
        return dict(self.header["kdf"])

    @property
    def names(self) -> list[str]:
        return list(self.header["names"])

    def aad(self) -> bytes:
        return json.dumps(self.header, sort_keys=True, ensure_ascii=True).encode("ascii")


def _read(path: Path) -> _Sealed | None:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise UserError("secret_file_damaged", path=str(path)) from exc
    try:
        header = raw["header"]
        if header["format"] != FORMAT or not isinstance(header["names"], list):
            raise ValueError(header.get("format"))
        kdf = header["kdf"]
        if kdf["name"] != "argon2id" or len(_unb64(kdf["salt"])) < 16:
            raise ValueError(kdf)
        for field in ("time_cost", "memory_cost", "parallelism"):
            int(kdf[field])
        return _Sealed(header, _unb64(raw["nonce"]), _unb64(raw["data"]))
    except (KeyError, TypeError, ValueError) as exc:
        raise UserError("secret_file_damaged", path=str(path)) from exc


def _open(sealed: _Sealed, key: bytes, path: Path) -> dict[str, str]:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        plain = AESGCM(key).decrypt(sealed.nonce, sealed.data, sealed.aad())
    except InvalidTag as exc:
        raise UserError("secret_file_wrong_password", path=str(path)) from exc
    entries = json.loads(plain.decode("utf-8"))
    return {str(k): str(v) for k, v in entries.items()}


def _seal(path: Path, kdf: dict[str, Any], key: bytes, entries: dict[str, str]) -> None:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    header = {"format": FORMAT, "kdf": kdf, "names": sorted(entries)}
    sealed = _Sealed(header, random.token_bytes(12), b"")
    data = AESGCM(key).encrypt(sealed.nonce, json.dumps(entries).encode("utf-8"), sealed.aad())
    text = json.dumps({"header": header, "nonce": _b64(sealed.nonce), "data": _b64(data)})
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=".secrets-", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temp, 0o600)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


class SecretFile:
    """The encrypted file at ``path`` (the user's data directory by default)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = (path or default_path()).resolve()

    def exists(self) -> bool:
        return self.path.exists()

    def names(self) -> list[str]:
        """The entries kept, readable without the password; empty if there is no file."""
        sealed = _read(self.path)
        return sealed.names if sealed is not None else []

    def holds(self, name: str) -> bool:
        return name in self.names()

    @property
    def unlocked(self) -> bool:
        with _lock:
            return self.path in _keys

    def unlock(self, password: str) -> None:
        """Check ``password`` against the file and keep its key for this process."""
        sealed = _read(self.path)
        if sealed is None:
            raise UserError("secret_file_missing", path=str(self.path))
        key = derive_key(password, sealed.kdf)
        _open(sealed, key, self.path)  # refuses a wrong password
        with _lock:
            _keys[self.path] = (sealed.kdf["salt"], key)

    def lock(self) -> None:
        with _lock:
            _keys.pop(self.path, None)

    def _key(self, sealed: _Sealed) -> bytes | None:
        """The file's key if it was unlocked (for this very file: same salt), or unlocked now
        with ``BO_SECRETS_PASSWORD``."""
        with _lock:
            found = _keys.get(self.path)
        if found is not None and found[0] == sealed.kdf["salt"]:
            return found[1]
        if os.environ.get(ENV_PASSWORD):
            self.unlock(os.environ[ENV_PASSWORD])
            with _lock:
                return _keys[self.path][1]
        return None

    def get(self, name: str) -> str | None:
        """The secret ``name``; None if the file does not hold it. Raises
        ``secret_file_locked`` if it holds it and was not unlocked."""
        sealed = _read(self.path)
        if sealed is None or name not in sealed.names:
            return None
        key = self._key(sealed)
        if key is None:
            raise UserError("secret_file_locked", path=str(self.path))
        return _open(sealed, key, self.path).get(name)

    def put(self, name: str, secret: str, *, password: str | None = None) -> None:
        """Keep ``secret`` under ``name``. A new file is protected by ``password``; an existing
        one needs to be unlocked, or ``password`` to be its own."""
        with _lock:
            sealed = _read(self.path)
            if sealed is None:
                if password is None:
                    raise UserError("secret_file_password_needed")
                if len(password) < MIN_PASSWORD:
                    raise UserError("password_too_short", minimum=MIN_PASSWORD)
                kdf = {**_KDF, "salt": _b64(random.token_bytes(16))}
                key = derive_key(password, kdf)
                entries: dict[str, str] = {}
            else:
                kdf = sealed.kdf
                found = _keys.get(self.path)
                if password is not None:
                    key = derive_key(password, kdf)
                elif found is not None and found[0] == kdf["salt"]:
                    key = found[1]
                else:
                    raise UserError("secret_file_locked", path=str(self.path))
                entries = _open(sealed, key, self.path)
            entries[name] = secret
            _seal(self.path, kdf, key, entries)
            _keys[self.path] = (kdf["salt"], key)
