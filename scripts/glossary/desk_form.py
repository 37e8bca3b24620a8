"""Words of the desk's forms, dates, set-up, secrets file, help and session (desk-form)."""

from __future__ import annotations

from typing import Any


def _k(keys: str) -> str:
    """Key names (Latin) isolated left to right inside an Arabic sentence."""
    return f"\u2066{keys}\u2069"


ENTRIES: dict[tuple[str, str], dict[str, Any]] = {
    # The registration form once saved, and leaving it
    ("RegistrationForm", "Co&rrect…"): {"fr": "Co&rriger…", "ar": "&تصحيح…"},
    (
        "RegistrationForm",
        "The mail is registered: its number and details are fixed. A change now is a correction, kept in its history.",
    ): {
        "fr": "Le courrier est enregistré : son numéro et ses données sont arrêtés. Toute modification passe désormais par une correction, conservée dans son historique.",
        "ar": "سُجّلت المراسلة: رقمها وبياناتها ثابتة. كل تغيير بعد الآن يتم عن طريق تصحيح يُحفظ في سجلها.",
    },
    ("RegistrationForm", "Discard this mail? What you typed will be lost."): {
        "fr": "Abandonner ce courrier ? Ce que vous avez saisi sera perdu.",
        "ar": "التخلي عن هذه المراسلة؟ ستضيع البيانات التي أدخلتها.",
    },
    ("RegistrationForm", "&Discard"): {"fr": "A&bandonner", "ar": "ال&تخلي عنها"},
    ("RegistrationForm", "&Keep typing"): {"fr": "&Continuer la saisie", "ar": "مواصلة الإ&دخال"},
    # Days: typed dd/mm/yyyy, checked as typed
    ("DayEdit", "dd/mm/yyyy"): {"fr": "jj/mm/aaaa", "ar": "يوم/شهر/سنة"},
    ("DayEdit", "Calendar (Alt+Down)"): {
        "fr": "Calendrier (Alt+Bas)",
        "ar": f"التقويم ({_k('Alt+Down')})",
    },
    ("DayChecks", "“%1” is not a day: type it as dd/mm/yyyy."): {
        "fr": "« %1 » n'est pas une date : tapez-la sous la forme jj/mm/aaaa.",
        "ar": "«%1» ليس تاريخا صحيحا: اكتبه على شكل يوم/شهر/سنة.",
    },
    ("DayChecks", "The letter is dated %1, after today: check its date."): {
        "fr": "La lettre est datée du %1, après aujourd'hui : vérifiez sa date.",
        "ar": "الرسالة مؤرخة في %1، أي بعد اليوم: تحقق من تاريخها.",
    },
    ("DayChecks", "Received on %1, after today: check the day."): {
        "fr": "Reçu le %1, après aujourd'hui : vérifiez la date.",
        "ar": "تاريخ التوصل %1 لاحق لليوم: تحقق من التاريخ.",
    },
    ("DayChecks", "Sent on %1, after today: check the day."): {
        "fr": "Envoyé le %1, après aujourd'hui : vérifiez la date.",
        "ar": "تاريخ الإرسال %1 لاحق لليوم: تحقق من التاريخ.",
    },
    ("DayChecks", "%1 is too far in the past: check the year."): {
        "fr": "%1 est trop ancien : vérifiez l'année.",
        "ar": "التاريخ %1 قديم جدا: تحقق من السنة.",
    },
    ("DetailPane", "%1 (overdue)"): {"fr": "%1 (en retard)", "ar": "%1 (متأخر)"},
    # The set-up wizard: the language first
    ("SetupWizard", "The language of the interface; it can be changed later."): {
        "fr": "La langue de l'interface ; elle peut être changée plus tard.",
        "ar": "لغة الواجهة، ويمكن تغييرها لاحقا.",
    },
    ("SetupWizard", "Français ou العربية: the next pages follow this choice at once."): {
        "fr": "Français ou العربية : les pages suivantes suivent ce choix aussitôt.",
        "ar": "العربية أو Français: تتبع الصفحات الموالية هذا الاختيار فورا.",
    },
    ("SetupWizard", "At least %n character(s)."): {
        "fr": ["Au moins %n caractère.", "Au moins %n caractères."],
        "ar": [
            "%n حرف على الأقل.",
            "حرف واحد على الأقل.",
            "حرفان على الأقل.",
            "%n أحرف على الأقل.",
            "%n حرفا على الأقل.",
            "%n حرف على الأقل.",
        ],
    },
    # The secrets file, where no keyring is
    ("DatabasePage", "kept in the encrypted secrets file"): {
        "fr": "conservé dans le fichier de secrets chiffré",
        "ar": "تُحفظ في ملف الأسرار المشفر",
    },
    (
        "DatabasePage",
        "Only an administrator may change the database this computer opens. Ask one if it must change.",
    ): {
        "fr": "Seul un administrateur peut changer la base de données qu'ouvre cet ordinateur. Adressez-vous à lui s'il faut la changer.",
        "ar": "لا يغيّر قاعدة البيانات التي يفتحها هذا الحاسوب إلا مسؤول النظام. اتصل به إن لزم تغييرها.",
    },
    ("PortalPage", "Kept in the encrypted secrets file — leave empty to keep it"): {
        "fr": "Conservé dans le fichier de secrets chiffré — laissez vide pour le garder",
        "ar": "محفوظ في ملف الأسرار المشفر — اتركه فارغا للاحتفاظ به",
    },
    (
        "SecretFileField",
        "This computer has no system keyring. The portal's secret will be kept in the application's encrypted secrets file, protected by the password below; or ask an administrator to set BO_PORTAL_CLIENT_ID and BO_PORTAL_CLIENT_SECRET for the application, and leave the secret empty here.",
    ): {
        "fr": "Cet ordinateur n'a pas de trousseau système. Le secret du portail sera conservé dans le fichier de secrets chiffré de l'application, protégé par le mot de passe ci-dessous ; ou demandez à un administrateur de définir BO_PORTAL_CLIENT_ID et BO_PORTAL_CLIENT_SECRET pour l'application, et laissez le secret vide ici.",
        "ar": f"لا يتوفر هذا الحاسوب على خزنة أسرار النظام. سيُحفظ الرمز السري للبوابة في ملف الأسرار المشفر الخاص بالتطبيق، محميا بكلمة المرور أدناه؛ أو اطلب من أحد المسؤولين تعريف المتغيرين {_k('BO_PORTAL_CLIENT_ID')} و{_k('BO_PORTAL_CLIENT_SECRET')} للتطبيق، واترك الرمز السري فارغا هنا.",
    },
    (
        "SecretFileField",
        "This computer has no system keyring. The password will be kept in the application's encrypted secrets file, protected by the password below.",
    ): {
        "fr": "Cet ordinateur n'a pas de trousseau système. Le mot de passe sera conservé dans le fichier de secrets chiffré de l'application, protégé par le mot de passe ci-dessous.",
        "ar": "لا يتوفر هذا الحاسوب على خزنة أسرار النظام. ستُحفظ كلمة المرور في ملف الأسرار المشفر الخاص بالتطبيق، محمية بكلمة المرور أدناه.",
    },
    ("SecretFileField", "Secrets file password (new)"): {
        "fr": "Mot de passe du fichier de secrets (nouveau)",
        "ar": "كلمة مرور ملف الأسرار (جديدة)",
    },
    ("SecretFileField", "Secrets file password"): {
        "fr": "Mot de passe du fichier de secrets",
        "ar": "كلمة مرور ملف الأسرار",
    },
    ("SecretFileField", "Confirm it"): {"fr": "Confirmez-le", "ar": "أكّدها"},
    ("SecretFileField", "At least %n character(s)"): {
        "fr": ["Au moins %n caractère", "Au moins %n caractères"],
        "ar": [
            "%n حرف على الأقل",
            "حرف واحد على الأقل",
            "حرفان على الأقل",
            "%n أحرف على الأقل",
            "%n حرفا على الأقل",
            "%n حرف على الأقل",
        ],
    },
    ("UnlockSecretsDialog", "Secrets file"): {"fr": "Fichier de secrets", "ar": "ملف الأسرار"},
    (
        "UnlockSecretsDialog",
        "The passwords of this computer are kept in the application's encrypted secrets file. Its password unlocks them until the application is closed.",
    ): {
        "fr": "Les mots de passe de cet ordinateur sont conservés dans le fichier de secrets chiffré de l'application. Son mot de passe les déverrouille jusqu'à la fermeture de l'application.",
        "ar": "كلمات المرور الخاصة بهذا الحاسوب محفوظة في ملف الأسرار المشفر الخاص بالتطبيق. كلمة مرور هذا الملف تفتحها إلى حين إغلاق التطبيق.",
    },
    ("UnlockSecretsDialog", "&Password of the secrets file"): {
        "fr": "&Mot de passe du fichier de secrets",
        "ar": "&كلمة مرور ملف الأسرار",
    },
    ("MainWindow", "Secrets file unlocked."): {
        "fr": "Fichier de secrets déverrouillé.",
        "ar": "تم فتح ملف الأسرار.",
    },
    ("MainWindow", "&Unlock the secrets file…"): {
        "fr": "&Déverrouiller le fichier de secrets…",
        "ar": "&فتح ملف الأسرار…",
    },
    # Leaving the desk
    ("SessionActions", "Log &out / switch user"): {
        "fr": "Se &déconnecter / changer d'utilisateur",
        "ar": "&تسجيل الخروج / تغيير المستخدم",
    },
    ("SessionActions", "&Quit"): {"fr": "&Quitter", "ar": "إ&غلاق التطبيق"},
    ("SessionActions", "%n mail(s) being typed will be lost. Leave anyway?"): {
        "fr": [
            "%n courrier en cours de saisie sera perdu. Partir quand même ?",
            "%n courriers en cours de saisie seront perdus. Partir quand même ?",
        ],
        "ar": [
            "لا توجد مراسلات قيد الإدخال.",
            "ستضيع مراسلة واحدة قيد الإدخال. هل تريد المغادرة رغم ذلك؟",
            "ستضيع مراسلتان قيد الإدخال. هل تريد المغادرة رغم ذلك؟",
            "ستضيع %n مراسلات قيد الإدخال. هل تريد المغادرة رغم ذلك؟",
            "ستضيع %n مراسلة قيد الإدخال. هل تريد المغادرة رغم ذلك؟",
            "ستضيع %n مراسلة قيد الإدخال. هل تريد المغادرة رغم ذلك؟",
        ],
    },
    ("SessionActions", "&Leave"): {"fr": "&Partir", "ar": "ال&مغادرة"},
    ("SessionActions", "&Back to the forms"): {
        "fr": "&Revenir aux formulaires",
        "ar": "ال&عودة إلى الاستمارات",
    },
    # Help and About
    ("MainWindow", "&Help"): {"fr": "&Aide", "ar": "م&ساعدة"},
    ("MainWindow", "&Help and shortcuts"): {
        "fr": "&Aide et raccourcis",
        "ar": "ال&مساعدة والاختصارات",
    },
    ("MainWindow", "&About Bureau d'ordre"): {
        "fr": "À &propos de Bureau d'ordre",
        "ar": "&حول تطبيق مكتب الضبط",
    },
    ("HelpDialog", "Help — Bureau d'ordre"): {
        "fr": "Aide — Bureau d'ordre",
        "ar": "مساعدة — مكتب الضبط",
    },
    ("HelpDialog", "The counter in a few lines"): {
        "fr": "Le guichet en quelques lignes",
        "ar": "العمل في الشباك في بضعة أسطر",
    },
    ("HelpDialog", "Keyboard shortcuts"): {
        "fr": "Raccourcis clavier",
        "ar": "اختصارات لوحة المفاتيح",
    },
    ("HelpDialog", "Command"): {"fr": "Commande", "ar": "الأمر"},
    ("HelpDialog", "Keys"): {"fr": "Touches", "ar": "المفاتيح"},
    ("HelpDialog", "Menu"): {"fr": "Menu", "ar": "القائمة"},
    (
        "HelpDialog",
        "Register a mail: Ctrl+1 incoming, Ctrl+2 outgoing, Ctrl+3 internal. Type in the order of the paper, Tab from field to field; Enter saves and shows the number, Ctrl+Enter saves and opens the next form with the same channel, type, service and priority.",
    ): {
        "fr": "Enregistrer un courrier : Ctrl+1 arrivée, Ctrl+2 départ, Ctrl+3 interne. Saisissez dans l'ordre du papier, Tab d'un champ à l'autre ; Entrée enregistre et affiche le numéro, Ctrl+Entrée enregistre et ouvre le formulaire suivant avec le même canal, le même type, le même service et la même priorité.",
        "ar": f"تسجيل مراسلة: {_k('Ctrl+1')} للوارد، {_k('Ctrl+2')} للصادر، {_k('Ctrl+3')} للداخلي. أدخل البيانات بترتيب الوثيقة، وانتقل من حقل إلى آخر بالمفتاح {_k('Tab')}؛ المفتاح {_k('Enter')} يحفظ ويعرض الرقم، و{_k('Ctrl+Enter')} يحفظ ويفتح الاستمارة الموالية بنفس القناة والنوع والمصلحة والأولوية.",
    },
    (
        "HelpDialog",
        "Once the number is issued the mail is fixed: a change is a correction (Ctrl+E), with its reason; the history keeps what was first registered.",
    ): {
        "fr": "Une fois le numéro attribué, le courrier est arrêté : toute modification est une correction (Ctrl+E), avec son motif ; l'historique garde ce qui a été enregistré d'abord.",
        "ar": f"بعد منح الرقم تصبح المراسلة ثابتة: كل تغيير يتم بتصحيح ({_k('Ctrl+E')}) مع ذكر سببه، ويحتفظ السجل بما سُجّل أول مرة.",
    },
    (
        "HelpDialog",
        "A label scanned with the barcode reader opens its mail, wherever the cursor is; what you were typing stays as it was.",
    ): {
        "fr": "Une étiquette lue au lecteur de codes-barres ouvre son courrier, où que soit le curseur ; ce que vous saisissiez reste tel quel.",
        "ar": "قراءة الملصقة بقارئ الرموز الشريطية تفتح مراسلته أينما كان المؤشر، ويبقى ما كنت تكتبه على حاله.",
    },
    (
        "HelpDialog",
        "Days are typed as they are written, day first: 23112026 or 23/11/2026. Alt+Down opens the calendar; Up and Down move a day.",
    ): {
        "fr": "Les dates se tapent comme elles s'écrivent, le jour d'abord : 23112026 ou 23/11/2026. Alt+Bas ouvre le calendrier ; Haut et Bas avancent ou reculent d'un jour.",
        "ar": f"تُكتب التواريخ كما تُكتب عادة، اليوم أولا: {_k('23112026')} أو {_k('23/11/2026')}. المفتاحان {_k('Alt+Down')} يفتحان التقويم، والسهمان إلى الأعلى وإلى الأسفل يغيّران التاريخ يوما واحدا.",
    },
    (
        "HelpDialog",
        "Search (Ctrl+F) finds numbers, names, subjects and references, whatever the spelling or the script.",
    ): {
        "fr": "La recherche (Ctrl+F) trouve numéros, noms, objets et références, quelle que soit l'orthographe ou l'écriture.",
        "ar": f"البحث ({_k('Ctrl+F')}) يجد الأرقام والأسماء والمواضيع والمراجع، كيفما كان الإملاء أو الخط.",
    },
    (
        "HelpDialog",
        "Leaving the counter: Ctrl+L locks the session; Log out lets another clerk in; Ctrl+Q quits. A form with something typed is never closed without asking.",
    ): {
        "fr": "Quitter le guichet : Ctrl+L verrouille la session ; Se déconnecter laisse la place à un autre agent ; Ctrl+Q quitte. Un formulaire en cours de saisie n'est jamais fermé sans vous le demander.",
        "ar": f"مغادرة الشباك: {_k('Ctrl+L')} يقفل الجلسة، وتسجيل الخروج يترك المكان لموظف آخر، و{_k('Ctrl+Q')} يغلق التطبيق. لا تُغلق استمارة فيها بيانات مدخلة دون سؤالك.",
    },
    ("HelpDialog", "In a form: save"): {
        "fr": "Dans un formulaire : enregistrer",
        "ar": "في الاستمارة: الحفظ",
    },
    ("HelpDialog", "In a form: save and start the next one"): {
        "fr": "Dans un formulaire : enregistrer et passer au suivant",
        "ar": "في الاستمارة: الحفظ والانتقال إلى الموالية",
    },
    ("HelpDialog", "In a form: save and print the label"): {
        "fr": "Dans un formulaire : enregistrer et imprimer l'étiquette",
        "ar": "في الاستمارة: الحفظ وطبع الملصق",
    },
    ("HelpDialog", "In a form: cancel (asks first if something was typed)"): {
        "fr": "Dans un formulaire : annuler (demande d'abord si quelque chose a été saisi)",
        "ar": "في الاستمارة: الإلغاء (مع السؤال أولا إن أُدخلت بيانات)",
    },
    ("HelpDialog", "Next field, in the order of the paper"): {
        "fr": "Champ suivant, dans l'ordre du papier",
        "ar": "الحقل الموالي، بترتيب الوثيقة",
    },
    ("HelpDialog", "In a day field: the calendar"): {
        "fr": "Dans un champ de date : le calendrier",
        "ar": "في حقل التاريخ: التقويم",
    },
    ("HelpDialog", "In the attachment list: remove the file"): {
        "fr": "Dans la liste des pièces jointes : retirer le fichier",
        "ar": "في لائحة المرفقات: حذف الملف",
    },
    ("HelpDialog", "This help"): {"fr": "Cette aide", "ar": "هذه المساعدة"},
    ("AboutDialog", "Version"): {"fr": "Version", "ar": "الإصدار"},
    ("AboutDialog", "Office"): {"fr": "Bureau", "ar": "المكتب"},
    ("AboutDialog", "Database"): {"fr": "Base de données", "ar": "قاعدة البيانات"},
    ("AboutDialog", "User"): {"fr": "Utilisateur", "ar": "المستخدم"},
    ("AboutDialog", "Qt / Python"): {"fr": "Qt / Python", "ar": "Qt / Python"},
    ("AboutDialog", "About Bureau d'ordre"): {
        "fr": "À propos de Bureau d'ordre",
        "ar": "حول تطبيق مكتب الضبط",
    },
    (
        "AboutDialog",
        "The register of the bureau d'ordre: incoming, outgoing and internal mail, numbered without gaps, scanned, assigned to the services, linked to the Bureau d'Ordre Digital portal; in Arabic and French.",
    ): {
        "fr": "Le registre du bureau d'ordre : courrier arrivée, départ et interne, numéroté sans trou, numérisé, imputé aux services, relié au portail du Bureau d'Ordre Digital ; en arabe et en français.",
        "ar": "سجل مكتب الضبط: المراسلات الواردة والصادرة والداخلية، مرقمة دون انقطاع، ممسوحة ضوئيا، محالة على المصالح، ومرتبطة ببوابة مكتب الضبط الرقمي؛ باللغتين العربية والفرنسية.",
    },
    (
        "AboutDialog",
        "Fonts: Noto Sans, Noto Sans Arabic UI, Noto Naskh Arabic (SIL Open Font License).",
    ): {
        "fr": "Polices : Noto Sans, Noto Sans Arabic UI, Noto Naskh Arabic (licence SIL Open Font License).",
        "ar": f"الخطوط: {_k('Noto Sans, Noto Sans Arabic UI, Noto Naskh Arabic')} (رخصة {_k('SIL Open Font License')}).",
    },
    ("AboutDialog", "&Copy"): {"fr": "&Copier", "ar": "&نسخ"},
    # Counts said with their noun in the right number (issue 15, item 12)
    ("*", "%n day(s)"): {
        "fr": ["%n jour", "%n jours"],
        "ar": ["لا يوم", "يوم واحد", "يومان", "%n أيام", "%n يوما", "%n يوم"],
    },
    ("*", "%n minute(s)"): {
        "fr": ["%n minute", "%n minutes"],
        "ar": ["%n دقيقة", "دقيقة واحدة", "دقيقتان", "%n دقائق", "%n دقيقة", "%n دقيقة"],
    },
    ("SetupWizard", "< &Back"): {"fr": "< &Précédent", "ar": "→ ال&سابق"},
    ("SetupWizard", "&Next >"): {"fr": "&Suivant >", "ar": "ال&تالي ←"},
    ("SetupWizard", "&Finish"): {"fr": "&Terminer", "ar": "إ&نهاء"},
    ("SetupWizard", "Cancel"): {"fr": "Annuler", "ar": "إلغاء"},
}
