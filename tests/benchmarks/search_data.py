"""Generated registers for the search benchmark: Arabic and French subjects and names.

Subjects are built from the kinds of letters a bureau d'ordre receives (requests, complaints,
invoices, summons, reports...) with their variable parts (documents, places, months, years,
names, reference numbers), and typed the way clerks type them: some Arabic with harakat,
tatweel or without hamza and ta marbuta, some French without accents or in capitals, some
years in Eastern digits. A few rare words appear once in tens of thousands of mails.
Correspondents are citizens (one script or both), companies with an ICE, associations and
administrations; administrations write far more often than citizens.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from sqlalchemy import exists, func, insert, select

from app.domain.enums import Channel, Direction, MailStatus, MailType
from app.domain.text import fold
from app.organisation import setup
from app.organisation.actor import Actor
from app.store.database import Database
from app.store.models import Correspondent, MailEntry, NumberCounter, Service

CITIES = [
    ("فاس", "Fès"),
    ("الرباط", "Rabat"),
    ("الدار البيضاء", "Casablanca"),
    ("مراكش", "Marrakech"),
    ("طنجة", "Tanger"),
    ("أكادير", "Agadir"),
    ("مكناس", "Meknès"),
    ("وجدة", "Oujda"),
    ("القنيطرة", "Kénitra"),
    ("تطوان", "Tétouan"),
    ("آسفي", "Safi"),
    ("العيون", "Laâyoune"),
    ("الراشيدية", "Errachidia"),
    ("بني ملال", "Béni Mellal"),
    ("الناظور", "Nador"),
    ("تازة", "Taza"),
    ("الجديدة", "El Jadida"),
    ("خريبكة", "Khouribga"),
]
FIRST = [
    ("محمد", "Mohammed"),
    ("أحمد", "Ahmed"),
    ("فاطمة", "Fatima"),
    ("خديجة", "Khadija"),
    ("يوسف", "Youssef"),
    ("عبد الله", "Abdellah"),
    ("سعيد", "Said"),
    ("مريم", "Meryem"),
    ("عائشة", "Aicha"),
    ("حسن", "Hassan"),
    ("إدريس", "Driss"),
    ("نادية", "Nadia"),
    ("كريم", "Karim"),
    ("سلمى", "Salma"),
    ("رشيد", "Rachid"),
    ("مصطفى", "Mustapha"),
    ("ليلى", "Leila"),
    ("عمر", "Omar"),
    ("زينب", "Zineb"),
    ("هشام", "Hicham"),
]
FAMILY = [
    ("العلوي", "Alaoui"),
    ("بناني", "Bennani"),
    ("التازي", "Tazi"),
    ("الإدريسي", "Idrissi"),
    ("برادة", "Berrada"),
    ("بنجلون", "Benjelloun"),
    ("الفاسي", "Fassi"),
    ("الشرقاوي", "Cherkaoui"),
    ("المنصوري", "Mansouri"),
    ("الحسني", "Hassani"),
    ("الزياني", "Ziani"),
    ("العمراني", "Amrani"),
    ("الصقلي", "Sqalli"),
    ("الكتاني", "Kettani"),
    ("بوعزة", "Bouazza"),
    ("الوزاني", "Ouazzani"),
    ("الرحماني", "Rahmani"),
    ("السلاوي", "Slaoui"),
    ("المريني", "Merini"),
    ("الطاهري", "Taheri"),
]
MONTHS = [
    ("يناير", "janvier"),
    ("فبراير", "février"),
    ("مارس", "mars"),
    ("أبريل", "avril"),
    ("ماي", "mai"),
    ("يونيو", "juin"),
    ("يوليوز", "juillet"),
    ("غشت", "août"),
    ("شتنبر", "septembre"),
    ("أكتوبر", "octobre"),
    ("نونبر", "novembre"),
    ("دجنبر", "décembre"),
]
DOCS = [
    ("شهادة إدارية", "attestation administrative"),
    ("شهادة السكنى", "certificat de résidence"),
    ("نسخة من عقد الازدياد", "copie d'acte de naissance"),
    ("رخصة البناء", "autorisation de construire"),
    ("رخصة الاستغلال", "autorisation d'exploitation"),
    ("شهادة العمل", "attestation de travail"),
    ("شهادة الأجرة", "attestation de salaire"),
    ("رخصة إدارية", "congé administratif"),
    ("نسخة من الحكم", "copie du jugement"),
    ("شهادة عدم الشغل", "attestation de non-emploi"),
]
ISSUES = [
    ("فاتورة الماء", "la facture d'eau"),
    ("فاتورة الكهرباء", "la facture d'électricité"),
    ("انقطاع الماء الصالح للشرب", "la coupure d'eau potable"),
    ("الإنارة العمومية", "l'éclairage public"),
    ("تراكم النفايات", "l'accumulation des déchets"),
    ("الضجيج الليلي", "le bruit nocturne"),
    ("حالة الطريق", "l'état de la route"),
    ("تأخر صرف المستحقات", "le retard de paiement"),
]
TOPICS = [
    ("تسوية الوضعية الإدارية", "la régularisation de la situation administrative"),
    ("الترقية في الرتبة", "l'avancement d'échelon"),
    ("الحركة الانتقالية", "la mutation"),
    ("ميزانية سنة {year}", "le budget de l'exercice {year}"),
    ("الصفقة العمومية رقم {n}/{year}", "le marché public n° {n}/{year}"),
    ("برنامج تأهيل المؤسسات", "le programme de mise à niveau"),
    ("التكوين المستمر", "la formation continue"),
]
RARE = [
    ("سد الوحدة", "barrage Al Wahda"),
    ("محطة نور ورزازات", "centrale Noor Ouarzazate"),
    ("قنطرة واد سبو", "pont de l'oued Sebou"),
    ("تجزئة الوفاق", "lotissement Al Wifaq"),
    ("مستشفى ابن طفيل", "hôpital Ibn Tofail"),
]
AR_TEMPLATES = [
    "طلب {doc}",
    "طلب الحصول على {doc}",
    "شكاية بخصوص {issue} بمدينة {city}",
    "شكاية بخصوص {issue}",
    "استدعاء لحضور اجتماع المجلس يوم {day} {month} {year}",
    "مراسلة بشأن {topic}",
    "تظلم من قرار رقم {n}",
    "فاتورة استهلاك الماء والكهرباء لشهر {month} {year}",
    "دعوة للمشاركة في ندوة جهوية ب{city}",
    "تقرير حول {topic}",
    "إحالة ملف السيد {name}",
    "جواب على مراسلتكم رقم {n} بتاريخ {day} {month} {year}",
]
FR_TEMPLATES = [
    "Demande d'{doc}",
    "Demande de {doc}",
    "Réclamation concernant {issue} à {city}",
    "Convocation à la réunion du conseil du {day} {month} {year}",
    "Courrier relatif à {topic}",
    "Recours gracieux contre la décision n° {n}",
    "Facture d'électricité et d'eau du mois de {month} {year}",
    "Invitation au séminaire régional de {city}",
    "Rapport sur {topic}",
    "Transmission du dossier de M. {name}",
    "Réponse à votre lettre n° {n} du {day} {month} {year}",
]
SERVICES = [
    ("RH", "مصلحة الموارد البشرية", "Ressources humaines"),
    ("BUDGET", "مصلحة الميزانية", "Budget"),
    ("MARCHES", "مصلحة الصفقات", "Marchés publics"),
    ("JURIDIQUE", "المصلحة القانونية", "Affaires juridiques"),
    ("URBA", "مصلحة التعمير", "Urbanisme"),
    ("ETATCIVIL", "مكتب الحالة المدنية", "État civil"),
    ("TECH", "المصلحة التقنية", "Services techniques"),
    ("COM", "خلية التواصل", "Communication"),
    ("INFO", "مصلحة المعلوميات", "Informatique"),
    ("ARCHIVES", "مصلحة الأرشيف", "Archives"),
    ("SOCIAL", "مصلحة الشؤون الاجتماعية", "Affaires sociales"),
    ("CABINET", "الكتابة الخاصة", "Cabinet"),
]
EASTERN = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
HARAKAT = "\u064e\u064f\u0650\u0651\u0652"


def _typed_arabic(rng: random.Random, text: str) -> str:
    """As some clerk typed it: harakat, tatweel, no hamza, ha for ta marbuta, Eastern digits."""
    roll = rng.random()
    if roll < 0.05:
        return "".join(
            ch + (rng.choice(HARAKAT) if ch.isalpha() and rng.random() < 0.4 else "") for ch in text
        )
    if roll < 0.08:
        return text.replace("ل", "لـ", 1)
    if roll < 0.16:
        return text.replace("أ", "ا").replace("إ", "ا").replace("آ", "ا")
    if roll < 0.24:
        return text.replace("ة ", "ه ").removesuffix("ة") + ("ه" if text.endswith("ة") else "")
    if roll < 0.30:
        return text.translate(EASTERN)
    return text


def _typed_french(rng: random.Random, text: str) -> str:
    roll = rng.random()
    if roll < 0.15:
        return fold(text).capitalize() if rng.random() < 0.5 else text.upper()
    return text


def _cin(rng: random.Random) -> str:
    return f"{rng.choice('ABCDGHJKLMX')}{rng.choice('ABCDEFGHJ')}{rng.randint(10000, 999999)}"


def _name(rng: random.Random) -> tuple[str, str]:
    first, family = rng.choice(FIRST), rng.choice(FAMILY)
    return f"{first[0]} {family[0]}", f"{first[1]} {family[1]}"


def subject(rng: random.Random, i: int, when: datetime) -> str:
    arabic = rng.random() < 0.6
    lang = 0 if arabic else 1
    city = rng.choice(CITIES)[lang]
    month = rng.choice(MONTHS)[lang]
    topic = rng.choice(TOPICS)[lang].format(n=rng.randint(1, 400), year=when.year)
    values = {
        "doc": rng.choice(DOCS)[lang],
        "issue": rng.choice(ISSUES)[lang],
        "city": city,
        "month": month,
        "year": when.year,
        "day": rng.randint(1, 28),
        "topic": topic,
        "n": f"{rng.randint(1, 9999)}/{when.year % 100}",
        "name": _name(rng)[lang],
    }
    template = rng.choice(AR_TEMPLATES if arabic else FR_TEMPLATES)
    text = template.format(**values)
    if rng.random() < 1 / 20_000:
        text += " — " + rng.choice(RARE)[lang]
    return _typed_arabic(rng, text) if arabic else _typed_french(rng, text)


def correspondents(rng: random.Random, office_id: int, count: int) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    now = datetime.now(UTC)
    for city_ar, city_fr in CITIES:
        for ar, fr in (
            (f"جماعة {city_ar}", f"Commune de {city_fr}"),
            (f"عمالة {city_ar}", f"Préfecture de {city_fr}"),
            (
                f"الوكالة المستقلة لتوزيع الماء والكهرباء ب{city_ar}",
                f"Régie de distribution de {city_fr}",
            ),
        ):
            rows.append({"kind": "administration", "name_arabic": ar, "name_latin": fr})
    while len(rows) < count:
        roll = rng.random()
        if roll < 0.65:
            ar, fr = _name(rng)
            both = rng.random()
            rows.append(
                {
                    "kind": "citizen",
                    "name_arabic": ar if both < 0.7 else None,
                    "name_latin": fr if both > 0.4 else None,
                    "identifier": _cin(rng) if rng.random() < 0.5 else None,
                }
            )
        elif roll < 0.85:
            name = rng.choice(FAMILY)[1]
            form = rng.choice(["SARL", "SA", "Travaux", "Services"])
            rows.append(
                {
                    "kind": "company",
                    "name_latin": f"Société {name} {form} {len(rows)}",
                    "name_arabic": None,
                    "identifier": f"{rng.randint(10**14, 10**15 - 1)}",
                }
            )
        else:
            city = rng.choice(CITIES)
            word = rng.choice(["الأمل", "النور", "الفتح", "الوفاء"])
            rows.append(
                {
                    "kind": "association",
                    "name_arabic": f"جمعية {word} للتنمية ب{city[0]} {len(rows)}",
                    "name_latin": None,
                }
            )
    for r in rows:
        r.setdefault("identifier", None)
        r.update(
            office_id=office_id,
            key_latin=fold(r["name_latin"]) or None,  # type: ignore[arg-type]
            key_arabic=fold(r["name_arabic"]) or None,  # type: ignore[arg-type]
            identifier_type="other" if r["identifier"] else None,
            created_at=now,
        )
    return rows


def fill(db: Database, rows: int, *, seed: int = 11, password: str = "bench-pass-2026") -> Actor:
    """An office, its services, 40,000 correspondents and ``rows`` mails over six years, with
    the number counters of a real register."""
    admin = setup.init_office(
        db,
        code="BENCH",
        name_ar="مكتب الضبط",
        name_fr="Bureau d'ordre",
        admin_login="admin",
        admin_password=password,
    )
    for code, name_ar, name_fr in SERVICES:
        setup.add_service(db, admin, code=code, name_ar=name_ar, name_fr=name_fr)
    rng = random.Random(seed)
    with db.write() as s:
        s.execute(insert(Correspondent), correspondents(rng, admin.office_id, 40_000))
        corr_ids = list(s.scalars(select(Correspondent.id).order_by(Correspondent.id)))
        service_ids = list(s.scalars(select(Service.id).order_by(Service.id)))
    administrations = corr_ids[: len(CITIES) * 3]
    start = datetime(2021, 1, 1, tzinfo=UTC)
    end = datetime.now(UTC) - timedelta(days=1)
    step = (end - start) / rows
    counters: dict[tuple[Direction, int], int] = {}
    directions = [Direction.IN] * 6 + [Direction.OUT] * 3 + [Direction.INTERNAL]
    types, channels = list(MailType), list(Channel)
    chunk = 50_000
    for base in range(0, rows, chunk):
        batch = []
        for i in range(base, min(rows, base + chunk)):
            at = start + step * i
            d = rng.choice(directions)
            key = (d, at.year)
            counters[key] = counters.get(key, 0) + 1
            age = (end - at).days
            status = (
                MailStatus.CLOSED
                if age > 90 and rng.random() < 0.9
                else rng.choice(list(MailStatus))
            )
            batch.append(
                {
                    "office_id": admin.office_id,
                    "direction": d.value,
                    "year": at.year,
                    "seq": counters[key],
                    "number": f"{d.prefix}-{at.year}/{counters[key]:06d}",
                    "registered_at": at,
                    "registered_by_id": admin.user_id,
                    "correspondent_id": rng.choice(administrations)
                    if rng.random() < 0.3
                    else rng.choice(corr_ids),
                    "subject": subject(rng, i, at),
                    "letter_reference": f"{rng.randint(1, 999)}/{at.year}"
                    if rng.random() < 0.4
                    else None,
                    "observations": None,
                    "mail_type": rng.choice(types).value,
                    "channel": rng.choice(channels).value,
                    "priority": "normal",
                    "confidential": rng.random() < 0.02,
                    "pieces": 1,
                    "service_id": rng.choice(service_ids) if rng.random() < 0.9 else None,
                    "status": status.value,
                    "cancelled": False,
                }
            )
        with db.write() as s:
            s.execute(insert(MailEntry), batch)
    fill_counters(db)
    return admin


def fill_counters(db: Database) -> int:
    """The number counters as registering leaves them: each direction and year's last number.

    Without them ``mail add`` (and the desk's form) would start a year's sequence again at 1
    and fail on the number already taken. Counters already there are left alone (a database
    kept from an earlier run gets the missing ones); returns how many were added.
    """
    entries = MailEntry.__table__
    last = (
        select(entries.c.office_id, entries.c.direction, entries.c.year, func.max(entries.c.seq))
        .where(
            ~exists().where(
                NumberCounter.office_id == entries.c.office_id,
                NumberCounter.direction == entries.c.direction,
                NumberCounter.year == entries.c.year,
            )
        )
        .group_by(entries.c.office_id, entries.c.direction, entries.c.year)
    )
    with db.write() as s:
        done = s.execute(
            insert(NumberCounter).from_select(["office_id", "direction", "year", "last_seq"], last)
        )
        return int(done.rowcount or 0)
