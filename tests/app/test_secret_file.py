"""The encrypted secrets file: sealed with a key derived from its password, readable only
with it, refused when altered, written whole."""

from __future__ import annotations

import json
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import secret_file
from app.errors import UserError
from app.secret_file import SecretFile

# Argon2 at the file's production cost takes a tenth of a second a derivation: cheaper here.
FAST_KDF = {"name": "argon2id", "time_cost": 1, "memory_cost": 1024, "parallelism": 1}


@pytest.fixture
def file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[SecretFile]:
    monkeypatch.setattr(secret_file, "_KDF", FAST_KDF)
    monkeypatch.delenv(secret_file.ENV_PASSWORD, raising=False)
    found = SecretFile(tmp_path / "secrets.bo")
    yield found
    found.lock()


def _code(call) -> str:  # type: ignore[no-untyped-def]
    with pytest.raises(UserError) as caught:
        call()
    return caught.value.code


def test_a_secret_is_kept_sealed_and_read_back_with_the_password(file: SecretFile) -> None:
    file.put("portal:https://portail.example.ma:MJ-BO", "s3cret-€-سر", password="clé du bureau")
    raw = file.path.read_text(encoding="utf-8")
    assert "s3cret" not in raw and "clé du bureau" not in raw
    assert file.names() == ["portal:https://portail.example.ma:MJ-BO"]  # without the password
    assert stat.S_IMODE(file.path.stat().st_mode) == 0o600
    file.lock()
    assert _code(lambda: file.get("portal:https://portail.example.ma:MJ-BO")) == (
        "secret_file_locked"
    )
    assert file.get("db:postgresql://bo@server/registre") is None  # not kept: nothing to ask
    assert _code(lambda: file.unlock("wrong password")) == "secret_file_wrong_password"
    file.unlock("clé du bureau")
    assert file.get("portal:https://portail.example.ma:MJ-BO") == "s3cret-€-سر"


def test_a_second_secret_needs_the_file_unlocked_or_its_password(file: SecretFile) -> None:
    file.put("a", "1", password="first-password")
    file.lock()
    assert _code(lambda: file.put("b", "2")) == "secret_file_locked"
    assert _code(lambda: file.put("b", "2", password="another-one")) == (
        "secret_file_wrong_password"
    )
    assert file.names() == ["a"]  # refused: the file as it was
    file.put("b", "2", password="first-password")
    file.lock()
    file.unlock("first-password")
    assert (file.get("a"), file.get("b")) == ("1", "2")


def test_an_altered_file_is_refused_not_misread(file: SecretFile) -> None:
    file.put("db:postgresql://bo@server/registre", "pg-pass", password="first-password")
    file.lock()
    sealed = json.loads(file.path.read_text(encoding="utf-8"))
    sealed["header"]["names"] = ["db:postgresql://other@server/registre"]  # a name moved
    file.path.write_text(json.dumps(sealed), encoding="utf-8")
    assert _code(lambda: file.unlock("first-password")) == "secret_file_wrong_password"
    file.path.write_text("not json", encoding="utf-8")
    assert _code(lambda: file.names()) == "secret_file_damaged"


def test_the_environment_unlocks_it_for_scripts(
    file: SecretFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    file.put("a", "1", password="script-password")
    file.lock()
    monkeypatch.setenv(secret_file.ENV_PASSWORD, "script-password")
    assert file.get("a") == "1"


def test_a_new_file_wants_a_real_password(file: SecretFile) -> None:
    assert _code(lambda: file.put("a", "1")) == "secret_file_password_needed"
    assert _code(lambda: file.put("a", "1", password="123")) == "password_too_short"
    assert not file.exists()


def test_the_production_derivation_is_argon2id_with_its_salt(tmp_path: Path) -> None:
    found = SecretFile(tmp_path / "secrets.bo")
    found.put("a", "1", password="production-cost")
    try:
        kdf = json.loads(found.path.read_text(encoding="utf-8"))["header"]["kdf"]
        assert kdf["name"] == "argon2id" and kdf["memory_cost"] >= 64 * 1024
        assert kdf["time_cost"] >= 3 and len(kdf["salt"]) >= 22  # 16 bytes, base64
    finally:
        found.lock()
