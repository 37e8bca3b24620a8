"""Messages about files and their pictures, in French and Arabic (merged into app.messages)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # Files that are not plain files
    "file_is_link": {
        "fr": "{name} est un lien symbolique : un lien trouvé dans un dossier n'est pas suivi.",
        "ar": "{name} رابط رمزي: لا يُتبع رابط موجود داخل مجلد.",
    },
    "file_not_regular": {
        "fr": "{name} n'est pas un fichier ordinaire ({kind}) : seuls des fichiers peuvent être joints.",
        "ar": "{name} ليس ملفا عاديا ({kind}): لا تُرفق إلا الملفات.",
    },
    "file_replaced": {
        "fr": "{name} a été remplacé pendant sa lecture : il n'est pas pris. Réessayez.",
        "ar": "استُبدل {name} أثناء قراءته: لم يؤخذ. أعد المحاولة.",
    },
    "kind_fifo": {"fr": "tube nommé", "ar": "أنبوب مسمى"},
    "kind_device": {"fr": "périphérique", "ar": "جهاز طرفي"},
    "kind_socket": {"fr": "socket", "ar": "مقبس"},
    "kind_other": {"fr": "entrée spéciale", "ar": "مدخل خاص"},
    # The watched folder
    "watch_subfolder_unsafe": {
        "fr": "Le dossier surveillé est arrêté : « {path} » doit être un vrai dossier, pas un lien ni un fichier. Rien n'y a été déplacé.",
        "ar": "توقف المجلد المراقَب: يجب أن يكون «{path}» مجلدا حقيقيا، لا رابطا ولا ملفا. لم يُنقل إليه أي شيء.",
    },
    "watch_subfolder_failed": {
        "fr": "Le dossier surveillé ne peut pas ranger ses fichiers dans « {path} » : {detail}.",
        "ar": "يتعذر على المجلد المراقَب ترتيب ملفاته في «{path}»: {detail}.",
    },
    # Pictures too large to draw
    "page_too_large": {
        "fr": "La page {page} de {name} mesure {width} × {height} cm : les pages de plus de {limit} m² (deux fois le format A0) sont refusées.",
        "ar": "الصفحة {page} من {name} مقاسها {width} × {height} سم: ترفض الصفحات التي تتجاوز مساحتها {limit} م² (ضعف مقاس A0).",
    },
    "image_too_large": {
        "fr": "L'image {name} compte {pixels} millions de pixels : au-delà de {limit} millions, elle est refusée (une page A3 en couleur à 600 ppp en compte 70).",
        "ar": "الصورة {name} تضم {pixels} مليون بكسل: ترفض الصور التي تتجاوز {limit} مليون بكسل (صفحة A3 ملونة بدقة 600 نقطة في البوصة تضم 70 مليونا).",
    },
    "pdf_image_too_large": {
        "fr": "La page {page} de {name} contient une image de {pixels} millions de pixels : au-delà de {limit} millions, le PDF est refusé (une page A3 en couleur à 600 ppp en compte 70).",
        "ar": "الصفحة {page} من {name} تحتوي على صورة من {pixels} مليون بكسل: يرفض ملف PDF إذا تجاوزت صورة فيه {limit} مليون بكسل (صفحة A3 ملونة بدقة 600 نقطة في البوصة تضم 70 مليونا).",
    },
}
