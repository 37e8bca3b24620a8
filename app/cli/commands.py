"""The commands of ``bureau-ordre``: each one's name, the module that declares it, its help.

A command's module is imported only when that command runs (or shows its ``--help``): a
command pays for what it uses, not for Qt, numpy, the portal's client or Alembic because
another command needs them. ``bureau-ordre --version``, ``--help`` and a mistyped command
import none of them; the other commands appear in the help with the line given here.

A module declares its commands with ``register(sub, common)`` (its arguments and a
``handler``); this table is the one list of commands. A new command is a line here and its
module's ``register``; tests/app/cli/test_commands.py checks that the two agree.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Command:
    module: str
    help: str


COMMANDS: dict[str, Command] = {
    "init": Command("app.cli.admin_cmds", "create the office and its administrator"),
    "db": Command("app.cli.admin_cmds", "database maintenance"),
    "service": Command("app.cli.admin_cmds", "services of the office"),
    "user": Command("app.cli.admin_cmds", "users of the office"),
    "audit": Command("app.cli.admin_cmds", "the audit trail"),
    "backup": Command("app.cli.admin_cmds", "back the database up into one file"),
    "mail": Command("app.cli.mail_cmds", "the register"),
    "receipt": Command("app.cli.receipt_cmds", "the counter receipt of a mail, as PDF"),
    "label": Command("app.cli.label_cmds", "barcode labels of mails, as PDF"),
    "routing-slip": Command("app.cli.dispatch_cmds", "routing slips (fiches d'imputation), as PDF"),
    "delivery-book": Command(
        "app.cli.dispatch_cmds",
        "the delivery book (cahier de transmission) of a day or a period, as PDF",
    ),
    "register": Command(
        "app.cli.register_cmds", "the register of a day or a period (pdf, csv, xlsx)"
    ),
    "assign": Command("app.cli.assign_cmds", "assign mail to a service (imputation)"),
    "reassign": Command("app.cli.assign_cmds", "reassign to a service or an agent"),
    "return": Command("app.cli.assign_cmds", "send back to the bureau d'ordre"),
    "start": Command("app.cli.assign_cmds", "mark as being treated"),
    "answer": Command("app.cli.assign_cmds", "link the outgoing mail that answers it"),
    "close": Command("app.cli.assign_cmds", "file the mail (classé)"),
    "inbox": Command("app.cli.assign_cmds", "mail waiting in your services"),
    "search": Command("app.cli.search_cmds", "search the register"),
    "import-scans": Command("app.cli.capture_cmds", "match scans to mails by their barcode labels"),
    "sync": Command("app.cli.sync_cmds", "sync with the Bureau d'Ordre Digital portal"),
    "portal": Command("app.cli.sync_cmds", "the portal's link, log, quarantine"),
    "portal-sim": Command("app.cli.portal_cmds", "serve a simulated portal on loopback"),
    "mailbox": Command("app.cli.mailbox_cmds", "e-mail as a channel of arrivée"),
    "sign": Command("app.cli.signature_cmds", "sign a mail's document (PAdES)"),
    "signature": Command("app.cli.signature_cmds", "signatures: verify, settings"),
    "stats": Command("app.cli.stats_cmds", "the activity dashboard's figures"),
    "holiday": Command("app.cli.stats_cmds", "the office's official holidays"),
}

# The global options before a command (argparse also takes a long option's unambiguous
# start), and those of them that take a value: the word after them is not a command.
GLOBAL_OPTIONS = ("--db", "--json", "--user", "--lang", "--version", "--help")
VALUED_OPTIONS = ("--db", "--user", "--lang")


def _takes_value(word: str) -> bool:
    if not word.startswith("--") or "=" in word:
        return False
    named = [option for option in GLOBAL_OPTIONS if option.startswith(word)]
    return len(named) == 1 and named[0] in VALUED_OPTIONS


def asked(argv: list[str]) -> str | None:
    """The command named in ``argv`` (its first word that is not an option or an option's
    value), or None (``--version``, ``--help``, nothing)."""
    words = iter(argv)
    for word in words:
        if word == "--":
            return next(words, None)
        if _takes_value(word):
            next(words, None)
        elif not word.startswith("-"):
            return word
    return None
