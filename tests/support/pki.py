"""A test PKI of the tests' own, served on loopback: root, intermediate, OCSP, CRLs, timestamps.

Built with certomancer from a configuration written here, with keys made here (once per
session: ECDSA P-256, RSA 2048 on the token), validity dates around today. Its services (the
intermediate's OCSP responder, the root's and the intermediate's CRLs, a timestamp authority)
are served by certomancer's WSGI "animator" on 127.0.0.1 on a free port, in a thread; the
certificates carry that address.

Certificates, by label:
    root            the office's trusted root (self-signed)
    interm          intermediate CA (CRL from the root)
    interm-ocsp     the intermediate's OCSP responder
    tsa             the timestamp authority (issued by the root)
    signer          "Nadia Alaoui", valid today (PKCS#12 file)
    hsm-signer      "Youssef Benjelloun", valid today, its key on the SoftHSM token
    expired         valid until yesterday
    revoked         revoked ten days ago (key compromise)
    stranger-root   a root the office does not trust
    stranger        issued by it
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from asn1crypto import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa

PKCS12_PASSWORD = "Secret-2026"
TOKEN_LABEL = "BO-TEST"
TOKEN_PIN = "123456"
TOKEN_SO_PIN = "87654321"
HSM_KEY_LABEL = "hsm-signer"
SOFTHSM_MODULE_PATHS = (
    "/usr/lib/softhsm/libsofthsm2.so",
    "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
)
KEYS = ("root", "interm", "interm-ocsp", "tsa", "signer", "hsm-signer", "expired", "revoked")
STRANGER_KEYS = ("stranger-root", "stranger")


def _iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S+0000")


def _key_usage(*usages: str) -> dict:
    return {
        "id": "key_usage",
        "critical": True,
        "smart-value": {"schema": "key-usage", "params": list(usages)},
    }


def _signer(name: str, start: datetime, end: datetime, **extra: object) -> dict:
    spec = {
        "issuer": "interm",
        "subject": name,
        "validity": {"valid-from": _iso(start), "valid-to": _iso(end)},
        "extensions": [
            _key_usage("digital_signature", "non_repudiation"),
            {
                "id": "crl_distribution_points",
                "smart-value": {"schema": "crl-dist-url", "params": {"crl-repo-names": ["interm"]}},
            },
            {
                "id": "authority_information_access",
                "smart-value": {
                    "schema": "aia-urls",
                    "params": {
                        "ocsp-responder-names": ["interm"],
                        "ca-issuer-links": [{"repo": "interm"}],
                    },
                },
            },
        ],
    }
    spec.update(extra)
    return spec


def config(prefix: str, key_dir: Path, now: datetime) -> dict:
    """The certomancer configuration of the PKI, its services under ``prefix``."""
    long_ago, far = now - timedelta(days=400), now + timedelta(days=3650)
    ca_ext = [
        {"id": "basic_constraints", "critical": True, "value": {"ca": True}},
        _key_usage("digital_signature", "key_cert_sign", "crl_sign"),
    ]
    entities = {
        "root": {"common-name": "Racine de test du ministère"},
        "interm": {"common-name": "Autorité intermédiaire de test"},
        "interm-ocsp": {"common-name": "Répondeur OCSP de test"},
        "tsa": {"common-name": "Horodatage de test"},
        "signer": {
            "common-name": "Nadia Alaoui",
            "organizational-unit-name": "Secrétariat général",
        },
        "hsm-signer": {"common-name": "Youssef Benjelloun", "organizational-unit-name": "Budget"},
        "expired": {"common-name": "Karim Expiré"},
        "revoked": {"common-name": "Samira Révoquée"},
        "stranger-root": {"common-name": "Racine inconnue"},
        "stranger": {"common-name": "Signataire étranger"},
    }
    certs = {
        "root": {
            "subject": "root",
            "issuer": "root",
            "validity": {"valid-from": _iso(long_ago), "valid-to": _iso(far)},
            "extensions": ca_ext,
        },
        "interm": {
            "issuer": "root",
            "validity": {"valid-from": _iso(long_ago), "valid-to": _iso(far)},
            "extensions": [
                *ca_ext,
                {
                    "id": "crl_distribution_points",
                    "smart-value": {
                        "schema": "crl-dist-url",
                        "params": {"crl-repo-names": ["root"]},
                    },
                },
            ],
        },
        "interm-ocsp": {
            "issuer": "interm",
            "validity": {"valid-from": _iso(long_ago), "valid-to": _iso(far)},
            "extensions": [
                _key_usage("digital_signature"),
                {"id": "extended_key_usage", "critical": True, "value": ["ocsp_signing"]},
                {"id": "ocsp_no_check"},
            ],
        },
        "tsa": {
            "issuer": "root",
            "validity": {"valid-from": _iso(long_ago), "valid-to": _iso(far)},
            "extensions": [
                _key_usage("digital_signature"),
                {"id": "extended_key_usage", "critical": True, "value": ["time_stamping"]},
                {
                    "id": "crl_distribution_points",
                    "smart-value": {
                        "schema": "crl-dist-url",
                        "params": {"crl-repo-names": ["root"]},
                    },
                },
            ],
        },
        "signer": _signer("signer", now - timedelta(days=30), now + timedelta(days=730)),
        "hsm-signer": _signer("hsm-signer", now - timedelta(days=30), now + timedelta(days=730)),
        "expired": _signer("expired", now - timedelta(days=400), now - timedelta(days=1)),
        "revoked": _signer(
            "revoked",
            now - timedelta(days=30),
            now + timedelta(days=730),
            revocation={
                "revoked-since": _iso(now - timedelta(days=10)),
                "reason": "key_compromise",
            },
        ),
        "stranger-root": {
            "subject": "stranger-root",
            "issuer": "stranger-root",
            "validity": {"valid-from": _iso(long_ago), "valid-to": _iso(far)},
            "extensions": ca_ext,
        },
        "stranger": {
            "issuer": "stranger-root",
            "validity": {"valid-from": _iso(now - timedelta(days=30)), "valid-to": _iso(far)},
            "extensions": [_key_usage("digital_signature", "non_repudiation")],
        },
    }
    services = {
        "ocsp": {
            "interm": {
                "for-issuer": "interm",
                "responder-cert": "interm-ocsp",
                "signing-key": "interm-ocsp",
            }
        },
        "crl-repo": {
            "root": {
                "for-issuer": "root",
                "signing-key": "root",
                "simulated-update-schedule": "P1D",
            },
            "interm": {
                "for-issuer": "interm",
                "signing-key": "interm",
                "simulated-update-schedule": "P1D",
            },
        },
        "cert-repo": {
            "root": {"for-issuer": "root", "publish-issued-certs": True},
            "interm": {"for-issuer": "interm", "publish-issued-certs": True},
        },
        "time-stamping": {"tsa": {"signing-key": "tsa", "signing-cert": "tsa"}},
    }
    return {
        "external-url-prefix": prefix,
        "keysets": {
            "bo": {
                "path-prefix": str(key_dir),
                "keys": {k: {"path": f"{k}.key.pem"} for k in KEYS + STRANGER_KEYS},
            }
        },
        "pki-architectures": {
            "bo": {
                "keyset": "bo",
                "entity-defaults": {"country-name": "MA", "organization-name": "Ministère test"},
                "entities": entities,
                "certs": certs,
                "services": services,
            }
        },
    }


# RSA on the token (what smart cards hold), ECDSA P-256 elsewhere: an RSA key takes a third
# of a second to make on this machine, an EC key a millisecond.
RSA_KEYS = ("hsm-signer",)


def _write_keys(key_dir: Path) -> None:
    for label in KEYS + STRANGER_KEYS:
        key = (
            rsa.generate_private_key(public_exponent=65537, key_size=2048)
            if label in RSA_KEYS
            else ec.generate_private_key(ec.SECP256R1())
        )
        pem = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        (key_dir / f"{label}.key.pem").write_bytes(pem)


@dataclass
class TestPki:
    """The running PKI: its directory, architecture and the URLs of its services."""

    directory: Path
    arch: object  # certomancer PKIArchitecture
    url: str

    @property
    def timestamp_url(self) -> str:
        return f"{self.url}/bo/tsa/tsa"

    def cert(self, label: str) -> x509.Certificate:
        return self.arch.get_cert(label)  # type: ignore[attr-defined]

    def cert_der(self, label: str) -> bytes:
        return self.cert(label).dump()

    def cert_pem(self, label: str) -> bytes:
        der = self.cert_der(label)
        from asn1crypto import pem

        return pem.armor("CERTIFICATE", der)

    def pkcs12(self, label: str, password: str = PKCS12_PASSWORD) -> Path:
        """``label``'s key, certificate and chain as a PKCS#12 file (made once)."""
        path = self.directory / f"{label}.p12"
        if not path.exists():
            data = self.arch.package_pkcs12(label, password=password.encode())  # type: ignore[attr-defined]
            path.write_bytes(data)
        return path

    def key_pem(self, label: str) -> bytes:
        return (self.directory / "keys" / f"{label}.key.pem").read_bytes()


