"""The register follows live changes at the right depth: new mail inserted on top, changed rows
reloaded, the whole query again only when mail may have entered or left the list."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QTableView

from app.directory.correspondents import CorrespondentInput
from app.domain.enums import Direction, MailStatus
from app.imputation import workflow
from app.registry import browse
from app.registry.browse import RegisterQuery
from app.registry.drafts import MailDraft
from app.registry.register import register_mail
from app.store.changes import Change
from app.store.database import Database
from tests.conftest import Office
from ui.register.model import RegisterModel, RowIndex
from ui.tasks import TaskRunner


def _register(db: Database, office: Office, subject: str) -> str:
    draft = MailDraft(
        direction=Direction.IN,
        subject=subject,
        correspondent=CorrespondentInput.from_name("Omar Haddad"),
    )  # no service: waiting at the bureau d'ordre to be assigned
    return register_mail(db, office.clerk, draft).number


def _changes(action: str, numbers: list[str]) -> tuple[Change, ...]:
    return tuple(Change(action=action, entity_type="mail", entity_id=n) for n in numbers)


class Watch:
    """How often the model ran its whole query (its first screen of ids, then the full list
    when there is more) and was reset."""

    def __init__(self, model: RegisterModel, monkeypatch: pytest.MonkeyPatch) -> None:
        self.full_lists = 0
        self.resets = 0
        real = browse.find_ids

        def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
            self.full_lists += 1
            return real(*args, **kwargs)

        monkeypatch.setattr(browse, "find_ids", counted)
        model.modelReset.connect(self._reset)

    def _reset(self) -> None:
        self.resets += 1


@pytest.fixture
def tasks(qtbot) -> Iterator[TaskRunner]:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    yield runner
    runner.wait()


@pytest.fixture
def other_pc(office: Office) -> Iterator[Database]:
    """Another desk's connections to the same database."""
    db = Database(office.url)
    yield db
    db.dispose()


def _open(qtbot, office: Office, tasks: TaskRunner, query: RegisterQuery) -> RegisterModel:  # type: ignore[no-untyped-def]
    model = RegisterModel(db=office.db, tasks=tasks)
    model.set_query(query)
    qtbot.waitUntil(lambda: model.loaded, timeout=10_000)
    return model


def _subjects(qtbot, model: RegisterModel) -> list[str]:  # type: ignore[no-untyped-def]
    rows = range(model.rowCount())
    for r in rows:
        model.row_at(r)
    qtbot.waitUntil(lambda: all(model.row_at(r) is not None for r in rows), timeout=10_000)
    return [model.row_at(r).subject for r in rows]  # type: ignore[union-attr]


def test_row_index_after_mail_put_in_front() -> None:
    from array import array

    index = RowIndex(array("q", [7, 5, 6]))
    index.prepend([10, 9])
    index.prepend([12])
    assert [index.row_of(i) for i in (12, 10, 9, 7, 5, 6)] == [0, 1, 2, 3, 4, 5]
    assert index.row_of(8) is None and index.max_id == 12


def test_new_mail_goes_on_top_without_a_reload(  # type: ignore[no-untyped-def]
    qtbot, office: Office, tasks: TaskRunner, other_pc: Database, monkeypatch
) -> None:
    for i in range(3):
        _register(office.db, office, f"Demande {i}")
    model = _open(qtbot, office, tasks, RegisterQuery())
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.selectRow(1)
    selected = model.id_at(1)
    watch = Watch(model, monkeypatch)

    new = [_register(other_pc, office, f"Nouvelle {i}") for i in range(2)]
    model.apply_changes(_changes("mail.registered", new))
    qtbot.waitUntil(lambda: model.rowCount() == 5, timeout=10_000)

    assert watch.full_lists == 0 and watch.resets == 0
    subjects = _subjects(qtbot, model)
    assert subjects == ["Nouvelle 1", "Nouvelle 0", "Demande 2", "Demande 1", "Demande 0"]
    assert [model.row_of(model.id_at(r)) for r in range(5)] == list(range(5))  # type: ignore[arg-type]
    assert [i.row() for i in view.selectionModel().selectedRows()] == [3]
    assert model.id_at(3) == selected

    model.apply_changes(_changes("mail.registered", new))  # told twice: nothing doubles
    more = _register(other_pc, office, "Encore une")
    model.apply_changes(_changes("mail.registered", [more]))
    qtbot.waitUntil(lambda: model.rowCount() == 6, timeout=10_000)
    assert _subjects(qtbot, model)[:2] == ["Encore une", "Nouvelle 1"]
    assert watch.full_lists == 0 and watch.resets == 0


