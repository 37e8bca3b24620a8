"""What each command of ``bureau-ordre`` requires of the acting user, checked before it runs.

Every command declares it where it is defined, beside its handler::

    p.set_defaults(handler=cmd_label, needs=access.ANY_USER)

and ``main`` calls :func:`authorise` before the handler: the user named by ``--user`` (or
``BO_USER``) logs in with ``BO_PASSWORD`` (or a prompt), through the same throttled log-in as
the desk, and the role is checked, so a command refuses before it reads or writes anything.
The roles are those of the desk (:data:`app.organisation.permissions.ALLOWED`): a command
needs what its screen needs. Reading commands need a user like the desk does, and keep to
that user's reach (``mail show``, ``mail list``, ``search``, ``inbox``, ``receipt``, ``label``,
``register``).

Only three commands need nobody: ``init`` (there is no user before it; it refuses an office
that exists), ``db upgrade`` (every command upgrades the database it opens, as the desk does
before its log-in) and ``portal-sim`` (no office database). A command that declares nothing is
an administrator's (:data:`UNDECLARED`), and ``tests/app/cli/test_access.py`` fails on it.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from dataclasses import dataclass

from app.domain.enums import Role
from app.organisation.permissions import ALLOWED, Action


@dataclass(frozen=True)
class Needs:
    """A command's requirement: no user at all, any user, a user allowed ``action``, or (for
    a screen whose roles are its feature's own, like the delivery book's) one of ``only``,
    refused in the words of the message ``action_<refused>``."""

    user: bool
    action: Action | None = None
    only: frozenset[Role] | None = None
    refused: str = ""

    @property
    def roles(self) -> frozenset[Role]:
        if not self.user:
            return frozenset()
        if self.only is not None:
            return self.only
        return ALLOWED[self.action] if self.action is not None else frozenset(Role)

    def describe(self) -> str:
        """``no user``, ``any user`` or the roles, for the documentation's table."""
        if not self.user:
            return "no user"
        if self.roles == frozenset(Role):
            return "any user"
        return ", ".join(r.value for r in Role if r in self.roles)


NO_USER = Needs(user=False)
ANY_USER = Needs(user=True)


def may(action: Action) -> Needs:
    """A user whose role may do ``action``."""
    return Needs(user=True, action=action)


def among(roles: frozenset[Role], refused: str) -> Needs:
    """A user of one of ``roles`` (a feature's own set, as its screen checks it); others are
    refused as unable to ``action_<refused>``."""
    return Needs(user=True, only=frozenset(roles), refused=refused)


ADMIN = may(Action.MANAGE_ORGANISATION)
UNDECLARED = ADMIN


def needs_of(args: argparse.Namespace) -> Needs:
    found = getattr(args, "needs", None)
    return found if isinstance(found, Needs) else UNDECLARED


def commands(parser: argparse.ArgumentParser) -> Iterator[tuple[str, argparse.ArgumentParser]]:
    """Every runnable command of ``parser`` (``"mail show"``, ``"backup"``...), with its parser."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                inner = list(commands(sub))
                if inner:
                    yield from ((f"{name} {path}", p) for path, p in inner)
                else:
                    yield name, sub
