"""Words of capture: scanning, the capture window, the tray, the Scanning settings."""

from __future__ import annotations

from typing import Any

_ = "*"
ENTRIES: dict[tuple[str, str], dict[str, Any]] = {
    # Main window
    ("CaptureDesk", "Scanning and &capture…"): {
        "fr": "Numérisation et &capture…",
        "ar": "المسح الضوئي و&استيراد الوثائق…",
    },
    ("CaptureDesk", "%n file(s) attached to %1."): {
        "fr": ["%n fichier joint à %1.", "%n fichiers joints à %1."],
        "ar": [
            "لم يُرفق أي ملف بـ %1.",
            "أُرفق ملف واحد بـ %1.",
            "أُرفق ملفان بـ %1.",
            "أُرفقت %n ملفات بـ %1.",
            "أُرفق %n ملفا بـ %1.",
            "أُرفق %n ملف بـ %1.",
        ],
    },
    ("CaptureDesk", "Watched folder: %n document(s) attached"): {
        "fr": ["Dossier surveillé : %n document joint", "Dossier surveillé : %n documents joints"],
        "ar": [
            "المجلد المراقَب: لم تُرفق أي وثيقة",
            "المجلد المراقَب: أُرفقت وثيقة واحدة",
            "المجلد المراقَب: أُرفقت وثيقتان",
            "المجلد المراقَب: أُرفقت %n وثائق",
            "المجلد المراقَب: أُرفقت %n وثيقة",
            "المجلد المراقَب: أُرفقت %n وثيقة",
        ],
    },
    (_, "%n to be sorted by hand"): {
        "fr": ["%n à trier à la main", "%n à trier à la main"],
        "ar": [
            "لا شيء للفرز اليدوي",
            "وثيقة واحدة للفرز اليدوي",
            "وثيقتان للفرز اليدوي",
            "%n وثائق للفرز اليدوي",
            "%n وثيقة للفرز اليدوي",
            "%n وثيقة للفرز اليدوي",
        ],
    },
    # Capture window
    ("CaptureWindow", "Scanning and capture"): {
        "fr": "Numérisation et capture",
        "ar": "المسح الضوئي واستيراد الوثائق",
    },
    ("CaptureWindow", "Scan and import"): {
        "fr": "Numériser et importer",
        "ar": "المسح الضوئي والاستيراد",
    },
    ("CaptureWindow", "To be sorted"): {"fr": "À trier", "ar": "للفرز"},
    ("CaptureWindow", "Working…"): {"fr": "Traitement en cours…", "ar": "جارٍ المعالجة…"},
    ("ScanPanel", "&Scan"): {"fr": "&Numériser", "ar": "&مسح ضوئي"},
    ("ScanPanel", "Add &files…"): {"fr": "Ajouter des &fichiers…", "ar": "إضافة ملفات…"},
    ("ScanPanel", "Turn left"): {"fr": "Pivoter à gauche", "ar": "تدوير إلى اليسار"},
    ("ScanPanel", "Turn right"): {"fr": "Pivoter à droite", "ar": "تدوير إلى اليمين"},
    ("ScanPanel", "Delete"): {"fr": "Supprimer", "ar": "حذف"},
    ("ScanPanel", "Clear all"): {"fr": "Tout effacer", "ar": "حذف كل الصفحات"},
    ("ScanPanel", "Mail number"): {"fr": "N° du courrier", "ar": "رقم المراسلة"},
    ("ScanPanel", "A-2026/000123"): {"fr": "A-2026/000123", "ar": "A-2026/000123"},
    ("ScanPanel", "Save to the mail"): {"fr": "Joindre au courrier", "ar": "إرفاق بالمراسلة"},
    ("ScanPanel", "Import and &match labels"): {
        "fr": "Importer et trier par &étiquette",
        "ar": "استيراد وفرز حسب الملصقة",
    },
    ("ScanPanel", "%n page(s). Drag to reorder; the document is saved in this order."): {
        "fr": [
            "%n page. Faites glisser pour réordonner : le document est enregistré dans cet ordre.",
            "%n pages. Faites glisser pour réordonner : le document est enregistré dans cet ordre.",
        ],
        "ar": [
            "لا صفحات.",
            "صفحة واحدة. اسحب الصفحات لإعادة ترتيبها: تُحفظ الوثيقة بهذا الترتيب.",
            "صفحتان. اسحب الصفحات لإعادة ترتيبها: تُحفظ الوثيقة بهذا الترتيب.",
            "%n صفحات. اسحب الصفحات لإعادة ترتيبها: تُحفظ الوثيقة بهذا الترتيب.",
            "%n صفحة. اسحب الصفحات لإعادة ترتيبها: تُحفظ الوثيقة بهذا الترتيب.",
            "%n صفحة. اسحب الصفحات لإعادة ترتيبها: تُحفظ الوثيقة بهذا الترتيب.",
        ],
    },
    (
        "ScanPanel",
        "Scan, or drop PDF and image files here. A stack of several documents, each led by its label, is sorted by “Import and match labels”.",
    ): {
        "fr": "Numérisez, ou déposez ici des fichiers PDF et images. Une pile de plusieurs documents, chacun précédé de son étiquette, se trie avec « Importer et trier par étiquette ».",
        "ar": "امسح الوثائق ضوئيا، أو اسحب ملفات \u2066PDF\u2069 والصور وأفلتها هنا. الحزمة المكونة من عدة وثائق، تتصدر كلا منها ملصقتها، تُفرز بالأمر «استيراد وفرز حسب الملصقة».",
    },
    ("ScanPanel", "Add files"): {"fr": "Ajouter des fichiers", "ar": "إضافة ملفات"},
    ("ScanPanel", "Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)"): {
        "fr": "Numérisations (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)",
        "ar": "ملفات ممسوحة (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)",
    },
    (_, "Type or scan the number of the mail first."): {
        "fr": "Saisissez ou scannez d'abord le numéro du courrier.",
        "ar": "أدخل رقم المراسلة أو اقرأ ملصقتها بقارئ الرموز الشريطية أولا.",
    },
    ("ScanPanel", "Saved to %1 (%n page(s))."): {
        "fr": ["Joint à %1 (%n page).", "Joint à %1 (%n pages)."],
        "ar": [
            "أُرفق بـ %1 (بدون صفحات).",
            "أُرفق بـ %1 (صفحة واحدة).",
            "أُرفق بـ %1 (صفحتان).",
            "أُرفق بـ %1 (%n صفحات).",
            "أُرفق بـ %1 (%n صفحة).",
            "أُرفق بـ %1 (%n صفحة).",
        ],
    },
    ("ScanPanel", "%n document(s) attached to their mail"): {
        "fr": ["%n document joint à son courrier", "%n documents joints à leur courrier"],
        "ar": [
            "لم تُرفق أي وثيقة بمراسلتها",
            "أُرفقت وثيقة واحدة بمراسلتها",
            "أُرفقت وثيقتان بمراسلتيهما",
            "أُرفقت %n وثائق بمراسلاتها",
            "أُرفقت %n وثيقة بمراسلاتها",
            "أُرفقت %n وثيقة بمراسلاتها",
        ],
    },
    # Tray
    ("TrayPanel", "no label"): {"fr": "pas d'étiquette", "ar": "بدون ملصقة"},
    ("TrayPanel", "label cannot be read"): {"fr": "étiquette illisible", "ar": "ملصقة غير مقروءة"},
    ("TrayPanel", "barcode of another origin"): {
        "fr": "code-barres d'une autre origine",
        "ar": "رمز شريطي من مصدر آخر",
    },
    ("TrayPanel", "several labels on one page"): {
        "fr": "plusieurs étiquettes sur une page",
        "ar": "عدة ملصقات في صفحة واحدة",
    },
    ("TrayPanel", "number unknown in this office"): {
        "fr": "numéro inconnu dans ce bureau",
        "ar": "رقم غير معروف في هذا المكتب",
    },
    ("TrayPanel", "the mail is cancelled"): {
        "fr": "le courrier est annulé",
        "ar": "المراسلة ملغاة",
    },
    ("TrayPanel", "mail outside your rights"): {
        "fr": "courrier hors de vos droits",
        "ar": "مراسلة خارج صلاحياتك",
    },
    ("TrayPanel", "Attach to mail number"): {
        "fr": "Joindre au courrier n°",
        "ar": "إرفاق بالمراسلة رقم",
    },
    ("TrayPanel", "Type or scan the label"): {
        "fr": "Saisissez ou scannez l'étiquette",
        "ar": "أدخل الرقم أو اقرأ الملصقة بالقارئ",
    },
    ("TrayPanel", "&Attach"): {"fr": "&Joindre", "ar": "إر&فاق"},
    ("TrayPanel", "Discard…"): {"fr": "Écarter…", "ar": "استبعاد…"},
    ("TrayPanel", "Discard"): {"fr": "Écarter", "ar": "استبعاد"},
    ("TrayPanel", "Nothing to sort."): {"fr": "Rien à trier.", "ar": "لا شيء للفرز."},
    ("TrayPanel", "Attached to %1."): {"fr": "Joint à %1.", "ar": "أُرفق بـ %1."},
    ("TrayPanel", "Why is this document discarded?"): {
        "fr": "Pourquoi ce document est-il écarté ?",
        "ar": "لماذا تُستبعد هذه الوثيقة؟",
    },
    # Settings
    ("ScanningPage", "Scanning"): {"fr": "Numérisation", "ar": "المسح الضوئي"},
    ("ScanningPage", "Scanner"): {"fr": "Scanner", "ar": "الماسح الضوئي"},
    ("ScanningPage", "Resolution"): {"fr": "Résolution", "ar": "الدقة"},
    ("ScanningPage", "Colour mode"): {"fr": "Mode couleur", "ar": "نمط الألوان"},
    ("ScanningPage", "Watched folder"): {"fr": "Dossier surveillé", "ar": "المجلد المراقَب"},
    ("ScanningPage", "The first scanner found"): {
        "fr": "Le premier scanner trouvé",
        "ar": "أول ماسح ضوئي يُعثر عليه",
    },
    ("ScanningPage", "Find scanners"): {"fr": "Rechercher les scanners", "ar": "البحث عن الماسحات"},
    ("ScanningPage", "Colour"): {"fr": "Couleur", "ar": "ألوان"},
    ("ScanningPage", "Greys"): {"fr": "Niveaux de gris", "ar": "تدرجات الرمادي"},
    ("ScanningPage", "Black and white"): {"fr": "Noir et blanc", "ar": "أبيض وأسود"},
    ("ScanningPage", "Take every sheet from the document feeder"): {
        "fr": "Prendre toutes les feuilles du chargeur de documents",
        "ar": "أخذ كل الأوراق من وحدة تلقيم الوثائق",
    },
    ("ScanningPage", "Both sides of each sheet (duplex)"): {
        "fr": "Recto verso",
        "ar": "الوجهان لكل ورقة",
    },
    ("ScanningPage", "None: no folder is watched"): {
        "fr": "Aucun : pas de dossier surveillé",
        "ar": "لا شيء: لا يُراقب أي مجلد",
    },
    ("ScanningPage", "Choose…"): {"fr": "Choisir…", "ar": "اختيار…"},
    ("ScanningPage", "Read the text of new scans (OCR, Arabic and French)"): {
        "fr": "Lire le texte des nouvelles numérisations (OCR, arabe et français)",
        "ar": "قراءة نص الوثائق الممسوحة الجديدة (التعرف الضوئي، بالعربية والفرنسية)",
    },
    ("ScanningPage", "Also keep a searchable copy of scanned PDFs"): {
        "fr": "Conserver aussi une copie des PDF numérisés avec texte recherchable",
        "ar": "الاحتفاظ أيضا بنسخة من ملفات PDF الممسوحة بنص قابل للبحث",
    },
    ("ScanningPage", "Looking for scanners…"): {
        "fr": "Recherche des scanners…",
        "ar": "جارٍ البحث عن الماسحات الضوئية…",
    },
    ("ScanningPage", "%n scanner(s) found."): {
        "fr": ["%n scanner trouvé.", "%n scanners trouvés."],
        "ar": [
            "لم يُعثر على أي ماسح ضوئي.",
            "عُثر على ماسح ضوئي واحد.",
            "عُثر على ماسحين ضوئيين.",
            "عُثر على %n ماسحات ضوئية.",
            "عُثر على %n ماسحا ضوئيا.",
            "عُثر على %n ماسح ضوئي.",
        ],
    },
}
