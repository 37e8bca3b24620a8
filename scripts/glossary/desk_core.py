"""Words of the desk's core: the baskets, the states of mail in the register, and why an
action is greyed out."""

from __future__ import annotations

from typing import Any

B = "BasketPanel"
I = "ImputationActions"  # noqa: E741
M = "MailActions"
ENTRIES: dict[tuple[str, str], dict[str, Any]] = {
    ("Labels", "Returned"): {"fr": "Renvoyé", "ar": "مرجعة"},
    ("DetailPane", "Returned by"): {"fr": "Renvoyé par", "ar": "مرجعة من"},
    # The baskets.
    (B, "Baskets"): {"fr": "Corbeilles", "ar": "صناديق المراسلات"},
    (B, "All mail"): {"fr": "Tout le courrier", "ar": "جميع المراسلات"},
    (B, "Today's mail"): {"fr": "Courrier du jour", "ar": "مراسلات اليوم"},
    (B, "To assign"): {"fr": "À imputer", "ar": "للإحالة"},
    (B, "To hand on"): {"fr": "À répartir", "ar": "للتوزيع"},
    (B, "To treat"): {"fr": "À traiter", "ar": "للمعالجة"},
    (B, "Returned by a service"): {"fr": "Renvoyé par un service", "ar": "مرجعة من مصلحة"},
    (B, "Overdue"): {"fr": "En retard", "ar": "المتأخرة"},
    (B, "To be sorted (scans)"): {"fr": "À trier (scans)", "ar": "للفرز (المسح الضوئي)"},
    (B, "The whole register, as the filters above choose it"): {
        "fr": "Tout le registre, selon les filtres ci-dessus",
        "ar": "السجل كاملا، حسب عوامل التصفية أعلاه",
    },
    (B, "Mail registered today"): {
        "fr": "Le courrier enregistré aujourd'hui",
        "ar": "المراسلات المسجلة اليوم",
    },
    (B, "Mail assigned to your service that no agent holds yet"): {
        "fr": "Le courrier imputé à votre service, pas encore confié à un agent",
        "ar": "المراسلات المحالة على مصلحتكم ولم توزع بعد على أي موظف",
    },
    (B, "Incoming and internal mail not assigned to a service yet"): {
        "fr": "Le courrier arrivée et interne pas encore imputé à un service",
        "ar": "المراسلات الواردة والداخلية التي لم تحل بعد على أي مصلحة",
    },
    (B, "Mail handed to you, not started yet"): {
        "fr": "Le courrier qui vous est confié, pas encore pris en charge",
        "ar": "المراسلات المسندة إليكم ولم تبدأ معالجتها بعد",
    },
    (B, "Mail a service sent back to the bureau d'ordre: the reason is in its history"): {
        "fr": "Le courrier qu'un service a renvoyé au bureau d'ordre : le motif est dans "
        "son historique",
        "ar": "المراسلات التي أرجعتها مصلحة إلى مكتب الضبط، والسبب مدون في سجلها",
    },
    (B, "Open mail past its due date"): {
        "fr": "Le courrier en cours dont l'échéance est passée",
        "ar": "المراسلات قيد المعالجة التي تجاوزت أجلها",
    },
    (B, "Cancelled mail: it keeps its number in the register"): {
        "fr": "Le courrier annulé : il garde son numéro dans le registre",
        "ar": "المراسلات الملغاة، وتحتفظ برقمها في السجل",
    },
    (B, "Scanned documents no label matched: opens the tray"): {
        "fr": "Les documents numérisés sans étiquette reconnue : ouvre le bac à trier",
        "ar": "الوثائق الممسوحة ضوئيا دون ملصقة مقروءة: يفتح صندوق الفرز",
    },
    # Why an action is greyed out.
    (M, "Select a mail in the register first."): {
        "fr": "Sélectionnez d'abord un courrier dans le registre.",
        "ar": "اختاروا أولا مراسلة من السجل.",
    },
    (I, "Select a mail in the register first."): {
        "fr": "Sélectionnez d'abord un courrier dans le registre.",
        "ar": "اختاروا أولا مراسلة من السجل.",
    },
    (M, "The mail is cancelled."): {"fr": "Le courrier est annulé.", "ar": "المراسلة ملغاة."},
    (I, "The mail is cancelled."): {"fr": "Le courrier est annulé.", "ar": "المراسلة ملغاة."},
    (M, "Corrections are made by the bureau d'ordre or a supervisor."): {
        "fr": "Les corrections sont faites par le bureau d'ordre ou un superviseur.",
        "ar": "يقوم بالتصحيح مكتب الضبط أو المشرف.",
    },
    (M, "Only a supervisor or an administrator may cancel a mail."): {
        "fr": "Seul un superviseur ou un administrateur peut annuler un courrier.",
        "ar": "لا يمكن إلغاء مراسلة إلا من طرف المشرف أو المسؤول عن النظام.",
    },
    (M, "A cancelled mail's label and receipt are not printed."): {
        "fr": "L'étiquette et le récépissé d'un courrier annulé ne s'impriment pas.",
        "ar": "لا تطبع ملصقة ولا وصل مراسلة ملغاة.",
    },
    (
        I,
        "The bureau d'ordre assigns mail to the services; "
        "a chef hands it on to an agent (Ctrl+Shift+I).",
    ): {
        "fr": "Le bureau d'ordre impute le courrier aux services ; le chef le confie à un "
        "agent (Ctrl+Shift+I).",
        "ar": "مكتب الضبط هو الذي يحيل المراسلات على المصالح، ورئيس المصلحة يوزعها على "
        "الموظفين (\u2066Ctrl+Shift+I\u2069).",
    },
    (I, "Mail is assigned by the bureau d'ordre or a supervisor."): {
        "fr": "Le courrier est imputé par le bureau d'ordre ou un superviseur.",
        "ar": "يحيل المراسلات مكتب الضبط أو المشرف.",
    },
    (I, "The chef of the service or a supervisor does this."): {
        "fr": "C'est au chef du service ou à un superviseur de le faire.",
        "ar": "يقوم بذلك رئيس المصلحة أو المشرف.",
    },
    (I, "The chef of the service or the agent it was handed to does this."): {
        "fr": "C'est au chef du service ou à l'agent à qui il est confié de le faire.",
        "ar": "يقوم بذلك رئيس المصلحة أو الموظف المكلف بها.",
    },
    (I, "Already assigned to %1: the chef of that service hands it on."): {
        "fr": "Déjà imputé à %1 : c'est au chef de ce service de le réimputer.",
        "ar": "سبقت إحالتها على %1، ورئيس تلك المصلحة هو من يعيد إحالتها.",
    },
    (I, "The treatment has already started."): {
        "fr": "Le traitement a déjà commencé.",
        "ar": "بدأت المعالجة من قبل.",
    },
    (I, "Not possible while the mail is “%1”."): {
        "fr": "Impossible tant que le courrier est « %1 ».",
        "ar": "غير ممكن ما دامت المراسلة «%1».",
    },
    (I, "Outgoing mail is not assigned: it leaves the office."): {
        "fr": "Le courrier départ ne s'impute pas : il quitte l'administration.",
        "ar": "المراسلات الصادرة لا تحال، فهي تغادر الإدارة.",
    },
    (I, "The mail was handed to another agent."): {
        "fr": "Le courrier est confié à un autre agent.",
        "ar": "المراسلة مسندة إلى موظف آخر.",
    },
}
