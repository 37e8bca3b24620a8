"""service add and user add check what the administration page checks: the same creation
functions (app.organisation.service_admin / user_admin) behind both."""

from __future__ import annotations

from tests.app.cli.conftest import Cli


def test_service_add_refuses_names_in_the_wrong_script_and_a_bad_code(ready: Cli) -> None:
    arabic_in_french = ready("service", "add", "--code", "BUDGET", "--name-ar", "الميزانية",
                             "--name-fr", "الميزانية")  # fmt: skip
    assert arabic_in_french.code == 1 and "lettres latines" in arabic_in_french.err
    latin_in_arabic = ready("service", "add", "--code", "BUDGET", "--name-ar", "Budget",
                            "--name-fr", "Budget")  # fmt: skip
    assert latin_in_arabic.code == 1 and "arabe" in latin_in_arabic.err
    bad_code = ready("service", "add", "--code", "BU DGET", "--name-ar", "الميزانية",
                     "--name-fr", "Budget")  # fmt: skip
    assert bad_code.code == 1
    done = ready("--json", "service", "add", "--code", "budget", "--name-ar", "الميزانية",
                 "--name-fr", "Budget")  # fmt: skip
    assert done.code == 0, done.err
    assert done.json["code"] == "BUDGET"


def test_nothing_new_under_a_deactivated_service(ready: Cli) -> None:
    assert ready("service", "add", "--code", "DAA", "--name-ar", "مديرية الشؤون الإدارية",
                 "--name-fr", "Direction des affaires administratives").code == 0  # fmt: skip
    assert ready("service", "edit", "DAA", "--deactivate").code == 0
    child = ready("service", "add", "--code", "PAIE", "--name-ar", "الأجور",
                  "--name-fr", "Paie", "--parent", "DAA")  # fmt: skip
    assert child.code == 1 and "désactivé" in child.err
    user = ready("user", "add", "--login", "karim", "--name", "Karim Alaoui", "--role", "agent",
                 "--service", "DAA", BO_NEW_PASSWORD="karim-pass-2026")  # fmt: skip
    assert user.code == 1 and "désactivé" in user.err
    assert ready("user", "add", "--login", "karim", "--name", "Karim Alaoui", "--role", "agent",
                 "--service", "RH", BO_NEW_PASSWORD="karim-pass-2026").code == 0  # fmt: skip
    assert ready("audit", "verify").code == 0
