"""Errors a user can act on, told in the user's language.

A :class:`UserError` carries a message code and its parameters; the text is looked up in
:mod:`app.messages` for the language asked for, so the CLI and the GUI say the same thing.
Anything that is not a ``UserError`` is a bug and goes to the crash handler.
"""

from __future__ import annotations

from app import i18n


class UserError(Exception):
    """Something the user can fix: bad input, a missing record, a server that is down."""

    exit_code = 1

    def __init__(self, code: str, /, **params: object) -> None:
        self.code = code
        self.params = params
        super().__init__(self.message("fr"))  # the exception text, for logs

    def message(self, lang: str | None = None) -> str:
        return i18n.message(self.code, lang, **self.params)

    def __reduce__(self) -> tuple[object, ...]:
        # Crosses process boundaries (the portal's fetching processes) with its code, its
        # parameters and whatever a subclass keeps, whatever the subclass's constructor.
        return (_rebuild, (type(self), self.code, self.params, dict(self.__dict__)))


def _rebuild(
    cls: type[UserError], code: str, params: dict[str, object], state: dict[str, object]
) -> UserError:
    error = cls.__new__(cls)
    Exception.__init__(error, i18n.message(code, "fr", **params))
    error.__dict__.update(state)
    return error


class NotFound(UserError):
    """A number, a login or a code that does not exist."""


class UsageError(UserError):
    """The command line was used wrongly: a value no data could make right (a filter's day out
    of the window, a period backwards, a limit out of range). Exit status 2, like argparse's."""

    exit_code = 2


class PermissionDenied(UserError):
    """The user's role does not allow the action."""

    exit_code = 3


class InvalidFile(UserError):
    """An attachment that cannot be accepted (corrupt, encrypted, wrong type, too big)."""


class DatabaseUnavailable(UserError):
    """The database cannot be reached or opened."""

    exit_code = 4


class SchemaMismatch(UserError):
    """The database was written by a newer version of the application."""

    exit_code = 5
