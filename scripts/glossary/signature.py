"""Words of signatures: the PIN or password prompt and the verification banner and panel."""

from __future__ import annotations

from typing import Any

P, B, V = "SecretDialog", "VerificationBanner", "VerificationPanel"

ENTRIES: dict[tuple[str, str], dict[str, Any]] = {
    (P, "Signature"): {"fr": "Signature", "ar": "التوقيع"},
    (P, "Enter the PIN of %1 to sign."): {
        "fr": "Saisissez le code PIN de %1 pour signer.",
        "ar": "أدخل الرقم السري لـ %1 من أجل التوقيع.",
    },
    (P, "Enter the password of the certificate %1 to sign."): {
        "fr": "Saisissez le mot de passe du certificat %1 pour signer.",
        "ar": "أدخل كلمة مرور الشهادة %1 من أجل التوقيع.",
    },
    (P, "This entry signs %n document(s)."): {
        "fr": ["Cette saisie signe %n document.", "Cette saisie signe %n documents."],
        "ar": [
            "هذا الإدخال لا يوقع أي وثيقة.",
            "هذا الإدخال يوقع وثيقة واحدة.",
            "هذا الإدخال يوقع وثيقتين.",
            "هذا الإدخال يوقع %n وثائق.",
            "هذا الإدخال يوقع %n وثيقة.",
            "هذا الإدخال يوقع %n وثيقة.",
        ],
    },
    (P, "PIN"): {"fr": "Code PIN", "ar": "الرقم السري"},
    (P, "Password"): {"fr": "Mot de passe", "ar": "كلمة المرور"},
    (P, "Sign"): {"fr": "Signer", "ar": "توقيع"},
    (B, "Signature %1 is not valid: %2"): {
        "fr": "La signature %1 n'est pas valide : %2",
        "ar": "التوقيع %1 غير صالح: %2",
    },
    (B, "%n valid signature(s), without a trusted time (B-B)."): {
        "fr": [
            "%n signature valide, sans date certifiée (B-B).",
            "%n signatures valides, sans date certifiée (B-B).",
        ],
        "ar": [
            "لا توقيع صالح، بدون تاريخ موثق (B-B).",
            "توقيع واحد صالح، بدون تاريخ موثق (B-B).",
            "توقيعان صالحان، بدون تاريخ موثق (B-B).",
            "%n توقيعات صالحة، بدون تاريخ موثق (B-B).",
            "%n توقيعا صالحا، بدون تاريخ موثق (B-B).",
            "%n توقيع صالح، بدون تاريخ موثق (B-B).",
        ],
    },
    (B, "%n valid signature(s), intact and trusted."): {
        "fr": [
            "%n signature valide, document intègre, certificat de confiance.",
            "%n signatures valides, document intègre, certificats de confiance.",
        ],
        "ar": [
            "لا توقيع صالح.",
            "توقيع واحد صالح، الوثيقة سليمة والشهادة موثوقة.",
            "توقيعان صالحان، الوثيقة سليمة والشهادتان موثوقتان.",
            "%n توقيعات صالحة، الوثيقة سليمة والشهادات موثوقة.",
            "%n توقيعا صالحا، الوثيقة سليمة والشهادات موثوقة.",
            "%n توقيع صالح، الوثيقة سليمة والشهادات موثوقة.",
        ],
    },
    (B, "Filled in after signing: the registry number only."): {
        "fr": "Rempli après la signature : le numéro d'enregistrement seulement.",
        "ar": "ما أضيف بعد التوقيع: رقم التسجيل فقط.",
    },
    (V, "yes"): {"fr": "oui", "ar": "نعم"},
    (V, "no"): {"fr": "non", "ar": "لا"},
    (V, "nothing"): {"fr": "rien", "ar": "لا شيء"},
    (V, "later signatures and timestamps only"): {
        "fr": "signatures et horodatages postérieurs seulement",
        "ar": "توقيعات وأختام زمنية لاحقة فقط",
    },
    (V, "form filling only"): {
        "fr": "remplissage de formulaire seulement",
        "ar": "ملء خانات الاستمارة فقط",
    },
    (V, "annotations added"): {"fr": "annotations ajoutées", "ar": "إضافة تعليقات"},
    (V, "the document was altered"): {"fr": "le document a été altéré", "ar": "الوثيقة حُرّفت"},
    (V, "not revoked"): {"fr": "non révoqué", "ar": "غير ملغاة"},
    (V, "revoked"): {"fr": "révoqué", "ar": "ملغاة"},
    (V, "unknown"): {"fr": "inconnu", "ar": "غير معروف"},
    (V, "trusted timestamp"): {"fr": "horodatage de confiance", "ar": "ختم زمني موثوق"},
    (V, "signer's computer clock"): {
        "fr": "horloge de l'ordinateur du signataire",
        "ar": "ساعة حاسوب الموقِّع",
    },
    (V, "Signed by"): {"fr": "Signé par", "ar": "وقّعه"},
    (V, "Signed on"): {"fr": "Signé le", "ar": "تاريخ التوقيع"},
    (V, "Intact"): {"fr": "Intègre", "ar": "سليمة"},
    (V, "Trusted certificate"): {"fr": "Certificat de confiance", "ar": "شهادة موثوقة"},
    (V, "Revocation"): {"fr": "Révocation", "ar": "الإلغاء"},
    (V, "Level"): {"fr": "Niveau", "ar": "المستوى"},
    (V, "Changed after it"): {"fr": "Modifié ensuite", "ar": "ما تغير بعده"},
}
