"""Realistic deposits, the same for the same seed: who deposits, about what, with which files.

Each deposit is drawn from its own random generator, seeded by (seed, office, series, index),
so a deposit does not depend on how many were drawn before it: a simulator restarted on the
same data directory tops its feed up with the next ones, and two runs with the same seed
serve the same subjects, depositors and file hashes.

Bad deposits are good ones spoiled in one way each, in turn (:data:`BAD_KINDS`).
"""

from __future__ import annotations

import hashlib
import random
import textwrap
from datetime import date, timedelta

from app.portal.sim import people
from app.portal.sim.people import Bilingual, Organisation, Topic
from app.portal.sim.samples import jpeg_bytes, not_a_pdf, pdf_bytes
from app.portal.sim.store import NewDeposit, NewFile

PDF = "application/pdf"
JPEG = "image/jpeg"

#: How a bad deposit is bad, in the order they are seeded: a file that never matches its hash,
#: no subject, no depositor's name, a "PDF" that is not one; then what breaks the counter's
#: entry rules (:mod:`app.domain.entry`, :mod:`app.domain.window`): a depositor's name longer
#: than its column (301 characters), control characters (a terminal escape) in the subject,
#: a subject of zero-width characters only, a deposit dated in year 9999.
BAD_KINDS = (
    "hash_mismatch",
    "empty_subject",
    "no_name",
    "not_pdf",
    "long_name",
    "control_chars",
    "zero_width_subject",
    "far_future",
)
LONG_NAME = 301
FAR_FUTURE = "9999-12-31T23:59:59Z"

_KINDS = ("citizen", "company", "association", "administration")
_KIND_WEIGHTS = (55, 20, 10, 15)
_TOPICS: dict[str, tuple[Topic, ...]] = {
    "citizen": people.CITIZEN_TOPICS,
    "company": people.COMPANY_TOPICS,
    "association": people.ASSOCIATION_TOPICS,
    "administration": people.ADMINISTRATION_TOPICS,
}


def _ascii(text: str) -> str:
    table = str.maketrans("éèêëàâîïôöûüç", "eeeeaaiioouuc")
    return "".join(c for c in text.lower().translate(table) if c.isalnum() or c == " ")


def _mobile(rng: random.Random) -> str:
    digits = f"{rng.choice('67')}{rng.randrange(10**8):08d}"
    style = rng.randrange(3)
    if style == 0:
        return "0" + digits
    if style == 1:
        return f"0{digits[0]} " + " ".join(digits[i : i + 2] for i in range(1, 9, 2))
    return "+212 " + digits


def _landline(rng: random.Random) -> str:
    area = rng.randint(20, 39)
    return f"05 {area} " + " ".join(f"{rng.randrange(100):02d}" for _ in range(3))


def _address(rng: random.Random, city: people.City, lang: str) -> str:
    number = rng.randint(1, 240)
    street = rng.choice(people.STREETS)
    district = rng.choice(people.DISTRICTS)
    if lang == "ar":
        return f"{district.ar}، {street.ar}، رقم {number}، {city.name.ar}"
    return f"{number}, {street.fr}, {district.fr}, {city.name.fr}"


