"""bureau-ordre import-scans: what went where, as JSON; refused files named, exit status 1."""

from __future__ import annotations

from pathlib import Path

from tests.app.cli.conftest import Cli
from tests.support import files, scans


def test_import_scans_json(ready: Cli, tmp_path: Path) -> None:
    number = ready(
        "mail", "add", "--direction", "in", "--subject", "Demande", "--correspondent", "X", "--json"
    ).json["number"]
    folder = tmp_path / "scans"
    folder.mkdir()
    (folder / "1.png").write_bytes(
        scans.png_bytes(scans.scanned(scans.label_page(number), angle=1.2, seed=1))
    )
    (folder / "2.png").write_bytes(
        scans.png_bytes(scans.scanned(scans.text_page(), angle=1, seed=2))
    )
    (folder / "3.pdf").write_bytes(files.encrypted_pdf_bytes())

    result = ready("import-scans", str(folder), "--json")
    assert result.code == 1
    data = result.json
    assert (data["attached"], data["to_tray"], data["errors"]) == (1, 1, 1)
    by_name = {Path(f["path"]).name: f for f in data["files"]}
    assert by_name["1.png"]["documents"][0]["number"] == number
    assert by_name["2.png"]["documents"][0]["reason"] == "no_label"
    assert by_name["2.png"]["documents"][0]["tray_id"] is not None
    assert by_name["3.pdf"]["error_code"] == "pdf_encrypted"
    assert result.err.count("\n") == 1 and "1" in result.err

    text = ready("import-scans", str(folder / "2.png"), "--lang", "fr")
    assert text.code == 0 and "à trier : pas d'étiquette" in text.out


def test_an_agent_may_not_fill_the_tray(ready: Cli, tmp_path: Path) -> None:
    """The GUI's capture needs the right to attach; import-scans asks the same (issue 19)."""
    assert (
        ready(
            "user", "add", "--login", "agent", "--name", "Karim Agent", "--role", "agent",
            "--service", "RH", BO_NEW_PASSWORD="agent-pass-2026",
        ).code
        == 0
    )  # fmt: skip
    scan = tmp_path / "scan.png"
    scan.write_bytes(scans.png_bytes(scans.scanned(scans.text_page(), angle=1, seed=2)))

    refused = ready(
        "import-scans", str(scan), "--json", BO_USER="agent", BO_PASSWORD="agent-pass-2026"
    )
    assert refused.code == 3, refused.err
    assert "agent" in refused.err and refused.out == ""

    accepted = ready(
        "import-scans", str(scan), "--json", BO_USER="fatima", BO_PASSWORD="fatima-2026"
    )
    assert accepted.code == 0 and accepted.json["to_tray"] == 1


def test_mail_add_refuses_a_device_clearly(ready: Cli) -> None:
    added = ready(
        "mail", "add", "--direction", "in", "--subject", "Demande", "--correspondent", "X",
        "--attach", "/dev/null",
    )  # fmt: skip
    assert added.code == 1
    assert "n'est pas un fichier ordinaire (périphérique)" in added.err
    assert ready("mail", "list", "--json").json == []


def test_mail_add_refuses_pixel_bombs(ready: Cli, tmp_path: Path) -> None:
    from tests.support import bombs

    page = tmp_path / "affiche.pdf"
    page.write_bytes(bombs.huge_page_pdf())
    image = tmp_path / "scan.pdf"
    image.write_bytes(bombs.jpeg_pdf(bombs.huge_jpeg(20000, 20000), 20000, 20000))
    for path, words in ((page, "508 × 508 cm"), (image, "400 millions de pixels")):
        added = ready(
            "mail", "add", "--direction", "in", "--subject", "Demande", "--correspondent", "X",
            "--attach", str(path),
        )  # fmt: skip
        assert added.code == 1 and words in added.err, added.err
    assert ready("mail", "list", "--json").json == []
