"""The role matrix: each role against each action on its own service's mail, another
service's mail, a confidential mail of another service, and a confidential mail naming it.
Printing a mail's label or receipt follows the rule of viewing it (the register's lines, the
command line's and the desk's prints: tests/app/imputation/test_print_reach.py).

Every refusal must be a PermissionDenied whose French text says what was refused and why.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from app.directory.correspondents import CorrespondentInput
from app.domain.enums import Direction
from app.errors import PermissionDenied
from app.imputation import workflow
from app.organisation.actor import Actor
from app.organisation.permissions import Action, MailContext, check
from app.printing.labels import label_data
from app.printing.receipt import receipt_data
from app.registry.drafts import MailDraft
from app.registry.queries import attachment_content, get_mail
from app.registry.register import register_mail
from tests.app.imputation.conftest import Org

ACTING = {
    "clerk": "fatima",
    "chef": "chef_rh",
    "agent": "agent_rh",
    "supervisor": "superviseur",
    "admin": "admin",
}
TARGETS = ("own", "other", "secret", "secret_own")
ACTIONS = (
    "register",
    "assign",
    "reassign",
    "return",
    "close",
    "view",
    "attachments",
    "label",
    "receipt",
)

Y, ROLE, SCOPE, CONF, CONF_ATT = "ok", "role", "scope", "confidential", "attachments"
# The expected outcome per role, action: one value for all targets, or one per target.
EXPECTED: dict[str, dict[str, str | tuple[str, str, str, str]]] = {
    "clerk": {
        "register": Y,
        "assign": Y,
        "reassign": ROLE,
        "return": ROLE,
        "close": ROLE,
        "view": Y,
        "attachments": (Y, Y, CONF_ATT, CONF_ATT),
        "label": Y,
        "receipt": Y,
    },
    "chef": {
        "register": Y,
        "assign": ROLE,
        "reassign": (Y, SCOPE, CONF, Y),
        "return": (Y, SCOPE, CONF, Y),
        "close": (Y, SCOPE, CONF, Y),
        "view": (Y, SCOPE, CONF, Y),
        "attachments": (Y, SCOPE, CONF, Y),
        "label": (Y, SCOPE, CONF, Y),
        "receipt": (Y, SCOPE, CONF, Y),
    },
    "agent": {
        "register": ROLE,
        "assign": ROLE,
        "reassign": ROLE,
        "return": ROLE,
        "close": ROLE,
        "view": (Y, SCOPE, CONF, Y),
        "attachments": (Y, SCOPE, CONF, Y),
        "label": (Y, SCOPE, CONF, Y),
        "receipt": (Y, SCOPE, CONF, Y),
    },
    "supervisor": {
        "register": ROLE,
        "assign": Y,
        "reassign": Y,
        "return": Y,
        "close": Y,
        "view": Y,
        "attachments": Y,
        "label": Y,
        "receipt": Y,
    },
    "admin": {a: Y for a in ACTIONS},
}

# What the French message must say, per kind of refusal.
SAYS = {
    SCOPE: "ne relève pas de vos services",
    CONF: "courrier confidentiel réservé à ses destinataires désignés",
    CONF_ATT: "ne sont pas accessibles au bureau d'ordre",
    ROLE: "Refusé (",  # "Refusé (agent traitant) : vous ne pouvez pas ..."
}
ROLE_NAMES = {
    "clerk": "agent du bureau d'ordre",
    "chef": "chef de service",
    "agent": "agent traitant",
    "supervisor": "superviseur",
}
ACTION_WORDS = {
    "register": "enregistrer le courrier",
    "assign": "imputer le courrier",
    "reassign": "réimputer le courrier",
    "return": "renvoyer au bureau d'ordre",
    "close": "classer le courrier",
    "view": "consulter le courrier",
    "attachments": "pièces jointes",
    "label": "consulter le courrier",
    "receipt": "consulter le courrier",
}


def _mail(org: Org, target: str, *, assigned: bool) -> str:
    """A mail of ``target``: RH's (the actors' service) or BUDGET's; confidential or not.

    A confidential mail of RH names agent_rh, so both chef_rh and agent_rh are its recipients.
    """
    service = "RH" if target in ("own", "secret_own") else "BUDGET"
    confidential = target.startswith("secret")
    number = org.mail(service=service, confidential=confidential, attach=True)
    if assigned:
        agent = "agent_rh" if service == "RH" else None
        workflow.assign(org.db, org.office.clerk, [number], service, agent=agent)
    return number


def _attempt(org: Org, actor: Actor, action: str, target: str) -> Callable[[], object]:
    db = org.db
    number = _mail(org, target, assigned=action not in ("assign", "register"))
    service = "RH" if target in ("own", "secret_own") else "BUDGET"
    if action == "register":
        draft = MailDraft(
            direction=Direction.IN,
            subject="Nouvelle demande",
            correspondent=CorrespondentInput.from_name("Amina Idrissi"),
            service_code=service,
            confidential=target.startswith("secret"),
        )
        return lambda: register_mail(db, actor, draft)
    if action == "assign":
        return lambda: workflow.assign(db, actor, [number], service)
    if action == "reassign":
        return lambda: workflow.reassign(db, actor, number, service=service)
    if action == "return":
        return lambda: workflow.return_to_office(db, actor, number, "Ne relève pas du service")
    if action == "close":
        return lambda: workflow.close(db, actor, number, "Traité")
    if action == "view":
        return lambda: get_mail(db, number, actor=actor)
    if action == "label":
        return lambda: label_data(db, number, actor=actor)
    if action == "receipt":
        return lambda: receipt_data(db, number, actor=actor)
    attachment = get_mail(db, number).attachments[0].id
    return lambda: attachment_content(db, attachment, actor=actor)


@pytest.mark.parametrize("role", list(ACTING))
def test_role_matrix(org: Org, role: str) -> None:
    actor = org[ACTING[role]]
    got: dict[tuple[str, str], str] = {}
    messages: dict[tuple[str, str], str] = {}
    for action in ACTIONS:
        for target in TARGETS:
            run = _attempt(org, actor, action, target)
            try:
                run()
            except PermissionDenied as exc:
                text = exc.message("fr")
                kind = next((k for k, s in SAYS.items() if s in text), f"? {text}")
                got[action, target] = kind
                messages[action, target] = text
            else:
                got[action, target] = Y
    expected = {}
    for action, outcome in EXPECTED[role].items():
        for i, target in enumerate(TARGETS):
            expected[action, target] = outcome if isinstance(outcome, str) else outcome[i]
    assert got == expected

    for (action, _target), text in messages.items():
        # Each refusal names what was refused (and the role, when the role is the reason).
        assert ACTION_WORDS[action] in text, text
        if got[action, _target] == ROLE:
            assert ROLE_NAMES[role] in text, text
        if got[action, _target] in (SCOPE, CONF, CONF_ATT):
            assert "A-" in text, text  # the mail's number


def test_refusals_are_told_in_arabic_too(org: Org) -> None:
    number = org.assigned("BUDGET")
    with pytest.raises(PermissionDenied) as refused:
        get_mail(org.db, number, actor=org["chef_rh"])
    assert "لا تدخل في اختصاص مصالحكم" in refused.value.message("ar")
    assert refused.value.exit_code == 3


def test_a_copy_lets_a_service_read_not_treat(org: Org) -> None:
    number = org.mail(service="BUDGET")
    workflow.assign(org.db, org.office.clerk, [number], "BUDGET", copies=["RH"])
    assert get_mail(org.db, number, actor=org["chef_rh"]).number == number
    with pytest.raises(PermissionDenied, match="ne relève pas de vos services"):
        workflow.close(org.db, org["chef_rh"], number)


def test_an_agent_treats_only_what_names_them(org: Org) -> None:
    number = org.assigned("RH")  # to the service, no agent yet
    with pytest.raises(PermissionDenied, match="qui n'est pas imputé à vous"):
        workflow.start(org.db, org["agent_rh"], number)
    workflow.reassign(org.db, org["chef_rh"], number, agent="agent_rh")
    workflow.start(org.db, org["agent_rh"], number)


@pytest.mark.parametrize(
    ("context", "allowed"),
    [
        (MailContext("A-1", in_scope=True), True),
        (MailContext("A-1", in_scope=False), False),
        (MailContext("A-1", confidential=True, in_scope=True, named=False), False),
        (MailContext("A-1", confidential=True, named=True), True),
    ],
)
def test_check_is_a_pure_rule(org: Org, context: MailContext, allowed: bool) -> None:
    chef = org["chef_rh"]
    if allowed:
        check(chef, Action.CLOSE, context)
    else:
        with pytest.raises(PermissionDenied):
            check(chef, Action.CLOSE, context)
