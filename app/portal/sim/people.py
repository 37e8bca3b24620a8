# ruff: noqa: E501  (whole names and sentences, one per line)
"""Who deposits mail on the portal, and about what: names, identifiers and letters in both scripts.

Plain tables, each entry given in French and in Arabic, from which :mod:`app.portal.sim.seed`
draws deposits. They are the kind of mail a Moroccan bureau d'ordre receives every day.
"""

from __future__ import annotations

from typing import NamedTuple


class Bilingual(NamedTuple):
    fr: str
    ar: str


class Topic(NamedTuple):
    """A kind of letter: its subject and the heart of its body, in French and Arabic.

    ``{n}``, ``{year}``, ``{day}`` are filled in per deposit. ``files`` names the usual
    attachments; a name ending in ``.jpg`` is a photo or a scan.
    """

    subject: Bilingual
    body: Bilingual
    files: tuple[str, ...]


MEN = (
    Bilingual("Mohamed", "محمد"),
    Bilingual("Youssef", "يوسف"),
    Bilingual("Abdellah", "عبد الله"),
    Bilingual("Said", "سعيد"),
    Bilingual("Hassan", "حسن"),
    Bilingual("Driss", "إدريس"),
    Bilingual("Omar", "عمر"),
    Bilingual("Rachid", "رشيد"),
    Bilingual("Karim", "كريم"),
    Bilingual("Yassine", "ياسين"),
    Bilingual("Mustapha", "مصطفى"),
    Bilingual("Abderrahim", "عبد الرحيم"),
    Bilingual("Anas", "أنس"),
    Bilingual("El Mehdi", "المهدي"),
    Bilingual("Hamza", "حمزة"),
)
WOMEN = (
    Bilingual("Fatima Zahra", "فاطمة الزهراء"),
    Bilingual("Khadija", "خديجة"),
    Bilingual("Nadia", "نادية"),
    Bilingual("Zineb", "زينب"),
    Bilingual("Meryem", "مريم"),
    Bilingual("Sanaa", "سناء"),
    Bilingual("Latifa", "لطيفة"),
    Bilingual("Hind", "هند"),
    Bilingual("Amina", "أمينة"),
    Bilingual("Salma", "سلمى"),
    Bilingual("Hanane", "حنان"),
    Bilingual("Imane", "إيمان"),
    Bilingual("Wafae", "وفاء"),
    Bilingual("Nezha", "نزهة"),
    Bilingual("Soukaina", "سكينة"),
)
FAMILY_NAMES = (
    Bilingual("El Alaoui", "العلوي"),
    Bilingual("Bennani", "بناني"),
    Bilingual("Tazi", "التازي"),
    Bilingual("El Idrissi", "الإدريسي"),
    Bilingual("El Fassi", "الفاسي"),
    Bilingual("Berrada", "برادة"),
    Bilingual("Cherkaoui", "الشرقاوي"),
    Bilingual("El Mansouri", "المنصوري"),
    Bilingual("Ziani", "الزياني"),
    Bilingual("Amezian", "أمزيان"),
    Bilingual("Bouziane", "بوزيان"),
    Bilingual("El Hassani", "الحسني"),
    Bilingual("El Amrani", "العمراني"),
    Bilingual("Kettani", "الكتاني"),
    Bilingual("Ait Ali", "آيت علي"),
    Bilingual("Tahiri", "الطاهري"),
    Bilingual("Benjelloun", "بنجلون"),
    Bilingual("Ouazzani", "الوزاني"),
    Bilingual("Soussi", "السوسي"),
    Bilingual("Senhaji", "الصنهاجي"),
    Bilingual("Doukkali", "الدكالي"),
    Bilingual("Bakkali", "البقالي"),
)


class City(NamedTuple):
    name: Bilingual
    cin_prefixes: tuple[str, ...]


