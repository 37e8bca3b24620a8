"""sign, signature verify, signature roots, signature timestamp.

    bureau-ordre sign NUMBER (--pkcs12 FILE | --pkcs11-module LIB --token LABEL) [--key-label L]
                  [--name-ar N] [--title-fr T] [--title-ar T] [--no-number]
        (secret: BO_PKCS12_PASSWORD / BO_TOKEN_PIN or a prompt; never stored)
    bureau-ordre signature verify FILE|NUMBER [--out SIGNED.pdf] [--json]
    bureau-ordre signature roots [list] | add FILE.pem|.der | remove ID|FINGERPRINT
    bureau-ordre signature timestamp [URL | --none]

``sign`` signs the mail's current document (its last PDF) and keeps the signed PDF as a new
attachment; an outgoing mail's number is then written into the letter's number field (unless
``--no-number``). ``signature verify`` exits 0 when every signature is good, 1 otherwise (or
when there is none), after printing the report.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from sqlalchemy import select

from app.cli.context import Context
from app.domain import entry
from app.errors import UserError
from app.files import write_atomic
from app.i18n import message
from app.signature import Pkcs12Key, SignatureReport, TokenKey
from app.store.models import Office


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("sign", parents=[common], help="sign a mail's document (PAdES)")
    p.add_argument("number")
    key = p.add_mutually_exclusive_group(required=True)
    key.add_argument("--pkcs12", type=Path, help="PKCS#12 file (.p12, .pfx)")
    key.add_argument("--pkcs11-module", help="PKCS#11 library of the token or smart card")
    p.add_argument("--token", help="the token's label (with --pkcs11-module)")
    p.add_argument("--key-label", help="which key on the token, if it holds several")
    p.add_argument("--name-ar", default="", help="the signer's name in Arabic, for the stamp")
    p.add_argument("--title-fr", default="", help="the signer's title in French")
    p.add_argument("--title-ar", default="", help="the signer's title in Arabic")
    p.add_argument("--no-number", action="store_true", help="do not write the mail's number")
    p.set_defaults(handler=cmd_sign)

    sig = sub.add_parser("signature", parents=[common], help="signatures: verify, settings")
    ssub = sig.add_subparsers(dest="signature_command", required=True)
    v = ssub.add_parser("verify", parents=[common], help="verify a PDF's signatures")
    v.add_argument("target", metavar="FILE|NUMBER")
    v.add_argument("--out", type=Path, help="for a number: write the signed PDF there")
    v.set_defaults(handler=cmd_verify)
    r = ssub.add_parser("roots", parents=[common], help="the office's trusted roots")
    r.add_argument("action", nargs="?", choices=["list", "add", "remove"], default="list")
    r.add_argument("value", nargs="?", help="certificate file (add) or id/fingerprint (remove)")
    r.set_defaults(handler=cmd_roots)
    t = ssub.add_parser("timestamp", parents=[common], help="the office's timestamp service")
    t.add_argument("url", nargs="?")
    t.add_argument("--none", action="store_true", help="no timestamp service (B-B)")
    t.set_defaults(handler=cmd_timestamp)


def _secret(env: str, prompt: str) -> str:
    value = os.environ.get(env)
    if value:
        if entry.undecodable(value):
            raise UserError("bad_encoding_argument", option=env)
        return value
    if sys.stdin is not None and sys.stdin.isatty():
        value = getpass.getpass(prompt)
        if value:
            return value
    raise UserError("signature_secret_required", env=env)


def signer_from_args(args: argparse.Namespace):  # noqa: ANN201 - SignerSource
    """The key the command line names, its secret from the environment or a prompt."""
    if args.pkcs12 is not None:
        password = _secret("BO_PKCS12_PASSWORD", "Mot de passe du certificat / كلمة مرور الشهادة: ")
        return Pkcs12Key(args.pkcs12, password)
    if not args.token:
        from app.errors import UsageError

        raise UsageError("missing_field", field="token")
    pin = _secret("BO_TOKEN_PIN", "Code PIN / الرقم السري: ")
    return TokenKey(
        module=args.pkcs11_module, token_label=args.token, pin=pin, key_label=args.key_label
    )


def cmd_sign(ctx: Context) -> int:
    from app.signature.documents import sign_mail, stamp_for

    a = ctx.args
    db = ctx.database()
    actor = ctx.actor()
    signer = signer_from_args(a)
    stamp = stamp_for(actor, name_ar=a.name_ar, title_fr=a.title_fr, title_ar=a.title_ar)
    done = sign_mail(db, actor, a.number, signer=signer, stamp=stamp, fill=not a.no_number)
    text = message(
        "signature_signed", ctx.lang, number=done.number, signer=done.signer, level=done.level
    )
    if done.number_filled:
        text += "\n" + message("signature_number_filled", ctx.lang, number=done.number)
    ctx.emit(
        {
            "number": done.number,
            "attachment_id": done.attachment_id,
            "filename": done.filename,
            "sha256": done.sha256,
            "signer": done.signer,
            "level": done.level,
            "number_filled": done.number_filled,
        },
        text,
    )
    return 0


def _office_id(ctx: Context) -> int:
    with ctx.database().read() as session:
        found = session.scalar(select(Office.id).order_by(Office.id).limit(1))
    if found is None:
        raise UserError("db_missing", path="?")
    return int(found)


def _describe(report: SignatureReport, lang: str | None) -> str:
    fr = (lang or os.environ.get("BO_LANG", "fr")) != "ar"
    when = report.signed_at.strftime("%Y-%m-%d %H:%M:%S %Z") if report.signed_at else "?"
    yes, no = ("oui", "non") if fr else ("نعم", "لا")
    lines = [
        f"{report.field_name}: {report.signer}"
        + (f" — {report.signer_organisation}" if report.signer_organisation else ""),
        ("  signé le " if fr else "  وُقّع في ")
        + when
        + (" (horodatage de confiance)" if fr else " (ختم زمني موثوق)") * report.timestamp_trusted,
        ("  intègre : " if fr else "  سليم: ")
        + (yes if report.intact and report.valid else no)
        + ("  ·  de confiance : " if fr else "  ·  موثوق: ")
        + (yes if report.trusted else no)
        + ("  ·  révocation : " if fr else "  ·  الإلغاء: ")
        + report.revocation
        + "  ·  "
        + str(report.level),
        ("  modifié ensuite : " if fr else "  تغييرات لاحقة: ")
        + str(report.changes)
        + (f" ({', '.join(report.filled_fields)})" if report.filled_fields else ""),
    ]
    for code in report.problems:
        lines.append("  ! " + message(code, lang, field=report.field_name, detail=report.reason))
    return "\n".join(lines)


def cmd_verify(ctx: Context) -> int:
    from app.signature import verify_document
    from app.signature.documents import verify_mail
    from app.signature.settings import trusted_roots

    a = ctx.args
    path = Path(a.target)
    if path.is_file():
        try:
            pdf = path.read_bytes()
        except OSError as exc:
            raise UserError(
                "signature_verify_cannot_read", path=str(path), detail=str(exc)
            ) from exc
        reports = verify_document(pdf, trusted_roots=trusted_roots(ctx.database(), _office_id(ctx)))
        source = str(path)
    else:
        source, pdf, reports = verify_mail(ctx.database(), ctx.actor(), a.target)
        if a.out is not None:
            write_atomic(a.out, pdf, error="pdf_write_failed")
    ok = bool(reports) and all(r.ok for r in reports)
    text = "\n".join(_describe(r, ctx.lang) for r in reports) or message("signature_none", ctx.lang)
    ctx.emit({"document": source, "ok": ok, "signatures": [r.as_json() for r in reports]}, text)
    return 0 if ok else 1


def cmd_roots(ctx: Context) -> int:
    from app.signature import settings

    a = ctx.args
    db = ctx.database()
    if a.action == "list":
        roots = settings.list_roots(db, _office_id(ctx))
        ctx.emit(
            [
                {
                    "id": r.id,
                    "fingerprint": r.fingerprint,
                    "subject": r.subject,
                    "not_after": r.not_after,
                }
                for r in roots
            ],
            "\n".join(f"{r.id}  {r.fingerprint[:16]}  {r.subject}" for r in roots),
        )
        return 0
    if not a.value:
        from app.errors import UsageError

        raise UsageError("missing_field", field="value")
    actor = ctx.actor()
    if a.action == "add":
        path = Path(a.value)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise UserError(
                "signature_verify_cannot_read", path=str(path), detail=str(exc)
            ) from exc
        info = settings.add_root(db, actor, data, str(path))
        text = message(
            "signature_root_added",
            ctx.lang,
            subject=info.subject,
            fingerprint=info.fingerprint[:16],
        )
    else:
        info = settings.remove_root(db, actor, a.value)
        text = message("signature_root_removed", ctx.lang, subject=info.subject)
    ctx.emit({"id": info.id, "fingerprint": info.fingerprint, "subject": info.subject}, text)
    return 0


def cmd_timestamp(ctx: Context) -> int:
    from app.signature import settings

    a = ctx.args
    db = ctx.database()
    if a.url is None and not a.none:
        url = settings.timestamp_url(db, _office_id(ctx))
    else:
        url = settings.set_timestamp_url(db, ctx.actor(), None if a.none else a.url)
    text = (
        message("signature_timestamp_set", ctx.lang, url=url)
        if url
        else message("signature_timestamp_none", ctx.lang)
    )
    ctx.emit({"timestamp_url": url}, text)
    return 0
