"""Import and match: files, folders or a scanned stack, split at labels, attached or trayed.

Each file is one unit: its pages are read (barcodes) first, outside any transaction, then
every document found in it is attached to its mail or put in the tray in one transaction. A
file that cannot be read (corrupt, encrypted, not what its name says, empty, too many pages)
is reported with a clear message and leaves everything else as it was: the files before it
stay imported, the files after it are still imported. Cancelling stops between pages; the
file being read is then not imported at all.

A document goes to a mail only when its leading page carries exactly one label whose number
exists in this office, is not cancelled, and is one the user may attach to; otherwise it goes
to the tray with the reason.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from app.capture import tray
from app.capture.matching import Reason, Segment, read_page, split
from app.capture.pages import Page, assemble, document_name, pages_of, rasters
from app.capture.progress import CancelToken, Progress, no_progress
from app.documents.inspect import _EXTENSIONS, read_file
from app.documents.pixels import MIN_READ_DPI
from app.documents.reading import FileId, file_id, refuse_entry
from app.domain.numbering import number_pattern
from app.errors import InvalidFile, PermissionDenied, UserError
from app.organisation.actor import Actor
from app.organisation.permissions import Action, require
from app.registry.attach import attach_in
from app.registry.register import _number_format, office_limits
from app.store.blobs import sha256_hex
from app.store.database import Database

MAX_PAGES_TO_SORT = 500  # a stack to split by barcode; a bigger file is attached by hand
MATCH_DPI = 200  # labels decode from 150 dpi up; bars are seen at 150 dpi too

ACCEPTED_SUFFIXES = frozenset(_EXTENSIONS)

_REASONS = {
    "unknown_number": Reason.UNKNOWN,
    "mail_cancelled": Reason.CANCELLED,
}


@dataclass
class DocumentOutcome:
    """One document of a file: where it went."""

    pages: list[int]  # 1-based, in the file
    name: str
    number: str | None = None  # the mail it was attached to
    attachment_id: int | None = None
    duplicate: bool = False  # the mail already had this exact content
    tray_id: int | None = None
    reason: str | None = None
    barcode: str | None = None
    sha256: str = ""


@dataclass
class FileOutcome:
    path: str
    pages: int = 0
    documents: list[DocumentOutcome] = field(default_factory=list)
    error: str | None = None  # the message, in the asked language
    error_code: str | None = None
    error_params: dict[str, Any] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass
class ImportReport:
    files: list[FileOutcome] = field(default_factory=list)

    @property
    def attached(self) -> list[DocumentOutcome]:
        return [d for f in self.files for d in f.documents if d.number]

    @property
    def trayed(self) -> list[DocumentOutcome]:
        return [d for f in self.files for d in f.documents if d.tray_id is not None]

    @property
    def failed(self) -> list[FileOutcome]:
        return [f for f in self.files if not f.ok]

    def to_json(self) -> dict[str, Any]:
        return {
            "files": [asdict(f) for f in self.files],
            "attached": len(self.attached),
            "to_tray": len(self.trayed),
            "errors": len(self.failed),
        }


@dataclass(frozen=True)
class FileRef:
    """A file to import: one the user named, or one a folder walk found.

    ``found``: the (device, inode) the walk saw; such a file is read without following a
    link and only if it is still that file. ``refused``: an entry of a folder that is not a
    regular file (a link, a FIFO, a device), reported instead of read.
    """

    path: Path
    found: FileId | None = None
    refused: InvalidFile | None = None


def expand(paths: Sequence[Path | FileRef]) -> list[FileRef]:
    """Files named, and the files of folders named (recursively, in name order).

    Inside a folder, links are never followed: a link to a file is reported as refused, a
    link to a folder is not entered.
    """
    out: list[FileRef] = []
    for path in paths:
        if isinstance(path, FileRef):
            out.append(path)
        elif path.is_dir():
            out += sorted(_walk(path), key=lambda ref: ref.path)
        else:
            out.append(FileRef(path))
    return out


def _walk(folder: Path) -> Iterator[FileRef]:
    if hasattr(os, "fwalk"):  # by directory descriptors: a folder swapped for a link is not entered
        for top, _dirs, names, dir_fd in os.fwalk(folder, follow_symlinks=False):
            for name in names:
                if Path(name).suffix.lower() in ACCEPTED_SUFFIXES:
                    try:
                        st = os.stat(name, dir_fd=dir_fd, follow_symlinks=False)
                    except OSError:
                        continue  # gone since
                    yield _ref(Path(top) / name, st)
        return
    for top, _dirs, names in os.walk(folder, followlinks=False):  # pragma: no cover - Windows
        for name in names:
            if Path(name).suffix.lower() in ACCEPTED_SUFFIXES:
                try:
                    st = os.lstat(Path(top) / name)
                except OSError:
                    continue
                yield _ref(Path(top) / name, st)


def _ref(path: Path, st: os.stat_result) -> FileRef:
    if stat.S_ISREG(st.st_mode):
        return FileRef(path, found=file_id(st))
    return FileRef(path, refused=refuse_entry(str(path), st.st_mode))


def import_paths(
    db: Database,
    actor: Actor,
    paths: Sequence[Path | FileRef],
    *,
    origin: str = "import",
    lang: str | None = None,
    cancel: CancelToken | None = None,
    progress: Progress = no_progress,
) -> ImportReport:
    """Match and attach every file of ``paths``; one file's failure stops only that file.

    Only a user who may attach files may import: every document goes to a mail or to the
    tray, and the tray is the attaching clerks' work list (an agent fills neither).
    """
    require(actor.role, Action.ATTACH)
    report = ImportReport()
    files = expand(paths)
    max_bytes = office_limits(db, actor.office_id)
    for done, ref in enumerate(files):
        path = ref.path
        outcome = FileOutcome(str(path))
        report.files.append(outcome)
        try:
            if ref.refused is not None:
                raise ref.refused
            info = read_file(
                path, max_bytes=max_bytes, follow_links=ref.found is None, expect=ref.found
            )
            outcome.pages = info.pages
            _match_into(
                db,
                actor,
                pages_of(info),
                info.filename,
                outcome,
                origin=f"{origin}:{path}",
                cancel=cancel,
                progress=lambda d, t, i=done: progress(
                    i * 1000 + d * 1000 // max(t, 1), len(files) * 1000
                ),
            )
        except UserError as exc:
            if exc.code == "capture_cancelled":
                report.files.pop()
                raise
            outcome.documents = []
            outcome.error, outcome.error_code = exc.message(lang), exc.code
            outcome.error_params = {k: str(v) for k, v in exc.params.items()}
        progress((done + 1) * 1000, len(files) * 1000)
    return report


def import_pages(
    db: Database,
    actor: Actor,
    pages: Sequence[Page],
    name: str,
    *,
    origin: str,
    cancel: CancelToken | None = None,
    progress: Progress = no_progress,
) -> FileOutcome:
    """Match and attach a stack of pages already in memory (a scanner's batch)."""
    require(actor.role, Action.ATTACH)
    outcome = FileOutcome(name, pages=len(pages))
    _match_into(db, actor, pages, name, outcome, origin=origin, cancel=cancel, progress=progress)
    return outcome


def read_stack(
    db: Database,
    actor: Actor,
    pages: Sequence[Page],
    name: str,
    *,
    cancel: CancelToken | None = None,
    progress: Progress = no_progress,
) -> list[Segment]:
    """The documents of a stack (no database write): read each page's barcodes, then split."""
    if len(pages) > MAX_PAGES_TO_SORT:
        raise InvalidFile(
            "too_many_pages_to_sort", name=name, pages=len(pages), limit=MAX_PAGES_TO_SORT
        )
    pattern = number_pattern(_number_format(db, actor.office_id))
    readings = []
    for index, image in enumerate(rasters(pages, MATCH_DPI, min_dpi=MIN_READ_DPI)):
        if cancel is not None:
            cancel.check()
        readings.append(read_page(image, pattern))
        image.close()
        progress(index + 1, len(pages))
    return split(readings)


def _match_into(
    db: Database,
    actor: Actor,
    pages: Sequence[Page],
    name: str,
    outcome: FileOutcome,
    *,
    origin: str,
    cancel: CancelToken | None,
    progress: Progress,
) -> None:
    segments = read_stack(db, actor, pages, name, cancel=cancel, progress=progress)
    documents = [
        (
            segment,
            assemble(
                [pages[i] for i in segment.pages],
                document_name(name, segment.pages[0] + 1, segment.pages[-1] + 1, len(pages)),
            ),
        )
        for segment in segments
    ]
    if cancel is not None:
        cancel.check()
    with db.write() as session:
        for segment, info in documents:
            doc = DocumentOutcome(
                pages=[i + 1 for i in segment.pages],
                name=info.filename,
                reason=segment.reason.value if segment.reason else None,
                barcode=segment.barcode,
            )
            if segment.number is not None:
                try:
                    with session.begin_nested():
                        result = attach_in(session, actor, segment.number, [info], note=origin)
                except PermissionDenied:
                    doc.reason, doc.barcode = Reason.NOT_ALLOWED.value, segment.number
                except UserError as exc:
                    if exc.code not in _REASONS:
                        raise
                    doc.reason, doc.barcode = _REASONS[exc.code].value, segment.number
                else:
                    attached = result.files[0]
                    doc.number, doc.sha256 = result.number, attached.sha256
                    doc.attachment_id, doc.duplicate = attached.id, attached.duplicate
            if doc.number is None:
                doc.tray_id = tray.add_in(
                    session,
                    actor,
                    info,
                    reason=doc.reason or Reason.NO_LABEL.value,
                    barcode=doc.barcode,
                    origin=origin,
                )
                doc.reason = doc.reason or Reason.NO_LABEL.value
                doc.sha256 = sha256_hex(info.data)
            outcome.documents.append(doc)