CITIES = (
    City(Bilingual("Rabat", "الرباط"), ("A", "AB", "AE")),
    City(Bilingual("Casablanca", "الدار البيضاء"), ("B", "BE", "BH", "BK")),
    City(Bilingual("Fès", "فاس"), ("C", "CD")),
    City(Bilingual("Meknès", "مكناس"), ("D", "DA")),
    City(Bilingual("Marrakech", "مراكش"), ("E", "EE")),
    City(Bilingual("Oujda", "وجدة"), ("F", "FA")),
    City(Bilingual("Kénitra", "القنيطرة"), ("G", "GK")),
    City(Bilingual("Agadir", "أكادير"), ("J", "JA", "JB")),
    City(Bilingual("Tanger", "طنجة"), ("K", "KB")),
    City(Bilingual("Tétouan", "تطوان"), ("L", "LC")),
)
STREETS = (
    Bilingual("rue Ibn Sina", "زنقة ابن سينا"),
    Bilingual("avenue Al Moutanabbi", "شارع المتنبي"),
    Bilingual("rue Oqba Ibn Nafii", "زنقة عقبة بن نافع"),
    Bilingual("boulevard Al Massira", "شارع المسيرة"),
    Bilingual("rue Moulay Ismail", "زنقة مولاي إسماعيل"),
    Bilingual("avenue Hassan II", "شارع الحسن الثاني"),
    Bilingual("rue Al Farabi", "زنقة الفارابي"),
)
DISTRICTS = (
    Bilingual("Hay Salam", "حي السلام"),
    Bilingual("Hay Al Fath", "حي الفتح"),
    Bilingual("Hay Nahda", "حي النهضة"),
    Bilingual("Hay Mohammadi", "الحي المحمدي"),
    Bilingual("Hay Riad", "حي الرياض"),
    Bilingual("Quartier industriel", "الحي الصناعي"),
)
MAIL_DOMAINS = ("gmail.com", "yahoo.fr", "hotmail.com", "menara.ma", "outlook.fr")


class Organisation(NamedTuple):
    name: Bilingual
    domain: str | None


COMPANIES = (
    Organisation(
        Bilingual("Société Atlas Distribution SARL", "شركة أطلس للتوزيع ش.م.م"),
        "atlas-distribution.ma",
    ),
    Organisation(
        Bilingual("Maroc Travaux et Génie Civil SA", "شركة المغرب للأشغال والهندسة المدنية ش.م"),
        "mtgc.ma",
    ),
    Organisation(
        Bilingual(
            "Sahara Agro Industrie SARL AU",
            "شركة الصحراء للصناعات الفلاحية ش.م.م ذات الشريك الوحيد",
        ),
        "sahara-agro.ma",
    ),
    Organisation(
        Bilingual("Bureau d'études Ingénierie du Nord", "مكتب الدراسات هندسة الشمال"), "ingenord.ma"
    ),
    Organisation(
        Bilingual("Imprimerie Al Maarif Al Jadida", "مطبعة المعارف الجديدة"), "maarif-print.ma"
    ),
    Organisation(
        Bilingual("Transports Souss Express SARL", "شركة سوس إكسبريس للنقل ش.م.م"), "sousexpress.ma"
    ),
    Organisation(Bilingual("Clinique Al Amal SA", "مصحة الأمل ش.م"), "clinique-alamal.ma"),
    Organisation(
        Bilingual("Fès Informatique Services SARL", "شركة فاس للخدمات المعلوماتية ش.م.م"),
        "fes-info.ma",
    ),
    Organisation(
        Bilingual("Horizon Nettoyage Services SARL", "شركة الأفق لخدمات النظافة ش.م.م"),
        "horizon-services.ma",
    ),
)
ASSOCIATIONS = (
    Organisation(
        Bilingual(
            "Association Al Amal pour le développement social", "جمعية الأمل للتنمية الاجتماعية"
        ),
        None,
    ),
    Organisation(
        Bilingual(
            "Association des parents d'élèves de l'école Ibn Khaldoun",
            "جمعية آباء وأمهات وأولياء تلاميذ مدرسة ابن خلدون",
        ),
        None,
    ),
    Organisation(
        Bilingual("Amicale des habitants du quartier Hay Riad", "ودادية سكان حي الرياض"), None
    ),
    Organisation(
        Bilingual(
            "Association Tifawin pour la culture et l'environnement",
            "جمعية تيفاوين للثقافة والبيئة",
        ),
        "tifawin.org",
    ),
    Organisation(
        Bilingual(
            "Association Nour des personnes en situation de handicap",
            "جمعية النور للأشخاص في وضعية إعاقة",
        ),
        None,
    ),
    Organisation(
        Bilingual("Association sportive Widad Al Hay", "الجمعية الرياضية وداد الحي"), None
    ),
)
ADMINISTRATIONS = (
    Organisation(
        Bilingual("Caisse Nationale de Sécurité Sociale", "الصندوق الوطني للضمان الاجتماعي"),
        "cnss.ma",
    ),
    Organisation(
        Bilingual(
            "Office National de l'Électricité et de l'Eau Potable",
            "المكتب الوطني للكهرباء والماء الصالح للشرب",
        ),
        "onee.ma",
    ),
    Organisation(
        Bilingual("Direction Générale des Impôts", "المديرية العامة للضرائب"), "tax.gov.ma"
    ),
    Organisation(
        Bilingual("Tribunal de première instance de Rabat", "المحكمة الابتدائية بالرباط"), None
    ),
    Organisation(
        Bilingual("Trésorerie Générale du Royaume", "الخزينة العامة للمملكة"), "tgr.gov.ma"
    ),
    Organisation(Bilingual("Haut-Commissariat au Plan", "المندوبية السامية للتخطيط"), "hcp.ma"),
)