class DepositFactory:
    """Draws deposits for one office. ``today`` anchors the dates written inside the letters."""

    def __init__(self, *, seed: int, office_code: str, today: date, one_pdf: bool = False) -> None:
        self.seed = seed
        self.office_code = office_code
        self.today = today
        self.one_pdf = one_pdf  # every deposit one single-page PDF (the sync benchmark's load)

    def _rng(self, series: str, index: int) -> random.Random:
        return random.Random(f"{self.seed}/{self.office_code}/{series}/{index}")

    def good(self, series: str, index: int) -> NewDeposit:
        """The ``index``-th deposit of a ``series`` ("seed", "live", ...)."""
        rng = self._rng(series, index)
        kind = rng.choices(_KINDS, _KIND_WEIGHTS)[0]
        lang = "ar" if rng.random() < 0.55 else "fr"
        city = rng.choice(people.CITIES)
        if kind == "citizen":
            depositor, signature = self._citizen(rng, city, lang)
        else:
            depositor, signature = self._organisation(rng, kind, city, lang)
        topic = rng.choice(_TOPICS[kind])
        fill = {
            "n": rng.randint(12, 9876),
            "year": self.today.year,
            "day": (self.today + timedelta(days=rng.randint(-40, 40))).strftime("%d/%m/%Y"),
        }
        subject = Bilingual(topic.subject.fr.format(**fill), topic.subject.ar.format(**fill))
        body = Bilingual(topic.body.fr.format(**fill), topic.body.ar.format(**fill))
        message = None
        if rng.random() < 0.8:
            opening = getattr(people.OPENINGS, lang).format(
                body=body.fr[:1].upper() + body.fr[1:] if lang == "fr" else body.ar
            )
            message = opening + "\n" + getattr(people.CLOSINGS, lang).format(name=signature)
        reference = None
        if rng.random() < 0.3:
            reference = f"{rng.randint(1, 999)}/{self.today.year}"
        letter_date = None
        if rng.random() < 0.5:
            letter_date = (self.today - timedelta(days=rng.randint(0, 12))).isoformat()
        tag = f"{self.office_code}/{series}/{index}/seed-{self.seed}"
        files = self._files(rng, topic, lang, tag, depositor, subject.fr, body.fr)
        return NewDeposit(
            office_code=self.office_code,
            depositor=depositor,
            subject=getattr(subject, lang),
            message=message,
            reference=reference,
            letter_date=letter_date,
            files=files,
            origin=series,
        )

    def bad(self, index: int) -> NewDeposit:
        """The ``index``-th bad deposit: kind ``BAD_KINDS[index % 4]``."""
        kind = BAD_KINDS[index % len(BAD_KINDS)]
        deposit = self.good("bad", index)
        deposit.origin = "bad"
        deposit.bad_kind = kind
        first = deposit.files[0]
        if kind == "hash_mismatch":
            spoiled = bytearray(first.data)
            middle = len(spoiled) // 2
            spoiled[middle] ^= 0xFF  # same size, other bytes: only the hash tells
            deposit.files[0] = NewFile(
                first.name,
                first.content_type,
                bytes(spoiled),
                announced_sha256=hashlib.sha256(first.data).hexdigest(),
            )
        elif kind == "empty_subject":
            deposit.subject = ""
        elif kind == "no_name":
            deposit.depositor.update(name="", name_ar=None, name_fr=None)
        elif kind == "long_name":
            long = ("Société " + "Nouvelle des Travaux du Maroc " * 12)[:LONG_NAME]
            deposit.depositor.update(name=long, name_ar=None, name_fr=long)
        elif kind == "control_chars":
            deposit.subject = f"Demande\x1b[2J\x1b]0;pwned\x07 {deposit.subject}"
        elif kind == "zero_width_subject":
            deposit.subject = "\u200b\u200c\u200b"
        elif kind == "far_future":
            deposit.claimed_at = FAR_FUTURE
        elif kind == "not_pdf":
            tag = f"{self.office_code}/bad/{index}/seed-{self.seed}"
            deposit.files[0] = NewFile("document.pdf", PDF, not_a_pdf(tag=tag))
        return deposit

    # -- depositors ---------------------------------------------------------------------------

    def _citizen(
        self, rng: random.Random, city: people.City, lang: str
    ) -> tuple[dict[str, object], str]:
        first = rng.choice(people.WOMEN if rng.random() < 0.5 else people.MEN)
        last = rng.choice(people.FAMILY_NAMES)
        name_fr = f"{first.fr} {last.fr}"
        name_ar = f"{first.ar} {last.ar}"
        if rng.random() < 0.9:
            id_type = "cin"
            identifier = f"{rng.choice(city.cin_prefixes)}{rng.randrange(10**5, 10**6)}"
        else:
            id_type = "passport"
            identifier = f"{rng.choice(['AB', 'BK', 'GF', 'XR'])}{rng.randrange(10**6, 10**7)}"
        email = None
        if rng.random() < 0.7:
            local = ".".join(_ascii(name_fr).split())
            suffix = str(rng.randint(1, 99)) if rng.random() < 0.5 else ""
            email = f"{local}{suffix}@{rng.choice(people.MAIL_DOMAINS)}"
        typed_fr = name_fr if (lang == "fr" or rng.random() < 0.85) else None
        typed_ar = name_ar if (lang == "ar" or rng.random() < 0.85) else None
        depositor: dict[str, object] = {
            "kind": "citizen",
            "name": name_ar if lang == "ar" else name_fr,
            "name_ar": typed_ar,
            "name_fr": typed_fr,
            "identifier_type": id_type,
            "identifier": identifier,
            "email": email,
            "phone": _mobile(rng) if rng.random() < 0.85 else None,
            "address": _address(rng, city, lang) if rng.random() < 0.6 else None,
            "office_code": None,
        }
        return depositor, name_ar if lang == "ar" else name_fr

    def _organisation(
        self, rng: random.Random, kind: str, city: people.City, lang: str
    ) -> tuple[dict[str, object], str]:
        table: tuple[Organisation, ...] = {
            "company": people.COMPANIES,
            "association": people.ASSOCIATIONS,
            "administration": people.ADMINISTRATIONS,
        }[kind]
        org = rng.choice(table)
        id_type: str | None = None
        identifier: str | None = None
        if kind == "company":
            if rng.random() < 0.6:
                id_type, identifier = "ice", f"00{rng.randrange(10**12, 10**13)}"
            else:
                id_type, identifier = "rc", f"{city.name.fr} {rng.randint(1000, 699999)}"
        elif kind == "association":
            id_type = "other"
            identifier = f"Récépissé {rng.randint(1, 480)}/{rng.randint(2008, self.today.year)}"
        email = None
        if org.domain:
            email = f"{rng.choice(['contact', 'bo', 'secretariat'])}@{org.domain}"
        elif rng.random() < 0.5:
            email = f"{'-'.join(_ascii(org.name.fr).split()[:3])}@gmail.com"
        depositor: dict[str, object] = {
            "kind": kind,
            "name": org.name.ar if lang == "ar" else org.name.fr,
            "name_ar": org.name.ar,
            "name_fr": org.name.fr,
            "identifier_type": id_type,
            "identifier": identifier,
            "email": email,
            "phone": _landline(rng) if rng.random() < 0.8 else None,
            "address": _address(rng, city, lang) if rng.random() < 0.8 else None,
            "office_code": None,
        }
        signer = rng.choice(people.MEN + people.WOMEN)
        signature = getattr(org.name, lang) + "\n" + getattr(signer, lang)
        return depositor, signature

    # -- files --------------------------------------------------------------------------------

    def _files(
        self,
        rng: random.Random,
        topic: Topic,
        lang: str,
        tag: str,
        depositor: dict[str, object],
        subject_fr: str,
        body_fr: str,
    ) -> list[NewFile]:
        names = list(topic.files[:1])
        if len(topic.files) > 1 and rng.random() < 0.6:
            names.append(topic.files[1])
        if self.one_pdf:
            names = [n for n in names if n.endswith(".pdf")][:1] or ["demande.pdf"]
        if lang == "ar" and rng.random() < 0.15:
            names[0] = "طلب.pdf"
        text = textwrap.wrap(body_fr[:1].upper() + body_fr[1:] + ".", 88)
        files = []
        for position, name in enumerate(names, start=1):
            file_tag = f"{tag}/{position}"
            if name.endswith(".jpg"):
                data = jpeg_bytes(tag=file_tag, variant=rng.randrange(6))
                files.append(NewFile(name, JPEG, data))
                continue
            lines = [
                "Portail Bureau d'Ordre Digital - depot en ligne",
                f"Deposant : {depositor.get('name_fr') or depositor['name']}",
                f"Identifiant : {depositor.get('identifier') or '-'}",
                f"Objet : {subject_fr}",
                "",
                *text,
            ]
            pages = 1 if self.one_pdf else rng.choices((1, 2, 3), (75, 18, 7))[0]
            files.append(NewFile(name, PDF, pdf_bytes(lines, tag=file_tag, pages=pages)))
        return files
