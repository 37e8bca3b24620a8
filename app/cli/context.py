"""What every command needs: the database (opened and upgraded), the acting user, the output.

Imported by every command before it runs, so it imports nothing heavy itself: the database
layer, the keyring and the password hasher come in when a command asks for them.
"""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from app.domain import entry
from app.errors import PermissionDenied, UserError

if TYPE_CHECKING:
    from app.cli.access import Needs
    from app.organisation.actor import Actor
    from app.store.database import Database


@dataclass
class Context:
    args: argparse.Namespace
    _db: Database | None = field(default=None, init=False)
    _actor: Actor | None = field(default=None, init=False)

    @property
    def json(self) -> bool:
        return bool(getattr(self.args, "json", False))

    @property
    def lang(self) -> str | None:
        return getattr(self.args, "lang", None)

    def database(self, *, must_exist: bool = True) -> Database:
        """The database, upgraded to this version's schema (after a backup, on SQLite)."""
        if self._db is None:
            from app import config, secrets
            from app.store import schema
            from app.store.database import Database

            db = Database(
                secrets.with_password(config.database_url(getattr(self.args, "db", None)))
            )
            if must_exist and db.is_sqlite and not (db.sqlite_path and db.sqlite_path.exists()):
                raise UserError("db_missing", path=str(db.sqlite_path))
            result = schema.upgrade(db)
            if result.backup is not None:
                self.info_stderr(
                    "upgraded", before=result.before, after=result.after, backup=str(result.backup)
                )
            self._db = db
        return self._db

    def password(
        self, env: str = "BO_PASSWORD", prompt: str = "Mot de passe / كلمة المرور: "
    ) -> str:
        value = os.environ.get(env)
        if value:
            if entry.undecodable(value):
                raise UserError("bad_encoding_argument", option=env)
            return value
        if sys.stdin is not None and sys.stdin.isatty():
            import getpass

            value = getpass.getpass(prompt)
            if value:
                return value
        raise UserError("password_required", env=env)

    def has_user(self) -> bool:
        """Whether a user was named (``--user`` or BO_USER). Every command that reads or
        writes the office's data requires one (:mod:`app.cli.access`), so there it is True."""
        return bool(getattr(self.args, "user", None) or os.environ.get("BO_USER"))

    def login(self) -> str:
        login = getattr(self.args, "user", None) or os.environ.get("BO_USER")
        if not login:
            raise PermissionDenied("user_required")
        if entry.undecodable(login):
            raise UserError("bad_encoding_argument", option="BO_USER")
        return str(login)

    def actor(self) -> Actor:
        """The acting user, logged in once per run (the log-in is throttled and audited)."""
        if self._actor is None:
            from app.organisation.actor import authenticate

            self._actor = authenticate(self.database(), self.login(), self.password(), via="cli")
        return self._actor

    def authorise(self, needs: Needs) -> None:
        """Log the user in and check their role, as the command declares (:mod:`access`)."""
        if not needs.user:
            return
        from app.domain.enums import Role
        from app.organisation.permissions import require

        actor = self.actor()
        if needs.only is not None and Role(actor.role) not in needs.only:
            raise PermissionDenied("denied_role", role=actor.role, action=needs.refused)
        if needs.action is not None:
            require(actor.role, needs.action)

    def emit(self, data: Any, text: str | None = None) -> None:
        """Print ``data`` as JSON with ``--json``, else ``text``: either way, nothing from the
        data that a terminal would act on (:func:`app.domain.entry.printable`)."""
        if self.json:
            import json

            dumped = json.dumps(data, ensure_ascii=False, indent=2, default=str)
            sys.stdout.write(entry.json_printable(dumped) + "\n")
        elif text is not None:
            print(entry.printable(text))

    def info_stderr(self, code: str, **params: object) -> None:
        from app.i18n import message

        print(entry.one_line(message(code, self.lang, **params)), file=sys.stderr)

    def close(self) -> None:
        if self._db is not None:
            self._db.dispose()
