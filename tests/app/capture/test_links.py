"""Links and special files in the watched folder and in imported folders (issue 19, item 13).

Whoever can write to a copier's share can plant a symbolic link, a FIFO or a device named like
a scan. Nothing outside the folder is ever read, moved or written through one.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.capture import watch
from app.capture.importer import import_paths
from app.capture.watch import FolderWatcher
from app.errors import UserError
from app.store.models import TrayItem
from tests.conftest import Office
from tests.support import scans


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _watcher(folder: Path) -> tuple[FolderWatcher, Clock]:
    clock = Clock()
    wall = Clock()
    wall.now = 10**10  # every file is old: a failure to read it is final
    return FolderWatcher(folder, settle_seconds=1, clock=clock, wall_clock=wall), clock


def _settle(watcher: FolderWatcher, clock: Clock) -> None:
    watcher.ready()
    clock.now += 2


def _tray(office: Office) -> int:
    with office.db.read() as session:
        return int(session.scalar(select(func.count()).select_from(TrayItem)) or 0)


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A folder beside the watched one, holding what a planted link points at."""
    folder = tmp_path / "outside"
    folder.mkdir()
    return folder


@pytest.fixture
def share(tmp_path: Path) -> Path:
    folder = tmp_path / "copieur"
    folder.mkdir()
    return folder


def test_a_link_to_an_outside_pdf_is_not_read_into_the_tray(
    office: Office, share: Path, outside: Path
) -> None:
    secret = outside / "confidentiel.pdf"
    secret.write_bytes(scans.pdf_of([scans.text_page()]))
    (share / "scan.pdf").symlink_to(secret)
    watcher, clock = _watcher(share)
    _settle(watcher, clock)

    outcomes = watch.process(office.db, office.clerk, watcher, lang="fr")
    assert [(Path(o.path).name, o.error_code) for o in outcomes] == [("scan.pdf", "file_is_link")]
    assert _tray(office) == 0
    moved = share / "refused" / "scan.pdf"
    assert moved.is_symlink() and secret.exists()  # the link moved, its target untouched
    assert "lien symbolique" in (share / "refused" / "scan.pdf.txt").read_text(encoding="utf-8")


def test_the_refusal_note_never_writes_through_a_planted_link(
    office: Office, share: Path, outside: Path
) -> None:
    precious = outside / "rapport.txt"
    precious.write_text("rapport annuel\n", encoding="utf-8")
    (share / "refused").mkdir()
    (share / "refused" / "b.pdf.txt").symlink_to(precious)  # where the note would go
    (share / "b.pdf").write_bytes(b"%PDF-1.7\n" + os.urandom(3000))  # old and broken
    watcher, clock = _watcher(share)
    _settle(watcher, clock)

    outcomes = watch.process(office.db, office.clerk, watcher, lang="fr")
    assert [o.error_code for o in outcomes] == ["pdf_corrupt"]
    assert precious.read_text(encoding="utf-8") == "rapport annuel\n"
    # Put under another name, whose note is a new file.
    assert (share / "refused" / "b-1.pdf").is_file()
    assert "endommag" in (share / "refused" / "b-1.pdf.txt").read_text(encoding="utf-8")


def test_a_linked_imported_folder_moves_nothing_out(
    office: Office, share: Path, outside: Path
) -> None:
    (share / "imported").symlink_to(outside, target_is_directory=True)
    scan = share / "a.png"
    scan.write_bytes(scans.png_bytes(scans.scanned(scans.text_page(), angle=1, seed=4)))
    watcher, clock = _watcher(share)
    _settle(watcher, clock)

    with pytest.raises(UserError) as refused:
        watch.process(office.db, office.clerk, watcher, lang="fr")
    assert refused.value.code == "watch_subfolder_unsafe"
    assert "imported" in refused.value.message("fr")
    assert scan.exists() and list(outside.iterdir()) == [] and _tray(office) == 0


def test_fifos_and_devices_named_like_scans_are_refused_without_being_opened(
    office: Office, share: Path
) -> None:
    os.mkfifo(share / "fifo.pdf")  # opening it to read would wait for a writer for ever
    watcher, clock = _watcher(share)
    _settle(watcher, clock)
    outcomes = watch.process(office.db, office.clerk, watcher, lang="fr")
    assert [(Path(o.path).name, o.error_code) for o in outcomes] == [
        ("fifo.pdf", "file_not_regular")
    ]
    assert "tube nommé" in outcomes[0].error


def test_importing_a_folder_does_not_follow_its_links(
    office: Office, tmp_path: Path, outside: Path
) -> None:
    folder = tmp_path / "lot"
    folder.mkdir()
    secret = outside / "confidentiel.pdf"
    secret.write_bytes(scans.pdf_of([scans.text_page()]))
    (folder / "1-lien.pdf").symlink_to(secret)
    (folder / "sous-dossier").symlink_to(outside, target_is_directory=True)
    os.mkfifo(folder / "2-fifo.pdf")
    (folder / "3-bon.png").write_bytes(
        scans.png_bytes(scans.scanned(scans.text_page(), angle=1, seed=5))
    )

    report = import_paths(office.db, office.clerk, [folder], lang="fr")
    assert [(Path(f.path).name, f.error_code) for f in report.files] == [
        ("1-lien.pdf", "file_is_link"),
        ("2-fifo.pdf", "file_not_regular"),
        ("3-bon.png", None),
    ]
    assert _tray(office) == 1  # the good scan only; nothing from outside


def test_a_file_swapped_for_a_link_after_the_look_is_not_read(
    office: Office, share: Path, outside: Path
) -> None:
    scan = share / "a.pdf"
    scan.write_bytes(scans.pdf_of([scans.text_page()]))
    watcher, clock = _watcher(share)
    _settle(watcher, clock)
    assert watcher.ready() == [scan]
    secret = outside / "confidentiel.pdf"
    secret.write_bytes(scans.pdf_of([scans.text_page()]))
    scan.unlink()
    scan.symlink_to(secret)  # between the look and the reading

    report = import_paths(office.db, office.clerk, [watcher.file_ref(scan)], lang="fr")
    assert [f.error_code for f in report.files] == ["file_is_link"]
    assert _tray(office) == 0
