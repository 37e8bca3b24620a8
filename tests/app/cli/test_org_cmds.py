"""service edit, user edit and user password from the command line."""

from __future__ import annotations

from tests.app.cli.conftest import Cli

CLERK = {"BO_USER": "fatima", "BO_PASSWORD": "fatima-2026"}


def test_a_service_is_renamed_moved_and_deactivated(ready: Cli) -> None:
    assert ready("service", "add", "--code", "DAA", "--name-ar", "مديرية الشؤون الإدارية",
                 "--name-fr", "Direction des affaires administratives",
                 "--kind", "direction").code == 0  # fmt: skip
    done = ready("--json", "service", "edit", "rh", "--parent", "DAA", "--kind", "division",
                 "--name-fr", "Division des ressources humaines")  # fmt: skip
    assert done.code == 0, done.err
    assert done.json == {"code": "RH", "changed": True}
    assert ready("--json", "service", "edit", "RH", "--parent", "DAA").json["changed"] is False

    cycle = ready("service", "edit", "DAA", "--parent", "RH")
    assert cycle.code != 0 and "relève de lui" in cycle.err
    arabic = ready("service", "edit", "RH", "--name-fr", "الموارد البشرية")
    assert arabic.code != 0 and "lettres latines" in arabic.err
    assert ready("service", "edit", "RH", "--top").code == 0
    assert ready("service", "edit", "DAA", "--deactivate").code == 0
    refused = ready("service", "edit", "RH", "--parent", "DAA")
    assert refused.code != 0 and "désactivé" in refused.err
    assert ready("audit", "verify").code == 0


def test_a_user_is_edited_and_their_password_reset(ready: Cli) -> None:
    done = ready("--json", "user", "edit", "fatima", "--role", "supervisor", "--no-service")
    assert done.code == 0, done.err
    assert done.json == {"login": "fatima", "changed": True}
    assert ready("--json", "user", "password", "fatima", BO_NEW_PASSWORD="court").code != 0
    assert ready("user", "password", "fatima", BO_NEW_PASSWORD="nouveau-2026").code == 0
    old = ready("mail", "list", **CLERK)
    assert old.code != 0  # the old password no longer opens the account
    new = ready("--json", "mail", "list", BO_USER="fatima", BO_PASSWORD="nouveau-2026")
    assert new.code == 0, new.err
    assert ready("user", "edit", "fatima", "--deactivate").code == 0
    gone = ready("mail", "list", BO_USER="fatima", BO_PASSWORD="nouveau-2026")
    assert gone.code != 0 and "désactivé" in gone.err
    self_off = ready("user", "edit", "admin", "--deactivate")
    assert self_off.code == 3 and "votre propre compte" in self_off.err
    assert ready("user", "edit", "fatima", "--reactivate").code == 0
    denied = ready("user", "edit", "admin", "--role", "clerk", BO_USER="fatima",
                   BO_PASSWORD="nouveau-2026")  # fmt: skip
    assert denied.code == 3 and "gérer les services" in denied.err
    assert ready("audit", "verify").code == 0
