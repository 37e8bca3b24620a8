"""service edit, user edit, user password, user unlock: the administration screen's edits.

Added under the existing ``service`` and ``user`` commands; ``service add`` and ``user add``
are unchanged. Each prints what it changed (``--json``: ``{"changed": true|false, ...}``).
"""

from __future__ import annotations

import argparse

from app.cli import access
from app.cli.context import Context
from app.domain.enums import Role, ServiceKind
from app.i18n import message
from app.organisation import service_admin, throttle, user_admin


def register(
    svc_sub: argparse._SubParsersAction,
    usr_sub: argparse._SubParsersAction,
    common: argparse.ArgumentParser,
) -> None:
    p = svc_sub.add_parser("edit", parents=[common], help="rename, move or (de)activate a service")
    p.add_argument("code")
    p.add_argument("--name-ar")
    p.add_argument("--name-fr")
    p.add_argument("--kind", choices=[k.value for k in ServiceKind])
    where = p.add_mutually_exclusive_group()
    where.add_argument("--parent", help="put it under this service")
    where.add_argument("--top", action="store_true", help="put it at the top of the hierarchy")
    _activation(p)
    p.set_defaults(handler=cmd_service_edit, needs=access.ADMIN)

    p = usr_sub.add_parser("edit", parents=[common], help="change a user's name, role, services")
    p.add_argument("login")
    p.add_argument("--name")
    p.add_argument("--role", choices=[r.value for r in Role])
    p.add_argument(
        "--service",
        action="append",
        dest="services",
        help="the user's services (repeat; replaces them all)",
    )
    p.add_argument("--no-service", action="store_true", help="remove every service")
    _activation(p)
    p.set_defaults(handler=cmd_user_edit, needs=access.ADMIN)

    p = usr_sub.add_parser(
        "password", parents=[common], help="reset a user's password (BO_NEW_PASSWORD)"
    )
    p.add_argument("login")
    p.set_defaults(handler=cmd_user_password, needs=access.ADMIN)

    p = usr_sub.add_parser(
        "unlock", parents=[common], help="unlock an account locked after wrong passwords"
    )
    p.add_argument("login")
    p.set_defaults(handler=cmd_user_unlock, needs=access.ADMIN)


def _activation(p: argparse.ArgumentParser) -> None:
    group = p.add_mutually_exclusive_group()
    group.add_argument("--deactivate", dest="active", action="store_false", default=None)
    group.add_argument("--reactivate", dest="active", action="store_true")


def cmd_service_edit(ctx: Context) -> int:
    a = ctx.args
    parent: str | None | object = service_admin.KEEP
    if a.top:
        parent = None
    elif a.parent:
        parent = a.parent
    changed = service_admin.update_service(
        ctx.database(),
        ctx.actor(),
        a.code,
        name_ar=a.name_ar,
        name_fr=a.name_fr,
        kind=ServiceKind(a.kind) if a.kind else None,
        parent_code=parent,  # type: ignore[arg-type]
        active=a.active,
    )
    code = a.code.upper()
    ctx.emit({"code": code, "changed": changed}, code)
    return 0


def cmd_user_edit(ctx: Context) -> int:
    a = ctx.args
    services = [] if a.no_service else a.services
    changed = user_admin.update_user(
        ctx.database(),
        ctx.actor(),
        a.login,
        full_name=a.name,
        role=Role(a.role) if a.role else None,
        service_codes=services,
        active=a.active,
    )
    ctx.emit({"login": a.login, "changed": changed}, a.login)
    return 0


def cmd_user_password(ctx: Context) -> int:
    a = ctx.args
    actor = ctx.actor()
    password = ctx.password(
        env="BO_NEW_PASSWORD", prompt="Nouveau mot de passe / كلمة المرور الجديدة: "
    )
    user_admin.reset_password(ctx.database(), actor, a.login, password)
    ctx.emit({"login": a.login, "changed": True}, a.login)
    return 0


def cmd_user_unlock(ctx: Context) -> int:
    login = ctx.args.login
    unlocked = throttle.unlock(ctx.database(), ctx.actor(), login)
    ctx.emit(
        {"login": login, "unlocked": unlocked},
        message("user_unlocked" if unlocked else "user_not_locked", ctx.lang, login=login),
    )
    return 0
