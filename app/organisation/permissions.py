"""What each role may do, and on which mail.

Two layers. :data:`ALLOWED` says which roles may do an action at all. :func:`check` adds what
the mail itself decides, from a :class:`MailContext` built for the acting user by
``app.imputation.visibility.context``:

=================  =====  ====  =====  ==========  =====
action             clerk  chef  agent  supervisor  admin
=================  =====  ====  =====  ==========  =====
register           yes    yes   -      -           yes
attach a file      yes    own   -      -           yes
assign             yes    -     -      yes         yes
reassign           -      own   -      yes         yes
return             -      own   -      yes         yes
start, answer      -      own   named  -           yes
close              -      own   -      yes         yes
view               all    own   own    all         all
view attachments   not    own   own    all         all
                   conf.
=================  =====  ====  =====  ==========  =====

"own": mail of one of the user's services or of their sub-services; a confidential mail only
when an assignment names the user's own service (not a parent's) or the user as agent.
"named": the agent named on the mail's main assignment. The clerks of the bureau d'ordre see
the whole register, but not the attachments of confidential mail.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from app.domain.enums import Role
from app.errors import PermissionDenied


class _HasRole(Protocol):
    @property
    def role(self) -> str: ...


class Action(StrEnum):
    REGISTER = "register"
    ATTACH = "attach"
    CORRECT = "correct"
    CANCEL = "cancel"
    MANAGE_ORGANISATION = "manage_organisation"
    ASSIGN = "assign"
    REASSIGN = "reassign"
    RETURN = "return"
    START = "start"
    ANSWER = "answer"
    CLOSE = "close"
    VIEW = "view"
    VIEW_ATTACHMENTS = "view_attachments"
    SYNC_PORTAL = "sync_portal"
    READ_MAILBOX = "read_mailbox"


ALLOWED: dict[Action, frozenset[Role]] = {
    Action.REGISTER: frozenset({Role.CLERK, Role.CHEF, Role.ADMIN}),
    Action.ATTACH: frozenset({Role.CLERK, Role.CHEF, Role.ADMIN}),
    Action.CORRECT: frozenset({Role.CLERK, Role.SUPERVISOR, Role.ADMIN}),
    Action.CANCEL: frozenset({Role.SUPERVISOR, Role.ADMIN}),
    Action.MANAGE_ORGANISATION: frozenset({Role.ADMIN}),
    Action.ASSIGN: frozenset({Role.CLERK, Role.SUPERVISOR, Role.ADMIN}),
    Action.REASSIGN: frozenset({Role.CHEF, Role.SUPERVISOR, Role.ADMIN}),
    Action.RETURN: frozenset({Role.CHEF, Role.SUPERVISOR, Role.ADMIN}),
    Action.START: frozenset({Role.CHEF, Role.AGENT, Role.ADMIN}),
    Action.ANSWER: frozenset({Role.CHEF, Role.AGENT, Role.ADMIN}),
    Action.CLOSE: frozenset({Role.CHEF, Role.SUPERVISOR, Role.ADMIN}),
    Action.VIEW: frozenset(Role),
    Action.VIEW_ATTACHMENTS: frozenset(Role),
    # Syncing registers the deposits and sends outgoing mail: the counter's work.
    Action.SYNC_PORTAL: frozenset({Role.CLERK, Role.ADMIN}),
    # Reading the mailboxes fills the basket the counter registers from: the counter's work.
    Action.READ_MAILBOX: frozenset({Role.CLERK, Role.ADMIN}),
}

# Roles that see the whole register, confidential mail and its attachments included.
SEES_ALL: frozenset[Role] = frozenset({Role.SUPERVISOR, Role.ADMIN})
# Roles that see the whole register, but not the attachments of confidential mail.
SEES_REGISTER: frozenset[Role] = frozenset({Role.CLERK})


def allowed(role: str, action: Action) -> bool:
    return Role(role) in ALLOWED[action]


def require(role: str, action: Action) -> None:
    if not allowed(role, action):
        raise PermissionDenied("denied_role", role=role, action=action.value)


@dataclass(frozen=True)
class MailContext:
    """One mail as the rules see it, for one acting user.

    ``in_scope``: the mail belongs to one of the user's services or their sub-services (its
    registered service or a current assignment). ``named``: a current assignment names one of
    the user's own services, or the user as agent. ``is_agent``: the user is the agent of the
    mail's active main assignment.
    """

    number: str
    confidential: bool = False
    in_scope: bool = False
    named: bool = False
    is_agent: bool = False


_TREATING = frozenset({Action.START, Action.ANSWER})


def check(actor: _HasRole, action: Action, mail: MailContext | None = None) -> None:
    """Raise :class:`PermissionDenied`, naming what was refused, unless ``actor`` may do it."""
    role = Role(actor.role)
    if role not in ALLOWED[action]:
        raise PermissionDenied("denied_role", role=role.value, action=action.value)
    if mail is None or role in SEES_ALL:
        return
    if role in SEES_REGISTER:
        if action is Action.VIEW_ATTACHMENTS and mail.confidential:
            raise PermissionDenied("denied_confidential_attachments", number=mail.number)
        return
    if mail.confidential and not mail.named:
        raise PermissionDenied("denied_confidential", action=action.value, number=mail.number)
    if not mail.confidential and not mail.in_scope:
        raise PermissionDenied("denied_scope", action=action.value, number=mail.number)
    if role is Role.AGENT and action in _TREATING and not mail.is_agent:
        raise PermissionDenied("denied_not_agent", action=action.value, number=mail.number)
