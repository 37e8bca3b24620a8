"""import-scans: barcode matching on files and folders.

    bureau-ordre import-scans PATH... [--ocr] [--searchable] [--json]

Each file is split at the labels printed by this application; each document is attached to
its mail, or put in the "to be sorted" tray with the reason. With ``--json``, prints what
went where (files, documents with their pages, mail or tray, and the files refused with the
message). ``--ocr`` then reads the text of the attachments that have none (tesseract), and
``--searchable`` also keeps a copy of scanned PDFs with a text layer (ocrmypdf).

Exit status 0 when every file was read (documents in the tray included); 1 if any file was
refused, after the others were imported.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.capture import ocr, texts
from app.capture.importer import import_paths
from app.cli import access
from app.cli.context import Context
from app.i18n import message
from app.organisation.permissions import Action


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "import-scans", parents=[common], help="match scans to mails by their barcode labels"
    )
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    p.add_argument("--ocr", action="store_true", help="then read the text of new attachments")
    p.add_argument("--searchable", action="store_true", help="with --ocr: add a PDF text layer")
    p.set_defaults(handler=cmd_import_scans, needs=access.may(Action.ATTACH))


def _pages(pages: list[int]) -> str:
    return f"{pages[0]}-{pages[-1]}" if len(pages) > 1 else str(pages[0])


def cmd_import_scans(ctx: Context) -> int:
    db = ctx.database()
    actor = ctx.actor()
    report = import_paths(db, actor, ctx.args.paths, origin="cli", lang=ctx.lang)
    data = report.to_json()
    if ctx.args.ocr:
        texts.queue_missing(db)
        data["ocr"] = ocr.run_pending(db, searchable=ctx.args.searchable, limit=10_000)
    lines = []
    for outcome in report.files:
        if outcome.error:
            lines.append(
                message("import_refused", ctx.lang, path=outcome.path, error=outcome.error)
            )
        for doc in outcome.documents:
            if doc.number:
                lines.append(
                    message(
                        "import_to_mail",
                        ctx.lang,
                        name=doc.name,
                        pages=_pages(doc.pages),
                        number=doc.number,
                    )
                )
            else:
                reason = message(f"tray_reason_{doc.reason}", ctx.lang)
                if doc.barcode:
                    reason += f" ({doc.barcode})"
                lines.append(
                    message(
                        "import_to_tray",
                        ctx.lang,
                        name=doc.name,
                        pages=_pages(doc.pages),
                        reason=reason,
                    )
                )
    lines.append(
        message(
            "import_summary",
            ctx.lang,
            attached=len(report.attached),
            tray=len(report.trayed),
            errors=len(report.failed),
        )
    )
    if "ocr" in data:
        lines.append(message("ocr_summary", ctx.lang, count=data["ocr"]))
    ctx.emit(data, "\n".join(lines))
    if report.failed:
        print(
            f"bureau-ordre: {message('import_had_errors', ctx.lang, errors=len(report.failed))}",
            file=sys.stderr,
        )
        return 1
    return 0
