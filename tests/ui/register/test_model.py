"""The lazy register model: ids from SQL, rows by page on the worker, sorting in SQL."""

import pytest
from PySide6.QtCore import Qt

from app.directory.correspondents import CorrespondentInput
from app.domain.enums import Direction
from app.registry.browse import RegisterQuery, SortKey
from app.registry.drafts import MailDraft
from app.registry.register import Batched, RegisteredMail, register_batch, register_mail
from tests.conftest import Office
from ui.register import model as model_module
from ui.register.model import RegisterModel
from ui.tasks import TaskRunner

SUBJECTS = [
    "طلب شهادة السكنى",
    "Demande de stage",
    "شكاية ضد شركة النظافة",
    "Facture d'électricité de mars",
]


@pytest.fixture
def tasks(qtbot):  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    yield runner
    runner.wait()


@pytest.fixture
def model(office: Office, tasks: TaskRunner, qtbot) -> RegisterModel:  # type: ignore[no-untyped-def]
    drafts = [
        MailDraft(
            direction=Direction.OUT if i % 5 == 0 else Direction.IN,
            subject=f"{SUBJECTS[i % 4]} {i}",
            correspondent=CorrespondentInput.from_name("مريم التازي" if i % 2 else "Omar Haddad"),
        )
        for i in range(250)
    ]
    done = register_batch(office.db, office.clerk, [Batched(d, []) for d in drafts])  # one commit
    assert all(isinstance(r, RegisteredMail) for r in done)
    m = RegisterModel(db=office.db, tasks=tasks)
    with qtbot.waitSignal(m.loading, check_params_cb=lambda busy: busy is False, timeout=10000):
        m.set_query(RegisterQuery())
    return m


def _wait_rows(qtbot, m: RegisterModel, rows: range) -> None:  # type: ignore[no-untyped-def]
    for r in rows:
        m.row_at(r)
    qtbot.waitUntil(lambda: all(m.row_at(r) is not None for r in rows), timeout=10000)


def test_all_ids_arrive_after_the_first_screen(model: RegisterModel) -> None:
    assert model.rowCount() == 250
    assert model_module.FIRST_SCREEN < 250  # the first screen really was partial


def test_rows_are_loaded_by_page(qtbot, model: RegisterModel) -> None:  # type: ignore[no-untyped-def]
    assert model.data(model.index(230, 4)) is None  # not fetched yet
    _wait_rows(qtbot, model, range(228, 232))
    assert model.data(model.index(150, 4)) is None  # page 1 was never asked for
    _wait_rows(qtbot, model, range(150, 151))
    assert model.data(model.index(150, 4)).endswith(" 99")
    subject = model.data(model.index(230, 4))
    assert subject == f"{SUBJECTS[19 % 4]} 19"  # newest first: row 230 is mail 250-1-230


def test_first_page_comes_with_the_first_ids(qtbot, tasks: TaskRunner, office: Office) -> None:  # type: ignore[no-untyped-def]
    for i in range(3):
        register_mail(
            office.db,
            office.clerk,
            MailDraft(
                direction=Direction.IN,
                subject=f"Demande {i}",
                correspondent=CorrespondentInput.from_name("Omar Haddad"),
            ),
        )
    m = RegisterModel(db=office.db, tasks=tasks)
    busy: list[bool] = []
    m.loading.connect(busy.append)
    with qtbot.waitSignal(m.modelReset, timeout=10000):
        m.set_query(RegisterQuery())
    assert [m.data(m.index(r, 4)) for r in range(3)] == ["Demande 2", "Demande 1", "Demande 0"]
    qtbot.waitUntil(lambda: busy[-1] is False, timeout=10000)


def test_row_of_finds_any_id(qtbot, model: RegisterModel) -> None:  # type: ignore[no-untyped-def]
    rows = range(model.rowCount())
    assert all(model.row_of(model.id_at(r)) == r for r in rows)  # type: ignore[arg-type]
    assert model.row_of(-1) is None
    assert model.row_of(max(model.id_at(r) for r in rows) + 1) is None  # type: ignore[type-var]
    with qtbot.waitSignal(model.loading, check_params_cb=lambda busy: busy is False, timeout=10000):
        model.set_query(RegisterQuery(direction=Direction.OUT))
    outgoing = {model.id_at(r) for r in range(model.rowCount())}
    assert model.row_of(model.id_at(7)) == 7  # type: ignore[arg-type]
    incoming = next(i for i in range(1, 300) if i not in outgoing)
    assert model.row_of(incoming) is None


def test_model_passes_the_model_tester(qtbot, qtmodeltester, model: RegisterModel) -> None:  # type: ignore[no-untyped-def]
    _wait_rows(qtbot, model, range(0, 5))
    qtmodeltester.check(model)


def test_sorting_is_a_new_query(qtbot, model: RegisterModel) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(model.loading, check_params_cb=lambda busy: busy is False, timeout=10000):
        model.sort(0, Qt.SortOrder.AscendingOrder)
    assert model.query.sort is SortKey.NUMBER and not model.query.descending
    _wait_rows(qtbot, model, range(0, 1))
    assert model.data(model.index(0, 0)).lstrip("\u200e").startswith("A-")


def test_filter_and_cell_direction(qtbot, model: RegisterModel) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(model.loading, check_params_cb=lambda busy: busy is False, timeout=10000):
        model.set_query(RegisterQuery(direction=Direction.OUT))
    assert model.rowCount() == 50
    _wait_rows(qtbot, model, range(0, 2))
    align = {
        model.data(model.index(r, 3)): model.data(
            model.index(r, 3), Qt.ItemDataRole.TextAlignmentRole
        )
        for r in range(2)
    }
    assert align["Omar Haddad"] & Qt.AlignmentFlag.AlignLeft
    assert model.data(model.index(0, 2)) == "Outgoing"


def test_database_error_is_reported_not_raised(qtbot, tasks: TaskRunner, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from app.store.database import Database

    broken = Database("postgresql://nobody@127.0.0.1:1/bo")
    m = RegisterModel(db=broken, tasks=tasks)
    with qtbot.waitSignal(m.failed, timeout=15000) as caught:
        m.set_query(RegisterQuery())
    assert "injoignable" in caught.args[0].message("fr")
