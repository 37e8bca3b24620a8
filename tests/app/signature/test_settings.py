"""The office's trusted roots and timestamp service (app/signature/settings.py)."""

from __future__ import annotations

import pytest

from app.errors import PermissionDenied, UserError
from app.signature import settings
from app.store.audit import verify
from tests.conftest import Office


def test_roots_added_listed_removed_and_audited(office: Office, test_pki) -> None:  # noqa: ANN001
    info = settings.add_root(office.db, office.admin, test_pki.cert_pem("root"))
    assert settings.trusted_roots(office.db, office.admin.office_id) == [test_pki.cert_der("root")]
    assert settings.trusted_roots(office.db, None) == [test_pki.cert_der("root")]
    assert [r.fingerprint for r in settings.list_roots(office.db, office.admin.office_id)] == [
        info.fingerprint
    ]
    with pytest.raises(UserError, match="déjà"):
        settings.add_root(office.db, office.admin, test_pki.cert_der("root"))
    with pytest.raises(UserError) as caught:
        settings.add_root(office.db, office.admin, test_pki.cert_pem("signer"))
    assert caught.value.code == "signature_root_not_ca"
    with pytest.raises(PermissionDenied):
        settings.add_root(office.db, office.clerk, test_pki.cert_pem("interm"))
    settings.remove_root(office.db, office.admin, info.fingerprint[:10])
    assert settings.trusted_roots(office.db, None) == []
    with office.db.read() as session:
        assert verify(session).ok


def test_timestamp_url(office: Office) -> None:
    assert settings.timestamp_url(office.db, office.admin.office_id) is None
    with pytest.raises(UserError):
        settings.set_timestamp_url(office.db, office.admin, "http://tsa.example.ma/")
    settings.set_timestamp_url(office.db, office.admin, "https://tsa.example.ma/tsp")
    assert settings.timestamp_url(office.db, office.admin.office_id) == "https://tsa.example.ma/tsp"
    settings.set_timestamp_url(office.db, office.admin, None)
    assert settings.timestamp_url(office.db, office.admin.office_id) is None