CITIZEN_TOPICS = (
    Topic(
        Bilingual(
            "Réclamation concernant une facture d'eau anormalement élevée",
            "شكاية بخصوص فاتورة الماء المرتفعة بشكل غير عادي",
        ),
        Bilingual(
            "je conteste la facture d'eau n° {n} du mois dernier, dont le montant est trois fois supérieur à ma consommation habituelle",
            "أتقدم إليكم بشكايتي بخصوص فاتورة الماء رقم {n} عن الشهر الماضي، والتي يفوق مبلغها ثلاث مرات استهلاكي المعتاد",
        ),
        ("reclamation.pdf", "facture_eau.pdf"),
    ),
    Topic(
        Bilingual("Demande de permis de construire", "طلب رخصة البناء"),
        Bilingual(
            "je sollicite un permis de construire pour une maison R+1 sur le lot n° {n}, conformément au plan d'aménagement",
            "ألتمس منكم منحي رخصة البناء لمنزل من طابقين على البقعة رقم {n} وفق تصميم التهيئة",
        ),
        ("demande_permis.pdf", "plans.pdf"),
    ),
    Topic(
        Bilingual("Demande de certificat de résidence", "طلب شهادة السكنى"),
        Bilingual(
            "je vous prie de bien vouloir me délivrer un certificat de résidence, nécessaire à mon dossier de bourse",
            "ألتمس منكم تسليمي شهادة السكنى قصد إدراجها في ملف المنحة",
        ),
        ("demande.pdf", "cin_recto.jpg"),
    ),
    Topic(
        Bilingual(
            "Demande de copie intégrale d'acte de naissance", "طلب نسخة كاملة من رسم الولادة"
        ),
        Bilingual(
            "je demande une copie intégrale de l'acte de naissance n° {n}/{year}, inscrit au registre de l'état civil",
            "أطلب نسخة كاملة من رسم الولادة رقم {n}/{year} المسجل بسجلات الحالة المدنية",
        ),
        ("demande.pdf",),
    ),
    Topic(
        Bilingual(
            "Recours concernant les résultats du concours de recrutement",
            "تظلم بخصوص نتائج مباراة التوظيف",
        ),
        Bilingual(
            "je conteste mon classement au concours de recrutement du {day} et demande la révision de ma note de l'épreuve écrite",
            "أتظلم من ترتيبي في مباراة التوظيف المجراة بتاريخ {day} وألتمس مراجعة نقطة الاختبار الكتابي",
        ),
        ("recours.pdf", "convocation.pdf"),
    ),
    Topic(
        Bilingual(
            "Plainte concernant l'éclairage public du quartier",
            "شكاية بخصوص الإنارة العمومية بالحي",
        ),
        Bilingual(
            "les lampadaires de notre rue sont éteints depuis plus d'un mois, ce qui met en danger les habitants la nuit",
            "إن مصابيح الإنارة العمومية بزنقتنا معطلة منذ أزيد من شهر، مما يعرض السكان للخطر ليلا",
        ),
        ("plainte.pdf", "photo_rue.jpg"),
    ),
    Topic(
        Bilingual("Demande d'attestation administrative de travail", "طلب شهادة العمل"),
        Bilingual(
            "je sollicite une attestation de travail mentionnant mon grade et mon ancienneté, matricule n° {n}",
            "ألتمس منكم تسليمي شهادة العمل تتضمن إطاري وأقدميتي، رقم التأجير {n}",
        ),
        ("demande_attestation.pdf",),
    ),
    Topic(
        Bilingual("Demande de certificat de propriété", "طلب شهادة الملكية"),
        Bilingual(
            "je demande un certificat de propriété pour le titre foncier n° {n}/{year}",
            "أطلب تسليمي شهادة الملكية الخاصة بالرسم العقاري عدد {n}/{year}",
        ),
        ("demande_certificat.pdf", "cin_recto.jpg"),
    ),
    Topic(
        Bilingual(
            "Demande de régularisation de situation administrative", "طلب تسوية الوضعية الإدارية"
        ),
        Bilingual(
            "je demande la régularisation de ma situation administrative suite à ma réintégration du {day}",
            "ألتمس تسوية وضعيتي الإدارية على إثر إعادة إدماجي بتاريخ {day}",
        ),
        ("demande.pdf", "arrete.pdf"),
    ),
)
COMPANY_TOPICS = (
    Topic(
        Bilingual(
            "Offre relative à l'appel d'offres ouvert n° {n}/{year}",
            "عرض في إطار طلب العروض المفتوح رقم {n}/{year}",
        ),
        Bilingual(
            "nous avons l'honneur de vous soumettre notre offre technique et financière relative à l'appel d'offres ouvert n° {n}/{year}",
            "يشرفنا أن نقدم لكم عرضنا التقني والمالي المتعلق بطلب العروض المفتوح رقم {n}/{year}",
        ),
        ("offre_technique.pdf", "offre_financiere.pdf"),
    ),
    Topic(
        Bilingual(
            "Demande de paiement du décompte n° {n} du marché",
            "طلب أداء الكشف رقم {n} الخاص بالصفقة",
        ),
        Bilingual(
            "nous sollicitons le paiement du décompte provisoire n° {n}, les travaux correspondants ayant été réceptionnés le {day}",
            "نلتمس منكم أداء الكشف المؤقت رقم {n}، بعد تسلم الأشغال المتعلقة به بتاريخ {day}",
        ),
        ("demande_paiement.pdf", "decompte.pdf"),
    ),
    Topic(
        Bilingual(
            "Demande d'autorisation d'exploitation d'un local commercial",
            "طلب رخصة استغلال محل تجاري",
        ),
        Bilingual(
            "nous sollicitons l'autorisation d'exploiter le local commercial situé au n° {n}, pour une activité de distribution",
            "نلتمس منكم الترخيص لنا باستغلال المحل التجاري الكائن بالرقم {n} في نشاط التوزيع",
        ),
        ("demande_autorisation.pdf",),
    ),
    Topic(
        Bilingual("Demande d'attestation de régularité fiscale", "طلب شهادة الإبراء الضريبي"),
        Bilingual(
            "nous demandons une attestation de régularité fiscale, exigée pour notre participation à l'appel d'offres n° {n}/{year}",
            "نلتمس تسليمنا شهادة الإبراء الضريبي المطلوبة للمشاركة في طلب العروض رقم {n}/{year}",
        ),
        ("demande.pdf",),
    ),
    Topic(
        Bilingual("Notification de transfert du siège social", "إشعار بتحويل المقر الاجتماعي"),
        Bilingual(
            "nous vous informons du transfert de notre siège social à compter du {day}",
            "نحيطكم علما بتحويل مقرنا الاجتماعي ابتداء من {day}",
        ),
        ("notification.pdf", "statuts.pdf"),
    ),
)
ASSOCIATION_TOPICS = (
    Topic(
        Bilingual("Demande de subvention au titre de l'année {year}", "طلب منحة برسم سنة {year}"),
        Bilingual(
            "nous sollicitons une subvention au titre de l'année {year} pour notre programme d'alphabétisation au profit de {n} femmes",
            "نلتمس منكم منح الجمعية دعما برسم سنة {year} لبرنامج محو الأمية لفائدة {n} امرأة",
        ),
        ("demande_subvention.pdf", "programme.pdf"),
    ),
    Topic(
        Bilingual("Demande de mise à disposition d'une salle", "طلب وضع قاعة رهن الإشارة"),
        Bilingual(
            "nous sollicitons la mise à disposition de la salle polyvalente le {day} pour notre assemblée générale",
            "نلتمس وضع القاعة المتعددة الاختصاصات رهن إشارتنا يوم {day} لعقد الجمع العام",
        ),
        ("demande_salle.pdf",),
    ),
    Topic(
        Bilingual(
            "Dépôt du dossier juridique après renouvellement du bureau",
            "إيداع الملف القانوني بعد تجديد المكتب",
        ),
        Bilingual(
            "nous déposons le dossier juridique de l'association après le renouvellement de son bureau le {day}",
            "نودع لديكم الملف القانوني للجمعية بعد تجديد مكتبها بتاريخ {day}",
        ),
        ("pv_assemblee.pdf", "liste_membres.pdf"),
    ),
    Topic(
        Bilingual(
            "Demande de partenariat pour une caravane médicale", "طلب شراكة لتنظيم قافلة طبية"
        ),
        Bilingual(
            "nous proposons un partenariat pour organiser une caravane médicale au profit de {n} habitants du douar",
            "نقترح عليكم شراكة لتنظيم قافلة طبية لفائدة {n} من سكان الدوار",
        ),
        ("projet_partenariat.pdf",),
    ),
)
ADMINISTRATION_TOPICS = (
    Topic(
        Bilingual("Convocation à l'audience du {day}", "استدعاء لحضور جلسة {day}"),
        Bilingual(
            "vous êtes convoqué à l'audience du {day} dans le dossier n° {n}/{year}",
            "أنتم مدعوون لحضور الجلسة المنعقدة بتاريخ {day} في الملف عدد {n}/{year}",
        ),
        ("convocation.pdf",),
    ),
    Topic(
        Bilingual("Transmission de pièces complémentaires", "إرسال وثائق تكميلية"),
        Bilingual(
            "j'ai l'honneur de vous transmettre les pièces complémentaires du dossier n° {n}",
            "يشرفني أن أرسل إليكم الوثائق التكميلية الخاصة بالملف عدد {n}",
        ),
        ("bordereau_envoi.pdf", "pieces.pdf"),
    ),
    Topic(
        Bilingual(
            "Demande de renseignements concernant le dossier n° {n}",
            "طلب معلومات بخصوص الملف عدد {n}",
        ),
        Bilingual(
            "je vous prie de me communiquer l'état d'avancement du dossier n° {n}",
            "المرجو موافاتي بمآل الملف عدد {n}",
        ),
        ("lettre.pdf",),
    ),
    Topic(
        Bilingual("Exécution du jugement n° {n}/{year}", "تنفيذ الحكم عدد {n}/{year}"),
        Bilingual(
            "je vous prie de procéder à l'exécution du jugement n° {n}/{year} devenu définitif",
            "المرجو العمل على تنفيذ الحكم عدد {n}/{year} الحائز لقوة الشيء المقضي به",
        ),
        ("lettre.pdf", "jugement.pdf"),
    ),
    Topic(
        Bilingual(
            "Invitation à la réunion de la commission provinciale",
            "دعوة لحضور اجتماع اللجنة الإقليمية",
        ),
        Bilingual(
            "j'ai l'honneur de vous inviter à la réunion de la commission provinciale qui se tiendra le {day}",
            "يشرفني أن أدعوكم لحضور اجتماع اللجنة الإقليمية الذي سينعقد يوم {day}",
        ),
        ("invitation.pdf", "ordre_du_jour.pdf"),
    ),
)

OPENINGS = Bilingual(
    "Monsieur le Directeur,\n{body}.",
    "السيد المدير المحترم،\nسلام تام بوجود مولانا الإمام المؤيد بالله،\nوبعد، {body}.",
)
CLOSINGS = Bilingual(
    "Je vous prie d'agréer, Monsieur le Directeur, l'expression de mes salutations distinguées.\n{name}",
    "وتقبلوا فائق عبارات التقدير والاحترام.\nوالسلام.\n{name}",
)