def _free_server(app: object):  # noqa: ANN202
    from werkzeug.serving import WSGIRequestHandler, make_server

    class Quiet(WSGIRequestHandler):
        def log_request(self, *args: object, **kwargs: object) -> None:
            pass

    return make_server("127.0.0.1", 0, app, threaded=True, request_handler=Quiet)  # type: ignore[arg-type]


@contextlib.contextmanager
def running_pki(directory: Path | None = None) -> Iterator[TestPki]:
    """Make the PKI in ``directory`` (a temporary one by default) and serve it until exit."""
    from certomancer.integrations.animator import Animator, AnimatorArchStore
    from certomancer.registry import CertomancerConfig

    own = directory is None
    root = Path(tempfile.mkdtemp(prefix="bo-pki-")) if directory is None else directory
    key_dir = root / "keys"
    key_dir.mkdir(parents=True, exist_ok=True)
    _write_keys(key_dir)

    def placeholder(environ, start_response):  # noqa: ANN001, ANN202
        start_response("503 Service Unavailable", [])
        return [b""]

    server = _free_server(placeholder)
    url = f"http://127.0.0.1:{server.server_port}"
    now = datetime.now(UTC).replace(microsecond=0)
    cfg = CertomancerConfig(config(url, key_dir, now), key_search_dir=str(root))
    arch = cfg.get_pki_arch("bo")
    server.app = Animator(AnimatorArchStore({"bo": arch}), with_web_ui=False)
    thread = threading.Thread(target=server.serve_forever, name="test-pki", daemon=True)
    thread.start()
    try:
        yield TestPki(directory=root, arch=arch, url=url)
    finally:
        server.shutdown()
        thread.join(timeout=10)
        server.server_close()
        if own:
            shutil.rmtree(root, ignore_errors=True)


