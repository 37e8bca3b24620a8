"""The offices the simulated portal knows: real Moroccan administrations, in both scripts.

Each directory office can sign in with its code as ``client_id`` (and the simulator's client
secret), so two offices can exchange mail through one simulator. One office is inactive, to
show what the portal answers when mail is sent to an office that left it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

DEMO_CODE = "BO-DEMO"
DEMO_NAME_FR = "Bureau d'ordre de démonstration"
DEMO_NAME_AR = "مكتب الضبط التجريبي"


@dataclass(frozen=True)
class Office:
    code: str
    name_fr: str
    name_ar: str
    ministry_fr: str | None = None
    ministry_ar: str | None = None
    city: str | None = None
    active: bool = True

    def as_json(self) -> dict[str, object]:
        """The contract's ``Office`` (the ``active`` flag stays inside the portal)."""
        data = asdict(self)
        del data["active"]
        return {k: v for k, v in data.items() if v is not None}


_INTERIOR = ("Ministère de l'Intérieur", "وزارة الداخلية")

OFFICES: tuple[Office, ...] = (
    Office(
        "MEF-RABAT",
        "Bureau d'ordre central du Ministère de l'Économie et des Finances",
        "مكتب الضبط المركزي لوزارة الاقتصاد والمالية",
        "Ministère de l'Économie et des Finances",
        "وزارة الاقتصاد والمالية",
        "Rabat",
    ),
    Office(
        "MJ-RABAT",
        "Bureau d'ordre du Ministère de la Justice",
        "مكتب الضبط بوزارة العدل",
        "Ministère de la Justice",
        "وزارة العدل",
        "Rabat",
    ),
    Office(
        "WILAYA-CS",
        "Bureau d'ordre de la Wilaya de la région Casablanca-Settat",
        "مكتب الضبط بولاية جهة الدار البيضاء سطات",
        *_INTERIOR,
        "Casablanca",
    ),
    Office(
        "COMMUNE-FES",
        "Bureau d'ordre de la Commune de Fès",
        "مكتب الضبط بجماعة فاس",
        *_INTERIOR,
        "Fès",
    ),
    Office(
        "MS-RABAT",
        "Bureau d'ordre du Ministère de la Santé et de la Protection sociale",
        "مكتب الضبط بوزارة الصحة والحماية الاجتماعية",
        "Ministère de la Santé et de la Protection sociale",
        "وزارة الصحة والحماية الاجتماعية",
        "Rabat",
    ),
    Office(
        "ANCFCC-RABAT",
        "Bureau d'ordre de l'Agence Nationale de la Conservation Foncière, du Cadastre et de "
        "la Cartographie",
        "مكتب الضبط بالوكالة الوطنية للمحافظة العقارية والمسح العقاري والخرائطية",
        "Ministère de l'Agriculture, de la Pêche maritime, du Développement rural et des Eaux "
        "et Forêts",
        "وزارة الفلاحة والصيد البحري والتنمية القروية والمياه والغابات",
        "Rabat",
    ),
    Office(
        "MEN-RABAT",
        "Bureau d'ordre du Ministère de l'Éducation nationale, du Préscolaire et des Sports",
        "مكتب الضبط بوزارة التربية الوطنية والتعليم الأولي والرياضة",
        "Ministère de l'Éducation nationale, du Préscolaire et des Sports",
        "وزارة التربية الوطنية والتعليم الأولي والرياضة",
        "Rabat",
    ),
    Office(
        "COMMUNE-MARRAKECH",
        "Bureau d'ordre de la Commune de Marrakech",
        "مكتب الضبط بجماعة مراكش",
        *_INTERIOR,
        "Marrakech",
    ),
    Office(
        "PREF-TANGER",
        "Bureau d'ordre de la Préfecture de Tanger-Assilah",
        "مكتب الضبط بعمالة طنجة أصيلة",
        *_INTERIOR,
        "Tanger",
    ),
    Office(
        "DPEE-KENITRA",
        "Bureau d'ordre de la Direction provinciale de l'Équipement et de l'Eau de Kénitra",
        "مكتب الضبط بالمديرية الإقليمية للتجهيز والماء بالقنيطرة",
        "Ministère de l'Équipement et de l'Eau",
        "وزارة التجهيز والماء",
        "Kénitra",
        active=False,
    ),
)


def served_office(code: str, name_fr: str | None, name_ar: str | None) -> Office:
    """The office the simulator serves: a directory office, or one made up from the options."""
    for office in OFFICES:
        if office.code == code:
            if name_fr or name_ar:
                return Office(
                    code,
                    name_fr or office.name_fr,
                    name_ar or office.name_ar,
                    office.ministry_fr,
                    office.ministry_ar,
                    office.city,
                )
            return Office(
                code,
                office.name_fr,
                office.name_ar,
                office.ministry_fr,
                office.ministry_ar,
                office.city,
            )
    return Office(code, name_fr or DEMO_NAME_FR, name_ar or DEMO_NAME_AR, city="Rabat")
