"""init, db upgrade, service add, user add, audit verify, backup."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli import org_cmds
from app.cli.context import Context
from app.domain.enums import Role, ServiceKind
from app.domain.text import clean, has_arabic
from app.errors import UserError
from app.i18n import message
from app.integrity import anchor
from app.integrity import verify as integrity
from app.organisation import names, service_admin, setup, user_admin
from app.store import schema
from app.store.backup import backup


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("init", parents=[common], help="create the office and its administrator")
    p.add_argument("--office-code", required=True)
    p.add_argument("--office-name", help="in either script; fills the name not given below")
    p.add_argument("--office-name-ar")
    p.add_argument("--office-name-fr")
    p.add_argument("--ministry-ar", help="the ministry or public body, for printed headers")
    p.add_argument("--ministry-fr")
    p.add_argument("--admin", required=True, help="the administrator's login")
    p.add_argument("--admin-name", help="the administrator's full name")
    p.add_argument("--number-format", help="default {prefix}-{year}/{seq:06d}")
    p.set_defaults(handler=cmd_init)

    db = sub.add_parser("db", parents=[common], help="database maintenance")
    db_sub = db.add_subparsers(dest="db_command", required=True)
    p = db_sub.add_parser("upgrade", parents=[common], help="upgrade the schema to this version")
    p.set_defaults(handler=cmd_db_upgrade)

    svc = sub.add_parser("service", parents=[common], help="services of the office")
    svc_sub = svc.add_subparsers(dest="service_command", required=True)
    p = svc_sub.add_parser("add", parents=[common], help="add a direction, division or service")
    p.add_argument("--code", required=True)
    p.add_argument("--name-ar", required=True)
    p.add_argument("--name-fr", required=True)
    p.add_argument("--parent")
    p.add_argument("--kind", choices=[k.value for k in ServiceKind], default="service")
    p.set_defaults(handler=cmd_service_add)

    usr = sub.add_parser("user", parents=[common], help="users of the office")
    usr_sub = usr.add_subparsers(dest="user_command", required=True)
    p = usr_sub.add_parser("add", parents=[common], help="add a user (password: BO_NEW_PASSWORD)")
    p.add_argument("--login", required=True)
    p.add_argument("--name", required=True)
    p.add_argument("--role", required=True, choices=[r.value for r in Role])
    p.add_argument("--service", action="append", default=[], dest="services")
    p.set_defaults(handler=cmd_user_add)
    org_cmds.register(svc_sub, usr_sub, common)

    aud = sub.add_parser("audit", parents=[common], help="the audit trail")
    aud_sub = aud.add_subparsers(dest="audit_command", required=True)
    p = aud_sub.add_parser(
        "verify",
        parents=[common],
        help="check the hash chain, the register and users it records, the files and counters",
    )
    p.add_argument(
        "--anchor",
        action="append",
        default=[],
        metavar="HASH",
        help="a hash kept outside the database (a register's, a backup's .anchor file, "
        "SEQ:HASH): it must still be in the chain",
    )
    p.add_argument(
        "--no-files", action="store_true", help="do not read the stored files' bytes again"
    )
    p.set_defaults(handler=cmd_audit_verify)

    p = sub.add_parser("backup", parents=[common], help="back the database up into one file")
    p.add_argument("--out", required=True, type=Path)
    p.set_defaults(handler=cmd_backup)


def cmd_init(ctx: Context) -> int:
    a = ctx.args
    name = clean(a.office_name)
    name_ar = clean(a.office_name_ar) or (name if has_arabic(name) else "") or name
    name_fr = clean(a.office_name_fr) or (name if not has_arabic(name) else "") or name
    if not name_ar and not name_fr:
        raise UserError("missing_field", field="office-name")
    db = ctx.database(must_exist=False)
    password = ctx.password(prompt="Mot de passe de l'administrateur / كلمة مرور المدير: ")
    kwargs = {"number_format": a.number_format} if a.number_format else {}
    admin = setup.init_office(
        db,
        code=a.office_code,
        name_ar=name_ar or name_fr,
        name_fr=name_fr or name_ar,
        admin_login=a.admin,
        admin_password=password,
        admin_name=a.admin_name,
        ministry_ar=a.ministry_ar,
        ministry_fr=a.ministry_fr,
        **kwargs,
    )
    ctx.emit(
        {"office": a.office_code.upper(), "admin": admin.login, "database": db.display_url()},
        message("initialised", ctx.lang, office=a.office_code.upper(), db=db.display_url()),
    )
    return 0


def cmd_db_upgrade(ctx: Context) -> int:
    db = ctx.database()  # opening upgrades; report what happened
    ctx.emit(
        {"revision": schema.current_revision(db), "head": schema.head_revision()},
        message("db_at_head", ctx.lang, revision=schema.head_revision()),
    )
    return 0


def cmd_service_add(ctx: Context) -> int:
    """The administration page's creation, with its checks (names in their scripts, the code's
    form, an active parent)."""
    a = ctx.args
    actor = ctx.actor()
    service_id = service_admin.create_service(
        ctx.database(),
        actor,
        code=a.code,
        name_ar=a.name_ar,
        name_fr=a.name_fr,
        kind=ServiceKind(a.kind),
        parent_code=a.parent,
    )
    code = names.code(a.code)
    ctx.emit({"id": service_id, "code": code}, code)
    return 0


def cmd_user_add(ctx: Context) -> int:
    """The administration page's creation, with its checks (active services only)."""
    a = ctx.args
    actor = ctx.actor()
    password = ctx.password(
        env="BO_NEW_PASSWORD", prompt="Mot de passe du nouvel utilisateur / كلمة المرور: "
    )
    user_id = user_admin.create_user(
        ctx.database(),
        actor,
        login=a.login,
        full_name=a.name,
        role=Role(a.role),
        password=password,
        service_codes=a.services,
    )
    ctx.emit({"id": user_id, "login": a.login, "role": a.role}, a.login)
    return 0