# -- SoftHSM2 --------------------------------------------------------------------------------


def softhsm_module() -> str | None:
    for path in SOFTHSM_MODULE_PATHS:
        if Path(path).exists():
            return path
    return None


@dataclass
class TestToken:
    module: str
    label: str
    pin: str
    conf: Path


def init_token(pki: TestPki, directory: Path) -> TestToken:
    """A SoftHSM2 token in ``directory`` holding ``hsm-signer``'s key and its chain.

    Sets ``SOFTHSM2_CONF`` in this process's environment (SoftHSM reads it when the module is
    first initialised, so before any test opens it) and in that of child processes.
    """
    module = softhsm_module()
    if module is None or shutil.which("softhsm2-util") is None:
        raise RuntimeError("SoftHSM2 is not installed (Debian package softhsm2)")
    tokens = directory / "tokens"
    tokens.mkdir(parents=True, exist_ok=True)
    conf = directory / "softhsm2.conf"
    conf.write_text(
        f"directories.tokendir = {tokens}\nobjectstore.backend = file\nlog.level = ERROR\n"
    )
    os.environ["SOFTHSM2_CONF"] = str(conf)
    subprocess.run(
        ["softhsm2-util", "--init-token", "--free", "--label", TOKEN_LABEL]
        + ["--pin", TOKEN_PIN, "--so-pin", TOKEN_SO_PIN],
        check=True,
        capture_output=True,
    )
    from certomancer.integrations.alchemist import (
        Alchemist,
        DefaultAlchemistBackend,
        open_pkcs11_session,
    )

    session = open_pkcs11_session(module, token_label=TOKEN_LABEL, pin=TOKEN_PIN)
    try:
        Alchemist(DefaultAlchemistBackend(session), pki.arch).store_key_bundles({HSM_KEY_LABEL})
    finally:
        session.close()
    return TestToken(module=module, label=TOKEN_LABEL, pin=TOKEN_PIN, conf=conf)
