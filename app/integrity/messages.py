"""Messages of the integrity check, in French and Arabic (merged into app.messages)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # The summary
    "integrity_ok": {
        "fr": "Intégrité vérifiée : {rows:plural:# événement d'audit chaîné|# événements d'audit chaînés}, {mails:plural:# courrier|# courriers}, {users:plural:# utilisateur|# utilisateurs} et {files} ; dernier événement n° {seq} — {head}.",
        "ar": "تم التحقق من السلامة: أحداث التدقيق المتسلسلة: {rows}، المراسلات: {mails}، المستخدمون: {users}، و{files}؛ آخر حدث رقم {seq} — {head}.",
    },
    "integrity_files_checked": {
        "fr": "{count:plural:# fichier relu|# fichiers relus} ({size} octets)",
        "ar": "أعيدت قراءة {count:plural:أي ملف|ملف واحد|ملفين|# ملفات|# ملفا|# ملف} ({size} بايت)",
    },
    "integrity_files_skipped": {
        "fr": "fichiers non relus (--no-files)",
        "ar": "لم تُعد قراءة الملفات (--no-files)",
    },
    "integrity_anchor_found": {
        "fr": "Ancre retrouvée dans la chaîne : n° {seq} — {hash}.",
        "ar": "المرساة موجودة في السلسلة: رقم {seq} — {hash}.",
    },
    "integrity_failed": {
        "fr": "Intégrité compromise : {first} ({count:plural:# anomalie|# anomalies} ; « audit verify --json » les détaille).",
        "ar": "السلامة مخترقة: {first} ({count:plural:لا خلل|خلل واحد|خللان|# اختلالات|# خللا|# خلل}؛ الأمر «\u2066audit verify --json\u2069» يفصّلها).",
    },
    "anchor_unreadable": {
        "fr": "Ancre illisible : « {anchor} ». Donnez l'empreinte (64 caractères hexadécimaux), « N:EMPREINTE » ou le fichier .anchor d'une sauvegarde.",
        "ar": "مرساة غير مقروءة: «{anchor}». أعط البصمة (64 حرفا ست عشريا) أو «N:البصمة» أو ملف ‎.anchor‎ لنسخة احتياطية.",
    },
    # Each problem
    "integrity_altered": {
        "fr": "l'événement d'audit n° {seq} a été modifié ({detail})",
        "ar": "تم تغيير حدث التدقيق رقم {seq} ({detail})",
    },
    "integrity_missing": {
        "fr": "l'événement d'audit n° {seq} a été supprimé {detail}",
        "ar": "تم حذف حدث التدقيق رقم {seq} {detail}",
    },
    "integrity_relinked": {
        "fr": "l'événement d'audit n° {seq} ne suit plus le précédent ({detail})",
        "ar": "حدث التدقيق رقم {seq} لم يعد مرتبطا بالسابق ({detail})",
    },
    "integrity_truncated": {
        "fr": "les derniers événements d'audit ({detail}) ont été supprimés",
        "ar": "حذفت آخر أحداث التدقيق ({detail})",
    },
    "integrity_anchor_missing": {
        "fr": "l'ancre {detail} n'est plus dans la chaîne d'audit : la chaîne a été réécrite depuis",
        "ar": "المرساة {detail} لم تعد في سلسلة التدقيق: أعيدت كتابة السلسلة منذ ذلك الحين",
    },
    "integrity_anchor_mismatch": {
        "fr": "l'événement d'audit n° {seq} n'a plus l'empreinte de l'ancre {detail} : la chaîne a été réécrite depuis",
        "ar": "حدث التدقيق رقم {seq} لم تعد له بصمة المرساة {detail}: أعيدت كتابة السلسلة منذ ذلك الحين",
    },
    "integrity_mail_altered": {
        "fr": "le courrier {entity} a été modifié hors de l'application ({fields}) depuis l'événement n° {seq}",
        "ar": "تم تغيير المراسلة {entity} خارج التطبيق ({fields}) منذ الحدث رقم {seq}",
    },
    "integrity_mail_changed_between": {
        "fr": "le courrier {entity} a été modifié hors de l'application ({fields}) entre les événements n° {detail} et n° {seq}",
        "ar": "تم تغيير المراسلة {entity} خارج التطبيق ({fields}) بين الحدثين رقم {detail} ورقم {seq}",
    },
    "integrity_mail_unaudited": {
        "fr": "le courrier {entity} n'a été enregistré par aucun événement d'audit : ajouté hors de l'application",
        "ar": "المراسلة {entity} لم يسجلها أي حدث تدقيق: أضيفت خارج التطبيق",
    },
    "integrity_mail_missing": {
        "fr": "le courrier {entity} (événement n° {seq}) a disparu de la base",
        "ar": "المراسلة {entity} (الحدث رقم {seq}) اختفت من قاعدة البيانات",
    },
    "integrity_attachments_altered": {
        "fr": "les pièces jointes du courrier {entity} ne sont plus celles enregistrées : {files}",
        "ar": "مرفقات المراسلة {entity} لم تعد هي المسجلة: {files}",
    },
    "integrity_user_altered": {
        "fr": "l'utilisateur {entity} a été modifié hors de l'application ({fields}) depuis l'événement n° {seq}",
        "ar": "تم تغيير المستخدم {entity} خارج التطبيق ({fields}) منذ الحدث رقم {seq}",
    },
    "integrity_user_changed_between": {
        "fr": "l'utilisateur {entity} a été modifié hors de l'application ({fields}) entre les événements n° {detail} et n° {seq}",
        "ar": "تم تغيير المستخدم {entity} خارج التطبيق ({fields}) بين الحدثين رقم {detail} ورقم {seq}",
    },
    "integrity_user_unaudited": {
        "fr": "l'utilisateur {entity} n'a été créé par aucun événement d'audit : ajouté hors de l'application",
        "ar": "المستخدم {entity} لم ينشئه أي حدث تدقيق: أضيف خارج التطبيق",
    },
    "integrity_user_missing": {
        "fr": "l'utilisateur {entity} (événement n° {seq}) a disparu de la base",
        "ar": "المستخدم {entity} (الحدث رقم {seq}) اختفى من قاعدة البيانات",
    },
    "integrity_counter_behind": {
        "fr": "le compteur {entity} est en retard ({detail} : dernier numéro du compteur / plus haut numéro attribué) : il redonnerait des numéros déjà attribués",
        "ar": "العداد {entity} متأخر ({detail}: آخر رقم في العداد / أعلى رقم مسند): سيعيد إسناد أرقام مسندة من قبل",
    },
    "integrity_counter_ahead": {
        "fr": "le compteur {entity} est en avance ({detail} : dernier numéro du compteur / plus haut numéro attribué) : il laisserait un trou dans le registre",
        "ar": "العداد {entity} متقدم ({detail}: آخر رقم في العداد / أعلى رقم مسند): سيترك فجوة في السجل",
    },
    "integrity_content_corrupt": {
        "fr": "le contenu du fichier {detail} ne correspond plus à son empreinte (morceaux modifiés ou supprimés) ; il sert à : {files}",
        "ar": "محتوى الملف {detail} لم يعد يطابق بصمته (أجزاء معدلة أو محذوفة)؛ يستعمل في: {files}",
    },
    "integrity_content_missing": {
        "fr": "le fichier {detail} a disparu de la base ; il servait à : {files}",
        "ar": "الملف {detail} اختفى من قاعدة البيانات؛ كان يستعمل في: {files}",
    },
    # Field classes
    "class_number": {
        "fr": "numéro, date et agent d'enregistrement",
        "ar": "الرقم وتاريخ التسجيل وعونه",
    },
    "class_subject": {"fr": "objet", "ar": "الموضوع"},
    "class_correspondents": {"fr": "correspondants", "ar": "المراسلون"},
    "class_letter": {
        "fr": "lettre (date, référence, réception)",
        "ar": "الرسالة (التاريخ والمرجع والتوصل)",
    },
    "class_details": {
        "fr": "type, canal, priorité, pièces, observations",
        "ar": "النوع والقناة والأولوية والقطع والملاحظات",
    },
    "class_confidential": {"fr": "confidentialité", "ar": "السرية"},
    "class_service": {"fr": "service", "ar": "المصلحة"},
    "class_cancelled": {"fr": "annulation", "ar": "الإلغاء"},
    "class_identity": {"fr": "identité", "ar": "الهوية"},
    "class_role": {"fr": "rôle", "ar": "الدور"},
    "class_active": {"fr": "activation du compte", "ar": "تفعيل الحساب"},
    "class_services": {"fr": "services", "ar": "المصالح"},
    "class_credentials": {"fr": "mot de passe", "ar": "كلمة المرور"},
    # Registering with a counter set back
    "counter_behind": {
        "fr": "Enregistrement refusé : le compteur donnerait le numéro {number}, déjà attribué (le plus haut du registre est {highest}). Le compteur a été modifié hors de l'application : lancez « bureau-ordre audit verify » et prévenez l'administrateur. Rien n'a été enregistré.",
        "ar": "رُفض التسجيل: العداد سيعطي الرقم {number}، وهو مسند من قبل (أعلى رقم في السجل هو {highest}). تم تغيير العداد خارج التطبيق: شغّل «bureau-ordre audit verify» وأخبر المسؤول. لم يسجل أي شيء.",
    },
    # Backups
    "backup_anchor": {
        "fr": "Ancre d'audit de cette sauvegarde : n° {seq} — {hash} (écrite dans {path} ; gardez-la hors de la base : « audit verify --anchor » la vérifie).",
        "ar": "مرساة التدقيق لهذه النسخة: رقم {seq} — {hash} (كتبت في {path}؛ احفظها خارج قاعدة البيانات: الأمر «audit verify --anchor» يتحقق منها).",
    },
}
