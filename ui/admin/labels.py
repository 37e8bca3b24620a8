"""Translated names of roles, kinds of service and states, for the administration screen."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.domain.enums import Role, ServiceKind

CONTEXT = "AdminLabels"

ROLES = {
    Role.CLERK: QT_TRANSLATE_NOOP("AdminLabels", "Clerk of the bureau d'ordre"),
    Role.CHEF: QT_TRANSLATE_NOOP("AdminLabels", "Head of service"),
    Role.AGENT: QT_TRANSLATE_NOOP("AdminLabels", "Agent (treats mail)"),
    Role.SUPERVISOR: QT_TRANSLATE_NOOP("AdminLabels", "Supervisor"),
    Role.ADMIN: QT_TRANSLATE_NOOP("AdminLabels", "Administrator"),
}
KINDS = {
    ServiceKind.DIRECTION: QT_TRANSLATE_NOOP("AdminLabels", "Direction"),
    ServiceKind.DIVISION: QT_TRANSLATE_NOOP("AdminLabels", "Division"),
    ServiceKind.SERVICE: QT_TRANSLATE_NOOP("AdminLabels", "Service"),
}
ACTIVE = QT_TRANSLATE_NOOP("AdminLabels", "Active")
INACTIVE = QT_TRANSLATE_NOOP("AdminLabels", "Deactivated")


def _tr(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def role_label(role: str) -> str:
    try:
        return _tr(ROLES[Role(role)])
    except ValueError:
        return role


def kind_label(kind: str) -> str:
    try:
        return _tr(KINDS[ServiceKind(kind)])
    except ValueError:
        return kind


def state_label(active: bool) -> str:
    return _tr(ACTIVE if active else INACTIVE)
