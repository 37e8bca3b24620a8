"""Words of the administration screen: services, users, instructions, default deadlines.

Every entry names its Qt context, so the mnemonics (&) of one tab are chosen together: in each
language, the letters of a tab's captions and buttons and of the four tab titles differ
(tests/ui/test_admin_dialog.py checks it).
"""

from __future__ import annotations

from typing import Any

L, D = "AdminLabels", "AdministrationDialog"
S, U, N, T = "ServicesPage", "UsersPage", "InstructionsPage", "DeadlinesPage"

ENTRIES: dict[tuple[str, str], dict[str, Any]] = {
    # Roles, kinds, states
    (L, "Clerk of the bureau d'ordre"): {
        "fr": "Agent du bureau d'ordre",
        "ar": "موظف مكتب الضبط",
    },
    (L, "Head of service"): {"fr": "Chef de service", "ar": "رئيس المصلحة"},
    (L, "Agent (treats mail)"): {
        "fr": "Agent traitant",
        "ar": "موظف مكلف بالمعالجة",
    },
    (L, "Supervisor"): {"fr": "Superviseur", "ar": "مشرف"},
    (L, "Administrator"): {"fr": "Administrateur", "ar": "مدير النظام"},
    (L, "Direction"): {"fr": "Direction", "ar": "مديرية"},
    (L, "Division"): {"fr": "Division", "ar": "قسم"},
    (L, "Service"): {"fr": "Service", "ar": "مصلحة"},
    (L, "Active"): {"fr": "Actif", "ar": "مفعل"},
    (L, "Deactivated"): {"fr": "Désactivé", "ar": "معطل"},
    # The dialog
    (D, "Administration — services, users, instructions, deadlines, portal"): {
        "fr": "Administration — services, utilisateurs, instructions, délais, portail",
        "ar": "الإدارة — المصالح والمستخدمون والتعليمات والآجال والبوابة",
    },
    (D, "Loading…"): {"fr": "Chargement…", "ar": "جار التحميل…"},
    # Services
    (S, "&Services"): {"fr": "&Services", "ar": "ال&مصالح"},
    (S, "Name"): {"fr": "Nom", "ar": "الاسم"},
    (S, "In French"): {"fr": "En français", "ar": "بالفرنسية"},
    (S, "In Arabic"): {"fr": "En arabe", "ar": "بالعربية"},
    (S, "Code"): {"fr": "Code", "ar": "الرمز"},
    (S, "Kind"): {"fr": "Type", "ar": "النوع"},
    (S, "Users"): {"fr": "Utilisateurs", "ar": "المستخدمون"},
    (S, "State"): {"fr": "État", "ar": "الحالة"},
    (S, "Directions, divisions and ser&vices"): {
        "fr": "Organi&gramme : directions, divisions et services",
        "ar": "ال&هيكل التنظيمي: المديريات والأقسام والمصالح",
    },
    (S, "&New service"): {"fr": "&Nouveau service", "ar": "إ&ضافة مصلحة"},
    (S, "&Code"): {"fr": "C&ode", "ar": "رمز الم&صلحة"},
    (S, "Name in &Arabic"): {"fr": "Nom en &arabe", "ar": "الاسم بال&عربية"},
    (S, "Name in &French"): {"fr": "Nom en &français", "ar": "الاسم بال&فرنسية"},
    (S, "&Kind"): {"fr": "&Type", "ar": "ال&نوع"},
    (S, "Under (&parent)"): {"fr": "Rattac&hement", "ar": "الو&حدة الأم"},
    (S, "Ac&tive"): {"fr": "A&ctif", "ar": "مفع&لة"},
    (
        S,
        "A deactivated service is no longer offered for new mail; its mail and its history stay. It cannot be deactivated while it holds open mail or active sub-services.",
    ): {
        "fr": "Un service désactivé n'est plus proposé pour le nouveau courrier ; son courrier et son historique restent. Il ne peut pas être désactivé tant qu'il détient du courrier en cours ou des sous-services actifs.",
        "ar": "المصلحة المعطلة لا تقترح بعد ذلك للمراسلات الجديدة، وتبقى مراسلاتها وسجلها محفوظة. ولا يمكن تعطيلها ما دامت لديها مراسلات قيد المعالجة أو وحدات تابعة مفعلة.",
    },
    (S, "Sa&ve the service"): {"fr": "&Enregistrer le service", "ar": "حف&ظ المصلحة"},
    (S, "New service"): {"fr": "Nouveau service", "ar": "مصلحة جديدة"},
    (S, "Service %1"): {"fr": "Service %1", "ar": "المصلحة %1"},
    (S, "— none (top level) —"): {
        "fr": "— aucun (premier niveau) —",
        "ar": "— لا شيء (المستوى الأول) —",
    },
    # Users
    (U, "&Users"): {"fr": "&Utilisateurs", "ar": "المست&خدمون"},
    (U, "Login"): {"fr": "Identifiant", "ar": "اسم المستخدم"},
    (U, "Full name"): {"fr": "Nom complet", "ar": "الاسم الكامل"},
    (U, "Role"): {"fr": "Rôle", "ar": "الصفة"},
    (U, "Services"): {"fr": "Services", "ar": "المصالح"},
    (U, "State"): {"fr": "État", "ar": "الحالة"},
    (U, "Users of the &office"): {"fr": "Utilisateurs du &bureau", "ar": "&قائمة المستخدمين"},
    (U, "&New user"): {"fr": "&Nouvel utilisateur", "ar": "إ&ضافة مستخدم"},
    (U, "&Login"): {"fr": "Identi&fiant", "ar": "اسم المستخ&دم"},
    (U, "Full &name"): {"fr": "Nom &complet", "ar": "الا&سم الكامل"},
    (U, "&Role"): {"fr": "&Rôle", "ar": "ال&صفة"},
    (U, "&Services"): {"fr": "Ser&vices", "ar": "المصا&لح"},
    (U, "&Password"): {"fr": "&Mot de passe", "ar": "&كلمة المرور"},
    (U, "New &password"): {"fr": "Nouveau &mot de passe", "ar": "&كلمة مرور جديدة"},
    (U, "&Confirm the password"): {
        "fr": "Confirm&er le mot de passe",
        "ar": "ت&أكيد كلمة المرور",
    },
    (U, "Ac&tive (may log in)"): {
        "fr": "Compte &actif (peut se connecter)",
        "ar": "حساب م&فعل (يمكنه الدخول)",
    },
    (U, "Sa&ve the user"): {"fr": "Enre&gistrer l'utilisateur", "ar": "&حفظ المستخدم"},
    (U, "New user"): {"fr": "Nouvel utilisateur", "ar": "مستخدم جديد"},
    (U, "User %1"): {"fr": "Utilisateur %1", "ar": "المستخدم %1"},
    (U, "Leave empty to keep the password"): {
        "fr": "Laisser vide pour garder le mot de passe",
        "ar": "اتركه فارغا للاحتفاظ بكلمة المرور الحالية",
    },
    (U, "The two passwords differ."): {
        "fr": "Les deux mots de passe sont différents.",
        "ar": "كلمتا المرور غير متطابقتين.",
    },
    # Instructions
    (N, "&Instructions"): {"fr": "&Instructions", "ar": "ال&تعليمات"},
    (N, "Instructions, in the order they are &offered"): {
        "fr": "Instructions, dans l'&ordre où elles sont proposées",
        "ar": "التعليمات حسب ترتيب عر&ضها",
    },
    (N, "Move &up"): {"fr": "&Monter", "ar": "تحري&ك إلى الأعلى"},
    (N, "Move &down"): {"fr": "Descend&re", "ar": "تحريك إلى الأ&سفل"},
    (N, "&New instruction"): {"fr": "&Nouvelle instruction", "ar": "إ&دراج تعليمات"},
    (N, "&Code"): {"fr": "&Code", "ar": "رمز التع&ليمات"},
    (N, "Label in &French"): {"fr": "Libellé en &français", "ar": "التسمية بال&فرنسية"},
    (N, "Label in &Arabic"): {"fr": "Libellé en &arabe", "ar": "التسمية بال&عربية"},
    (N, "Offered when assigning (ac&tive)"): {
        "fr": "&Proposée à l'imputation (active)",
        "ar": "تقترح ع&ند الإحالة (مفعلة)",
    },
    (
        N,
        "A deactivated instruction is no longer offered; the mail it was given to keeps it. Free text goes in the note of each assignment.",
    ): {
        "fr": "Une instruction désactivée n'est plus proposée ; le courrier qui l'a reçue la garde. Le texte libre se met dans la note de chaque imputation.",
        "ar": "التعليمات المعطلة لا تقترح بعد ذلك، وتحتفظ بها المراسلات التي أعطيت لها. ويكتب النص الحر في ملاحظة كل إحالة.",
    },
    (N, "Sa&ve the instruction"): {
        "fr": "&Enregistrer l'instruction",
        "ar": "حف&ظ التعليمات",
    },
    (N, "New instruction"): {"fr": "Nouvelle instruction", "ar": "تعليمات جديدة"},
    (N, "Instruction %1"): {"fr": "Instruction %1", "ar": "التعليمات %1"},
    # Deadlines
    (T, "&Deadlines"): {"fr": "&Délais", "ar": "&الآجال"},
    (T, "Default time to treat a mail, from the day it is assigned"): {
        "fr": "Délai de traitement par défaut, compté à partir du jour de l'imputation",
        "ar": "أجل المعالجة الافتراضي، ابتداء من يوم الإحالة",
    },
    (T, "&Normal mail"): {"fr": "Courrier &normal", "ar": "المراسلات ال&عادية"},
    (T, "&Urgent mail"): {"fr": "Courrier ur&gent", "ar": "المراسلات الم&ستعجلة"},
    (T, "&Very urgent mail"): {
        "fr": "Courrier &très urgent",
        "ar": "المراسلات المستعجلة ج&دا",
    },
    (
        T,
        "From 1 to %1 days. Whatever these defaults, a citizen's request or complaint is always due at the latest %1 days after it was received (the legal limit), and a due date typed past that day is refused.",
    ): {
        "fr": "De 1 à %1 jours. Quels que soient ces délais, la demande ou la réclamation d'un citoyen doit être traitée au plus tard %1 jours après sa réception (délai légal) ; une échéance saisie au-delà de ce jour est refusée.",
        "ar": "من يوم واحد إلى %1 يوما. ومهما كانت هذه الآجال، يجب معالجة طلب المواطن أو شكايته داخل أجل أقصاه %1 يوما من تاريخ التوصل بها (الأجل القانوني)، ويرفض كل أجل يتجاوز هذا التاريخ.",
    },
    (T, "Sa&ve the deadlines"): {"fr": "&Enregistrer les délais", "ar": "&حفظ الآجال"},
    ("DaysSpinBox", "%n day(s)"): {
        "fr": ["%n jour", "%n jours"],
        "ar": ["%n يوم", "يوم واحد", "يومان", "%n أيام", "%n يوما", "%n يوم"],
    },
    ("MainWindow", "&Administration…"): {
        "fr": "&Administration…",
        "ar": "إ&دارة الهيكلة والمستخدمين…",
    },
}
