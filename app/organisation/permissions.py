"""What each role may do. The full matrix (services, confidentiality) comes with imputation."""

from __future__ import annotations

from enum import StrEnum

from app.domain.enums import Role
from app.errors import PermissionDenied


class Action(StrEnum):
    REGISTER = "register"
    CORRECT = "correct"
    CANCEL = "cancel"
    MANAGE_ORGANISATION = "manage_organisation"


ALLOWED: dict[Action, frozenset[Role]] = {
    Action.REGISTER: frozenset({Role.CLERK, Role.CHEF, Role.ADMIN}),
    Action.CORRECT: frozenset({Role.CLERK, Role.SUPERVISOR, Role.ADMIN}),
    Action.CANCEL: frozenset({Role.SUPERVISOR, Role.ADMIN}),
    Action.MANAGE_ORGANISATION: frozenset({Role.ADMIN}),
}


def allowed(role: str, action: Action) -> bool:
    return Role(role) in ALLOWED[action]


def require(role: str, action: Action) -> None:
    if not allowed(role, action):
        raise PermissionDenied("forbidden", role=role, action=action.value)
