"""Signature benchmark: a 10-page letter signed with a PKCS#12 key and a loopback timestamp
(target 1 s), a batch of 50 letters with one PIN entry on a SoftHSM2 token (target 30 s),
verification of one signature (target 0.5 s).

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.benchmarks.bench_signature [--batch 50]

The PKI (tests/support/pki.py) runs in this process on loopback, so the timestamp and OCSP
round trips are real HTTP requests. Timings are after one warm-up signature (imports, Qt).
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--batch", type=int, default=50)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    from app.printing.qt import ensure_gui
    from app.signature import open_signer, sign_document, verify_document
    from tests.support.pki import init_token, running_pki
    from tests.support.signing import STAMP, letter_pdf, options, pkcs12_key, token_key

    ensure_gui()
    letter = letter_pdf(10)
    with running_pki() as pki:
        opts = options(pki)
        key = pkcs12_key(pki)
        sign_document(letter, signer=key, stamp=STAMP, options=opts)  # warm-up
        times = []
        for _ in range(args.runs):
            t = time.perf_counter()
            signed = sign_document(letter, signer=key, stamp=STAMP, options=opts)
            times.append(time.perf_counter() - t)
        print(
            f"sign 10 pages, PKCS#12, B-LTA: median {statistics.median(times):.3f} s, "
            f"max {max(times):.3f} s (target 1 s)"
        )
        roots = [pki.cert_der("root")]
        verify_document(signed, trusted_roots=roots)
        times = []
        for _ in range(args.runs):
            t = time.perf_counter()
            [report] = verify_document(signed, trusted_roots=roots)
            times.append(time.perf_counter() - t)
        assert report.ok
        print(
            f"verify one signature: median {statistics.median(times):.3f} s, "
            f"max {max(times):.3f} s (target 0.5 s)"
        )
        token = init_token(pki, Path(tempfile.mkdtemp(prefix="bo-hsm-")))
        letters = [letter_pdf(2) for _ in range(args.batch)]
        t = time.perf_counter()
        with open_signer(token_key(token), opts) as open_key:
            signed_all = [open_key.sign(pdf, stamp=STAMP) for pdf in letters]
        took = time.perf_counter() - t
        print(
            f"batch of {len(signed_all)} letters, one PIN, token, B-LTA: {took:.1f} s "
            f"({took / len(signed_all):.3f} s each; target 30 s)"
        )
        two = sign_document(signed, signer=token_key(token), stamp=STAMP, options=opts)
        t = time.perf_counter()
        reports = verify_document(two, trusted_roots=roots)
        took = time.perf_counter() - t
        print(f"verify two signatures: {took:.3f} s ({took / len(reports):.3f} s a signature)")


if __name__ == "__main__":
    main()
