"""The closed vocabularies of the register.

Values are the stable identifiers stored in the database and used on the command line;
labels in Arabic and French live next to them for the core's own output (the GUI translates
with Qt Linguist from the same values).
"""

from __future__ import annotations

from enum import StrEnum


class Direction(StrEnum):
    IN = "in"
    OUT = "out"
    INTERNAL = "internal"

    @property
    def prefix(self) -> str:
        return {"in": "A", "out": "D", "internal": "I"}[self.value]

    @classmethod
    def from_prefix(cls, prefix: str) -> Direction:
        for d in cls:
            if d.prefix == prefix.upper():
                return d
        raise ValueError(prefix)


class MailType(StrEnum):
    LETTER = "letter"
    INVOICE = "invoice"
    SUMMONS = "summons"
    COMPLAINT = "complaint"
    REQUEST = "request"
    NOTE = "note"
    REPORT = "report"
    CIRCULAR = "circular"
    DECISION = "decision"
    OTHER = "other"


class Channel(StrEnum):
    COUNTER = "counter"
    POST = "post"
    COURIER = "courier"
    EMAIL = "email"
    FAX = "fax"
    PORTAL = "portal"
    # Recommandé avec accusé de réception: the AR's number is kept, and the day it comes back.
    REGISTERED = "registered_post"


class Priority(StrEnum):
    NORMAL = "normal"
    URGENT = "urgent"
    VERY_URGENT = "very_urgent"


class MailStatus(StrEnum):
    REGISTERED = "registered"
    ASSIGNED = "assigned"
    IN_PROGRESS = "in_progress"
    ANSWERED = "answered"
    CLOSED = "closed"


class CorrespondentKind(StrEnum):
    CITIZEN = "citizen"
    COMPANY = "company"
    ASSOCIATION = "association"
    ADMINISTRATION = "administration"


class IdentifierType(StrEnum):
    CIN = "cin"
    ICE = "ice"
    RC = "rc"
    IF = "if"
    PASSPORT = "passport"
    OTHER = "other"


class ServiceKind(StrEnum):
    DIRECTION = "direction"
    DIVISION = "division"
    SERVICE = "service"


class Role(StrEnum):
    CLERK = "clerk"
    CHEF = "chef"
    AGENT = "agent"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


class MailEventKind(StrEnum):
    REGISTERED = "registered"
    CORRECTED = "corrected"
    CANCELLED = "cancelled"
    ATTACHED = "attached"
    LABEL_PRINTED = "label_printed"
    RECEIPT_PRINTED = "receipt_printed"
    ASSIGNED = "assigned"
    REASSIGNED = "reassigned"
    RETURNED = "returned"
    STARTED = "started"
    ANSWERED = "answered"
    CLOSED = "closed"
    SLIP_PRINTED = "slip_printed"  # the routing slip (fiche d'imputation)
    DELIVERED = "delivered"  # handed over to a service, against the delivery book
    AR_RETURNED = "ar_returned"  # a registered letter's acknowledgement of receipt came back


class AssignmentKind(StrEnum):
    MAIN = "main"  # pour attribution
    COPY = "copy"  # pour information


class AssignmentState(StrEnum):
    ACTIVE = "active"
    REASSIGNED = "reassigned"
    RETURNED = "returned"
    DONE = "done"


LABELS: dict[str, dict[str, str]] = {
    "in": {"fr": "Arrivée", "ar": "وارد"},
    "out": {"fr": "Départ", "ar": "صادر"},
    "internal": {"fr": "Interne", "ar": "داخلي"},
    "letter": {"fr": "Lettre", "ar": "رسالة"},
    "invoice": {"fr": "Facture", "ar": "فاتورة"},
    "summons": {"fr": "Convocation", "ar": "استدعاء"},
    "complaint": {"fr": "Réclamation", "ar": "شكاية"},
    "request": {"fr": "Demande", "ar": "طلب"},
    "note": {"fr": "Note", "ar": "مذكرة"},
    "report": {"fr": "Rapport", "ar": "تقرير"},
    "circular": {"fr": "Circulaire", "ar": "دورية"},
    "decision": {"fr": "Décision", "ar": "قرار"},
    "other": {"fr": "Autre", "ar": "أخرى"},
    "counter": {"fr": "Guichet", "ar": "الشباك"},
    "post": {"fr": "Poste", "ar": "البريد"},
    "courier": {"fr": "Porteur", "ar": "المناولة"},
    "email": {"fr": "Courriel", "ar": "بريد إلكتروني"},
    "fax": {"fr": "Fax", "ar": "فاكس"},
    "portal": {"fr": "Portail", "ar": "البوابة"},
    "registered_post": {"fr": "Recommandé avec AR", "ar": "مضمون مع إشعار بالتسلم"},
    "normal": {"fr": "Normal", "ar": "عادي"},
    "urgent": {"fr": "Urgent", "ar": "مستعجل"},
    "very_urgent": {"fr": "Très urgent", "ar": "مستعجل جدا"},
    "registered": {"fr": "Enregistré", "ar": "مسجل"},
    "assigned": {"fr": "Imputé", "ar": "محال"},
    "in_progress": {"fr": "En traitement", "ar": "قيد المعالجة"},
    "answered": {"fr": "Répondu", "ar": "تم الرد"},
    "closed": {"fr": "Classé", "ar": "محفوظ"},
    "corrected": {"fr": "Corrigé", "ar": "مصحح"},
    "cancelled": {"fr": "Annulé", "ar": "ملغى"},
    "attached": {"fr": "Pièce jointe ajoutée", "ar": "أضيف مرفق"},
    "label_printed": {"fr": "Étiquette imprimée", "ar": "طبعت الملصقة"},
    "slip_printed": {"fr": "Fiche d'imputation imprimée", "ar": "طبعت بطاقة الإحالة"},
    "delivered": {"fr": "Remis au service", "ar": "سلم إلى المصلحة"},
    "ar_returned": {"fr": "Accusé de réception revenu", "ar": "رجع الإشعار بالتسلم"},
    "reassigned": {"fr": "Réimputé", "ar": "أعيدت إحالته"},
    "returned": {"fr": "Renvoyé au bureau d'ordre", "ar": "أرجع إلى مكتب الضبط"},
    "started": {"fr": "Pris en charge", "ar": "بدأت معالجته"},
    "main": {"fr": "Pour attribution", "ar": "للاختصاص"},
    "copy": {"fr": "Pour information", "ar": "للإخبار"},
}


def label(value: str, lang: str) -> str:
    return LABELS.get(str(value), {}).get(lang, str(value))
