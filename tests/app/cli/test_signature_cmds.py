"""sign, signature verify, signature roots and timestamp, on both databases."""

from __future__ import annotations

from pathlib import Path

from app.integrity.verify import verify as verify_integrity
from app.signature import NUMBER_FIELD, read_number, verify_document
from app.store.database import Database
from tests.app.cli.conftest import Cli
from tests.support.pki import PKCS12_PASSWORD
from tests.support.signing import letter_pdf


def _setup(cli: Cli, pki, tmp_path: Path, *, timestamp: bool = True) -> str:  # noqa: ANN001
    root = tmp_path / "racine.pem"
    root.write_bytes(pki.cert_pem("root"))
    added = cli("--json", "signature", "roots", "add", str(root))
    assert added.code == 0, added.err
    if timestamp:
        assert cli("signature", "timestamp", pki.timestamp_url).code == 0
    letter = tmp_path / "lettre.pdf"
    letter.write_bytes(letter_pdf(2))
    done = cli(
        "--json",
        "mail",
        "add",
        "--direction",
        "out",
        "--subject",
        "Budget 2027",
        "--correspondent",
        "Direction régionale de Fès",
        "--attach",
        str(letter),
    )
    assert done.code == 0, done.err
    return done.json["number"]


def test_sign_with_a_file_then_a_token_and_verify(
    ready: Cli, test_pki, test_token, tmp_path: Path
) -> None:  # noqa: ANN001
    number = _setup(ready, test_pki, tmp_path)
    first = ready(
        "--json",
        "sign",
        number,
        "--pkcs12",
        str(test_pki.pkcs12("signer")),
        "--title-fr",
        "Secrétaire générale",
        "--title-ar",
        "الكاتبة العامة",
        "--no-number",
        BO_PKCS12_PASSWORD=PKCS12_PASSWORD,
    )
    assert first.code == 0, first.err
    assert first.json["level"] == "B-LTA" and not first.json["number_filled"]
    second = ready(
        "--json",
        "sign",
        number,
        "--pkcs11-module",
        test_token.module,
        "--token",
        test_token.label,
        BO_TOKEN_PIN=test_token.pin,
    )
    assert second.code == 0, second.err
    assert second.json["number_filled"] and second.json["filename"] == "lettre-signe.pdf"
    out = tmp_path / "signe.pdf"
    checked = ready("--json", "signature", "verify", number, "--out", str(out))
    assert checked.code == 0, checked.out + checked.err
    sigs = checked.json["signatures"]
    assert [s["ok"] for s in sigs] == [True, True]
    assert all(
        s["changes"] == "form_filling" and s["filled_fields"] == [NUMBER_FIELD] for s in sigs
    )
    assert read_number(out.read_bytes()) == number
    by_file = ready("signature", "verify", str(out))
    assert by_file.code == 0 and "Youssef Benjelloun" in by_file.out
    # The signed versions are attachments like any other: the register's integrity holds.
    db = Database(ready.url)
    try:
        with db.read() as session:
            assert verify_integrity(session).ok
    finally:
        db.dispose()


def test_refusals_keep_the_document(ready: Cli, test_pki, tmp_path: Path) -> None:  # noqa: ANN001
    number = _setup(ready, test_pki, tmp_path, timestamp=False)
    wrong = ready(
        "sign", number, "--pkcs12", str(test_pki.pkcs12("signer")), BO_PKCS12_PASSWORD="nope"
    )
    assert wrong.code == 1 and "incorrect" in wrong.err and wrong.err.count("\n") == 1
    revoked = ready(
        "sign",
        number,
        "--pkcs12",
        str(test_pki.pkcs12("revoked")),
        BO_PKCS12_PASSWORD=PKCS12_PASSWORD,
        BO_LANG="ar",
    )
    assert revoked.code == 1 and "ملغاة" in revoked.err
    shown = ready("--json", "mail", "show", number)
    assert [a["name"] for a in shown.json["attachments"]] == ["lettre.pdf"]
    unsigned = ready("signature", "verify", number)
    assert unsigned.code == 1 and "aucune signature" in unsigned.out


def test_an_altered_file_names_the_signature(ready: Cli, test_pki, tmp_path: Path) -> None:  # noqa: ANN001
    number = _setup(ready, test_pki, tmp_path, timestamp=False)
    assert (
        ready(
            "sign",
            number,
            "--pkcs12",
            str(test_pki.pkcs12("signer")),
            BO_PKCS12_PASSWORD=PKCS12_PASSWORD,
        ).code
        == 0
    )
    out = tmp_path / "s.pdf"
    assert ready("signature", "verify", number, "--out", str(out)).code == 0
    data = bytearray(out.read_bytes())
    data[data.index(b"stream", 200) + 20] ^= 1
    out.write_bytes(bytes(data))
    said = ready("--json", "signature", "verify", str(out))
    assert said.code == 1
    assert (
        said.json["signatures"][0]["field"] == "Signature1"
        and not said.json["signatures"][0]["intact"]
    )


def test_roots_and_timestamp_settings(ready: Cli, test_pki, tmp_path: Path) -> None:  # noqa: ANN001
    root = tmp_path / "r.der"
    root.write_bytes(test_pki.cert_der("root"))
    added = ready("--json", "signature", "roots", "add", str(root))
    assert added.code == 0
    again = ready("signature", "roots", "add", str(root))
    assert again.code == 1 and "déjà" in again.err
    leaf = tmp_path / "leaf.pem"
    leaf.write_bytes(test_pki.cert_pem("signer"))
    assert ready("signature", "roots", "add", str(leaf)).code == 1
    listed = ready("--json", "signature", "roots")
    assert [r["fingerprint"] for r in listed.json] == [added.json["fingerprint"]]
    assert ready("signature", "timestamp", "http://tsa.example.ma/").code == 1  # http off loopback
    assert ready("--json", "signature", "timestamp", test_pki.timestamp_url).json == {
        "timestamp_url": test_pki.timestamp_url
    }
    assert ready("--json", "signature", "timestamp", "--none").json == {"timestamp_url": None}
    removed = ready("signature", "roots", "remove", added.json["fingerprint"][:12])
    assert removed.code == 0
    assert ready("--json", "signature", "roots").json == []
    assert verify_document  # the API the CLI calls
