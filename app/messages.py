"""The core's messages, in French and Arabic. Keys are the codes raised with UserError.

Parameters named ``field`` or ``kind`` are themselves translated through ``field_*`` and
``kind_*`` entries, so a message never mixes languages.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # Input
    "missing_field": {
        "fr": "Le champ « {field} » est obligatoire.",
        "ar": "الحقل «{field}» إلزامي.",
    },
    "too_long": {
        "fr": "Le champ « {field} » dépasse {maximum:plural:# caractère|# caractères}.",
        "ar": "الحقل «{field}» يتجاوز {maximum:plural:# حرف|حرفا واحدا|حرفين|# أحرف|# حرفا|# حرف}.",
    },
    "bad_date": {
        "fr": "Date invalide pour « {field} » : {value} (attendu AAAA-MM-JJ).",
        "ar": "تاريخ غير صالح في «{field}»: {value} (الصيغة المنتظرة YYYY-MM-DD).",
    },
    "bad_pieces": {
        "fr": "Nombre de pièces invalide : {value}.",
        "ar": "عدد الوثائق غير صالح: {value}.",
    },
    "reason_required": {
        "fr": "Indiquez le motif.",
        "ar": "يرجى ذكر السبب.",
    },
    "nothing_to_correct": {
        "fr": "Aucune modification à enregistrer pour {number}.",
        "ar": "لا يوجد أي تغيير لتسجيله في {number}.",
    },
    "mail_cancelled": {
        "fr": "Le courrier {number} est annulé.",
        "ar": "المراسلة {number} ملغاة.",
    },
    "bad_number_format": {
        "fr": "Format de numéro invalide : {format} (il doit contenir {{prefix}}, {{year}} et {{seq}}).",
        "ar": "صيغة الرقم غير صالحة: {format} (يجب أن تتضمن {{prefix}} و{{year}} و{{seq}}).",
    },
    "bad_login": {
        "fr": "Identifiant invalide : « {login} » (sans espaces, 64 caractères au plus).",
        "ar": "اسم المستخدم غير صالح: «{login}» (بدون فراغات، 64 حرفا على الأكثر).",
    },
    "password_too_short": {
        "fr": "Le mot de passe doit compter au moins {minimum:plural:# caractère|# caractères}.",
        "ar": "يجب أن تتكون كلمة المرور من {minimum:plural:# حرف|حرف واحد|حرفين|# أحرف|# حرفا|# حرف} على الأقل.",
    },
    # Look-ups
    "unknown_number": {
        "fr": "Aucun courrier ne porte le numéro {number}.",
        "ar": "لا توجد مراسلة تحمل الرقم {number}.",
    },
    "unknown_service": {
        "fr": "Service inconnu : {code}.",
        "ar": "مصلحة غير معروفة: {code}.",
    },
    "unknown_attachment": {
        "fr": "Pièce jointe introuvable ({id}).",
        "ar": "المرفق غير موجود ({id}).",
    },
    "service_exists": {
        "fr": "Le service {code} existe déjà.",
        "ar": "المصلحة {code} موجودة مسبقا.",
    },
    "user_exists": {
        "fr": "L'utilisateur {login} existe déjà.",
        "ar": "المستخدم {login} موجود مسبقا.",
    },
    # Organisation: the administration screen
    "not_arabic": {
        "fr": "Le champ « {field} » doit être écrit en lettres arabes : « {value} ».",
        "ar": "يجب أن يكتب الحقل «{field}» بحروف عربية: «{value}».",
    },
    "not_latin": {
        "fr": "Le champ « {field} » doit être écrit en lettres latines (français) : « {value} ».",
        "ar": "يجب أن يكتب الحقل «{field}» بحروف لاتينية (بالفرنسية): «{value}».",
    },
    "bad_code": {
        "fr": "Code invalide : « {code} » (lettres, chiffres, - et _, 32 caractères au plus).",
        "ar": "رمز غير صالح: «{code}» (حروف وأرقام و- و_، 32 حرفا على الأكثر).",
    },
    "service_cycle": {
        "fr": "Le service {code} ne peut pas être rattaché à {parent}, qui relève de lui.",
        "ar": "لا يمكن إلحاق المصلحة {code} بـ{parent} لأنها تابعة لها.",
    },
    "service_inactive": {
        "fr": "Le service {code} est désactivé : réactivez-le d'abord.",
        "ar": "المصلحة {code} معطلة: يرجى إعادة تفعيلها أولا.",
    },
    "service_has_open_mail": {
        "fr": "Le service {code} a encore {count:plural:# imputation|# imputations} en cours : réimputez ce courrier avant de le désactiver.",
        "ar": "لا تزال لدى المصلحة {code} إحالات جارية (عددها {count}): يرجى إعادة إحالة هذه المراسلات قبل تعطيلها.",
    },
    "service_has_children": {
        "fr": "Le service {code} a des sous-services actifs ({children}) : rattachez-les ailleurs ou désactivez-les d'abord.",
        "ar": "للمصلحة {code} وحدات تابعة مفعلة ({children}): يرجى إلحاقها بوحدة أخرى أو تعطيلها أولا.",
    },
    "admin_self": {
        "fr": "Vous ne pouvez pas désactiver votre propre compte ({login}) : demandez-le à un autre administrateur.",
        "ar": "لا يمكنكم تعطيل حسابكم الخاص ({login}): اطلبوا ذلك من مدير نظام آخر.",
    },
    "last_admin": {
        "fr": "{login} est le dernier administrateur actif : nommez d'abord un autre administrateur.",
        "ar": "{login} هو آخر مدير نظام مفعل: يرجى تعيين مدير نظام آخر أولا.",
    },
    "instruction_exists": {
        "fr": "L'instruction {code} existe déjà.",
        "ar": "التعليمات {code} موجودة مسبقا.",
    },
    "days_out_of_range": {
        "fr": "Délai invalide : {value:plural:# jour|# jours} (de {minimum} à {maximum:plural:# jour|# jours}).",
        "ar": "أجل غير صالح: {value:plural:# يوم|يوم واحد|يومان|# أيام|# يوما|# يوم} (من {minimum} إلى {maximum:plural:# يوم|يوم واحد|يومين|# أيام|# يوما|# يوم}).",
    },
    "field_name-ar": {"fr": "nom en arabe", "ar": "الاسم بالعربية"},
    "field_name-fr": {"fr": "nom en français", "ar": "الاسم بالفرنسية"},
    "field_label-ar": {"fr": "libellé en arabe", "ar": "التسمية بالعربية"},
    "field_label-fr": {"fr": "libellé en français", "ar": "التسمية بالفرنسية"},
    # Users and rights
    "user_required": {
        "fr": "Indiquez l'utilisateur (--user ou BO_USER).",
        "ar": "يرجى تحديد المستخدم (--user أو BO_USER).",
    },
    "password_required": {
        "fr": "Mot de passe requis ({env} ou saisie au clavier).",
        "ar": "كلمة المرور مطلوبة ({env} أو إدخالها يدويا).",
    },
    "bad_credentials": {
        "fr": "Identifiant ou mot de passe incorrect ({login}).",
        "ar": "اسم المستخدم أو كلمة المرور غير صحيحة ({login}).",
    },
    "user_inactive": {
        "fr": "Le compte {login} est désactivé.",
        "ar": "الحساب {login} معطل.",
    },
    "forbidden": {
        "fr": "Action non autorisée pour votre rôle ({role}) : {action}.",
        "ar": "هذا الإجراء غير مسموح به لدوركم ({role}): {action}.",
    },
    # Office
    "not_initialised": {
        "fr": "Aucun bureau d'ordre n'est configuré dans cette base : lancez « bureau-ordre init ».",
        "ar": "لم يتم إعداد أي مكتب ضبط في قاعدة البيانات هذه: شغّل «bureau-ordre init».",
    },
    "already_initialised": {
        "fr": "Cette base contient déjà un bureau d'ordre.",
        "ar": "قاعدة البيانات هذه تحتوي مسبقا على مكتب ضبط.",
    },
    "initialised": {
        "fr": "Bureau d'ordre {office} créé dans {db}.",
        "ar": "تم إنشاء مكتب الضبط {office} في {db}.",
    },
    # Files
    "file_not_found": {
        "fr": "Fichier introuvable : {name}.",
        "ar": "الملف غير موجود: {name}.",
    },
    "file_is_directory": {
        "fr": "{name} est un dossier, pas un fichier.",
        "ar": "{name} مجلد وليس ملفا.",
    },
    "file_unreadable": {
        "fr": "Impossible de lire {name} : {detail}.",
        "ar": "تعذرت قراءة {name}: {detail}.",
    },
    "file_empty": {
        "fr": "Le fichier {name} est vide.",
        "ar": "الملف {name} فارغ.",
    },
    "file_too_big": {
        "fr": "Le fichier {name} ({size} octets) dépasse la taille permise ({limit} octets).",
        "ar": "حجم الملف {name} ({size} بايت) يتجاوز الحد المسموح به ({limit} بايت).",
    },
    "file_type_refused": {
        "fr": "Le fichier {name} est refusé ({kind}) : seuls les PDF et les images PNG, JPEG, TIFF sont acceptés.",
        "ar": "الملف {name} مرفوض ({kind}): لا تقبل إلا ملفات PDF والصور PNG وJPEG وTIFF.",
    },
    "file_not_what_it_says": {
        "fr": "Le fichier {name} n'est pas un {claimed} : son contenu ne correspond pas à son extension.",
        "ar": "الملف {name} ليس ملف {claimed}: محتواه لا يطابق امتداده.",
    },
    "file_mismatch": {
        "fr": "Le fichier {name} se dit {claimed} mais contient un fichier {actual} : renommez-le ou choisissez le bon fichier.",
        "ar": "الملف {name} يحمل امتداد {claimed} لكنه يحتوي على {actual}: غيّر اسمه أو اختر الملف الصحيح.",
    },
    "pdf_corrupt": {
        "fr": "Le PDF {name} est endommagé ou illisible.",
        "ar": "ملف PDF {name} تالف أو غير مقروء.",
    },
    "pdf_encrypted": {
        "fr": "Le PDF {name} est protégé par un mot de passe : enregistrez-en une copie non protégée.",
        "ar": "ملف PDF {name} محمي بكلمة مرور: احفظ نسخة غير محمية منه.",
    },
    "image_corrupt": {
        "fr": "L'image {name} est endommagée ou illisible.",
        "ar": "الصورة {name} تالفة أو غير مقروءة.",
    },
    "preview_unsupported": {
        "fr": "Pas d'aperçu pour {name} : ce type de fichier ({type}) ne peut pas être affiché.",
        "ar": "لا تتوفر معاينة للملف {name}: هذا النوع من الملفات ({type}) لا يمكن عرضه.",
    },
    # Database
    "db_bad_url": {
        "fr": "Adresse de base de données invalide : {url} (sqlite:///CHEMIN ou postgresql://UTILISATEUR@HÔTE:PORT/BASE).",
        "ar": "عنوان قاعدة البيانات غير صالح: {url} (sqlite:///PATH أو postgresql://USER@HOST:PORT/DB).",
    },
    "db_missing": {
        "fr": "Base de données introuvable : {path}. Lancez d'abord « bureau-ordre init ».",
        "ar": "قاعدة البيانات غير موجودة: {path}. شغّل أولا «bureau-ordre init».",
    },
    "db_unreachable": {
        "fr": "Base de données injoignable ({url}) : {detail}",
        "ar": "تعذر الاتصال بقاعدة البيانات ({url}): {detail}",
    },
    "keyring_unavailable": {
        "fr": "Cet ordinateur n'a pas de trousseau système pour y conserver le mot de passe. Conservez-le dans le fichier de secrets chiffré de l'application (avec le mot de passe de ce fichier), ou donnez-le dans BO_DATABASE_URL.",
        "ar": "لا يتوفر هذا الحاسوب على خزنة أسرار النظام لحفظ كلمة المرور فيها. احفظها في ملف الأسرار المشفر الخاص بالتطبيق (بكلمة مرور هذا الملف)، أو ضعها في المتغير BO_DATABASE_URL.",
    },
    "disk_full": {
        "fr": "Disque plein : rien n'a été enregistré. Libérez de la place puis recommencez ({detail}).",
        "ar": "القرص ممتلئ: لم يسجل أي شيء. حرر مساحة ثم أعد المحاولة ({detail}).",
    },
    "db_newer": {
        "fr": "Cette base a été créée par une version plus récente de l'application (schéma {revision}) : mettez l'application à jour.",
        "ar": "أنشئت قاعدة البيانات هذه بإصدار أحدث من التطبيق (المخطط {revision}): يرجى تحديث التطبيق.",
    },
    "db_foreign": {
        "fr": "Cette base contient d'autres données ({tables}) : ce n'est pas une base Bureau d'ordre.",
        "ar": "قاعدة البيانات هذه تحتوي على بيانات أخرى ({tables}): ليست قاعدة مكتب الضبط.",
    },
    "db_at_head": {
        "fr": "La base est à jour (schéma {revision}).",
        "ar": "قاعدة البيانات محدثة (المخطط {revision}).",
    },
    "upgraded": {
        "fr": "Base mise à jour du schéma {before} au schéma {after} ; copie de sécurité : {backup}",
        "ar": "تم تحديث قاعدة البيانات من المخطط {before} إلى {after}؛ نسخة احتياطية: {backup}",
    },
    # Printing
    "no_printer": {
        "fr": "Aucune imprimante n'est installée sur ce poste : enregistrez le document en PDF, ou installez une imprimante.",
        "ar": "لا توجد أي طابعة مثبتة على هذا الحاسوب: احفظ الوثيقة بصيغة PDF أو ثبّت طابعة.",
    },
    "printer_missing": {
        "fr": "L'imprimante « {printer} » n'est plus disponible : choisissez-en une autre dans les paramètres, ou enregistrez en PDF.",
        "ar": "الطابعة «{printer}» لم تعد متاحة: اختر طابعة أخرى في الإعدادات أو احفظ بصيغة PDF.",
    },
    "pdf_write_failed": {
        "fr": "Impossible d'écrire le fichier {path} : {detail}",
        "ar": "تعذرت كتابة الملف {path}: {detail}",
    },
    # Labels
    "label_bad_start": {
        "fr": "Position de départ invalide : {start} (de 1 à {count} pour le modèle « {template} »).",
        "ar": "موضع البداية غير صالح: {start} (من 1 إلى {count} بالنسبة للنموذج «{template}»).",
    },
    "label_number_too_long": {
        "fr": "Le numéro {number} est trop long pour un code-barres lisible sur le modèle « {template} » : choisissez une étiquette plus large.",
        "ar": "الرقم {number} أطول من أن يطبع كرمز شريطي مقروء على النموذج «{template}»: اختر ملصقة أعرض.",
    },
    "labels_written": {
        "fr": "Étiquettes écrites : {path} ({count:plural:# étiquette|# étiquettes}, modèle {template}).",
        "ar": "تمت كتابة الملصقات: {path} (عدد الملصقات: {count}، النموذج {template}).",
    },
    # Registers
    "register_empty": {
        "fr": "Aucun courrier n'est enregistré au {kind} le {day}.",
        "ar": "لا توجد أي مراسلة مسجلة في {kind} يوم {day}.",
    },
    "register_empty_period": {
        "fr": "Aucun courrier n'est enregistré au {kind} du {day} au {to}.",
        "ar": "لا توجد أي مراسلة مسجلة في {kind} من {day} إلى {to}.",
    },
    "register_bad_period": {
        "fr": "La période se termine ({to}) avant de commencer ({day}).",
        "ar": "تاريخ نهاية الفترة ({to}) سابق لتاريخ بدايتها ({day}).",
    },
    "register_bad_format": {
        "fr": "Format de fichier non pris en charge : « {path} » (choisissez .pdf, .csv ou .xlsx).",
        "ar": "صيغة الملف غير مدعومة: «{path}» (اختر pdf أو csv أو xlsx).",
    },
    "register_written": {
        "fr": "Registre écrit : {path} ({entries:plural:# courrier|# courriers}).",
        "ar": "تمت كتابة السجل: {path} (عدد المراسلات: {entries}).",
    },
    "export_write_failed": {
        "fr": "Impossible d'écrire le fichier {path} : {detail}",
        "ar": "تعذرت كتابة الملف {path}: {detail}",
    },
    "kind_register_in": {"fr": "registre d'arrivée", "ar": "سجل الواردات"},
    "kind_register_out": {"fr": "registre de départ", "ar": "سجل الصادرات"},
    "kind_register_internal": {
        "fr": "registre du courrier interne",
        "ar": "سجل المراسلات الداخلية",
    },
    "receipt_written": {
        "fr": "Récépissé de {number} écrit : {path}",
        "ar": "تمت كتابة وصل الإيداع {number}: {path}",
    },
    # Backup
    "backup_done": {
        "fr": "Sauvegarde écrite : {path} ({size} octets).",
        "ar": "تمت كتابة النسخة الاحتياطية: {path} ({size} بايت).",
    },
    "backup_dir_missing": {
        "fr": "Le dossier de destination n'existe pas : {path}.",
        "ar": "مجلد الوجهة غير موجود: {path}.",
    },
    "backup_failed": {
        "fr": "La sauvegarde vers {path} a échoué : {detail}",
        "ar": "فشل النسخ الاحتياطي إلى {path}: {detail}",
    },
    "pg_dump_missing": {
        "fr": "pg_dump est introuvable : installez les outils clients PostgreSQL (paquet postgresql-client).",
        "ar": "الأداة pg_dump غير موجودة: ثبّت أدوات عميل PostgreSQL (الحزمة postgresql-client).",
    },
    # Audit
    "audit_ok": {
        "fr": "Journal d'audit intact : {rows:plural:# événement|# événements}, empreinte finale {head}.",
        "ar": "سجل التدقيق سليم: {rows:plural:لا حدث|حدث واحد|حدثان|# أحداث|# حدثا|# حدث}، البصمة النهائية {head}.",
    },
    "audit_altered": {
        "fr": "Journal d'audit altéré : la ligne {seq} a été modifiée ({detail}) ; {count:plural:# anomalie|# anomalies}.",
        "ar": "سجل التدقيق معدَّل: غُيّر السطر {seq} ({detail})؛ {count:plural:لا خلل|خلل واحد|خللان|# اختلالات|# خللا|# خلل}.",
    },
    "audit_missing": {
        "fr": "Journal d'audit altéré : la ligne {seq} a été supprimée {detail} ; {count:plural:# anomalie|# anomalies}.",
        "ar": "سجل التدقيق معدَّل: حُذف السطر {seq} {detail}؛ {count:plural:لا خلل|خلل واحد|خللان|# اختلالات|# خللا|# خلل}.",
    },
    "audit_relinked": {
        "fr": "Journal d'audit altéré : la ligne {seq} ne suit plus la précédente ({detail}) ; {count:plural:# anomalie|# anomalies}.",
        "ar": "سجل التدقيق معدَّل: السطر {seq} لم يعد مرتبطا بالسطر السابق ({detail})؛ {count:plural:لا خلل|خلل واحد|خللان|# اختلالات|# خللا|# خلل}.",
    },
    "audit_truncated": {
        "fr": "Journal d'audit altéré : les dernières lignes ({detail}) ont été supprimées ; {count:plural:# anomalie|# anomalies}.",
        "ar": "سجل التدقيق معدَّل: حُذفت الأسطر الأخيرة ({detail})؛ {count:plural:لا خلل|خلل واحد|خللان|# اختلالات|# خللا|# خلل}.",
    },
    # Output
    "no_entries": {"fr": "Aucun courrier.", "ar": "لا توجد أي مراسلة."},
    "no_results": {
        "fr": "Aucun courrier ne correspond à « {query} ».",
        "ar": "لا توجد أي مراسلة تطابق «{query}».",
    },
    "empty_query": {
        "fr": "Tapez au moins un mot, un nom ou un numéro à chercher.",
        "ar": "اكتب كلمة أو اسما أو رقما واحدا على الأقل للبحث.",
    },
    "bad_limit": {
        "fr": "Nombre de résultats invalide : {value} (au moins 1).",
        "ar": "عدد النتائج غير صالح: {value} (واحد على الأقل).",
    },
    "internal_error": {
        "fr": "erreur interne (détails dans {log})",
        "ar": "خطأ داخلي (التفاصيل في {log})",
    },
    "no_gui": {
        "fr": "l'interface graphique n'est pas installée ; utilisez une commande (voir --help).",
        "ar": "الواجهة الرسومية غير مثبتة؛ استعمل أحد الأوامر (انظر --help).",
    },
    # Field labels (used alone and inside messages)
    "f_number": {"fr": "N° d'ordre", "ar": "رقم الترتيب"},
    "f_direction": {"fr": "Sens", "ar": "النوع"},
    "f_registered": {"fr": "Enregistré le", "ar": "تاريخ التسجيل"},
    "f_correspondent": {"fr": "Correspondant", "ar": "المراسل"},
    "f_subject": {"fr": "Objet", "ar": "الموضوع"},
    "f_type": {"fr": "Type", "ar": "الصنف"},
    "f_channel": {"fr": "Canal", "ar": "طريقة الإيصال"},
    "f_priority": {"fr": "Priorité", "ar": "الأولوية"},
    "f_status": {"fr": "Statut", "ar": "الحالة"},
    "f_pieces": {"fr": "Pièces", "ar": "عدد الوثائق"},
    "f_received": {"fr": "Reçu / envoyé le", "ar": "تاريخ التوصل / الإرسال"},
    "f_reference": {"fr": "Référence", "ar": "المرجع"},
    "f_letter_date": {"fr": "Date de la lettre", "ar": "تاريخ الرسالة"},
    "f_service": {"fr": "Service", "ar": "المصلحة"},
    "f_observations": {"fr": "Observations", "ar": "ملاحظات"},
    "f_external_ref": {"fr": "Référence externe", "ar": "مرجع خارجي"},
    "f_answers": {"fr": "Répond à", "ar": "جواب عن"},
    "field_subject": {"fr": "objet", "ar": "الموضوع"},
    "field_correspondent": {"fr": "correspondant", "ar": "المراسل"},
    "field_office-code": {"fr": "code du bureau", "ar": "رمز المكتب"},
    "field_office-name": {"fr": "nom du bureau", "ar": "اسم المكتب"},
    "field_code": {"fr": "code", "ar": "الرمز"},
    "field_database_file": {"fr": "fichier de la base", "ar": "ملف قاعدة البيانات"},
    "field_server": {"fr": "serveur", "ar": "الخادم"},
    "field_database_name": {"fr": "nom de la base", "ar": "اسم قاعدة البيانات"},
    "field_name": {"fr": "nom", "ar": "الاسم"},
    "field_date": {"fr": "date", "ar": "التاريخ"},
    "field_to": {"fr": "jusqu'au", "ar": "إلى غاية"},
    "field_received-at": {"fr": "reçu le", "ar": "تاريخ التوصل"},
    "field_letter-date": {"fr": "date de la lettre", "ar": "تاريخ الرسالة"},
    "kind_exe": {"fr": "programme Windows", "ar": "برنامج ويندوز"},
    "kind_elf": {"fr": "programme", "ar": "برنامج"},
    "kind_zip": {"fr": "archive ZIP ou document Office", "ar": "أرشيف ZIP أو مستند مكتبي"},
    "kind_unknown": {"fr": "type inconnu", "ar": "نوع غير معروف"},
    # Imputation: who may do what
    "denied_role": {
        "fr": "Refusé ({role}) : vous ne pouvez pas {action}.",
        "ar": "مرفوض ({role}): لا يمكنكم {action}.",
    },
    "denied_scope": {
        "fr": "Refusé : vous ne pouvez pas {action} {number}, qui ne relève pas de vos services.",
        "ar": "مرفوض: لا يمكنكم {action} {number} لأنها لا تدخل في اختصاص مصالحكم.",
    },
    "denied_confidential": {
        "fr": (
            "Refusé : vous ne pouvez pas {action} {number}, courrier confidentiel réservé "
            "à ses destinataires désignés."
        ),
        "ar": "مرفوض: لا يمكنكم {action} {number}، فهي مراسلة سرية مخصصة للمرسل إليهم المعينين.",
    },
    "denied_confidential_attachments": {
        "fr": (
            "Refusé : les pièces jointes du courrier confidentiel {number} ne sont pas "
            "accessibles au bureau d'ordre."
        ),
        "ar": "مرفوض: مرفقات المراسلة السرية {number} غير متاحة لمكتب الضبط.",
    },
    "denied_not_agent": {
        "fr": "Refusé : vous ne pouvez pas {action} {number}, qui n'est pas imputé à vous.",
        "ar": "مرفوض: لا يمكنكم {action} {number} لأنها غير محالة عليكم.",
    },
    "denied_target_scope": {
        "fr": "Refusé : {target} est hors de vos services ; réimputez dans votre service.",
        "ar": "مرفوض: {target} خارج مصالحكم؛ تتم إعادة الإحالة داخل مصلحتكم فقط.",
    },
    # Imputation: the workflow
    "bad_transition": {
        "fr": "Impossible de {action} {number} : son statut est « {status} ».",
        "ar": "لا يمكن {action} {number}: حالتها «{status}».",
    },
    "already_assigned": {
        "fr": "Le courrier {number} est déjà imputé à {service} : réimputez-le.",
        "ar": "المراسلة {number} محالة مسبقا على {service}: يرجى إعادة إحالتها.",
    },
    "not_assignable": {
        "fr": "Le courrier de départ {number} ne s'impute pas.",
        "ar": "المراسلة الصادرة {number} لا تحال.",
    },
    "answer_not_outgoing": {
        "fr": "Le courrier {answer} n'est pas un courrier de départ : il ne répond pas à {number}.",
        "ar": "المراسلة {answer} ليست مراسلة صادرة: لا يمكن أن تكون جوابا على {number}.",
    },
    "unknown_user": {
        "fr": "Utilisateur inconnu ou désactivé : {login}.",
        "ar": "مستخدم غير معروف أو معطل: {login}.",
    },
    "agent_not_in_service": {
        "fr": "{login} n'appartient pas au service {service}.",
        "ar": "{login} لا ينتمي إلى المصلحة {service}.",
    },
    "unknown_instruction": {
        "fr": "Instruction inconnue : {code}.",
        "ar": "تعليمات غير معروفة: {code}.",
    },
    "copy_is_main": {
        "fr": "Le service {code} ne peut être à la fois destinataire principal et en copie.",
        "ar": "لا يمكن أن تكون المصلحة {code} مختصة ومخبرة في آن واحد.",
    },
    "target_required": {
        "fr": "Indiquez un service ou un agent.",
        "ar": "يرجى تحديد مصلحة أو موظف.",
    },
    "answer_required": {
        "fr": "Indiquez le numéro du courrier de départ qui y répond.",
        "ar": "يرجى إدخال رقم المراسلة الصادرة التي تجيب عنها.",
    },
    "numbers_required": {
        "fr": "Indiquez au moins un numéro de courrier.",
        "ar": "يرجى تحديد رقم مراسلة واحد على الأقل.",
    },
    "due_in_past": {
        "fr": "L'échéance {due} est déjà passée.",
        "ar": "الأجل {due} قد انقضى.",
    },
    "due_beyond_legal": {
        "fr": (
            "L'échéance {due} dépasse le délai légal de {days:plural:# jour|# jours} d'une demande de "
            "citoyen : au plus tard le {limit}."
        ),
        "ar": "الأجل {due} يتجاوز الأجل القانوني لطلب المواطن ({days:plural:# يوم|يوم واحد|يومان|# أيام|# يوما|# يوم}): آخر أجل هو {limit}.",
    },
    "assigned_done": {
        "fr": "{count:plural:# courrier imputé|# courriers imputés} à {service}.",
        "ar": "{count:plural:لم تُحل أي مراسلة|أحيلت مراسلة واحدة|أحيلت مراسلتان|أحيلت # مراسلات|أحيلت # مراسلة|أحيلت # مراسلة} على {service}.",
    },
    "workflow_done": {
        "fr": "{number} : {status}.",
        "ar": "المراسلة {number}: {status}.",
    },
    "bad_days": {
        "fr": "Nombre de jours invalide : {value}.",
        "ar": "عدد الأيام غير صالح: {value}.",
    },
    "field_due": {"fr": "échéance", "ar": "الأجل"},
    "inbox_empty": {"fr": "Aucun courrier en attente.", "ar": "لا توجد أي مراسلة في الانتظار."},
    "role_clerk": {"fr": "agent du bureau d'ordre", "ar": "موظف مكتب الضبط"},
    "role_chef": {"fr": "chef de service", "ar": "رئيس المصلحة"},
    "role_agent": {"fr": "agent traitant", "ar": "الموظف المكلف بالمعالجة"},
    "role_supervisor": {"fr": "superviseur", "ar": "المشرف"},
    "role_admin": {"fr": "administrateur", "ar": "مدير النظام"},
    "action_register": {"fr": "enregistrer le courrier", "ar": "تسجيل المراسلة"},
    "action_correct": {"fr": "corriger le courrier", "ar": "تصحيح المراسلة"},
    "action_cancel": {"fr": "annuler le courrier", "ar": "إلغاء المراسلة"},
    "action_manage_organisation": {
        "fr": "gérer les services et les utilisateurs",
        "ar": "تدبير المصالح والمستخدمين",
    },
    "action_assign": {"fr": "imputer le courrier", "ar": "إحالة المراسلة"},
    "action_reassign": {"fr": "réimputer le courrier", "ar": "إعادة إحالة المراسلة"},
    "action_return": {
        "fr": "renvoyer au bureau d'ordre le courrier",
        "ar": "إرجاع المراسلة إلى مكتب الضبط",
    },
    "action_start": {"fr": "prendre en charge le courrier", "ar": "الشروع في معالجة المراسلة"},
    "action_answer": {"fr": "marquer comme répondu le courrier", "ar": "تسجيل الرد على المراسلة"},
    "action_close": {"fr": "classer le courrier", "ar": "حفظ المراسلة"},
    "action_view": {"fr": "consulter le courrier", "ar": "الاطلاع على المراسلة"},
    "action_view_attachments": {
        "fr": "consulter les pièces jointes du courrier",
        "ar": "الاطلاع على مرفقات المراسلة",
    },
    "status_registered": {"fr": "enregistré", "ar": "مسجلة"},
    "status_assigned": {"fr": "imputé", "ar": "محالة"},
    "status_in_progress": {"fr": "en traitement", "ar": "قيد المعالجة"},
    "status_answered": {"fr": "répondu", "ar": "تم الرد عليها"},
    "status_closed": {"fr": "classé", "ar": "محفوظة"},
    "action_attach": {"fr": "joindre un fichier au courrier", "ar": "إرفاق ملف بالمراسلة"},
    # Capture: scanners, watched folders, barcode matching, OCR
    "capture_cancelled": {
        "fr": "Opération annulée : rien n'a été enregistré pour le document en cours.",
        "ar": "أُلغيت العملية: لم يُسجَّل أي شيء بخصوص الوثيقة الجارية.",
    },
    "nothing_to_attach": {
        "fr": "Aucun fichier à joindre.",
        "ar": "لا يوجد أي ملف لإرفاقه.",
    },
    "no_pages": {
        "fr": "« {name} » n'a aucune page à enregistrer.",
        "ar": "«{name}» لا يتضمن أي صفحة للتسجيل.",
    },
    "too_many_pages_to_sort": {
        "fr": "« {name} » compte {pages:plural:# page|# pages} : au-delà de {limit}, un lot n'est pas trié par code-barres. Joignez ce fichier directement à son courrier.",
        "ar": "«{name}» يتضمن {pages:plural:# صفحة|صفحة واحدة|صفحتين|# صفحات|# صفحة|# صفحة}: لا تُفرز بالرمز الشريطي حزمة تتجاوز {limit:plural:# صفحة|صفحة واحدة|صفحتين|# صفحات|# صفحة|# صفحة}. أرفق هذا الملف مباشرة بمراسلته.",
    },
    "tray_item_unknown": {
        "fr": "Ce document n'est pas dans la corbeille « à trier » (n° {id}).",
        "ar": "هذه الوثيقة غير موجودة في سلة «للفرز» (رقم {id}).",
    },
    "tray_item_gone": {
        "fr": "« {name} » a déjà été traité par un autre poste.",
        "ar": "سبق أن عولجت «{name}» من مركز عمل آخر.",
    },
    "scanner_software_missing": {
        "fr": "Le programme de numérisation « {program} » est introuvable (paquet sane-utils).",
        "ar": "برنامج المسح الضوئي «{program}» غير موجود (الحزمة sane-utils).",
    },
    "scanner_timeout": {
        "fr": "Le scanner ne répond plus depuis {seconds} s : l'opération a été interrompue. Vérifiez qu'il est allumé et relié.",
        "ar": "الماسح الضوئي لا يستجيب منذ {seconds:plural:# ثانية|ثانية واحدة|ثانيتين|# ثوان|# ثانية|# ثانية}: أوقفت العملية. تحقق من أنه مشغَّل وموصول.",
    },
    "scanner_failed": {
        "fr": "Le scanner a signalé une erreur : {detail}",
        "ar": "أشار الماسح الضوئي إلى خطأ: {detail}",
    },
    "scanner_none": {
        "fr": "Aucun scanner n'a été trouvé.",
        "ar": "لم يُعثر على أي ماسح ضوئي.",
    },
    "scanner_no_pages": {
        "fr": "Le scanner n'a renvoyé aucune page.",
        "ar": "لم يُرجع الماسح الضوئي أي صفحة.",
    },
    "scanner_feeder_empty": {
        "fr": "Le chargeur de documents est vide : posez les feuilles et recommencez.",
        "ar": "وحدة تلقيم الوثائق فارغة: ضعوا الأوراق ثم أعيدوا المحاولة.",
    },
    "scanner_no_feeder": {
        "fr": "Ce scanner n'a pas de chargeur de documents.",
        "ar": "هذا الماسح الضوئي لا يتوفر على وحدة تلقيم الوثائق.",
    },
    "scanner_no_duplex": {
        "fr": "Ce scanner ne numérise pas recto verso.",
        "ar": "هذا الماسح الضوئي لا يمسح الوجهين.",
    },
    "ocr_missing": {
        "fr": "La reconnaissance de texte n'est pas installée (programme « {program} »).",
        "ar": "برنامج التعرف على النصوص غير مثبت («{program}»).",
    },
    "ocr_timeout": {
        "fr": "La reconnaissance de texte d'une page a dépassé {seconds} s et a été arrêtée.",
        "ar": "تجاوز التعرف على نص صفحة {seconds:plural:# ثانية|ثانية واحدة|ثانيتين|# ثوان|# ثانية|# ثانية} فأوقف.",
    },
    "ocr_failed": {
        "fr": "La reconnaissance de texte a échoué : {detail}",
        "ar": "فشل التعرف على النص: {detail}",
    },
    "ocr_too_many_pages": {
        "fr": "Document de {pages:plural:# page|# pages} : la reconnaissance de texte se limite à {limit:plural:# page|# pages}.",
        "ar": "وثيقة من {pages:plural:# صفحة|صفحة واحدة|صفحتين|# صفحات|# صفحة|# صفحة}: يقتصر التعرف على النصوص على {limit:plural:# صفحة|صفحة واحدة|صفحتين|# صفحات|# صفحة|# صفحة}.",
    },
    "import_summary": {
        "fr": "{attached:plural:# document joint|# documents joints}, {tray} dans la corbeille « à trier », {errors:plural:# fichier refusé|# fichiers refusés}.",
        "ar": "عدد الوثائق المرفقة: {attached}، في سلة «للفرز»: {tray}، عدد الملفات المرفوضة: {errors}.",
    },
    "import_had_errors": {
        "fr": "{errors:plural:# fichier n'a pas pu être importé|# fichiers n'ont pas pu être importés} (voir ci-dessus).",
        "ar": "تعذر استيراد {errors:plural:أي ملف|ملف واحد|ملفين|# ملفات|# ملفا|# ملف} (انظر أعلاه).",
    },
    "import_to_mail": {
        "fr": "{name} (pages {pages}) → {number}",
        "ar": "{name} (الصفحات {pages}) ← {number}",
    },
    "import_to_tray": {
        "fr": "{name} (pages {pages}) → à trier : {reason}",
        "ar": "{name} (الصفحات {pages}) ← للفرز: {reason}",
    },
    "import_refused": {
        "fr": "Fichier {path} : {error}",
        "ar": "الملف {path}: {error}",
    },
    "tray_reason_no_label": {"fr": "pas d'étiquette", "ar": "بدون ملصقة"},
    "tray_reason_unreadable_label": {"fr": "étiquette illisible", "ar": "ملصقة غير مقروءة"},
    "tray_reason_foreign_barcode": {"fr": "code-barres étranger", "ar": "رمز شريطي أجنبي"},
    "tray_reason_several_labels": {"fr": "plusieurs étiquettes", "ar": "عدة ملصقات"},
    "tray_reason_unknown_number": {"fr": "numéro inconnu", "ar": "رقم غير معروف"},
    "tray_reason_mail_cancelled": {"fr": "courrier annulé", "ar": "مراسلة ملغاة"},
    "tray_reason_not_allowed": {"fr": "courrier hors de vos droits", "ar": "مراسلة خارج صلاحياتك"},
    "ocr_summary": {
        "fr": "Texte lu pour {count:plural:# pièce jointe|# pièces jointes}.",
        "ar": "قُرئ نص {count:plural:أي مرفق|مرفق واحد|مرفقين|# مرفقات|# مرفقا|# مرفق}.",
    },
    "portal_sim_remote": {
        "fr": "Le simulateur du portail parle HTTP en clair : il n'écoute que sur la boucle locale (pas sur {host}), sauf avec --allow-remote.",
        "ar": "محاكي البوابة يعمل ببروتوكول HTTP غير المشفر: لا يستمع إلا على العنوان المحلي (وليس على {host})، إلا مع الخيار ‎--allow-remote.",
    },
    "portal_sim_remote_warning": {
        "fr": "Attention : le simulateur écoute sur {host}, en HTTP non chiffré, hors de la boucle locale.",
        "ar": "تنبيه: المحاكي يستمع على {host} ببروتوكول HTTP غير مشفر، خارج العنوان المحلي.",
    },
    "portal_sim_bad_value": {
        "fr": "Valeur refusée pour {option} : {value}.",
        "ar": "قيمة مرفوضة للخيار {option}: {value}.",
    },
    "portal_sim_cannot_listen": {
        "fr": "Le simulateur ne peut pas écouter sur {host}:{port} : {detail}.",
        "ar": "يتعذر على المحاكي الاستماع على {host}:{port}: {detail}.",
    },
    "watched_folder_missing": {
        "fr": "Le dossier surveillé « {path} » n'existe pas ou n'est pas accessible.",
        "ar": "المجلد المراقَب «{path}» غير موجود أو يتعذر الوصول إليه.",
    },
}

# Feature catalogues kept beside their code, merged here so there is one table to look in.
from app.portal.messages import MESSAGES as _PORTAL  # noqa: E402

MESSAGES.update(_PORTAL)
from app.organisation.setup_messages import MESSAGES as _SETUP  # noqa: E402

MESSAGES.update(_SETUP)
from app.secret_file_messages import MESSAGES as _SECRET_FILE  # noqa: E402

MESSAGES.update(_SECRET_FILE)
from app.dispatch.messages import MESSAGES as _DISPATCH  # noqa: E402

MESSAGES.update(_DISPATCH)
from app.domain.entry_messages import MESSAGES as _ENTRY  # noqa: E402

MESSAGES.update(_ENTRY)
from app.documents.messages import MESSAGES as _DOCUMENTS  # noqa: E402

MESSAGES.update(_DOCUMENTS)
from app.integrity.messages import MESSAGES as _INTEGRITY  # noqa: E402

MESSAGES.update(_INTEGRITY)
from app.mailbox.messages import MESSAGES as _MAILBOX  # noqa: E402

MESSAGES.update(_MAILBOX)
from app.signature.messages import MESSAGES as _SIGNATURE  # noqa: E402

MESSAGES.update(_SIGNATURE)
