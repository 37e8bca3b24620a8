"""Shared fixtures: databases on both backends, an initialised office, sample files.

PostgreSQL comes from ``BO_TEST_PG_URL`` (a server URL whose user may create databases) or,
failing that, from a throwaway cluster started here from the installed binaries. Each test gets
its own database, dropped afterwards. Under ``CI=true`` a missing PostgreSQL fails the run
instead of skipping its tests.
"""

from __future__ import annotations

import gc
import os
import shutil
import sqlite3
import uuid
import weakref
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("BO_TIMEZONE", "Africa/Casablanca")
os.environ["BO_LANG"] = "fr"

from argon2 import PasswordHasher  # noqa: E402

from app.organisation import passwords, setup  # noqa: E402
from app.organisation.actor import Actor  # noqa: E402
from app.store.database import Database  # noqa: E402
from app.store.schema import upgrade  # noqa: E402
from tests.support import pgcluster  # noqa: E402
from ui.i18n import Languages  # noqa: E402

# Argon2 at its production cost takes ~0.1 s a hash; in-process tests hash hundreds of times.
# Subprocess tests (the real command) keep the production cost.
passwords._HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)

IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
ADMIN_PASSWORD = "admin-pass-2026"
CLERK_PASSWORD = "clerk-pass-2026"


@pytest.fixture(scope="session", autouse=True)
def qt_application(qapp):  # type: ignore[no-untyped-def]
    """One QApplication for the whole run, made first.

    Printing in app/ makes a bare QGuiApplication when none exists (the command line does);
    if a printing test ran first, the GUI tests after it could not build a widget. Cyclic
    garbage is collected on this thread only, as in the application (ui/collector.py)."""
    from ui import collector

    collector.install()
    return qapp


@pytest.fixture(autouse=True)
def collect_on_the_gui_thread(request: pytest.FixtureRequest) -> Iterator[None]:
    """Tests that never run the event loop still have their cycles collected, here; after a
    GUI test, all of them: a window left in a cycle keeps its language's catalogues
    installed, and the next test would read its texts translated."""
    yield
    from ui import collector

    if "tests/ui/" in Path(str(request.node.path)).as_posix():
        gc.collect()
        _languages_back_to_none()
    else:
        collector.install().collect_if_due()


# Every Languages a test made (tests/support/gui.py and others leave French installed): the next
# test starts without a catalogue, whichever worker and order it runs in.
_LANGUAGES: weakref.WeakSet[Languages] = weakref.WeakSet()
_apply = Languages.apply


def _recording_apply(self: Languages, lang: str) -> None:
    _LANGUAGES.add(self)
    _apply(self, lang)


Languages.apply = _recording_apply  # type: ignore[method-assign]


def _languages_back_to_none() -> None:
    from PySide6.QtCore import QCoreApplication, QLocale, Qt
    from PySide6.QtWidgets import QApplication

    app = QCoreApplication.instance()
    for languages in list(_LANGUAGES):
        for translator in languages._installed:
            app.removeTranslator(translator)
        languages._installed = []
    if isinstance(app, QApplication):
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    QLocale.setDefault(QLocale.c())


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    url = os.environ.get("BO_TEST_PG_URL")
    if url:
        yield url
        return
    try:
        cluster = pgcluster.Cluster()
        url = cluster.start()
    except Exception as exc:  # no binaries, no postgres user...
        if IN_CI:
            pytest.fail(f"PostgreSQL is required under CI and could not be started: {exc}")
        pytest.skip(f"PostgreSQL not available: {exc}")
    yield url
    cluster.stop()


@pytest.fixture
def pg_url(pg_server: str) -> Iterator[str]:
    name = f"bo_test_{uuid.uuid4().hex[:12]}"
    url = pgcluster.create_database(pg_server, name)
    yield url
    pgcluster.drop_database(pg_server, name)


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'bo.sqlite'}"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'bo.sqlite'}"
    return str(request.getfixturevalue("pg_url"))


def set_up_office(database: Database) -> None:
    """The office every test asking for ``office`` starts from: its administrator, services
    RH and BUDGET, and the clerk "fatima" in RH."""
    from app.domain.enums import Role

    admin = setup.init_office(
        database,
        code="MJ-BO",
        name_ar="مكتب الضبط - وزارة العدل",
        name_fr="Bureau d'ordre - Ministère de la Justice",
        admin_login="admin",
        admin_password=ADMIN_PASSWORD,
        admin_name="Administrateur",
    )
    setup.add_service(
        database,
        admin,
        code="RH",
        name_ar="مصلحة الموارد البشرية",
        name_fr="Service des ressources humaines",
    )
    setup.add_service(
        database, admin, code="BUDGET", name_ar="مصلحة الميزانية", name_fr="Service du budget"
    )
    setup.add_user(
        database,
        admin,
        login="fatima",
        full_name="Fatima Zahra Bennani",
        role=Role.CLERK,
        password=CLERK_PASSWORD,
        service_codes=["RH"],
    )