def cmd_audit_verify(ctx: Context) -> int:
    anchors = [anchor.parse(a) for a in ctx.args.anchor]
    db = ctx.database()
    with db.read() as session:
        result = integrity.verify(session, anchors=anchors, files=not ctx.args.no_files)
    data = result.to_json()
    if result.ok:
        files = (
            message("integrity_files_checked", ctx.lang, count=result.files, size=result.file_bytes)
            if result.files_checked
            else message("integrity_files_skipped", ctx.lang)
        )
        lines = [
            message(
                "integrity_ok",
                ctx.lang,
                rows=result.rows,
                mails=result.mails,
                users=result.users,
                files=files,
                seq=result.head_seq,
                head=result.head_hash,
            )
        ]
        lines += [
            message("integrity_anchor_found", ctx.lang, seq=a.found_seq, hash=a.anchor.hash)
            for a in result.anchors
        ]
        ctx.emit(data, "\n".join(lines))
        return 0
    # Each problem on its own line (stdout), then the one-line refusal (stderr).
    ctx.emit(data, "\n".join(p.message(ctx.lang) for p in result.problems))
    raise UserError(
        "integrity_failed", first=result.problems[0].message(ctx.lang), count=result.problem_count
    )


def cmd_backup(ctx: Context) -> int:
    # Read-only, like copying the file: whoever can reach the database can back it up.
    made = backup(ctx.database(), ctx.args.out)
    target = made.path
    size = target.stat().st_size
    ctx.emit(
        {
            "file": str(target),
            "size": size,
            "audit_seq": made.audit_seq,
            "audit_hash": made.audit_hash,
            "anchor_file": str(made.anchor_file),
        },
        message("backup_done", ctx.lang, path=target, size=size)
        + "\n"
        + message(
            "backup_anchor",
            ctx.lang,
            seq=made.audit_seq,
            hash=made.audit_hash,
            path=made.anchor_file,
        ),
    )
    return 0