def test_a_search_gains_only_matching_mail(  # type: ignore[no-untyped-def]
    qtbot, office: Office, tasks: TaskRunner, other_pc: Database, monkeypatch
) -> None:
    _register(office.db, office, "Demande d'attestation de travail")
    _register(office.db, office, "Facture d'électricité")
    model = _open(qtbot, office, tasks, RegisterQuery(text="attestation"))
    assert model.rowCount() == 1
    watch = Watch(model, monkeypatch)
    new = [
        _register(other_pc, office, "Facture de téléphone"),
        _register(other_pc, office, "طلب attestation de salaire"),
    ]
    inserted: list[int] = []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append(last - first + 1))
    model.apply_changes(_changes("mail.registered", new))
    qtbot.waitUntil(lambda: inserted == [1], timeout=10_000)
    assert model.rowCount() == 2
    assert _subjects(qtbot, model) == [
        "طلب attestation de salaire",
        "Demande d'attestation de travail",
    ]
    assert watch.full_lists == 0 and watch.resets == 0


def test_a_changed_row_shows_its_new_status(  # type: ignore[no-untyped-def]
    qtbot, office: Office, tasks: TaskRunner, other_pc: Database, monkeypatch
) -> None:
    numbers = [_register(office.db, office, f"Demande {i}") for i in range(3)]
    model = _open(qtbot, office, tasks, RegisterQuery())
    _subjects(qtbot, model)
    watch = Watch(model, monkeypatch)
    workflow.assign(other_pc, office.clerk, [numbers[1]], "RH")
    model.apply_changes(_changes("mail.assigned", [numbers[1]]))
    qtbot.waitUntil(lambda: model.row_at(1).status == MailStatus.ASSIGNED.value, timeout=10_000)  # type: ignore[union-attr]
    assert model.row_at(0).status == MailStatus.REGISTERED.value  # type: ignore[union-attr]
    assert watch.full_lists == 0 and watch.resets == 0


def test_a_mail_leaving_a_filtered_list_reloads_it(  # type: ignore[no-untyped-def]
    qtbot, office: Office, tasks: TaskRunner, other_pc: Database, monkeypatch
) -> None:
    numbers = [_register(office.db, office, f"Demande {i}") for i in range(3)]
    model = _open(qtbot, office, tasks, RegisterQuery(status=MailStatus.REGISTERED))
    watch = Watch(model, monkeypatch)
    workflow.assign(other_pc, office.clerk, [numbers[0]], "RH")
    model.apply_changes(_changes("mail.assigned", [numbers[0]]))
    qtbot.waitUntil(lambda: model.loaded and model.rowCount() == 2, timeout=10_000)
    assert watch.full_lists == 1


def test_a_reconnection_reloads_everything(  # type: ignore[no-untyped-def]
    qtbot, office: Office, tasks: TaskRunner, monkeypatch
) -> None:
    _register(office.db, office, "Demande")
    model = _open(qtbot, office, tasks, RegisterQuery())
    watch = Watch(model, monkeypatch)
    model.apply_changes((Change(reason="reconnected"),))
    qtbot.waitUntil(lambda: watch.full_lists == 1 and model.loaded, timeout=10_000)
    assert watch.resets >= 1 and model.rowCount() == 1
