"""``bureau-ordre``: entry point, global options, and the one-line error contract.

Global options (``--db``, ``--json``, ``--user``, ``--lang``) are accepted before or after the
command: every sub-parser shares them with defaults suppressed, so the last one given wins
wherever it stands. Exit status: 0 on success; non-zero with one line on stderr otherwise.

Only the module of the command asked for is imported (:mod:`app.cli.commands`), and nothing
here imports the database layer: ``--version`` and ``--help`` answer at once.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import traceback
from collections.abc import Callable, Sequence

from app import __version__
from app.cli.access import needs_of
from app.cli.commands import COMMANDS, asked
from app.cli.context import Context
from app.domain import entry
from app.errors import UserError
from app.i18n import message

EXIT_USAGE = 2
EXIT_BUG = 70


class _Parser(argparse.ArgumentParser):
    def error(self, text: str) -> None:  # type: ignore[override]
        # One line on stderr, like every other failure.
        self.exit(EXIT_USAGE, f"{self.prog}: {entry.one_line(text)}\n")


def _common() -> argparse.ArgumentParser:
    common = _Parser(add_help=False)
    s = argparse.SUPPRESS
    common.add_argument("--db", default=s, help="database URL (or BO_DATABASE_URL)")
    common.add_argument("--json", action="store_true", default=s, help="machine-readable output")
    common.add_argument("--user", default=s, help="acting user's login (or BO_USER)")
    common.add_argument("--lang", choices=["fr", "ar"], default=s, help="language of messages")
    return common


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The parser of every command, or with the arguments of the command ``only`` alone (none
    for ``""``: ``--version``, ``--help``); the other commands are there by name and help."""
    common = _common()
    parser = _Parser(
        prog="bureau-ordre",
        description="Bureau d'ordre — مكتب الضبط",
        parents=[common],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=__version__)
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    if only is None:
        modules = list(dict.fromkeys(command.module for command in COMMANDS.values()))
    else:
        modules = [COMMANDS[only].module] if only in COMMANDS else []
    for module in modules:
        importlib.import_module(module).register(sub, common)
    for name, command in COMMANDS.items():
        if name not in sub.choices:
            sub.add_parser(name, parents=[common], help=command.help)
    return parser


def _log_bug() -> str:
    """Log the exception being handled to the user's private ``cli.log`` (its message left
    out unless ``BO_LOG_PERSONAL_DATA`` says otherwise: :mod:`app.logs`)."""
    import logging

    from app import logs

    try:
        path = logs.open_log("cli.log", level=logging.ERROR)
        logging.getLogger("bureau-ordre").error("unexpected error", exc_info=True)
        return str(path)
    except OSError:
        return "stderr"


def _bug_line() -> str:
    """The exception being handled, in one line for stderr: its type, and its message only
    with the debug setting (a script's stderr often ends up in a log file too)."""
    from app import logs

    if logs.personal_data_allowed():
        return traceback.format_exc().strip().splitlines()[-1]
    kind = sys.exc_info()[0]
    return kind.__name__ if kind is not None else "?"


def _refuse_undecodable(args: argparse.Namespace) -> None:
    """Text arguments must be UTF-8: bytes that are not (a terminal in another encoding) are
    refused here, whatever the command, rather than failing deep inside it. Paths (``Path``
    arguments) may be any bytes, as file names may."""
    for name, value in vars(args).items():
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str) and entry.undecodable(item):
                raise UserError("bad_encoding_argument", option=name.replace("_", "-"))


def main(argv: Sequence[str] | None = None, *, ready: Callable[[], None] | None = None) -> int:
    """Run the command ``argv``; ``ready()``, if given, once its module is imported and its
    arguments read, before it runs (the entry point's start-up ends there)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(only=asked(argv) or "")
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return EXIT_USAGE
    if ready is not None:
        ready()
    ctx = Context(args)
    try:
        _refuse_undecodable(args)
        ctx.authorise(needs_of(args))
        return int(args.handler(ctx))
    except UserError as exc:
        print(f"bureau-ordre: {entry.one_line(exc.message(ctx.lang))}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception:
        where = _log_bug()
        first = entry.one_line(_bug_line())
        print(
            f"bureau-ordre: {message('internal_error', ctx.lang, log=where)}: {first}",
            file=sys.stderr,
        )
        return EXIT_BUG
    finally:
        ctx.close()


if __name__ == "__main__":
    sys.exit(main())
