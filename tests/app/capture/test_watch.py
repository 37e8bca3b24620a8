"""The watched folder: a file is taken once whole, never while a copier is still writing it."""

from __future__ import annotations

import os
from pathlib import Path

from app.capture import watch
from app.capture.watch import FolderWatcher
from tests.conftest import Office
from tests.support import scans


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_file_still_being_written_is_not_taken_early(tmp_path: Path) -> None:
    clock = Clock()
    watcher = FolderWatcher(tmp_path, settle_seconds=3, clock=clock)
    path = tmp_path / "scan.pdf"
    content = scans.pdf_of([scans.text_page()])
    with open(path, "wb") as out:
        out.write(content[:1000])
        out.flush()
        assert watcher.ready() == []
        for chunk in range(1000, len(content), 4000):  # the copier keeps writing
            clock.now += 5
            out.write(content[chunk : chunk + 4000])
            out.flush()
            assert watcher.ready() == []
        clock.now += 1  # written, but not settled yet
        assert watcher.ready() == []
    clock.now += 3
    assert watcher.ready() == [path]


def test_an_empty_file_and_other_kinds_are_not_taken(tmp_path: Path) -> None:
    clock = Clock()
    watcher = FolderWatcher(tmp_path, settle_seconds=1, clock=clock)
    (tmp_path / "copier-placeholder.pdf").write_bytes(b"")
    (tmp_path / "notes.txt").write_text("x")
    (tmp_path / ".hidden.pdf").write_bytes(b"%PDF-1.4")
    watcher.ready()
    clock.now += 10
    assert watcher.ready() == []


def test_processing_moves_files_and_leaves_young_broken_ones(
    office: Office, tmp_path: Path
) -> None:
    from tests.app.capture.conftest import register

    (number,) = register(office, 1)
    clock = Clock()
    wall = Clock()
    watcher = FolderWatcher(
        tmp_path, settle_seconds=1, grace_seconds=60, clock=clock, wall_clock=wall
    )
    good = tmp_path / "a.png"
    good.write_bytes(scans.png_bytes(scans.scanned(scans.label_page(number), angle=1, seed=1)))
    half = tmp_path / "b.pdf"
    half.write_bytes(scans.pdf_of([scans.text_page()])[:5000])  # a copier paused mid-file
    for path in (good, half):
        os.utime(path, (995, 995))
    watcher.ready()
    clock.now += 2
    wall.now = 1000  # b.pdf written 5 s ago: maybe not finished
    outcomes = watch.process(office.db, office.clerk, watcher)
    assert [(Path(o.path).name, o.ok) for o in outcomes] == [("a.png", True)]
    assert (tmp_path / "imported" / "a.png").exists() and half.exists()

    wall.now = 2000  # long untouched: truly broken
    watcher.ready()
    clock.now += 2
    outcomes = watch.process(office.db, office.clerk, watcher)
    assert [(Path(o.path).name, o.error_code) for o in outcomes] == [("b.pdf", "pdf_corrupt")]
    note = (tmp_path / "refused" / "b.pdf.txt").read_text(encoding="utf-8")
    assert "b.pdf" in note and "endommag" in note.lower() and "\n" in note.strip()