def _settled(path: Path) -> Path:
    with closing(sqlite3.connect(path)) as conn:  # everything in the one file copied
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite database migrated to head once; tests that want a fresh one get a copy."""
    path = tmp_path_factory.mktemp("template") / "head.sqlite"
    database = Database(f"sqlite:///{path}")
    upgrade(database)
    database.dispose()
    return _settled(path)


@pytest.fixture(scope="session")
def sqlite_office_template(sqlite_template: Path) -> Path:
    """The same with the office set up (:func:`set_up_office`)."""
    path = sqlite_template.with_name("office.sqlite")
    shutil.copyfile(sqlite_template, path)
    database = Database(f"sqlite:///{path}")
    set_up_office(database)
    database.dispose()
    return _settled(path)


@pytest.fixture(scope="session")
def pg_template(pg_server: str) -> Iterator[str]:
    """A PostgreSQL database migrated to head once, to create the tests' databases from."""
    name = f"bo_template_{uuid.uuid4().hex[:8]}"
    database = Database(pgcluster.create_database(pg_server, name))
    upgrade(database)
    database.dispose()
    yield name
    pgcluster.drop_database(pg_server, name)


@pytest.fixture(scope="session")
def pg_office_template(pg_server: str, pg_template: str) -> Iterator[str]:
    """The same with the office set up (:func:`set_up_office`)."""
    name = f"bo_office_{uuid.uuid4().hex[:8]}"
    database = Database(pgcluster.create_database(pg_server, name, template=pg_template))
    set_up_office(database)
    database.dispose()
    yield name
    pgcluster.drop_database(pg_server, name)


@pytest.fixture
def db(request: pytest.FixtureRequest, db_url: str) -> Iterator[Database]:
    """The test's database at the schema's head, with the office set up if the test asks for
    ``office``: a copy of a template made once per run (the migrations themselves are tested
    in tests/app/store/test_schema.py, the office's setting up in tests/app/organisation)."""
    with_office = "office" in request.fixturenames
    if db_url.startswith("sqlite:///"):
        target = Path(db_url.removeprefix("sqlite:///"))
        if target.exists():  # a database the test made itself: brought to the head
            database = Database(db_url)
            upgrade(database)
            yield database
            database.dispose()
            return
        template = "sqlite_office_template" if with_office else "sqlite_template"
        shutil.copyfile(request.getfixturevalue(template), target)
    else:
        server = request.getfixturevalue("pg_server")
        name = db_url.rsplit("/", 1)[1]
        template = "pg_office_template" if with_office else "pg_template"
        pgcluster.drop_database(server, name)
        pgcluster.create_database(server, name, template=request.getfixturevalue(template))
    database = Database(db_url)
    yield database
    database.dispose()


@dataclass
class Office:
    db: Database
    url: str
    admin: Actor
    clerk: Actor


@pytest.fixture
def office(db: Database, db_url: str) -> Office:
    """The office of :func:`set_up_office`, already in ``db`` (copied from its template)."""
    from app.organisation.actor import authenticate

    admin = authenticate(db, "admin", ADMIN_PASSWORD)
    clerk = authenticate(db, "fatima", CLERK_PASSWORD)
    return Office(db=db, url=db_url, admin=admin, clerk=clerk)


@pytest.fixture(scope="session")
def test_pki(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    """The tests' own PKI served on loopback (one per session, per xdist worker):
    see :mod:`tests.support.pki`."""
    from tests.support.pki import running_pki

    with running_pki(tmp_path_factory.mktemp("pki")) as pki:
        yield pki


@pytest.fixture(scope="session")
def test_token(test_pki: object, tmp_path_factory: pytest.TempPathFactory) -> object:
    """A SoftHSM2 token holding ``hsm-signer``'s key (skipped without SoftHSM2 outside CI)."""
    from tests.support.pki import init_token, softhsm_module

    if softhsm_module() is None and not IN_CI:
        pytest.skip("SoftHSM2 is not installed (Debian package softhsm2)")
    return init_token(test_pki, tmp_path_factory.mktemp("softhsm"))  # type: ignore[arg-type]
