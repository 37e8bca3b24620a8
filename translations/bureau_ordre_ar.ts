<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_MA">
  <context>
    <name>AboutDialog</name>
    <message>
      <location filename="../ui/help/about.py" line="65" />
      <source>Version</source>
      <translation>الإصدار</translation>
    </message>
    <message>
      <location filename="../ui/help/about.py" line="66" />
      <source>Office</source>
      <translation>المكتب</translation>
    </message>
    <message>
      <location filename="../ui/help/about.py" line="67" />
      <source>Database</source>
      <translation>قاعدة البيانات</translation>
    </message>
    <message>
      <location filename="../ui/help/about.py" line="68" />
      <source>User</source>
      <translation>المستخدم</translation>
    </message>
    <message>
      <location filename="../ui/help/about.py" line="70" />
      <source>Qt / Python</source>
      <translation>Qt / Python</translation>
    </message>
    <message>
      <location filename="../ui/help/about.py" line="77" />
      <source>About Bureau d'ordre</source>
      <translation>حول تطبيق مكتب الضبط</translation>
    </message>
    <message>
      <location filename="../ui/help/about.py" line="81" />
      <source>The register of the bureau d'ordre: incoming, outgoing and internal mail, numbered without gaps, scanned, assigned to the services, linked to the Bureau d'Ordre Digital portal; in Arabic and French.</source>
      <translation>سجل مكتب الضبط: المراسلات الواردة والصادرة والداخلية، مرقمة دون انقطاع، ممسوحة ضوئيا، محالة على المصالح، ومرتبطة ببوابة مكتب الضبط الرقمي؛ باللغتين العربية والفرنسية.</translation>
    </message>
    <message>
      <location filename="../ui/help/about.py" line="89" />
      <source>Fonts: Noto Sans, Noto Sans Arabic UI, Noto Naskh Arabic (SIL Open Font License).</source>
      <translation>الخطوط: ⁦Noto Sans, Noto Sans Arabic UI, Noto Naskh Arabic⁩ (رخصة ⁦SIL Open Font License⁩).</translation>
    </message>
    <message>
      <location filename="../ui/help/about.py" line="93" />
      <source>&amp;Copy</source>
      <translation>&amp;نسخ</translation>
    </message>
  </context>
  <context>
    <name>AdminLabels</name>
    <message>
      <location filename="../ui/admin/labels.py" line="12" />
      <source>Clerk of the bureau d'ordre</source>
      <translation>موظف مكتب الضبط</translation>
    </message>
    <message>
      <location filename="../ui/admin/labels.py" line="13" />
      <source>Head of service</source>
      <translation>رئيس المصلحة</translation>
    </message>
    <message>
      <location filename="../ui/admin/labels.py" line="14" />
      <source>Agent (treats mail)</source>
      <translation>موظف مكلف بالمعالجة</translation>
    </message>
    <message>
      <location filename="../ui/admin/labels.py" line="15" />
      <source>Supervisor</source>
      <translation>مشرف</translation>
    </message>
    <message>
      <location filename="../ui/admin/labels.py" line="16" />
      <source>Administrator</source>
      <translation>مدير النظام</translation>
    </message>
    <message>
      <location filename="../ui/admin/labels.py" line="19" />
      <source>Direction</source>
      <translation>مديرية</translation>
    </message>
    <message>
      <location filename="../ui/admin/labels.py" line="20" />
      <source>Division</source>
      <translation>قسم</translation>
    </message>
    <message>
      <location filename="../ui/admin/labels.py" line="21" />
      <source>Service</source>
      <translation>مصلحة</translation>
    </message>
    <message>
      <location filename="../ui/admin/labels.py" line="23" />
      <source>Active</source>
      <translation>مفعل</translation>
    </message>
    <message>
      <location filename="../ui/admin/labels.py" line="24" />
      <source>Deactivated</source>
      <translation>معطل</translation>
    </message>
  </context>
  <context>
    <name>AdministrationDialog</name>
    <message>
      <location filename="../ui/admin/dialog.py" line="99" />
      <source>Administration — services, users, instructions, deadlines, portal</source>
      <translation>الإدارة — المصالح والمستخدمون والتعليمات والآجال والبوابة</translation>
    </message>
    <message>
      <location filename="../ui/admin/dialog.py" line="104" />
      <source>Loading…</source>
      <translation>جار التحميل…</translation>
    </message>
  </context>
  <context>
    <name>ArPendingDialog</name>
    <message>
      <location filename="../ui/dispatch/ar_dialogs.py" line="281" />
      <source>Registered letters awaiting their AR</source>
      <translation>الرسائل المضمونة في انتظار إشعارها بالتسلم</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/ar_dialogs.py" line="282" />
      <source>&amp;Sent at least this many days ago:</source>
      <translation>أرسلت منذ (عدد الأيام على الأقل):</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/ar_dialogs.py" line="285" />
      <source>Number</source>
      <translation>رقم الترتيب</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/ar_dialogs.py" line="286" />
      <source>Sent on</source>
      <translation>تاريخ الإرسال</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/ar_dialogs.py" line="287" />
      <source>Days</source>
      <translation>الأيام</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/ar_dialogs.py" line="288" />
      <source>AR number</source>
      <translation>رقم الإشعار</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/ar_dialogs.py" line="289" />
      <source>Recipient</source>
      <translation>المرسل إليه</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/ar_dialogs.py" line="290" />
      <source>Subject</source>
      <translation>الموضوع</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/ar_dialogs.py" line="293" />
      <source>&amp;Open the mail</source>
      <translation>فتح المراسلة</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/ar_dialogs.py" line="294" />
      <source>AR &amp;returned…</source>
      <translation>رجوع الإشعار…</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/ar_dialogs.py" line="295" />
      <source>No registered letter is awaiting its AR.</source>
      <translation>لا توجد أي رسالة مضمونة في انتظار إشعارها بالتسلم.</translation>
    </message>
  </context>
  <context>
    <name>ArReturnedDialog</name>
    <message>
      <location filename="../ui/dispatch/ar_dialogs.py" line="178" />
      <source>Acknowledgement of receipt returned</source>
      <translation>رجوع الإشعار بالتسلم</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/ar_dialogs.py" line="180" />
      <source>The AR of the registered letter %1 came back:</source>
      <translation>رجع الإشعار بالتسلم الخاص بالرسالة المضمونة %1:</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/ar_dialogs.py" line="184" />
      <source>&amp;Returned on</source>
      <translation>تاريخ الرجوع</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/ar_dialogs.py" line="185" />
      <source>AR &amp;number</source>
      <translation>رقم الإشعار</translation>
    </message>
  </context>
  <context>
    <name>ArSection</name>
    <message>
      <location filename="../ui/dispatch/ar_dialogs.py" line="102" />
      <source>no number recorded</source>
      <translation>لم يسجل رقمه</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/ar_dialogs.py" line="105" />
      <source>returned on %1</source>
      <translation>رجع بتاريخ %1</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/ar_dialogs.py" line="110" />
      <source>not returned yet (sent today)</source>
      <translation>لم يرجع بعد (أرسلت اليوم)</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/dispatch/ar_dialogs.py" line="112" />
      <source>not returned yet (sent %n day(s) ago)</source>
      <translation>
        <numerusform>لم يرجع بعد (أرسلت اليوم)</numerusform>
        <numerusform>لم يرجع بعد (أرسلت منذ يوم واحد)</numerusform>
        <numerusform>لم يرجع بعد (أرسلت منذ يومين)</numerusform>
        <numerusform>لم يرجع بعد (أرسلت منذ %n أيام)</numerusform>
        <numerusform>لم يرجع بعد (أرسلت منذ %n يوما)</numerusform>
        <numerusform>لم يرجع بعد (أرسلت منذ %n يوم)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../ui/dispatch/ar_dialogs.py" line="116" />
      <source>Acknowledgement of receipt: %1</source>
      <translation>الإشعار بالتسلم: %1</translation>
    </message>
  </context>
  <context>
    <name>AssignDialog</name>
    <message>
      <location filename="../ui/imputation/assign_dialog.py" line="155" />
      <source>Assign mail %1</source>
      <translation>إحالة المراسلة %1</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/imputation/assign_dialog.py" line="158" />
      <source>Assign %n mail(s)</source>
      <translation>
        <numerusform>إحالة %n مراسلة</numerusform>
        <numerusform>إحالة مراسلة واحدة</numerusform>
        <numerusform>إحالة مراسلتين</numerusform>
        <numerusform>إحالة %n مراسلات</numerusform>
        <numerusform>إحالة %n مراسلة</numerusform>
        <numerusform>إحالة %n مراسلة</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/imputation/assign_dialog.py" line="159" />
      <source>%n mail(s)</source>
      <translation>
        <numerusform>لا مراسلات</numerusform>
        <numerusform>مراسلة واحدة</numerusform>
        <numerusform>مراسلتان</numerusform>
        <numerusform>%n مراسلات</numerusform>
        <numerusform>%n مراسلة</numerusform>
        <numerusform>%n مراسلة</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../ui/imputation/assign_dialog.py" line="160" />
      <source>&amp;Main service (for action)</source>
      <translation>المصلحة ال&amp;مختصة (للاختصاص)</translation>
    </message>
    <message>
      <location filename="../ui/imputation/assign_dialog.py" line="161" />
      <source>&amp;Copies (for information)</source>
      <translation>&amp;نسخ (للإخبار)</translation>
    </message>
    <message>
      <location filename="../ui/imputation/assign_dialog.py" line="162" />
      <source>&amp;Instructions</source>
      <translation>ال&amp;تعليمات</translation>
    </message>
    <message>
      <location filename="../ui/imputation/assign_dialog.py" line="163" />
      <source>Loading…</source>
      <translation>جارٍ التحميل…</translation>
    </message>
    <message>
      <location filename="../ui/imputation/assign_dialog.py" line="164" />
      <source>&amp;Note</source>
      <translation>م&amp;لاحظة</translation>
    </message>
    <message>
      <location filename="../ui/imputation/assign_dialog.py" line="165" />
      <source>Optional: shown to the services</source>
      <translation>اختياري: تطلع عليه المصالح</translation>
    </message>
    <message>
      <location filename="../ui/imputation/assign_dialog.py" line="166" />
      <source>Set a &amp;due date</source>
      <translation>تحديد أجل ال&amp;معالجة</translation>
    </message>
    <message>
      <location filename="../ui/imputation/assign_dialog.py" line="167" />
      <source>&amp;Assign</source>
      <translation>إ&amp;حالة</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/imputation/assign_dialog.py" line="178" />
      <source>%n day(s)</source>
      <translation>
        <numerusform>لا يوم</numerusform>
        <numerusform>يوم واحد</numerusform>
        <numerusform>يومان</numerusform>
        <numerusform>%n أيام</numerusform>
        <numerusform>%n يوما</numerusform>
        <numerusform>%n يوم</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../ui/imputation/assign_dialog.py" line="182" />
      <source>By default: %1 for normal mail, %2 for urgent, %3 for very urgent.</source>
      <translation>أجل المعالجة افتراضيا: %1 للمراسلات العادية، و%2 للمستعجلة، و%3 للمستعجلة جدا.</translation>
    </message>
    <message>
      <location filename="../ui/imputation/assign_dialog.py" line="247" />
      <source>Choose the service the mail is assigned to.</source>
      <translation>يرجى اختيار المصلحة التي تحال إليها المراسلة.</translation>
    </message>
  </context>
  <context>
    <name>BasketPanel</name>
    <message>
      <location filename="../ui/register/baskets.py" line="108" />
      <source>All mail</source>
      <translation>جميع المراسلات</translation>
    </message>
    <message>
      <location filename="../ui/register/baskets.py" line="109" />
      <source>Today's mail</source>
      <translation>مراسلات اليوم</translation>
    </message>
    <message>
      <location filename="../ui/register/baskets.py" line="110" />
      <source>To hand on</source>
      <translation>للتوزيع</translation>
    </message>
    <message>
      <location filename="../ui/register/baskets.py" line="110" />
      <source>To assign</source>
      <translation>للإحالة</translation>
    </message>
    <message>
      <location filename="../ui/register/baskets.py" line="111" />
      <source>To treat</source>
      <translation>للمعالجة</translation>
    </message>
    <message>
      <location filename="../ui/register/baskets.py" line="112" />
      <source>Returned by a service</source>
      <translation>مرجعة من مصلحة</translation>
    </message>
    <message>
      <location filename="../ui/register/baskets.py" line="113" />
      <source>Overdue</source>
      <translation>المتأخرة</translation>
    </message>
    <message>
      <location filename="../ui/register/baskets.py" line="114" />
      <source>Cancelled</source>
      <translation>ملغى</translation>
    </message>
    <message>
      <location filename="../ui/register/baskets.py" line="115" />
      <source>To be sorted (scans)</source>
      <translation>للفرز (المسح الضوئي)</translation>
    </message>
    <message>
      <location filename="../ui/register/baskets.py" line="121" />
      <source>The whole register, as the filters above choose it</source>
      <translation>السجل كاملا، حسب عوامل التصفية أعلاه</translation>
    </message>
    <message>
      <location filename="../ui/register/baskets.py" line="122" />
      <source>Mail registered today</source>
      <translation>المراسلات المسجلة اليوم</translation>
    </message>
    <message>
      <location filename="../ui/register/baskets.py" line="123" />
      <source>Mail assigned to your service that no agent holds yet</source>
      <translation>المراسلات المحالة على مصلحتكم ولم توزع بعد على أي موظف</translation>
    </message>
    <message>
      <location filename="../ui/register/baskets.py" line="125" />
      <source>Incoming and internal mail not assigned to a service yet</source>
      <translation>المراسلات الواردة والداخلية التي لم تحل بعد على أي مصلحة</translation>
    </message>
    <message>
      <location filename="../ui/register/baskets.py" line="126" />
      <source>Mail handed to you, not started yet</source>
      <translation>المراسلات المسندة إليكم ولم تبدأ معالجتها بعد</translation>
    </message>
    <message>
      <location filename="../ui/register/baskets.py" line="128" />
      <source>Mail a service sent back to the bureau d'ordre: the reason is in its history</source>
      <translation>المراسلات التي أرجعتها مصلحة إلى مكتب الضبط، والسبب مدون في سجلها</translation>
    </message>
    <message>
      <location filename="../ui/register/baskets.py" line="130" />
      <source>Open mail past its due date</source>
      <translation>المراسلات قيد المعالجة التي تجاوزت أجلها</translation>
    </message>
    <message>
      <location filename="../ui/register/baskets.py" line="131" />
      <source>Cancelled mail: it keeps its number in the register</source>
      <translation>المراسلات الملغاة، وتحتفظ برقمها في السجل</translation>
    </message>
    <message>
      <location filename="../ui/register/baskets.py" line="132" />
      <source>Scanned documents no label matched: opens the tray</source>
      <translation>الوثائق الممسوحة ضوئيا دون ملصقة مقروءة: يفتح صندوق الفرز</translation>
    </message>
    <message>
      <location filename="../ui/register/baskets.py" line="136" />
      <source>Baskets</source>
      <translation>صناديق المراسلات</translation>
    </message>
  </context>
  <context>
    <name>CancelDialog</name>
    <message>
      <location filename="../ui/amend/cancel_dialog.py" line="53" />
      <source>Cancel mail %1</source>
      <translation>إلغاء المراسلة %1</translation>
    </message>
    <message>
      <location filename="../ui/amend/cancel_dialog.py" line="57" />
      <source>The mail stays in the register under its number, marked cancelled; the reason is kept in its history.</source>
      <translation>تبقى المراسلة في السجل برقمها مع الإشارة إلى إلغائها؛ ويحفظ السبب في سجل تتبعها.</translation>
    </message>
    <message>
      <location filename="../ui/amend/cancel_dialog.py" line="61" />
      <source>&amp;Reason</source>
      <translation>ال&amp;سبب</translation>
    </message>
    <message>
      <location filename="../ui/amend/cancel_dialog.py" line="62" />
      <source>Cancel &amp;the mail</source>
      <translation>إ&amp;لغاء المراسلة</translation>
    </message>
    <message>
      <location filename="../ui/amend/cancel_dialog.py" line="63" />
      <source>&amp;Keep it</source>
      <translation>الاحت&amp;فاظ بها</translation>
    </message>
  </context>
  <context>
    <name>CaptureDesk</name>
    <message>
      <location filename="../ui/capture/desk.py" line="83" />
      <source>Scanning and &amp;capture…</source>
      <translation>المسح الضوئي و&amp;استيراد الوثائق…</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/capture/desk.py" line="148" />
      <source>%n file(s) attached to %1.</source>
      <translation>
        <numerusform>لم يُرفق أي ملف بـ %1.</numerusform>
        <numerusform>أُرفق ملف واحد بـ %1.</numerusform>
        <numerusform>أُرفق ملفان بـ %1.</numerusform>
        <numerusform>أُرفقت %n ملفات بـ %1.</numerusform>
        <numerusform>أُرفق %n ملفا بـ %1.</numerusform>
        <numerusform>أُرفق %n ملف بـ %1.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/capture/desk.py" line="173" />
      <source>Watched folder: %n document(s) attached</source>
      <translation>
        <numerusform>المجلد المراقَب: لم تُرفق أي وثيقة</numerusform>
        <numerusform>المجلد المراقَب: أُرفقت وثيقة واحدة</numerusform>
        <numerusform>المجلد المراقَب: أُرفقت وثيقتان</numerusform>
        <numerusform>المجلد المراقَب: أُرفقت %n وثائق</numerusform>
        <numerusform>المجلد المراقَب: أُرفقت %n وثيقة</numerusform>
        <numerusform>المجلد المراقَب: أُرفقت %n وثيقة</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/capture/desk.py" line="175" />
      <source>%n to be sorted by hand</source>
      <translation>
        <numerusform>لا شيء للفرز اليدوي</numerusform>
        <numerusform>وثيقة واحدة للفرز اليدوي</numerusform>
        <numerusform>وثيقتان للفرز اليدوي</numerusform>
        <numerusform>%n وثائق للفرز اليدوي</numerusform>
        <numerusform>%n وثيقة للفرز اليدوي</numerusform>
        <numerusform>%n وثيقة للفرز اليدوي</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CaptureWindow</name>
    <message>
      <location filename="../ui/capture/window.py" line="78" />
      <source>Scanning and capture</source>
      <translation>المسح الضوئي واستيراد الوثائق</translation>
    </message>
    <message>
      <location filename="../ui/capture/window.py" line="79" />
      <source>Scan and import</source>
      <translation>المسح الضوئي والاستيراد</translation>
    </message>
    <message>
      <location filename="../ui/capture/window.py" line="81" />
      <source>Cancel</source>
      <translation>إلغاء</translation>
    </message>
    <message>
      <location filename="../ui/capture/window.py" line="90" />
      <source>To be sorted</source>
      <translation>للفرز</translation>
    </message>
    <message>
      <location filename="../ui/capture/window.py" line="109" />
      <source>Working…</source>
      <translation>جارٍ المعالجة…</translation>
    </message>
  </context>
  <context>
    <name>CorrectionDialog</name>
    <message>
      <location filename="../ui/amend/correction_dialog.py" line="152" />
      <source>Correct mail %1</source>
      <translation>تصحيح المراسلة %1</translation>
    </message>
    <message>
      <location filename="../ui/amend/correction_dialog.py" line="154" />
      <source>Reason for the co&amp;rrection</source>
      <translation>سبب ال&amp;تصحيح</translation>
    </message>
    <message>
      <location filename="../ui/amend/correction_dialog.py" line="158" />
      <source>known</source>
      <translation>معروف</translation>
    </message>
    <message>
      <location filename="../ui/amend/correction_dialog.py" line="159" />
      <source>Required: kept in the mail's history</source>
      <translation>إلزامي: يحفظ في سجل تتبع المراسلة</translation>
    </message>
  </context>
  <context>
    <name>CorrespondentField</name>
    <message>
      <location filename="../ui/registration/correspondent_field.py" line="101" />
      <source>New in the directory:</source>
      <translation>جديد في الدليل:</translation>
    </message>
    <message>
      <location filename="../ui/registration/correspondent_field.py" line="102" />
      <source>CIN, ICE… (optional)</source>
      <translation>ب.ت.و، ⁦ICE⁩… (اختياري)</translation>
    </message>
    <message>
      <location filename="../ui/registration/correspondent_field.py" line="201" />
      <source>Already in the directory: %1</source>
      <translation>موجود مسبقا في الدليل: %1</translation>
    </message>
  </context>
  <context>
    <name>Crash</name>
    <message>
      <location filename="../ui/crash.py" line="35" />
      <source>Unexpected error</source>
      <translation>خطأ غير متوقع</translation>
    </message>
    <message>
      <location filename="../ui/crash.py" line="36" />
      <source>Something went wrong. What you registered is safe; the details are in %1.</source>
      <translation>حدث خلل. ما سجلتموه محفوظ؛ التفاصيل في %1.</translation>
    </message>
  </context>
  <context>
    <name>DashboardWindow</name>
    <message>
      <location filename="../ui/stats/window.py" line="244" />
      <source>Activity dashboard</source>
      <translation>لوحة قيادة النشاط</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="245" />
      <source>From</source>
      <translation>من</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="246" />
      <source>to</source>
      <translation>إلى</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="247" />
      <location filename="../ui/stats/window.py" line="434" />
      <location filename="../ui/stats/window.py" line="469" />
      <location filename="../ui/stats/window.py" line="482" />
      <source>Service</source>
      <translation>المصلحة</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="248" />
      <source>This month</source>
      <translation>الشهر الجاري</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="249" />
      <source>Last month</source>
      <translation>الشهر الماضي</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="250" />
      <source>This year</source>
      <translation>السنة الجارية</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="251" />
      <source>All services</source>
      <translation>كل المصالح</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="252" />
      <source>Refresh</source>
      <translation>تحديث</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="253" />
      <source>Report (PDF)…</source>
      <translation>التقرير (PDF)…</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="254" />
      <source>Report (Excel)…</source>
      <translation>التقرير (Excel)…</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="255" />
      <source>Holidays…</source>
      <translation>العطل الرسمية…</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="256" />
      <source>Overdue mail by agent</source>
      <translation>المراسلات المتأخرة حسب الموظف</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="260" />
      <source>By day</source>
      <translation>حسب اليوم</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="260" />
      <source>By week</source>
      <translation>حسب الأسبوع</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="261" />
      <source>By month</source>
      <translation>حسب الشهر</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="265" />
      <source>By direction</source>
      <translation>حسب الاتجاه</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="265" />
      <source>By channel</source>
      <translation>حسب قناة الإيداع</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="266" />
      <source>By service</source>
      <translation>حسب المصلحة</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="281" />
      <source>Volumes</source>
      <translation>الحجم</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="282" />
      <source>Delays</source>
      <translation>الآجال</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="283" />
      <source>Stock and overdue mail</source>
      <translation>المخزون والمراسلات المتأخرة</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="284" />
      <source>Coverage and portal</source>
      <translation>نسبة الرد والبوابة</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="292" />
      <source>Registration → assignment</source>
      <translation>التسجيل ← الإحالة</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="293" />
      <source>Assignment → first action</source>
      <translation>الإحالة ← أول إجراء</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="294" />
      <source>First action → answer</source>
      <translation>أول إجراء ← الرد</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="295" />
      <source>Registration → answer</source>
      <translation>التسجيل ← الرد</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="326" />
      <source>Reading the figures…</source>
      <translation>جارٍ احتساب الأرقام…</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="352" />
      <source>(no service)</source>
      <translation>(بدون مصلحة)</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="362" />
      <source>the whole office</source>
      <translation>مكتب الضبط بأكمله</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/stats/window.py" line="369" />
      <source>%n mail(s) registered</source>
      <translation>
        <numerusform>لا توجد أي مراسلة مسجلة</numerusform>
        <numerusform>مراسلة واحدة مسجلة</numerusform>
        <numerusform>مراسلتان مسجلتان</numerusform>
        <numerusform>%n مراسلات مسجلة</numerusform>
        <numerusform>%n مراسلة مسجلة</numerusform>
        <numerusform>%n مراسلة مسجلة</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="370" />
      <source>as at %1</source>
      <translation>بتاريخ %1</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/stats/window.py" line="372" />
      <source>%n working day(s)</source>
      <translation>
        <numerusform>%n يوم عمل</numerusform>
        <numerusform>يوم عمل واحد</numerusform>
        <numerusform>يوما عمل</numerusform>
        <numerusform>%n أيام عمل</numerusform>
        <numerusform>%n يوم عمل</numerusform>
        <numerusform>%n يوم عمل</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="394" />
      <location filename="../ui/stats/window.py" line="502" />
      <source>Period</source>
      <translation>فترة</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="394" />
      <location filename="../ui/stats/window.py" line="475" />
      <location filename="../ui/stats/window.py" line="507" />
      <source>Total</source>
      <translation>المجموع</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="407" />
      <source>W%1</source>
      <comment>a week's number under its bar</comment>
      <translation>أسبوع %1</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="420" />
      <location filename="../ui/stats/window.py" line="434" />
      <source>Median</source>
      <translation>الوسيط</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="421" />
      <location filename="../ui/stats/window.py" line="435" />
      <source>90th percentile</source>
      <translation>المئين 90</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="434" />
      <source>Type</source>
      <translation>الصنف</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="434" />
      <source>Mails</source>
      <translation>المراسلات</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="439" />
      <source>All</source>
      <translation>الكل</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="461" />
      <location filename="../ui/stats/window.py" line="469" />
      <location filename="../ui/stats/window.py" line="603" />
      <location filename="../ui/stats/window.py" line="618" />
      <source>Open</source>
      <translation>في طور المعالجة</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="462" />
      <location filename="../ui/stats/window.py" line="469" />
      <location filename="../ui/stats/window.py" line="482" />
      <location filename="../ui/stats/window.py" line="601" />
      <location filename="../ui/stats/window.py" line="614" />
      <location filename="../ui/stats/window.py" line="629" />
      <source>Overdue</source>
      <translation>متأخرة</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="482" />
      <source>Agent</source>
      <translation>الموظف</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="486" />
      <source>(no agent named)</source>
      <translation>(لم يُعيَّن أي موظف)</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="494" />
      <location filename="../ui/stats/window.py" line="502" />
      <location filename="../ui/stats/window.py" line="643" />
      <source>Received</source>
      <translation>الواردة</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="495" />
      <location filename="../ui/stats/window.py" line="502" />
      <location filename="../ui/stats/window.py" line="640" />
      <source>Answered</source>
      <translation>تم الرد</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="502" />
      <source>Coverage</source>
      <translation>نسبة الرد</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/stats/window.py" line="518" />
      <source>Portal: %n of the %1 incoming mails (%2).</source>
      <translation>
        <numerusform>البوابة: %n من أصل %1 مراسلة واردة (%2).</numerusform>
        <numerusform>البوابة: مراسلة واحدة من أصل %1 مراسلة واردة (%2).</numerusform>
        <numerusform>البوابة: مراسلتان من أصل %1 مراسلة واردة (%2).</numerusform>
        <numerusform>البوابة: %n مراسلات من أصل %1 مراسلة واردة (%2).</numerusform>
        <numerusform>البوابة: %n مراسلة من أصل %1 مراسلة واردة (%2).</numerusform>
        <numerusform>البوابة: %n مراسلة من أصل %1 مراسلة واردة (%2).</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="522" />
      <source>Acknowledged within %1 h (median), %2 h (90th percentile).</source>
      <translation>الإشعار بالتوصل داخل %1 ساعة (الوسيط) و%2 ساعة (المئين 90).</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/stats/window.py" line="525" />
      <source>%n not acknowledged yet.</source>
      <translation>
        <numerusform>لا توجد أي مراسلة بدون إشعار بالتوصل.</numerusform>
        <numerusform>مراسلة واحدة بدون إشعار بالتوصل بعد.</numerusform>
        <numerusform>مراسلتان بدون إشعار بالتوصل بعد.</numerusform>
        <numerusform>%n مراسلات بدون إشعار بالتوصل بعد.</numerusform>
        <numerusform>%n مراسلة بدون إشعار بالتوصل بعد.</numerusform>
        <numerusform>%n مراسلة بدون إشعار بالتوصل بعد.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="545" />
      <source>Dashboard</source>
      <translation>لوحة القيادة</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="671" />
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="671" />
      <source>Excel (*.xlsx)</source>
      <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="673" />
      <source>Save the report</source>
      <translation>حفظ التقرير</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="689" />
      <source>Writing the report…</source>
      <translation>جارٍ إعداد التقرير…</translation>
    </message>
    <message>
      <location filename="../ui/stats/window.py" line="693" />
      <source>Report saved: %1</source>
      <translation>تم حفظ التقرير: %1</translation>
    </message>
  </context>
  <context>
    <name>DatabasePage</name>
    <message>
      <location filename="../ui/preferences/database_page.py" line="136" />
      <source>Database</source>
      <translation>قاعدة البيانات</translation>
    </message>
    <message>
      <location filename="../ui/preferences/database_page.py" line="139" />
      <source>&amp;This computer only (a database file)</source>
      <translation>&amp;هذا الحاسوب فقط (ملف قاعدة بيانات)</translation>
    </message>
    <message>
      <location filename="../ui/preferences/database_page.py" line="140" />
      <source>&amp;Shared server of the office (PostgreSQL)</source>
      <translation>ال&amp;خادم المشترك للمكتب (PostgreSQL)</translation>
    </message>
    <message>
      <location filename="../ui/preferences/database_page.py" line="141" />
      <source>&amp;Browse…</source>
      <translation>&amp;تصفح…</translation>
    </message>
    <message>
      <location filename="../ui/preferences/database_page.py" line="145" />
      <source>&amp;Server</source>
      <translation>ال&amp;خادم</translation>
    </message>
    <message>
      <location filename="../ui/preferences/database_page.py" line="146" />
      <source>P&amp;ort</source>
      <translation>المن&amp;فذ</translation>
    </message>
    <message>
      <location filename="../ui/preferences/database_page.py" line="147" />
      <source>&amp;Database</source>
      <translation>&amp;قاعدة البيانات</translation>
    </message>
    <message>
      <location filename="../ui/preferences/database_page.py" line="148" />
      <source>&amp;User</source>
      <translation>ال&amp;مستخدم</translation>
    </message>
    <message>
      <location filename="../ui/preferences/database_page.py" line="149" />
      <source>&amp;Password</source>
      <translation>&amp;كلمة المرور</translation>
    </message>
    <message>
      <location filename="../ui/preferences/database_page.py" line="155" />
      <source>kept in the encrypted secrets file</source>
      <translation>تُحفظ في ملف الأسرار المشفر</translation>
    </message>
    <message>
      <location filename="../ui/preferences/database_page.py" line="157" />
      <source>kept in the system keyring</source>
      <translation>تُحفظ في خزنة أسرار النظام</translation>
    </message>
    <message>
      <location filename="../ui/preferences/database_page.py" line="161" />
      <source>Only an administrator may change the database this computer opens. Ask one if it must change.</source>
      <translation>لا يغيّر قاعدة البيانات التي يفتحها هذا الحاسوب إلا مسؤول النظام. اتصل به إن لزم تغييرها.</translation>
    </message>
    <message>
      <location filename="../ui/preferences/database_page.py" line="165" />
      <source>T&amp;est the connection</source>
      <translation>ا&amp;ختبار الاتصال</translation>
    </message>
    <message>
      <location filename="../ui/preferences/database_page.py" line="167" />
      <source>A change of database takes effect the next time the application starts.</source>
      <translation>يسري تغيير قاعدة البيانات عند التشغيل المقبل للتطبيق.</translation>
    </message>
    <message>
      <location filename="../ui/preferences/database_page.py" line="231" />
      <source>Database file</source>
      <translation>ملف قاعدة البيانات</translation>
    </message>
    <message>
      <location filename="../ui/preferences/database_page.py" line="233" />
      <source>Bureau d'ordre database (*.sqlite)</source>
      <translation>قاعدة بيانات مكتب الضبط (*.sqlite)</translation>
    </message>
    <message>
      <location filename="../ui/preferences/database_page.py" line="247" />
      <source>Connecting…</source>
      <translation>جارٍ الاتصال…</translation>
    </message>
    <message>
      <location filename="../ui/preferences/database_page.py" line="260" />
      <source>Connected: register of %1.</source>
      <translation>تم الاتصال: سجل %1.</translation>
    </message>
    <message>
      <location filename="../ui/preferences/database_page.py" line="264" />
      <source>Connected: the database is empty; the set-up wizard will run at start.</source>
      <translation>تم الاتصال: قاعدة البيانات فارغة؛ سيشتغل مساعد الإعداد عند التشغيل.</translation>
    </message>
    <message>
      <location filename="../ui/preferences/database_page.py" line="267" />
      <source>Connected: no office set up yet; the set-up wizard will run.</source>
      <translation>تم الاتصال: لم يتم إعداد أي مكتب بعد؛ سيشتغل مساعد الإعداد.</translation>
    </message>
  </context>
  <context>
    <name>DayChecks</name>
    <message>
      <location filename="../ui/registration/day_checks.py" line="57" />
      <source>“%1” is not a day: type it as dd/mm/yyyy.</source>
      <translation>«%1» ليس تاريخا صحيحا: اكتبه على شكل يوم/شهر/سنة.</translation>
    </message>
    <message>
      <location filename="../ui/registration/day_checks.py" line="60" />
      <source>%1 is too far in the past: check the year.</source>
      <translation>التاريخ %1 قديم جدا: تحقق من السنة.</translation>
    </message>
    <message>
      <location filename="../ui/registration/day_checks.py" line="69" />
      <source>The letter is dated %1, after today: check its date.</source>
      <translation>الرسالة مؤرخة في %1، أي بعد اليوم: تحقق من تاريخها.</translation>
    </message>
    <message>
      <location filename="../ui/registration/day_checks.py" line="71" />
      <source>Received on %1, after today: check the day.</source>
      <translation>تاريخ التوصل %1 لاحق لليوم: تحقق من التاريخ.</translation>
    </message>
    <message>
      <location filename="../ui/registration/day_checks.py" line="73" />
      <source>Sent on %1, after today: check the day.</source>
      <translation>تاريخ الإرسال %1 لاحق لليوم: تحقق من التاريخ.</translation>
    </message>
  </context>
  <context>
    <name>DayEdit</name>
    <message>
      <location filename="../ui/day_edit.py" line="182" />
      <source>dd/mm/yyyy</source>
      <translation>يوم/شهر/سنة</translation>
    </message>
    <message>
      <location filename="../ui/day_edit.py" line="183" />
      <location filename="../ui/day_edit.py" line="184" />
      <source>Calendar (Alt+Down)</source>
      <translation>التقويم (⁦Alt+Down⁩)</translation>
    </message>
  </context>
  <context>
    <name>DaysSpinBox</name>
    <message numerus="yes">
      <location filename="../ui/admin/deadlines_page.py" line="32" />
      <source>%n day(s)</source>
      <translation>
        <numerusform>%n يوم</numerusform>
        <numerusform>يوم واحد</numerusform>
        <numerusform>يومان</numerusform>
        <numerusform>%n أيام</numerusform>
        <numerusform>%n يوما</numerusform>
        <numerusform>%n يوم</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>DeadlinesPage</name>
    <message>
      <location filename="../ui/admin/deadlines_page.py" line="78" />
      <source>&amp;Deadlines</source>
      <translation>&amp;الآجال</translation>
    </message>
    <message>
      <location filename="../ui/admin/deadlines_page.py" line="81" />
      <source>Default time to treat a mail, from the day it is assigned</source>
      <translation>أجل المعالجة الافتراضي، ابتداء من يوم الإحالة</translation>
    </message>
    <message>
      <location filename="../ui/admin/deadlines_page.py" line="83" />
      <source>&amp;Normal mail</source>
      <translation>المراسلات ال&amp;عادية</translation>
    </message>
    <message>
      <location filename="../ui/admin/deadlines_page.py" line="84" />
      <source>&amp;Urgent mail</source>
      <translation>المراسلات الم&amp;ستعجلة</translation>
    </message>
    <message>
      <location filename="../ui/admin/deadlines_page.py" line="85" />
      <source>&amp;Very urgent mail</source>
      <translation>المراسلات المستعجلة ج&amp;دا</translation>
    </message>
    <message>
      <location filename="../ui/admin/deadlines_page.py" line="92" />
      <source>From 1 to %1 days. Whatever these defaults, a citizen's request or complaint is always due at the latest %1 days after it was received (the legal limit), and a due date typed past that day is refused.</source>
      <translation>من يوم واحد إلى %1 يوما. ومهما كانت هذه الآجال، يجب معالجة طلب المواطن أو شكايته داخل أجل أقصاه %1 يوما من تاريخ التوصل بها (الأجل القانوني)، ويرفض كل أجل يتجاوز هذا التاريخ.</translation>
    </message>
    <message>
      <location filename="../ui/admin/deadlines_page.py" line="97" />
      <source>Sa&amp;ve the deadlines</source>
      <translation>&amp;حفظ الآجال</translation>
    </message>
  </context>
  <context>
    <name>DelaysView</name>
    <message>
      <location filename="../ui/imputation/delays_view.py" line="65" />
      <source>Service</source>
      <translation>المصلحة</translation>
    </message>
    <message>
      <location filename="../ui/imputation/delays_view.py" line="65" />
      <source>Open mail</source>
      <translation>المراسلات الجارية</translation>
    </message>
    <message>
      <location filename="../ui/imputation/delays_view.py" line="65" />
      <source>Overdue</source>
      <translation>المتأخرة</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/imputation/delays_view.py" line="120" />
      <source>%n open mail(s) in the services</source>
      <translation>
        <numerusform>لا مراسلات جارية في المصالح</numerusform>
        <numerusform>مراسلة واحدة جارية في المصالح</numerusform>
        <numerusform>مراسلتان جاريتان في المصالح</numerusform>
        <numerusform>%n مراسلات جارية في المصالح</numerusform>
        <numerusform>%n مراسلة جارية في المصالح</numerusform>
        <numerusform>%n مراسلة جارية في المصالح</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/imputation/delays_view.py" line="122" />
      <source>%n overdue</source>
      <translation>
        <numerusform>لا مراسلة متأخرة</numerusform>
        <numerusform>مراسلة واحدة متأخرة</numerusform>
        <numerusform>مراسلتان متأخرتان</numerusform>
        <numerusform>%n مراسلات متأخرة</numerusform>
        <numerusform>%n مراسلة متأخرة</numerusform>
        <numerusform>%n مراسلة متأخرة</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>DeliveryBookDialog</name>
    <message>
      <location filename="../ui/dispatch/book_dialog.py" line="240" />
      <source>Confidential</source>
      <translation>سري</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/dispatch/book_dialog.py" line="261" />
      <source>%n mail(s)</source>
      <translation>
        <numerusform>لا مراسلات</numerusform>
        <numerusform>مراسلة واحدة</numerusform>
        <numerusform>مراسلتان</numerusform>
        <numerusform>%n مراسلات</numerusform>
        <numerusform>%n مراسلة</numerusform>
        <numerusform>%n مراسلة</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/dispatch/book_dialog.py" line="261" />
      <source>%n sheet(s)</source>
      <translation>
        <numerusform>لا توجد أي ورقة</numerusform>
        <numerusform>ورقة واحدة</numerusform>
        <numerusform>ورقتان</numerusform>
        <numerusform>%n أوراق</numerusform>
        <numerusform>%n ورقة</numerusform>
        <numerusform>%n ورقة</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/dispatch/book_dialog.py" line="263" />
      <source>%n not handed over yet</source>
      <translation>
        <numerusform>سُلّمت كلها</numerusform>
        <numerusform>مراسلة واحدة لم تُسلّم بعد</numerusform>
        <numerusform>مراسلتان لم تُسلّما بعد</numerusform>
        <numerusform>%n مراسلات لم تُسلّم بعد</numerusform>
        <numerusform>%n مراسلة لم تُسلّم بعد</numerusform>
        <numerusform>%n مراسلة لم تُسلّم بعد</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../ui/dispatch/book_dialog.py" line="288" />
      <source>Save it as a PDF instead.</source>
      <translation>احفظه بصيغة PDF بدلا من ذلك.</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/book_dialog.py" line="298" />
      <source>The delivery book went to the printer.</source>
      <translation>أرسل سجل التسليم إلى الطابعة.</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/book_dialog.py" line="315" />
      <source>Save as PDF</source>
      <translation>حفظ بصيغة PDF</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/book_dialog.py" line="327" />
      <source>Saved: %1</source>
      <translation>تم الحفظ: %1</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/dispatch/book_dialog.py" line="346" />
      <source>%n mail(s) to %1</source>
      <translation>
        <numerusform>لا مراسلة إلى %1</numerusform>
        <numerusform>مراسلة واحدة إلى %1</numerusform>
        <numerusform>مراسلتان إلى %1</numerusform>
        <numerusform>%n مراسلات إلى %1</numerusform>
        <numerusform>%n مراسلة إلى %1</numerusform>
        <numerusform>%n مراسلة إلى %1</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../ui/dispatch/book_dialog.py" line="352" />
      <source>Record the handing-over</source>
      <translation>تسجيل التسليم</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/book_dialog.py" line="355" />
      <source>Record that these mails were handed over, signed for by the service?</source>
      <translation>هل تسجل تسليم هذه المراسلات بعد توقيع المصلحة على تسلمها؟</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/book_dialog.py" line="360" />
      <source>&amp;Record</source>
      <translation>تسجيل</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/dispatch/book_dialog.py" line="379" />
      <source>Handed over to %1: %n mail(s).</source>
      <translation>
        <numerusform>لم تسلم أي مراسلة إلى %1.</numerusform>
        <numerusform>سلمت مراسلة واحدة إلى %1.</numerusform>
        <numerusform>سلمت مراسلتان إلى %1.</numerusform>
        <numerusform>سلمت %n مراسلات إلى %1.</numerusform>
        <numerusform>سلمت %n مراسلة إلى %1.</numerusform>
        <numerusform>سلمت %n مراسلة إلى %1.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../ui/dispatch/book_dialog.py" line="403" />
      <source>Delivery book</source>
      <translation>سجل التسليم</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/book_dialog.py" line="404" />
      <source>&amp;Service</source>
      <translation>المصلحة</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/book_dialog.py" line="405" />
      <source>&amp;Day</source>
      <translation>اليوم</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/book_dialog.py" line="406" />
      <source>All services (a sheet each)</source>
      <translation>جميع المصالح (ورقة لكل مصلحة)</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/book_dialog.py" line="407" />
      <source>to</source>
      <translation>إلى</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/book_dialog.py" line="408" />
      <source>&amp;Only mail not handed over yet</source>
      <translation>المراسلات التي لم تسلم بعد فقط</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/book_dialog.py" line="411" />
      <source>Service</source>
      <translation>المصلحة</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/book_dialog.py" line="412" />
      <source>Number</source>
      <translation>رقم الترتيب</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/book_dialog.py" line="413" />
      <source>Registered on</source>
      <translation>تاريخ التسجيل</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/book_dialog.py" line="414" />
      <source>Correspondent</source>
      <translation>المراسل</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/book_dialog.py" line="415" />
      <source>Subject</source>
      <translation>الموضوع</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/book_dialog.py" line="416" />
      <source>For</source>
      <translation>الغرض</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/book_dialog.py" line="417" />
      <source>Handed over on</source>
      <translation>تاريخ التسليم</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/book_dialog.py" line="420" />
      <source>Received by (&amp;name):</source>
      <translation>تسلمها (الاسم):</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/book_dialog.py" line="421" />
      <source>&amp;Print</source>
      <translation>طباعة</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/book_dialog.py" line="422" />
      <source>Pre&amp;view…</source>
      <translation>معاينة…</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/book_dialog.py" line="423" />
      <source>Save as P&amp;DF…</source>
      <translation>حفظ بصيغة PDF…</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/book_dialog.py" line="424" />
      <source>Record the &amp;handing-over…</source>
      <translation>تسجيل التسليم…</translation>
    </message>
  </context>
  <context>
    <name>DetailPane</name>
    <message>
      <location filename="../ui/register/detail.py" line="111" />
      <source>Direction</source>
      <translation>النوع</translation>
    </message>
    <message>
      <location filename="../ui/register/detail.py" line="112" />
      <source>Registered on</source>
      <translation>تاريخ التسجيل</translation>
    </message>
    <message>
      <location filename="../ui/register/detail.py" line="113" />
      <source>Correspondent</source>
      <translation>المراسل</translation>
    </message>
    <message>
      <location filename="../ui/register/detail.py" line="114" />
      <source>Subject</source>
      <translation>الموضوع</translation>
    </message>
    <message>
      <location filename="../ui/register/detail.py" line="115" />
      <source>Type</source>
      <translation>الصنف</translation>
    </message>
    <message>
      <location filename="../ui/register/detail.py" line="116" />
      <source>Channel</source>
      <translation>طريقة الإيصال</translation>
    </message>
    <message>
      <location filename="../ui/register/detail.py" line="117" />
      <source>Priority</source>
      <translation>الأولوية</translation>
    </message>
    <message>
      <location filename="../ui/register/detail.py" line="118" />
      <source>Status</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <location filename="../ui/register/detail.py" line="119" />
      <source>Pieces</source>
      <translation>عدد الوثائق</translation>
    </message>
    <message>
      <location filename="../ui/register/detail.py" line="120" />
      <source>Reference</source>
      <translation>المرجع</translation>
    </message>
    <message>
      <location filename="../ui/register/detail.py" line="121" />
      <source>Letter date</source>
      <translation>تاريخ الرسالة</translation>
    </message>
    <message>
      <location filename="../ui/register/detail.py" line="122" />
      <source>Received / sent on</source>
      <translation>تاريخ التوصل / الإرسال</translation>
    </message>
    <message>
      <location filename="../ui/register/detail.py" line="123" />
      <source>Service</source>
      <translation>المصلحة</translation>
    </message>
    <message>
      <location filename="../ui/register/detail.py" line="124" />
      <source>Observations</source>
      <translation>ملاحظات</translation>
    </message>
    <message>
      <location filename="../ui/register/detail.py" line="125" />
      <source>Assigned to</source>
      <translation>محال إلى</translation>
    </message>
    <message>
      <location filename="../ui/register/detail.py" line="126" />
      <source>Copies to</source>
      <translation>نسخ إلى</translation>
    </message>
    <message>
      <location filename="../ui/register/detail.py" line="127" />
      <source>Due date</source>
      <translation>أجل المعالجة</translation>
    </message>
    <message>
      <location filename="../ui/register/detail.py" line="128" />
      <source>Instructions</source>
      <translation>التعليمات</translation>
    </message>
    <message>
      <location filename="../ui/register/detail.py" line="129" />
      <source>Answered by</source>
      <translation>الجواب</translation>
    </message>
    <message>
      <location filename="../ui/register/detail.py" line="134" />
      <source>Attachments</source>
      <translation>المرفقات</translation>
    </message>
    <message>
      <location filename="../ui/register/detail.py" line="135" />
      <source>History</source>
      <translation>سجل التتبع</translation>
    </message>
    <message>
      <location filename="../ui/register/detail.py" line="140" />
      <location filename="../ui/register/detail.py" line="158" />
      <source>No mail selected</source>
      <translation>لم يتم اختيار أي مراسلة</translation>
    </message>
    <message>
      <location filename="../ui/register/detail.py" line="197" />
      <source>Cancelled</source>
      <translation>ملغى</translation>
    </message>
    <message>
      <location filename="../ui/register/detail.py" line="198" />
      <source>Returned by</source>
      <translation>مرجعة من</translation>
    </message>
    <message>
      <location filename="../ui/register/detail.py" line="229" />
      <source>%1 (overdue)</source>
      <translation>%1 (متأخر)</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/register/detail.py" line="307" />
      <source>%n page(s)</source>
      <translation>
        <numerusform>لا صفحات</numerusform>
        <numerusform>صفحة واحدة</numerusform>
        <numerusform>صفحتان</numerusform>
        <numerusform>%n صفحات</numerusform>
        <numerusform>%n صفحة</numerusform>
        <numerusform>%n صفحة</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>DiscardDialog</name>
    <message>
      <location filename="../ui/portal/discard_dialog.py" line="46" />
      <source>Discard deposit %1</source>
      <translation>استبعاد الإيداع %1</translation>
    </message>
    <message>
      <location filename="../ui/portal/discard_dialog.py" line="55" />
      <source>The deposit will not be registered: it leaves the quarantine for good. Say why (a duplicate, a test, the depositor was told to deposit again...).</source>
      <translation>لن يُسجَّل الإيداع، وسيُحذف نهائيا من الإيداعات المعلقة. اذكر السبب (إيداع مكرر، تجربة، طُلب من المودع إعادة الإيداع…).</translation>
    </message>
    <message>
      <location filename="../ui/portal/discard_dialog.py" line="59" />
      <source>&amp;Reason</source>
      <translation>ال&amp;سبب</translation>
    </message>
    <message>
      <location filename="../ui/portal/discard_dialog.py" line="60" />
      <source>&amp;Discard</source>
      <translation>استب&amp;عاد</translation>
    </message>
    <message>
      <location filename="../ui/portal/discard_dialog.py" line="61" />
      <source>Cancel</source>
      <translation>إلغاء</translation>
    </message>
  </context>
  <context>
    <name>DiscardMessageDialog</name>
    <message>
      <location filename="../ui/mailbox/dialogs.py" line="59" />
      <source>Discard an e-mail</source>
      <translation>استبعاد رسالة إلكترونية</translation>
    </message>
    <message>
      <location filename="../ui/mailbox/dialogs.py" line="63" />
      <source>The e-mail will not be registered: it leaves the basket, and is kept with the reason. Say why (advertising, a duplicate of a letter already received...).</source>
      <translation>لن تسجل الرسالة: تخرج من السلة وتبقى محفوظة مع السبب. اذكر السبب (إشهار، نسخة من رسالة سبق توصلها...).</translation>
    </message>
    <message>
      <location filename="../ui/mailbox/dialogs.py" line="67" />
      <source>&amp;Reason</source>
      <translation>ال&amp;سبب</translation>
    </message>
    <message>
      <location filename="../ui/mailbox/dialogs.py" line="68" />
      <source>&amp;Discard</source>
      <translation>ا&amp;ستبعاد</translation>
    </message>
    <message>
      <location filename="../ui/mailbox/dialogs.py" line="69" />
      <source>Cancel</source>
      <translation>إلغاء</translation>
    </message>
  </context>
  <context>
    <name>DispatchDesk</name>
    <message>
      <location filename="../ui/dispatch/desk.py" line="118" />
      <source>&amp;Labels of the selection…</source>
      <translation>ملصقات المراسلات المحددة…</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/desk.py" line="119" />
      <source>Print the routing &amp;slips</source>
      <translation>طباعة بطائق الإحالة</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/desk.py" line="120" />
      <source>Preview the routing slips…</source>
      <translation>معاينة بطائق الإحالة…</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/desk.py" line="121" />
      <source>Save the routing slips as PDF…</source>
      <translation>حفظ بطائق الإحالة بصيغة PDF…</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/desk.py" line="122" />
      <source>Attach the routing slips to the mails</source>
      <translation>إرفاق بطائق الإحالة بالمراسلات</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/desk.py" line="123" />
      <source>&amp;Delivery book…</source>
      <translation>سجل التسليم…</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/desk.py" line="124" />
      <source>AR &amp;returned…</source>
      <translation>رجوع الإشعار بالتسلم…</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/desk.py" line="125" />
      <source>Registered letters awaiting their &amp;AR…</source>
      <translation>الرسائل المضمونة في انتظار إشعارها بالتسلم…</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/desk.py" line="144" />
      <source>Select one or more mails in the register first.</source>
      <translation>حدد أولا مراسلة أو أكثر في السجل.</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/desk.py" line="165" />
      <source>Its AR came back on %1.</source>
      <translation>رجع إشعارها بالتسلم بتاريخ %1.</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/desk.py" line="169" />
      <source>Only for an outgoing letter sent registered with AR.</source>
      <translation>خاص بمراسلة صادرة أرسلت بالبريد المضمون مع إشعار بالتسلم.</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/dispatch/desk.py" line="207" />
      <source>Routing slip attached to %n mail(s).</source>
      <translation>
        <numerusform>لم ترفق بطاقة الإحالة بأي مراسلة.</numerusform>
        <numerusform>أرفقت بطاقة الإحالة بمراسلة واحدة.</numerusform>
        <numerusform>أرفقت بطاقتا الإحالة بمراسلتين.</numerusform>
        <numerusform>أرفقت بطائق الإحالة بـ %n مراسلات.</numerusform>
        <numerusform>أرفقت بطائق الإحالة بـ %n مراسلة.</numerusform>
        <numerusform>أرفقت بطائق الإحالة بـ %n مراسلة.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../ui/dispatch/desk.py" line="222" />
      <source>Routing slips</source>
      <translation>بطائق الإحالة</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/dispatch/desk.py" line="225" />
      <source>Print the routing slip of the %n mail(s) assigned?</source>
      <translation>
        <numerusform>لم تتم إحالة أي مراسلة.</numerusform>
        <numerusform>هل تطبع بطاقة الإحالة الخاصة بالمراسلة المحالة؟</numerusform>
        <numerusform>هل تطبع بطاقتي الإحالة الخاصتين بالمراسلتين المحالتين؟</numerusform>
        <numerusform>هل تطبع بطائق الإحالة الخاصة بالمراسلات %n المحالة؟</numerusform>
        <numerusform>هل تطبع بطائق الإحالة الخاصة بـ %n مراسلة محالة؟</numerusform>
        <numerusform>هل تطبع بطائق الإحالة الخاصة بـ %n مراسلة محالة؟</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../ui/dispatch/desk.py" line="228" />
      <source>&amp;Print</source>
      <translation>طباعة</translation>
    </message>
    <message>
      <location filename="../ui/dispatch/desk.py" line="229" />
      <source>&amp;Not now</source>
      <translation>ليس الآن</translation>
    </message>
  </context>
  <context>
    <name>Display</name>
    <message>
      <location filename="../ui/display.py" line="67" />
      <source>%1 AH</source>
      <translation>%1 هـ</translation>
    </message>
  </context>
  <context>
    <name>DisplayPage</name>
    <message>
      <location filename="../ui/preferences/display_page.py" line="70" />
      <source>Display</source>
      <translation>العرض</translation>
    </message>
    <message>
      <location filename="../ui/preferences/display_page.py" line="73" />
      <source>&amp;Language</source>
      <translation>ال&amp;لغة</translation>
    </message>
    <message>
      <location filename="../ui/preferences/display_page.py" line="74" />
      <source>Digits</source>
      <translation>الأرقام</translation>
    </message>
    <message>
      <location filename="../ui/preferences/display_page.py" line="75" />
      <source>&amp;Hijri date</source>
      <translation>التاريخ ال&amp;هجري</translation>
    </message>
    <message>
      <location filename="../ui/preferences/display_page.py" line="76" />
      <source>Example</source>
      <translation>مثال</translation>
    </message>
    <message>
      <location filename="../ui/preferences/display_page.py" line="77" />
      <source>Show the Hijri date beside the Gregorian date</source>
      <translation>عرض التاريخ الهجري بجانب التاريخ الميلادي</translation>
    </message>
    <message>
      <location filename="../ui/preferences/display_page.py" line="80" />
      <source>Computed with the tabular Islamic calendar: it may differ by a day from the calendar announced after the sighting of the moon. The register itself is kept in Gregorian dates.</source>
      <translation>يحسب وفق التقويم الهجري الحسابي، وقد يختلف بيوم واحد عن التقويم المعلن بعد رؤية الهلال. ويمسك السجل نفسه بالتاريخ الميلادي.</translation>
    </message>
  </context>
  <context>
    <name>DocumentOutput</name>
    <message numerus="yes">
      <location filename="../ui/preview/output.py" line="95" />
      <source>%n page(s) sent to the printer.</source>
      <translation>
        <numerusform>لم ترسل أي صفحة إلى الطابعة.</numerusform>
        <numerusform>أرسلت صفحة واحدة إلى الطابعة.</numerusform>
        <numerusform>أرسلت صفحتان إلى الطابعة.</numerusform>
        <numerusform>أرسلت %n صفحات إلى الطابعة.</numerusform>
        <numerusform>أرسلت %n صفحة إلى الطابعة.</numerusform>
        <numerusform>أرسلت %n صفحة إلى الطابعة.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../ui/preview/output.py" line="113" />
      <source>Copy saved: %1</source>
      <translation>حفظت النسخة: %1</translation>
    </message>
  </context>
  <context>
    <name>EmailForm</name>
    <message>
      <location filename="../ui/mailbox/form.py" line="123" />
      <source>Sender (Latin letters)</source>
      <translation>المرسل (بحروف لاتينية)</translation>
    </message>
    <message>
      <location filename="../ui/mailbox/form.py" line="124" />
      <source>Sender (Arabic)</source>
      <translation>المرسل (بالعربية)</translation>
    </message>
    <message>
      <location filename="../ui/mailbox/form.py" line="125" />
      <source>Sender's e-mail</source>
      <translation>البريد الإلكتروني للمرسل</translation>
    </message>
    <message>
      <location filename="../ui/mailbox/form.py" line="126" />
      <source>Sender is</source>
      <translation>صفة المرسل</translation>
    </message>
    <message>
      <location filename="../ui/mailbox/form.py" line="127" />
      <source>Subject</source>
      <translation>الموضوع</translation>
    </message>
    <message>
      <location filename="../ui/mailbox/form.py" line="128" />
      <source>Service</source>
      <translation>المصلحة</translation>
    </message>
    <message>
      <location filename="../ui/mailbox/form.py" line="129" />
      <source>Type</source>
      <translation>الصنف</translation>
    </message>
    <message>
      <location filename="../ui/mailbox/form.py" line="130" />
      <source>Priority</source>
      <translation>الأولوية</translation>
    </message>
    <message>
      <location filename="../ui/mailbox/form.py" line="134" />
      <source>Send the acknowledgement by e-mail</source>
      <translation>إرسال الإشعار بالتوصل بالبريد الإلكتروني</translation>
    </message>
  </context>
  <context>
    <name>EmailPane</name>
    <message>
      <location filename="../ui/mailbox/message_pane.py" line="113" />
      <source>kept in the .eml only</source>
      <translation>محفوظ في ملف .eml فقط</translation>
    </message>
    <message>
      <location filename="../ui/mailbox/message_pane.py" line="115" />
      <source>attached to the mail</source>
      <translation>يرفق بالمراسلة</translation>
    </message>
    <message>
      <location filename="../ui/mailbox/message_pane.py" line="151" />
      <source>Written in HTML: shown as text, nothing is loaded from the Internet.</source>
      <translation>مكتوبة بلغة HTML: تعرض نصا، ولا يحمل أي شيء من الإنترنت.</translation>
    </message>
    <message>
      <location filename="../ui/mailbox/message_pane.py" line="154" />
      <source>The message is malformed; it is shown as well as it can be.</source>
      <translation>الرسالة غير سليمة البنية؛ تعرض بأفضل ما يمكن.</translation>
    </message>
    <message>
      <location filename="../ui/mailbox/message_pane.py" line="169" />
      <source>From</source>
      <translation>المرسل</translation>
    </message>
    <message>
      <location filename="../ui/mailbox/message_pane.py" line="170" />
      <source>Received</source>
      <translation>تاريخ التوصل</translation>
    </message>
    <message>
      <location filename="../ui/mailbox/message_pane.py" line="171" />
      <source>Attachments</source>
      <translation>المرفقات</translation>
    </message>
  </context>
  <context>
    <name>FieldLimit</name>
    <message numerus="yes">
      <location filename="../ui/limits.py" line="47" />
      <source>At most %n character(s) here.</source>
      <translation>
        <numerusform>لا يقبل هذا الحقل أي حرف.</numerusform>
        <numerusform>لا يقبل هذا الحقل أكثر من حرف واحد.</numerusform>
        <numerusform>لا يقبل هذا الحقل أكثر من حرفين.</numerusform>
        <numerusform>لا يقبل هذا الحقل أكثر من %n أحرف.</numerusform>
        <numerusform>لا يقبل هذا الحقل أكثر من %n حرفا.</numerusform>
        <numerusform>لا يقبل هذا الحقل أكثر من %n حرف.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>FilterBar</name>
    <message>
      <location filename="../ui/register/filters.py" line="124" />
      <location filename="../ui/register/filters.py" line="155" />
      <source>All services</source>
      <translation>كل المصالح</translation>
    </message>
    <message>
      <location filename="../ui/register/filters.py" line="133" />
      <source>Search: number, subject, correspondent, reference…</source>
      <translation>بحث: الرقم، الموضوع، المراسل، المرجع…</translation>
    </message>
    <message>
      <location filename="../ui/register/filters.py" line="135" />
      <source>By relevance</source>
      <translation>حسب درجة التطابق</translation>
    </message>
    <message>
      <location filename="../ui/register/filters.py" line="136" />
      <source>Best matches first instead of the newest first</source>
      <translation>النتائج الأكثر تطابقا أولا بدل الأحدث</translation>
    </message>
    <message>
      <location filename="../ui/register/filters.py" line="137" />
      <source>Today</source>
      <translation>اليوم</translation>
    </message>
    <message>
      <location filename="../ui/register/filters.py" line="138" />
      <source>Period</source>
      <translation>فترة</translation>
    </message>
    <message>
      <location filename="../ui/register/filters.py" line="140" />
      <source>All directions</source>
      <translation>كل الأنواع</translation>
    </message>
    <message>
      <location filename="../ui/register/filters.py" line="142" />
      <source>All statuses</source>
      <translation>كل الحالات</translation>
    </message>
    <message>
      <location filename="../ui/register/filters.py" line="143" />
      <source>All types</source>
      <translation>جميع الأصناف</translation>
    </message>
    <message>
      <location filename="../ui/register/filters.py" line="144" />
      <source>All channels</source>
      <translation>جميع طرق الإيصال</translation>
    </message>
    <message>
      <location filename="../ui/register/filters.py" line="247" />
      <source>Show the whole register again</source>
      <translation>الرجوع إلى السجل كاملا</translation>
    </message>
  </context>
  <context>
    <name>HelpDialog</name>
    <message>
      <location filename="../ui/help/dialog.py" line="84" />
      <source>Register a mail: Ctrl+1 incoming, Ctrl+2 outgoing, Ctrl+3 internal. Type in the order of the paper, Tab from field to field; Enter saves and shows the number, Ctrl+Enter saves and opens the next form with the same channel, type, service and priority.</source>
      <translation>تسجيل مراسلة: ⁦Ctrl+1⁩ للوارد، ⁦Ctrl+2⁩ للصادر، ⁦Ctrl+3⁩ للداخلي. أدخل البيانات بترتيب الوثيقة، وانتقل من حقل إلى آخر بالمفتاح ⁦Tab⁩؛ المفتاح ⁦Enter⁩ يحفظ ويعرض الرقم، و⁦Ctrl+Enter⁩ يحفظ ويفتح الاستمارة الموالية بنفس القناة والنوع والمصلحة والأولوية.</translation>
    </message>
    <message>
      <location filename="../ui/help/dialog.py" line="90" />
      <source>Once the number is issued the mail is fixed: a change is a correction (Ctrl+E), with its reason; the history keeps what was first registered.</source>
      <translation>بعد منح الرقم تصبح المراسلة ثابتة: كل تغيير يتم بتصحيح (⁦Ctrl+E⁩) مع ذكر سببه، ويحتفظ السجل بما سُجّل أول مرة.</translation>
    </message>
    <message>
      <location filename="../ui/help/dialog.py" line="94" />
      <source>A label scanned with the barcode reader opens its mail, wherever the cursor is; what you were typing stays as it was.</source>
      <translation>قراءة الملصقة بقارئ الرموز الشريطية تفتح مراسلته أينما كان المؤشر، ويبقى ما كنت تكتبه على حاله.</translation>
    </message>
    <message>
      <location filename="../ui/help/dialog.py" line="98" />
      <source>Days are typed as they are written, day first: 23112026 or 23/11/2026. Alt+Down opens the calendar; Up and Down move a day.</source>
      <translation>تُكتب التواريخ كما تُكتب عادة، اليوم أولا: ⁦23112026⁩ أو ⁦23/11/2026⁩. المفتاحان ⁦Alt+Down⁩ يفتحان التقويم، والسهمان إلى الأعلى وإلى الأسفل يغيّران التاريخ يوما واحدا.</translation>
    </message>
    <message>
      <location filename="../ui/help/dialog.py" line="102" />
      <source>Search (Ctrl+F) finds numbers, names, subjects and references, whatever the spelling or the script.</source>
      <translation>البحث (⁦Ctrl+F⁩) يجد الأرقام والأسماء والمواضيع والمراجع، كيفما كان الإملاء أو الخط.</translation>
    </message>
    <message>
      <location filename="../ui/help/dialog.py" line="106" />
      <source>Leaving the counter: Ctrl+L locks the session; Log out lets another clerk in; Ctrl+Q quits. A form with something typed is never closed without asking.</source>
      <translation>مغادرة الشباك: ⁦Ctrl+L⁩ يقفل الجلسة، وتسجيل الخروج يترك المكان لموظف آخر، و⁦Ctrl+Q⁩ يغلق التطبيق. لا تُغلق استمارة فيها بيانات مدخلة دون سؤالك.</translation>
    </message>
    <message>
      <location filename="../ui/help/dialog.py" line="114" />
      <source>In a form: save</source>
      <translation>في الاستمارة: الحفظ</translation>
    </message>
    <message>
      <location filename="../ui/help/dialog.py" line="115" />
      <source>In a form: save and start the next one</source>
      <translation>في الاستمارة: الحفظ والانتقال إلى الموالية</translation>
    </message>
    <message>
      <location filename="../ui/help/dialog.py" line="116" />
      <source>In a form: save and print the label</source>
      <translation>في الاستمارة: الحفظ وطبع الملصق</translation>
    </message>
    <message>
      <location filename="../ui/help/dialog.py" line="117" />
      <source>In a form: cancel (asks first if something was typed)</source>
      <translation>في الاستمارة: الإلغاء (مع السؤال أولا إن أُدخلت بيانات)</translation>
    </message>
    <message>
      <location filename="../ui/help/dialog.py" line="118" />
      <source>Next field, in the order of the paper</source>
      <translation>الحقل الموالي، بترتيب الوثيقة</translation>
    </message>
    <message>
      <location filename="../ui/help/dialog.py" line="119" />
      <source>In a day field: the calendar</source>
      <translation>في حقل التاريخ: التقويم</translation>
    </message>
    <message>
      <location filename="../ui/help/dialog.py" line="120" />
      <source>In the attachment list: remove the file</source>
      <translation>في لائحة المرفقات: حذف الملف</translation>
    </message>
    <message>
      <location filename="../ui/help/dialog.py" line="121" />
      <source>This help</source>
      <translation>هذه المساعدة</translation>
    </message>
    <message>
      <location filename="../ui/help/dialog.py" line="143" />
      <source>The counter in a few lines</source>
      <translation>العمل في الشباك في بضعة أسطر</translation>
    </message>
    <message>
      <location filename="../ui/help/dialog.py" line="144" />
      <source>Keyboard shortcuts</source>
      <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
      <location filename="../ui/help/dialog.py" line="145" />
      <source>Command</source>
      <translation>الأمر</translation>
    </message>
    <message>
      <location filename="../ui/help/dialog.py" line="146" />
      <source>Keys</source>
      <translation>المفاتيح</translation>
    </message>
    <message>
      <location filename="../ui/help/dialog.py" line="147" />
      <source>Menu</source>
      <translation>القائمة</translation>
    </message>
    <message>
      <location filename="../ui/help/dialog.py" line="158" />
      <source>Help — Bureau d'ordre</source>
      <translation>مساعدة — مكتب الضبط</translation>
    </message>
  </context>
  <context>
    <name>History</name>
    <message>
      <location filename="../ui/register/history.py" line="17" />
      <source>subject</source>
      <translation>الموضوع</translation>
    </message>
    <message>
      <location filename="../ui/register/history.py" line="18" />
      <source>correspondent</source>
      <translation>المراسل</translation>
    </message>
    <message>
      <location filename="../ui/register/history.py" line="19" />
      <source>reference</source>
      <translation>المرجع</translation>
    </message>
    <message>
      <location filename="../ui/register/history.py" line="20" />
      <source>letter date</source>
      <translation>تاريخ الرسالة</translation>
    </message>
    <message>
      <location filename="../ui/register/history.py" line="21" />
      <source>received / sent on</source>
      <translation>تاريخ التوصل / الإرسال</translation>
    </message>
    <message>
      <location filename="../ui/register/history.py" line="22" />
      <source>type</source>
      <translation>الصنف</translation>
    </message>
    <message>
      <location filename="../ui/register/history.py" line="23" />
      <source>channel</source>
      <translation>طريقة الإيصال</translation>
    </message>
    <message>
      <location filename="../ui/register/history.py" line="24" />
      <source>priority</source>
      <translation>الأولوية</translation>
    </message>
    <message>
      <location filename="../ui/register/history.py" line="25" />
      <source>confidential</source>
      <translation>سري</translation>
    </message>
    <message>
      <location filename="../ui/register/history.py" line="26" />
      <source>pieces</source>
      <translation>عدد الوثائق</translation>
    </message>
    <message>
      <location filename="../ui/register/history.py" line="27" />
      <source>observations</source>
      <translation>ملاحظات</translation>
    </message>
    <message>
      <location filename="../ui/register/history.py" line="28" />
      <source>service</source>
      <translation>المصلحة</translation>
    </message>
    <message>
      <location filename="../ui/register/history.py" line="29" />
      <source>status</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <location filename="../ui/register/history.py" line="30" />
      <source>copies</source>
      <translation>النسخ</translation>
    </message>
    <message>
      <location filename="../ui/register/history.py" line="31" />
      <source>agent</source>
      <translation>الموظف</translation>
    </message>
    <message>
      <location filename="../ui/register/history.py" line="32" />
      <source>instructions</source>
      <translation>التعليمات</translation>
    </message>
    <message>
      <location filename="../ui/register/history.py" line="33" />
      <source>due date</source>
      <translation>أجل المعالجة</translation>
    </message>
    <message>
      <location filename="../ui/register/history.py" line="34" />
      <source>answered by</source>
      <translation>الجواب</translation>
    </message>
    <message>
      <location filename="../ui/register/history.py" line="35" />
      <source>AR number</source>
      <translation>رقم الإشعار بالتسلم</translation>
    </message>
    <message>
      <location filename="../ui/register/history.py" line="36" />
      <source>AR returned on</source>
      <translation>تاريخ رجوع الإشعار</translation>
    </message>
    <message>
      <location filename="../ui/register/history.py" line="37" />
      <source>for</source>
      <translation>الغرض</translation>
    </message>
    <message>
      <location filename="../ui/register/history.py" line="41" />
      <source>Registered</source>
      <translation>مسجل</translation>
    </message>
    <message>
      <location filename="../ui/register/history.py" line="42" />
      <source>Corrected</source>
      <translation>مصحح</translation>
    </message>
    <message>
      <location filename="../ui/register/history.py" line="43" />
      <source>Cancelled</source>
      <translation>ملغى</translation>
    </message>
    <message>
      <location filename="../ui/register/history.py" line="44" />
      <source>Attachment added</source>
      <translation>إضافة مرفق</translation>
    </message>
    <message>
      <location filename="../ui/register/history.py" line="45" />
      <source>Label printed</source>
      <translation>طبع الملصقة</translation>
    </message>
    <message>
      <location filename="../ui/register/history.py" line="46" />
      <source>Receipt printed</source>
      <translation>طبع وصل الإيداع</translation>
    </message>
    <message>
      <location filename="../ui/register/history.py" line="47" />
      <source>Assigned</source>
      <translation>محال</translation>
    </message>
    <message>
      <location filename="../ui/register/history.py" line="48" />
      <source>Handed on</source>
      <translation>أعيدت إحالته</translation>
    </message>
    <message>
      <location filename="../ui/register/history.py" line="49" />
      <source>Sent back to the bureau d'ordre</source>
      <translation>أرجع إلى مكتب الضبط</translation>
    </message>
    <message>
      <location filename="../ui/register/history.py" line="50" />
      <source>Treatment started</source>
      <translation>بدء المعالجة</translation>
    </message>
    <message>
      <location filename="../ui/register/history.py" line="51" />
      <source>Answered</source>
      <translation>تم الرد</translation>
    </message>
    <message>
      <location filename="../ui/register/history.py" line="52" />
      <source>Filed</source>
      <translation>حفظ</translation>
    </message>
    <message>
      <location filename="../ui/register/history.py" line="53" />
      <source>Routing slip printed</source>
      <translation>طبعت بطاقة الإحالة</translation>
    </message>
    <message>
      <location filename="../ui/register/history.py" line="54" />
      <source>Handed over to the service</source>
      <translation>سلمت إلى المصلحة</translation>
    </message>
    <message>
      <location filename="../ui/register/history.py" line="55" />
      <source>Acknowledgement of receipt returned</source>
      <translation>رجع الإشعار بالتسلم</translation>
    </message>
  </context>
  <context>
    <name>HolidaysDialog</name>
    <message>
      <location filename="../ui/stats/holidays.py" line="142" />
      <source>Official holidays</source>
      <translation>العطل الرسمية</translation>
    </message>
    <message>
      <location filename="../ui/stats/holidays.py" line="143" />
      <source>Year</source>
      <translation>السنة</translation>
    </message>
    <message>
      <location filename="../ui/stats/holidays.py" line="144" />
      <source>Add the year's fixed holidays</source>
      <translation>إضافة الأعياد القارة للسنة</translation>
    </message>
    <message>
      <location filename="../ui/stats/holidays.py" line="145" />
      <source>Remove</source>
      <translation>حذف</translation>
    </message>
    <message>
      <location filename="../ui/stats/holidays.py" line="146" />
      <source>Add this day</source>
      <translation>إضافة هذا اليوم</translation>
    </message>
    <message>
      <location filename="../ui/stats/holidays.py" line="150" />
      <source>Known holiday</source>
      <translation>عطلة معروفة</translation>
    </message>
    <message>
      <location filename="../ui/stats/holidays.py" line="151" />
      <location filename="../ui/stats/holidays.py" line="160" />
      <source>Day</source>
      <translation>اليوم</translation>
    </message>
    <message>
      <location filename="../ui/stats/holidays.py" line="152" />
      <location filename="../ui/stats/holidays.py" line="160" />
      <source>Hijri date</source>
      <translation>التاريخ الهجري</translation>
    </message>
    <message>
      <location filename="../ui/stats/holidays.py" line="153" />
      <source>Name (French)</source>
      <translation>الاسم (بالفرنسية)</translation>
    </message>
    <message>
      <location filename="../ui/stats/holidays.py" line="154" />
      <source>Name (Arabic)</source>
      <translation>الاسم (بالعربية)</translation>
    </message>
    <message>
      <location filename="../ui/stats/holidays.py" line="160" />
      <source>Name</source>
      <translation>الاسم</translation>
    </message>
    <message>
      <location filename="../ui/stats/holidays.py" line="160" />
      <source>Kind</source>
      <translation>النوع</translation>
    </message>
    <message>
      <location filename="../ui/stats/holidays.py" line="171" />
      <source>fixed</source>
      <translation>قارة</translation>
    </message>
    <message>
      <location filename="../ui/stats/holidays.py" line="172" />
      <source>religious</source>
      <translation>دينية</translation>
    </message>
    <message>
      <location filename="../ui/stats/holidays.py" line="173" />
      <source>other</source>
      <translation>أخرى</translation>
    </message>
    <message>
      <location filename="../ui/stats/holidays.py" line="207" />
      <source>(another day)</source>
      <translation>(يوم آخر)</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/stats/holidays.py" line="248" />
      <source>%n holiday(s) added.</source>
      <translation>
        <numerusform>لم تتم إضافة أي عطلة.</numerusform>
        <numerusform>تمت إضافة عطلة واحدة.</numerusform>
        <numerusform>تمت إضافة عطلتين.</numerusform>
        <numerusform>تمت إضافة %n عطل.</numerusform>
        <numerusform>تمت إضافة %n عطلة.</numerusform>
        <numerusform>تمت إضافة %n عطلة.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../ui/stats/holidays.py" line="266" />
      <source>Holiday of %1 added.</source>
      <translation>تمت إضافة عطلة يوم %1.</translation>
    </message>
    <message>
      <location filename="../ui/stats/holidays.py" line="284" />
      <source>Holiday of %1 removed.</source>
      <translation>تم حذف عطلة يوم %1.</translation>
    </message>
  </context>
  <context>
    <name>IdleLock</name>
    <message>
      <location filename="../ui/session/idle_lock.py" line="109" />
      <source>Quit</source>
      <translation>خروج</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/session/idle_lock.py" line="111" />
      <source>%n registration form(s) still open will be closed without being saved. Quit anyway?</source>
      <translation>
        <numerusform>لا توجد استمارات تسجيل مفتوحة. هل تريد الخروج؟</numerusform>
        <numerusform>ستغلق استمارة تسجيل مفتوحة دون حفظها. هل تريد الخروج رغم ذلك؟</numerusform>
        <numerusform>ستغلق استمارتا تسجيل مفتوحتان دون حفظهما. هل تريد الخروج رغم ذلك؟</numerusform>
        <numerusform>ستغلق %n استمارات تسجيل مفتوحة دون حفظها. هل تريد الخروج رغم ذلك؟</numerusform>
        <numerusform>ستغلق %n استمارة تسجيل مفتوحة دون حفظها. هل تريد الخروج رغم ذلك؟</numerusform>
        <numerusform>ستغلق %n استمارة تسجيل مفتوحة دون حفظها. هل تريد الخروج رغم ذلك؟</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ImputationActions</name>
    <message>
      <location filename="../ui/imputation/actions.py" line="78" />
      <source>&amp;Assign…</source>
      <translation>إ&amp;حالة…</translation>
    </message>
    <message>
      <location filename="../ui/imputation/actions.py" line="79" />
      <source>&amp;Hand on…</source>
      <translation>إعادة الإ&amp;حالة…</translation>
    </message>
    <message>
      <location filename="../ui/imputation/actions.py" line="80" />
      <source>Send &amp;back to the bureau d'ordre…</source>
      <translation>إرجاع إلى م&amp;كتب الضبط…</translation>
    </message>
    <message>
      <location filename="../ui/imputation/actions.py" line="81" />
      <source>&amp;Start the treatment</source>
      <translation>الشروع في ال&amp;معالجة</translation>
    </message>
    <message>
      <location filename="../ui/imputation/actions.py" line="82" />
      <source>Mark ans&amp;wered…</source>
      <translation>&amp;تسجيل الجواب…</translation>
    </message>
    <message>
      <location filename="../ui/imputation/actions.py" line="83" />
      <source>&amp;File (classer)…</source>
      <translation>ح&amp;فظ…</translation>
    </message>
    <message>
      <location filename="../ui/imputation/actions.py" line="94" />
      <source>The bureau d'ordre assigns mail to the services; a chef hands it on to an agent (Ctrl+Shift+I).</source>
      <translation>مكتب الضبط هو الذي يحيل المراسلات على المصالح، ورئيس المصلحة يوزعها على الموظفين (⁦Ctrl+Shift+I⁩).</translation>
    </message>
    <message>
      <location filename="../ui/imputation/actions.py" line="97" />
      <source>Mail is assigned by the bureau d'ordre or a supervisor.</source>
      <translation>يحيل المراسلات مكتب الضبط أو المشرف.</translation>
    </message>
    <message>
      <location filename="../ui/imputation/actions.py" line="99" />
      <source>The chef of the service or a supervisor does this.</source>
      <translation>يقوم بذلك رئيس المصلحة أو المشرف.</translation>
    </message>
    <message>
      <location filename="../ui/imputation/actions.py" line="100" />
      <source>The chef of the service or the agent it was handed to does this.</source>
      <translation>يقوم بذلك رئيس المصلحة أو الموظف المكلف بها.</translation>
    </message>
    <message>
      <location filename="../ui/imputation/actions.py" line="107" />
      <source>Already assigned to %1: the chef of that service hands it on.</source>
      <translation>سبقت إحالتها على %1، ورئيس تلك المصلحة هو من يعيد إحالتها.</translation>
    </message>
    <message>
      <location filename="../ui/imputation/actions.py" line="110" />
      <source>The treatment has already started.</source>
      <translation>بدأت المعالجة من قبل.</translation>
    </message>
    <message>
      <location filename="../ui/imputation/actions.py" line="111" />
      <source>Not possible while the mail is “%1”.</source>
      <translation>غير ممكن ما دامت المراسلة «%1».</translation>
    </message>
    <message>
      <location filename="../ui/imputation/actions.py" line="124" />
      <source>Select a mail in the register first.</source>
      <translation>اختاروا أولا مراسلة من السجل.</translation>
    </message>
    <message>
      <location filename="../ui/imputation/actions.py" line="126" />
      <source>The mail is cancelled.</source>
      <translation>المراسلة ملغاة.</translation>
    </message>
    <message>
      <location filename="../ui/imputation/actions.py" line="128" />
      <source>Outgoing mail is not assigned: it leaves the office.</source>
      <translation>المراسلات الصادرة لا تحال، فهي تغادر الإدارة.</translation>
    </message>
    <message>
      <location filename="../ui/imputation/actions.py" line="138" />
      <source>The mail was handed to another agent.</source>
      <translation>المراسلة مسندة إلى موظف آخر.</translation>
    </message>
  </context>
  <context>
    <name>InboxModel</name>
    <message>
      <location filename="../ui/imputation/inbox_model.py" line="27" />
      <source>Number</source>
      <translation>رقم الترتيب</translation>
    </message>
    <message>
      <location filename="../ui/imputation/inbox_model.py" line="28" />
      <source>Assigned on</source>
      <translation>تاريخ الإحالة</translation>
    </message>
    <message>
      <location filename="../ui/imputation/inbox_model.py" line="29" />
      <source>Correspondent</source>
      <translation>المراسل</translation>
    </message>
    <message>
      <location filename="../ui/imputation/inbox_model.py" line="30" />
      <source>Subject</source>
      <translation>الموضوع</translation>
    </message>
    <message>
      <location filename="../ui/imputation/inbox_model.py" line="31" />
      <source>Service</source>
      <translation>المصلحة</translation>
    </message>
    <message>
      <location filename="../ui/imputation/inbox_model.py" line="32" />
      <source>Due</source>
      <translation>الأجل</translation>
    </message>
    <message>
      <location filename="../ui/imputation/inbox_model.py" line="33" />
      <source>Status</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <location filename="../ui/imputation/inbox_model.py" line="35" />
      <source>copy</source>
      <translation>نسخة</translation>
    </message>
    <message>
      <location filename="../ui/imputation/inbox_model.py" line="36" />
      <source>overdue</source>
      <translation>متأخر</translation>
    </message>
  </context>
  <context>
    <name>InboxView</name>
    <message>
      <location filename="../ui/imputation/inbox_view.py" line="106" />
      <source>&amp;Overdue only</source>
      <translation>المتأخرة &amp;فقط</translation>
    </message>
    <message>
      <location filename="../ui/imputation/inbox_view.py" line="107" />
      <source>Live updates interrupted, reconnecting…</source>
      <translation>انقطع التحديث الفوري، جارٍ إعادة الاتصال…</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/imputation/inbox_view.py" line="208" />
      <source>%n open</source>
      <translation>
        <numerusform>لا مراسلة قيد المعالجة</numerusform>
        <numerusform>مراسلة واحدة قيد المعالجة</numerusform>
        <numerusform>مراسلتان قيد المعالجة</numerusform>
        <numerusform>%n مراسلات قيد المعالجة</numerusform>
        <numerusform>%n مراسلة قيد المعالجة</numerusform>
        <numerusform>%n مراسلة قيد المعالجة</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/imputation/inbox_view.py" line="208" />
      <source>%n overdue</source>
      <translation>
        <numerusform>لا مراسلة متأخرة</numerusform>
        <numerusform>مراسلة واحدة متأخرة</numerusform>
        <numerusform>مراسلتان متأخرتان</numerusform>
        <numerusform>%n مراسلات متأخرة</numerusform>
        <numerusform>%n مراسلة متأخرة</numerusform>
        <numerusform>%n مراسلة متأخرة</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>InstructionsPage</name>
    <message>
      <location filename="../ui/admin/instructions_page.py" line="84" />
      <source>&amp;Instructions</source>
      <translation>ال&amp;تعليمات</translation>
    </message>
    <message>
      <location filename="../ui/admin/instructions_page.py" line="87" />
      <source>Instructions, in the order they are &amp;offered</source>
      <translation>التعليمات حسب ترتيب عر&amp;ضها</translation>
    </message>
    <message>
      <location filename="../ui/admin/instructions_page.py" line="88" />
      <source>Move &amp;up</source>
      <translation>تحري&amp;ك إلى الأعلى</translation>
    </message>
    <message>
      <location filename="../ui/admin/instructions_page.py" line="90" />
      <source>Move &amp;down</source>
      <translation>تحريك إلى الأ&amp;سفل</translation>
    </message>
    <message>
      <location filename="../ui/admin/instructions_page.py" line="92" />
      <source>&amp;New instruction</source>
      <translation>إ&amp;دراج تعليمات</translation>
    </message>
    <message>
      <location filename="../ui/admin/instructions_page.py" line="93" />
      <source>&amp;Code</source>
      <translation>رمز التع&amp;ليمات</translation>
    </message>
    <message>
      <location filename="../ui/admin/instructions_page.py" line="94" />
      <source>Label in &amp;French</source>
      <translation>التسمية بال&amp;فرنسية</translation>
    </message>
    <message>
      <location filename="../ui/admin/instructions_page.py" line="95" />
      <source>Label in &amp;Arabic</source>
      <translation>التسمية بال&amp;عربية</translation>
    </message>
    <message>
      <location filename="../ui/admin/instructions_page.py" line="96" />
      <source>Offered when assigning (ac&amp;tive)</source>
      <translation>تقترح عند الإ&amp;حالة (مفعلة)</translation>
    </message>
    <message>
      <location filename="../ui/admin/instructions_page.py" line="99" />
      <source>A deactivated instruction is no longer offered; the mail it was given to keeps it. Free text goes in the note of each assignment.</source>
      <translation>التعليمات المعطلة لا تقترح بعد ذلك، وتحتفظ بها المراسلات التي أعطيت لها. ويكتب النص الحر في ملاحظة كل إحالة.</translation>
    </message>
    <message>
      <location filename="../ui/admin/instructions_page.py" line="103" />
      <source>Sa&amp;ve the instruction</source>
      <translation>حف&amp;ظ التعليمات</translation>
    </message>
    <message>
      <location filename="../ui/admin/instructions_page.py" line="114" />
      <source>New instruction</source>
      <translation>تعليمات جديدة</translation>
    </message>
    <message>
      <location filename="../ui/admin/instructions_page.py" line="116" />
      <source>Instruction %1</source>
      <translation>التعليمات %1</translation>
    </message>
  </context>
  <context>
    <name>JoinEmailDialog</name>
    <message>
      <location filename="../ui/mailbox/dialogs.py" line="110" />
      <source>Join an e-mail to a registered mail</source>
      <translation>إلحاق رسالة إلكترونية بمراسلة مسجلة</translation>
    </message>
    <message>
      <location filename="../ui/mailbox/dialogs.py" line="114" />
      <source>The e-mail and its files are attached to the mail already registered (a reminder, a second copy): it gets no number of its own.</source>
      <translation>ترفق الرسالة وملفاتها بالمراسلة المسجلة سابقا (تذكير، نسخة ثانية): لا تمنح رقما خاصا بها.</translation>
    </message>
    <message>
      <location filename="../ui/mailbox/dialogs.py" line="118" />
      <source>Mail &amp;number</source>
      <translation>ر&amp;قم المراسلة</translation>
    </message>
    <message>
      <location filename="../ui/mailbox/dialogs.py" line="119" />
      <source>&amp;Join</source>
      <translation>إ&amp;لحاق</translation>
    </message>
    <message>
      <location filename="../ui/mailbox/dialogs.py" line="120" />
      <source>Cancel</source>
      <translation>إلغاء</translation>
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <location filename="../ui/labels.py" line="27" />
      <source>Incoming</source>
      <translation>وارد</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="28" />
      <source>Outgoing</source>
      <translation>صادر</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="29" />
      <source>Internal</source>
      <translation>داخلي</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="30" />
      <source>Letter</source>
      <translation>رسالة</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="31" />
      <source>Invoice</source>
      <translation>فاتورة</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="32" />
      <source>Summons</source>
      <translation>استدعاء</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="33" />
      <source>Complaint</source>
      <translation>شكاية</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="34" />
      <source>Request</source>
      <translation>طلب</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="35" />
      <source>Note</source>
      <translation>مذكرة</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="36" />
      <source>Report</source>
      <translation>تقرير</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="37" />
      <source>Circular</source>
      <translation>دورية</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="38" />
      <source>Decision</source>
      <translation>قرار</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="39" />
      <source>Other</source>
      <translation>أخرى</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="40" />
      <source>Counter</source>
      <translation>الشباك</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="41" />
      <source>Post</source>
      <translation>البريد</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="42" />
      <source>Courier</source>
      <translation>المناولة</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="43" />
      <source>Email</source>
      <translation>البريد الإلكتروني</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="44" />
      <source>Fax</source>
      <translation>الفاكس</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="45" />
      <source>Portal</source>
      <translation>البوابة</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="46" />
      <source>Registered with AR</source>
      <translation>مضمون مع إشعار بالتسلم</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="47" />
      <source>Normal</source>
      <translation>عادي</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="48" />
      <source>Urgent</source>
      <translation>مستعجل</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="49" />
      <source>Very urgent</source>
      <translation>مستعجل جدا</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="50" />
      <source>Registered</source>
      <translation>مسجل</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="51" />
      <source>Returned</source>
      <translation>مرجعة</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="52" />
      <source>Assigned</source>
      <translation>محال</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="53" />
      <source>In progress</source>
      <translation>قيد المعالجة</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="54" />
      <source>Answered</source>
      <translation>تم الرد</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="55" />
      <source>Closed</source>
      <translation>محفوظ</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="56" />
      <source>Corrected</source>
      <translation>مصحح</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="57" />
      <source>Cancelled</source>
      <translation>ملغى</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="58" />
      <source>Citizen</source>
      <translation>مواطن</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="59" />
      <source>Company</source>
      <translation>مقاولة</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="60" />
      <source>Association</source>
      <translation>جمعية</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="61" />
      <source>Administration</source>
      <translation>إدارة</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="62" />
      <source>CIN</source>
      <translation>ب.ت.و</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="63" />
      <source>ICE</source>
      <translation>ICE</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="64" />
      <source>RC</source>
      <translation>س.ت</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="65" />
      <source>IF</source>
      <translation>ت.ض</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="66" />
      <source>Passport</source>
      <translation>جواز السفر</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="67" />
      <source>For action</source>
      <translation>للاختصاص</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="68" />
      <source>For information</source>
      <translation>للإخبار</translation>
    </message>
  </context>
  <context>
    <name>LabelsDialog</name>
    <message>
      <location filename="../ui/printing/label_sheet.py" line="237" />
      <source>Print labels</source>
      <translation>طباعة الملصقات</translation>
    </message>
    <message>
      <location filename="../ui/printing/label_sheet.py" line="238" />
      <source>&amp;Labels</source>
      <translation>الملصقات</translation>
    </message>
    <message>
      <location filename="../ui/printing/label_sheet.py" line="239" />
      <source>&amp;Print</source>
      <translation>طباعة</translation>
    </message>
    <message>
      <location filename="../ui/printing/label_sheet.py" line="240" />
      <source>Pre&amp;view…</source>
      <translation>معاينة…</translation>
    </message>
    <message>
      <location filename="../ui/printing/label_sheet.py" line="241" />
      <source>Save as P&amp;DF…</source>
      <translation>حفظ بصيغة PDF…</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/printing/label_sheet.py" line="248" />
      <source>%n label(s): %1</source>
      <translation>
        <numerusform>لا توجد أي ملصقة: %1</numerusform>
        <numerusform>ملصقة واحدة: %1</numerusform>
        <numerusform>ملصقتان: %1</numerusform>
        <numerusform>%n ملصقات: %1</numerusform>
        <numerusform>%n ملصقة: %1</numerusform>
        <numerusform>%n ملصقة: %1</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../ui/printing/label_sheet.py" line="256" />
      <source>A label printer: one label a page.</source>
      <translation>طابعة ملصقات: ملصقة واحدة في كل صفحة.</translation>
    </message>
    <message>
      <location filename="../ui/printing/label_sheet.py" line="258" />
      <source>Printer: %1</source>
      <translation>الطابعة: %1</translation>
    </message>
    <message>
      <location filename="../ui/printing/label_sheet.py" line="263" />
      <source>Starts at sticker %1 (top left is 1, across then down).</source>
      <translation>تبدأ الطباعة من الملصقة %1 (رقم 1 أعلى اليسار، ثم أفقيا فنزولا).</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/printing/label_sheet.py" line="268" />
      <source>The labels go on over %n more sheet(s).</source>
      <translation>
        <numerusform>لا تحتاج الملصقات إلى أي ورقة أخرى.</numerusform>
        <numerusform>تتواصل الملصقات على ورقة أخرى.</numerusform>
        <numerusform>تتواصل الملصقات على ورقتين أخريين.</numerusform>
        <numerusform>تتواصل الملصقات على %n أوراق أخرى.</numerusform>
        <numerusform>تتواصل الملصقات على %n ورقة أخرى.</numerusform>
        <numerusform>تتواصل الملصقات على %n ورقة أخرى.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/printing/label_sheet.py" line="271" />
      <source>%n sticker(s) left on this sheet afterwards.</source>
      <translation>
        <numerusform>لن تبقى أي ملصقة في هذه الورقة.</numerusform>
        <numerusform>ستبقى ملصقة واحدة في هذه الورقة.</numerusform>
        <numerusform>ستبقى ملصقتان في هذه الورقة.</numerusform>
        <numerusform>ستبقى %n ملصقات في هذه الورقة.</numerusform>
        <numerusform>ستبقى %n ملصقة في هذه الورقة.</numerusform>
        <numerusform>ستبقى %n ملصقة في هذه الورقة.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>LockDialog</name>
    <message>
      <location filename="../ui/session/lock_dialog.py" line="80" />
      <location filename="../ui/session/lock_dialog.py" line="81" />
      <source>Session locked</source>
      <translation>الجلسة مقفلة</translation>
    </message>
    <message>
      <location filename="../ui/session/lock_dialog.py" line="83" />
      <source>%1 (%2): enter your password to go on where you left off.</source>
      <translation>%1 (%2): أدخل كلمة المرور لمتابعة العمل من حيث توقفت.</translation>
    </message>
    <message>
      <location filename="../ui/session/lock_dialog.py" line="89" />
      <source>&amp;Unlock</source>
      <translation>&amp;فتح القفل</translation>
    </message>
    <message>
      <location filename="../ui/session/lock_dialog.py" line="90" />
      <source>&amp;Quit the application</source>
      <translation>&amp;الخروج من التطبيق</translation>
    </message>
    <message>
      <location filename="../ui/session/lock_dialog.py" line="120" />
      <source>Enter your password.</source>
      <translation>أدخل كلمة المرور.</translation>
    </message>
    <message>
      <location filename="../ui/session/lock_dialog.py" line="133" />
      <source>This is not the user of this session.</source>
      <translation>هذا ليس مستخدم هذه الجلسة.</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/session/lock_dialog.py" line="149" />
      <source>Too many attempts: try again in %n second(s).</source>
      <translation>
        <numerusform>تعددت المحاولات الخاطئة: أعيدوا المحاولة الآن.</numerusform>
        <numerusform>تعددت المحاولات الخاطئة: أعيدوا المحاولة بعد ثانية واحدة.</numerusform>
        <numerusform>تعددت المحاولات الخاطئة: أعيدوا المحاولة بعد ثانيتين.</numerusform>
        <numerusform>تعددت المحاولات الخاطئة: أعيدوا المحاولة بعد %n ثوان.</numerusform>
        <numerusform>تعددت المحاولات الخاطئة: أعيدوا المحاولة بعد %n ثانية.</numerusform>
        <numerusform>تعددت المحاولات الخاطئة: أعيدوا المحاولة بعد %n ثانية.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../ui/session/lock_dialog.py" line="153" />
      <source>You may try again.</source>
      <translation>يمكنكم إعادة المحاولة.</translation>
    </message>
  </context>
  <context>
    <name>LogList</name>
    <message>
      <location filename="../ui/portal/lists.py" line="59" />
      <source>When</source>
      <translation>التاريخ</translation>
    </message>
    <message>
      <location filename="../ui/portal/lists.py" line="59" />
      <source>What happened</source>
      <translation>ما حدث</translation>
    </message>
  </context>
  <context>
    <name>LoginDialog</name>
    <message>
      <location filename="../ui/login.py" line="81" />
      <source>Log in</source>
      <translation>تسجيل الدخول</translation>
    </message>
    <message>
      <location filename="../ui/login.py" line="82" />
      <source>&amp;User</source>
      <translation>&amp;المستخدم</translation>
    </message>
    <message>
      <location filename="../ui/login.py" line="84" />
      <source>&amp;Password</source>
      <translation>&amp;كلمة المرور</translation>
    </message>
    <message>
      <location filename="../ui/login.py" line="97" />
      <source>Enter your user name and password.</source>
      <translation>أدخل اسم المستخدم وكلمة المرور.</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/login.py" line="128" />
      <source>Too many attempts: try again in %n second(s).</source>
      <translation>
        <numerusform>تعددت المحاولات الخاطئة: أعيدوا المحاولة الآن.</numerusform>
        <numerusform>تعددت المحاولات الخاطئة: أعيدوا المحاولة بعد ثانية واحدة.</numerusform>
        <numerusform>تعددت المحاولات الخاطئة: أعيدوا المحاولة بعد ثانيتين.</numerusform>
        <numerusform>تعددت المحاولات الخاطئة: أعيدوا المحاولة بعد %n ثوان.</numerusform>
        <numerusform>تعددت المحاولات الخاطئة: أعيدوا المحاولة بعد %n ثانية.</numerusform>
        <numerusform>تعددت المحاولات الخاطئة: أعيدوا المحاولة بعد %n ثانية.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../ui/login.py" line="132" />
      <source>You may try again.</source>
      <translation>يمكنكم إعادة المحاولة.</translation>
    </message>
  </context>
  <context>
    <name>MailActions</name>
    <message>
      <location filename="../ui/amend/actions.py" line="82" />
      <source>&amp;Correct…</source>
      <translation>&amp;تصحيح…</translation>
    </message>
    <message>
      <location filename="../ui/amend/actions.py" line="83" />
      <source>C&amp;ancel the mail…</source>
      <translation>إ&amp;لغاء المراسلة…</translation>
    </message>
    <message>
      <location filename="../ui/amend/actions.py" line="84" />
      <source>Copy the &amp;number</source>
      <translation>نسخ الر&amp;قم</translation>
    </message>
    <message>
      <location filename="../ui/amend/actions.py" line="85" />
      <source>&amp;Print the label</source>
      <translation>&amp;طباعة الملصقة</translation>
    </message>
    <message>
      <location filename="../ui/amend/actions.py" line="86" />
      <source>Pre&amp;view the label…</source>
      <translation>م&amp;عاينة الملصقة…</translation>
    </message>
    <message>
      <location filename="../ui/amend/actions.py" line="87" />
      <source>Print the &amp;receipt</source>
      <translation>طباعة و&amp;صل الإيداع</translation>
    </message>
    <message>
      <location filename="../ui/amend/actions.py" line="88" />
      <source>Preview the rece&amp;ipt…</source>
      <translation>معاينة و&amp;صل الإيداع…</translation>
    </message>
    <message>
      <location filename="../ui/amend/actions.py" line="94" />
      <source>Select a mail in the register first.</source>
      <translation>اختاروا أولا مراسلة من السجل.</translation>
    </message>
    <message>
      <location filename="../ui/amend/actions.py" line="95" />
      <source>The mail is cancelled.</source>
      <translation>المراسلة ملغاة.</translation>
    </message>
    <message>
      <location filename="../ui/amend/actions.py" line="103" />
      <source>Corrections are made by the bureau d'ordre or a supervisor.</source>
      <translation>يقوم بالتصحيح مكتب الضبط أو المشرف.</translation>
    </message>
    <message>
      <location filename="../ui/amend/actions.py" line="113" />
      <source>Only a supervisor or an administrator may cancel a mail.</source>
      <translation>لا يمكن إلغاء مراسلة إلا من طرف المشرف أو المسؤول عن النظام.</translation>
    </message>
    <message>
      <location filename="../ui/amend/actions.py" line="118" />
      <source>A cancelled mail's label and receipt are not printed.</source>
      <translation>لا تطبع ملصقة ولا وصل مراسلة ملغاة.</translation>
    </message>
  </context>
  <context>
    <name>MailFields</name>
    <message>
      <location filename="../ui/registration/captions.py" line="18" />
      <source>&amp;Sender</source>
      <translation>ال&amp;مرسل</translation>
    </message>
    <message>
      <location filename="../ui/registration/captions.py" line="18" />
      <source>&amp;Recipient</source>
      <translation>المرسل إ&amp;ليه</translation>
    </message>
    <message>
      <location filename="../ui/registration/captions.py" line="19" />
      <source>Su&amp;bject</source>
      <translation>ال&amp;موضوع</translation>
    </message>
    <message>
      <location filename="../ui/registration/captions.py" line="20" />
      <source>Re&amp;ference</source>
      <translation>ال&amp;مرجع</translation>
    </message>
    <message>
      <location filename="../ui/registration/captions.py" line="21" />
      <source>Letter &amp;date</source>
      <translation>&amp;تاريخ الرسالة</translation>
    </message>
    <message>
      <location filename="../ui/registration/captions.py" line="22" />
      <source>Received o&amp;n</source>
      <translation>تاريخ ال&amp;توصل</translation>
    </message>
    <message>
      <location filename="../ui/registration/captions.py" line="22" />
      <source>Sen&amp;t on</source>
      <translation>تاريخ الإر&amp;سال</translation>
    </message>
    <message>
      <location filename="../ui/registration/captions.py" line="23" />
      <source>T&amp;ype</source>
      <translation>ال&amp;صنف</translation>
    </message>
    <message>
      <location filename="../ui/registration/captions.py" line="24" />
      <source>C&amp;hannel</source>
      <translation>&amp;طريقة الإيصال</translation>
    </message>
    <message>
      <location filename="../ui/registration/captions.py" line="25" />
      <source>Pr&amp;iority</source>
      <translation>الأو&amp;لوية</translation>
    </message>
    <message>
      <location filename="../ui/registration/captions.py" line="26" />
      <source>Confidentia&amp;l</source>
      <translation>&amp;سري</translation>
    </message>
    <message>
      <location filename="../ui/registration/captions.py" line="27" />
      <source>Pie&amp;ces</source>
      <translation>&amp;عدد الوثائق</translation>
    </message>
    <message>
      <location filename="../ui/registration/captions.py" line="28" />
      <source>Ser&amp;vice</source>
      <translation>ال&amp;مصلحة</translation>
    </message>
    <message>
      <location filename="../ui/registration/captions.py" line="29" />
      <source>&amp;Observations</source>
      <translation>&amp;ملاحظات</translation>
    </message>
  </context>
  <context>
    <name>MailPrints</name>
    <message numerus="yes">
      <location filename="../ui/printing/mail_prints.py" line="111" />
      <source>%n label(s) printed: %1</source>
      <translation>
        <numerusform>لم تطبع أي ملصقة: %1</numerusform>
        <numerusform>طبعت ملصقة واحدة: %1</numerusform>
        <numerusform>طبعت ملصقتان: %1</numerusform>
        <numerusform>طبعت %n ملصقات: %1</numerusform>
        <numerusform>طبعت %n ملصقة: %1</numerusform>
        <numerusform>طبعت %n ملصقة: %1</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/printing/mail_prints.py" line="135" />
      <source>%n routing slip(s) printed: %1</source>
      <translation>
        <numerusform>لم تطبع أي بطاقة إحالة: %1</numerusform>
        <numerusform>طبعت بطاقة إحالة واحدة: %1</numerusform>
        <numerusform>طبعت بطاقتا إحالة: %1</numerusform>
        <numerusform>طبعت %n بطائق إحالة: %1</numerusform>
        <numerusform>طبعت %n بطاقة إحالة: %1</numerusform>
        <numerusform>طبعت %n بطاقة إحالة: %1</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../ui/printing/mail_prints.py" line="172" />
      <source>Receipt printed: %1</source>
      <translation>تمت طباعة وصل الإيداع: %1</translation>
    </message>
    <message>
      <location filename="../ui/printing/mail_prints.py" line="224" />
      <source>Printing</source>
      <translation>الطباعة</translation>
    </message>
    <message>
      <location filename="../ui/printing/mail_prints.py" line="226" />
      <source>Save as &amp;PDF…</source>
      <translation>حفظ بصيغة &amp;PDF…</translation>
    </message>
    <message>
      <location filename="../ui/printing/mail_prints.py" line="235" />
      <source>Save as PDF</source>
      <translation>حفظ بصيغة PDF</translation>
    </message>
    <message>
      <location filename="../ui/printing/mail_prints.py" line="243" />
      <source>Saved: %1</source>
      <translation>تم الحفظ: %1</translation>
    </message>
  </context>
  <context>
    <name>MailboxDesk</name>
    <message>
      <location filename="../ui/mailbox/desk.py" line="84" />
      <source>E-mail to &amp;register…</source>
      <translation>رسائل إلكترونية في انتظار الت&amp;سجيل…</translation>
    </message>
    <message>
      <location filename="../ui/mailbox/desk.py" line="85" />
      <source>Read the &amp;mailboxes now</source>
      <translation>&amp;قراءة صناديق البريد الآن</translation>
    </message>
    <message>
      <location filename="../ui/mailbox/desk.py" line="120" />
      <source>E-mail: no mailbox set up</source>
      <translation>البريد الإلكتروني: لم يهيأ أي صندوق</translation>
    </message>
    <message>
      <location filename="../ui/mailbox/desk.py" line="123" />
      <source>E-mail: %1 to register</source>
      <translation>البريد الإلكتروني: %1 في انتظار التسجيل</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/mailbox/desk.py" line="138" />
      <source>%n new e-mail(s) to register</source>
      <translation>
        <numerusform>لا توجد رسالة إلكترونية جديدة</numerusform>
        <numerusform>رسالة إلكترونية جديدة واحدة في انتظار التسجيل</numerusform>
        <numerusform>رسالتان إلكترونيتان جديدتان في انتظار التسجيل</numerusform>
        <numerusform>%n رسائل إلكترونية جديدة في انتظار التسجيل</numerusform>
        <numerusform>%n رسالة إلكترونية جديدة في انتظار التسجيل</numerusform>
        <numerusform>%n رسالة إلكترونية جديدة في انتظار التسجيل</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MailboxPage</name>
    <message>
      <location filename="../ui/admin/mailbox_page.py" line="183" />
      <source>&amp;Mailboxes</source>
      <translation>ص&amp;ناديق البريد</translation>
    </message>
    <message>
      <location filename="../ui/admin/mailbox_page.py" line="189" />
      <source>The mailbox</source>
      <translation>صندوق البريد</translation>
    </message>
    <message>
      <location filename="../ui/admin/mailbox_page.py" line="191" />
      <source>&amp;Name</source>
      <translation>الا&amp;سم</translation>
    </message>
    <message>
      <location filename="../ui/admin/mailbox_page.py" line="192" />
      <source>IMAP &amp;server</source>
      <translation>خادم &amp;IMAP</translation>
    </message>
    <message>
      <location filename="../ui/admin/mailbox_page.py" line="193" />
      <source>P&amp;ort</source>
      <translation>المن&amp;فذ</translation>
    </message>
    <message>
      <location filename="../ui/admin/mailbox_page.py" line="194" />
      <source>Securit&amp;y</source>
      <translation>ال&amp;حماية</translation>
    </message>
    <message>
      <location filename="../ui/admin/mailbox_page.py" line="195" />
      <source>&amp;Login</source>
      <translation>اسم المست&amp;عمل</translation>
    </message>
    <message>
      <location filename="../ui/admin/mailbox_page.py" line="196" />
      <source>Pass&amp;word</source>
      <translation>&amp;كلمة المرور</translation>
    </message>
    <message>
      <location filename="../ui/admin/mailbox_page.py" line="197" />
      <source>&amp;Folder read</source>
      <translation>المجلد ال&amp;ذي يقرأ</translation>
    </message>
    <message>
      <location filename="../ui/admin/mailbox_page.py" line="198" />
      <source>Folder for &amp;handled messages</source>
      <translation>مجلد الرسائل المعا&amp;لجة</translation>
    </message>
    <message>
      <location filename="../ui/admin/mailbox_page.py" line="199" />
      <source>Folder for &amp;refused messages</source>
      <translation>مجلد الرسائل المرفو&amp;ضة</translation>
    </message>
    <message>
      <location filename="../ui/admin/mailbox_page.py" line="200" />
      <source>Certificate aut&amp;horities (CA file)</source>
      <translation>&amp;شهادات جهات التصديق (ملف CA)</translation>
    </message>
    <message>
      <location filename="../ui/admin/mailbox_page.py" line="201" />
      <source>Read e&amp;very</source>
      <translation>ال&amp;قراءة كل</translation>
    </message>
    <message>
      <location filename="../ui/admin/mailbox_page.py" line="202" />
      <source>Sender's address</source>
      <translation>عنوان المرسل</translation>
    </message>
    <message>
      <location filename="../ui/admin/mailbox_page.py" line="203" />
      <source>SMTP server</source>
      <translation>خادم SMTP</translation>
    </message>
    <message>
      <location filename="../ui/admin/mailbox_page.py" line="204" />
      <source>SMTP port</source>
      <translation>منفذ SMTP</translation>
    </message>
    <message>
      <location filename="../ui/admin/mailbox_page.py" line="205" />
      <source>SMTP security</source>
      <translation>حماية SMTP</translation>
    </message>
    <message>
      <location filename="../ui/admin/mailbox_page.py" line="206" />
      <source>SMTP login</source>
      <translation>اسم مستعمل SMTP</translation>
    </message>
    <message>
      <location filename="../ui/admin/mailbox_page.py" line="207" />
      <source>SMTP password</source>
      <translation>كلمة مرور SMTP</translation>
    </message>
    <message>
      <location filename="../ui/admin/mailbox_page.py" line="212" />
      <source>TLS (IMAPS, SMTPS)</source>
      <translation>TLS (IMAPS، SMTPS)</translation>
    </message>
    <message>
      <location filename="../ui/admin/mailbox_page.py" line="213" />
      <source>STARTTLS</source>
      <translation>STARTTLS</translation>
    </message>
    <message>
      <location filename="../ui/admin/mailbox_page.py" line="214" />
      <source>None (this computer only)</source>
      <translation>بدون (هذا الحاسوب فقط)</translation>
    </message>
    <message>
      <location filename="../ui/admin/mailbox_page.py" line="215" />
      <location filename="../ui/admin/mailbox_page.py" line="216" />
      <source>usual</source>
      <translation>المعتاد</translation>
    </message>
    <message>
      <location filename="../ui/admin/mailbox_page.py" line="217" />
      <source> min</source>
      <translation> دقيقة</translation>
    </message>
    <message>
      <location filename="../ui/admin/mailbox_page.py" line="218" />
      <source>Desks read it automatically</source>
      <translation>تقرؤه الأجهزة تلقائيا</translation>
    </message>
    <message>
      <location filename="../ui/admin/mailbox_page.py" line="219" />
      <source>Acknowledge by e-mail, in Arabic and French</source>
      <translation>الإشعار بالتوصل بالبريد الإلكتروني، بالعربية والفرنسية</translation>
    </message>
    <message>
      <location filename="../ui/admin/mailbox_page.py" line="220" />
      <source>Optional: the office's own CA, PEM file</source>
      <translation>اختياري: جهة التصديق الخاصة بالمكتب، ملف PEM</translation>
    </message>
    <message>
      <location filename="../ui/admin/mailbox_page.py" line="221" />
      <source>The mailbox's login</source>
      <translation>اسم مستعمل الصندوق</translation>
    </message>
    <message>
      <location filename="../ui/admin/mailbox_page.py" line="222" />
      <source>&amp;New mailbox</source>
      <translation>إضافة صن&amp;دوق</translation>
    </message>
    <message>
      <location filename="../ui/admin/mailbox_page.py" line="223" />
      <source>&amp;Test the connection</source>
      <translation>اختبار الات&amp;صال</translation>
    </message>
    <message>
      <location filename="../ui/admin/mailbox_page.py" line="224" />
      <source>Save the mail&amp;box</source>
      <translation>حف&amp;ظ الصندوق</translation>
    </message>
    <message>
      <location filename="../ui/admin/mailbox_page.py" line="230" />
      <source>Kept in this computer's keyring — leave empty to keep it</source>
      <translation>محفوظة في خزنة أسرار هذا الحاسوب — اتركها فارغة للإبقاء عليها</translation>
    </message>
    <message>
      <location filename="../ui/admin/mailbox_page.py" line="232" />
      <source>Leave empty: the mailbox's password</source>
      <translation>اتركه فارغا: كلمة مرور الصندوق</translation>
    </message>
    <message>
      <location filename="../ui/admin/mailbox_page.py" line="248" />
      <source>not read</source>
      <translation>لا تقرأ</translation>
    </message>
    <message>
      <location filename="../ui/admin/mailbox_page.py" line="400" />
      <source>Connecting to the mailbox…</source>
      <translation>جارٍ الاتصال بصندوق البريد…</translation>
    </message>
    <message>
      <location filename="../ui/admin/mailbox_page.py" line="429" />
      <source>Connected: %1 in the folder read.</source>
      <translation>تم الاتصال بنجاح: %1 في المجلد المقروء.</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/admin/mailbox_page.py" line="430" />
      <source>%n message(s)</source>
      <translation>
        <numerusform>لا توجد أي رسالة</numerusform>
        <numerusform>رسالة واحدة</numerusform>
        <numerusform>رسالتان</numerusform>
        <numerusform>%n رسائل</numerusform>
        <numerusform>%n رسالة</numerusform>
        <numerusform>%n رسالة</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../ui/admin/mailbox_page.py" line="435" />
      <source>The folder %1 will be created at the first reading.</source>
      <translation>سينشأ المجلد %1 عند أول قراءة.</translation>
    </message>
    <message>
      <location filename="../ui/admin/mailbox_page.py" line="441" />
      <source>SMTP server %1 reached: acknowledgements can leave.</source>
      <translation>تم الاتصال بخادم SMTP %1: يمكن إرسال الإشعارات بالتوصل.</translation>
    </message>
  </context>
  <context>
    <name>MailboxWindow</name>
    <message numerus="yes">
      <location filename="../ui/mailbox/window.py" line="315" />
      <source>E-mail to register (%n)</source>
      <translation>
        <numerusform>في انتظار التسجيل: لا رسالة</numerusform>
        <numerusform>في انتظار التسجيل: رسالة واحدة</numerusform>
        <numerusform>في انتظار التسجيل: رسالتان</numerusform>
        <numerusform>في انتظار التسجيل: %n رسائل</numerusform>
        <numerusform>في انتظار التسجيل: %n رسالة</numerusform>
        <numerusform>في انتظار التسجيل: %n رسالة</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../ui/mailbox/window.py" line="352" />
      <source>given up — send it again</source>
      <translation>توقف الإرسال — أعد الإرسال</translation>
    </message>
    <message>
      <location filename="../ui/mailbox/window.py" line="354" />
      <source>will be tried again</source>
      <translation>ستعاد المحاولة</translation>
    </message>
    <message>
      <location filename="../ui/mailbox/window.py" line="399" />
      <source>Registered as %1.</source>
      <translation>سجلت تحت الرقم %1.</translation>
    </message>
    <message>
      <location filename="../ui/mailbox/window.py" line="402" />
      <source>Kept in the .eml only: %1.</source>
      <translation>محفوظ في ملف .eml فقط: %1.</translation>
    </message>
    <message>
      <location filename="../ui/mailbox/window.py" line="474" />
      <source>Joined to %1.</source>
      <translation>ألحقت بالمراسلة %1.</translation>
    </message>
    <message>
      <location filename="../ui/mailbox/window.py" line="503" />
      <source>Reading the mailboxes…</source>
      <translation>جارٍ قراءة صناديق البريد…</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/mailbox/window.py" line="509" />
      <source>%n new message(s)</source>
      <translation>
        <numerusform>لا رسالة جديدة</numerusform>
        <numerusform>رسالة جديدة واحدة</numerusform>
        <numerusform>رسالتان جديدتان</numerusform>
        <numerusform>%n رسائل جديدة</numerusform>
        <numerusform>%n رسالة جديدة</numerusform>
        <numerusform>%n رسالة جديدة</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/mailbox/window.py" line="512" />
      <source>%n refused (see the log)</source>
      <translation>
        <numerusform>لا رسالة مرفوضة</numerusform>
        <numerusform>رسالة واحدة مرفوضة (انظر السجل)</numerusform>
        <numerusform>رسالتان مرفوضتان (انظر السجل)</numerusform>
        <numerusform>%n رسائل مرفوضة (انظر السجل)</numerusform>
        <numerusform>%n رسالة مرفوضة (انظر السجل)</numerusform>
        <numerusform>%n رسالة مرفوضة (انظر السجل)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../ui/mailbox/window.py" line="535" />
      <source>Read the mailboxes now (F5)</source>
      <translation>قراءة صناديق البريد الآن (⁦F5⁩)</translation>
    </message>
    <message>
      <location filename="../ui/mailbox/window.py" line="536" />
      <source>&amp;Register (Ctrl+Enter)</source>
      <translation>&amp;تسجيل (⁦Ctrl+Enter⁩)</translation>
    </message>
    <message>
      <location filename="../ui/mailbox/window.py" line="537" />
      <source>Join to a mail… (Ctrl+J)</source>
      <translation>إلحاق بمراسلة مسجلة… (⁦Ctrl+J⁩)</translation>
    </message>
    <message>
      <location filename="../ui/mailbox/window.py" line="538" />
      <source>Discard… (Del)</source>
      <translation>استبعاد… (Del)</translation>
    </message>
    <message>
      <location filename="../ui/mailbox/window.py" line="539" />
      <source>Send again</source>
      <translation>إعادة الإرسال</translation>
    </message>
    <message>
      <location filename="../ui/mailbox/window.py" line="540" />
      <source>Acknowledgements not sent</source>
      <translation>إشعارات بالتوصل لم ترسل</translation>
    </message>
    <message>
      <location filename="../ui/mailbox/window.py" line="542" />
      <source>Received</source>
      <translation>تاريخ التوصل</translation>
    </message>
    <message>
      <location filename="../ui/mailbox/window.py" line="543" />
      <source>From</source>
      <translation>المرسل</translation>
    </message>
    <message>
      <location filename="../ui/mailbox/window.py" line="544" />
      <source>Subject</source>
      <translation>الموضوع</translation>
    </message>
    <message>
      <location filename="../ui/mailbox/window.py" line="545" />
      <source>Files</source>
      <translation>الملفات</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../ui/main_window.py" line="532" />
      <source>Secrets file unlocked.</source>
      <translation>تم فتح ملف الأسرار.</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="634" />
      <source>My tas&amp;ks</source>
      <translation>&amp;مهامي</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="636" />
      <source>Service &amp;inbox</source>
      <translation>مراسلات ال&amp;مصلحة</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="637" />
      <source>In treatme&amp;nt</source>
      <translation>قيد ال&amp;معالجة</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/main_window.py" line="647" />
      <source>%n overdue</source>
      <translation>
        <numerusform>لا مراسلة متأخرة</numerusform>
        <numerusform>مراسلة واحدة متأخرة</numerusform>
        <numerusform>مراسلتان متأخرتان</numerusform>
        <numerusform>%n مراسلات متأخرة</numerusform>
        <numerusform>%n مراسلة متأخرة</numerusform>
        <numerusform>%n مراسلة متأخرة</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="652" />
      <source>New &amp;incoming mail…</source>
      <translation>&amp;مراسلة واردة جديدة…</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="653" />
      <source>New &amp;outgoing mail…</source>
      <translation>مراسلة &amp;صادرة جديدة…</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="654" />
      <source>New in&amp;ternal mail…</source>
      <translation>مراسلة &amp;داخلية جديدة…</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="658" />
      <source>Bureau d'ordre — %1</source>
      <translation>مكتب الضبط — %1</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="659" />
      <source>&amp;Register</source>
      <translation>&amp;السجل</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="660" />
      <source>Search</source>
      <translation>بحث</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="661" />
      <source>Refresh</source>
      <translation>تحديث</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="662" />
      <source>&amp;Print the register…</source>
      <translation>&amp;طباعة السجل…</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="663" />
      <source>&amp;Language</source>
      <translation>&amp;اللغة</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="664" />
      <source>&amp;Mail</source>
      <translation>ال&amp;مراسلة</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="667" />
      <source>Tr&amp;eatment</source>
      <translation>ال&amp;معالجة</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="669" />
      <source>Register the &amp;reply…</source>
      <translation>&amp;تسجيل الجواب الصادر…</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="670" />
      <source>Re&amp;gister</source>
      <translation>ال&amp;سجل</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="673" />
      <source>&amp;Delays by service</source>
      <translation>الت&amp;أخر حسب المصالح</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="674" />
      <source>&amp;Tools</source>
      <translation>&amp;أدوات</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="675" />
      <source>&amp;Settings…</source>
      <translation>الإ&amp;عدادات…</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="676" />
      <source>&amp;Lock the session</source>
      <translation>&amp;قفل الجلسة</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="677" />
      <source>&amp;Administration…</source>
      <translation>إ&amp;دارة الهيكلة والمستخدمين…</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="680" />
      <source>&amp;Portal</source>
      <translation>البو&amp;ابة</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="682" />
      <source>&amp;E-mail</source>
      <translation>البريد الإ&amp;لكتروني</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="684" />
      <source>&amp;Unlock the secrets file…</source>
      <translation>&amp;فتح ملف الأسرار…</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="686" />
      <source>&amp;Help</source>
      <translation>م&amp;ساعدة</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="687" />
      <source>&amp;Help and shortcuts</source>
      <translation>ال&amp;مساعدة والاختصارات</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="688" />
      <source>&amp;About Bureau d'ordre</source>
      <translation>&amp;حول تطبيق مكتب الضبط</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="787" />
      <source>Loading…</source>
      <translation>جارٍ التحميل…</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/main_window.py" line="793" />
      <source>%n mail(s)</source>
      <translation>
        <numerusform>لا مراسلات</numerusform>
        <numerusform>مراسلة واحدة</numerusform>
        <numerusform>مراسلتان</numerusform>
        <numerusform>%n مراسلات</numerusform>
        <numerusform>%n مراسلة</numerusform>
        <numerusform>%n مراسلة</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>OutboxList</name>
    <message>
      <location filename="../ui/portal/lists.py" line="170" />
      <source>Operation</source>
      <translation>العملية</translation>
    </message>
    <message>
      <location filename="../ui/portal/lists.py" line="171" />
      <source>Mail</source>
      <translation>المراسلة</translation>
    </message>
    <message>
      <location filename="../ui/portal/lists.py" line="172" />
      <source>Deposit or addressee</source>
      <translation>الإيداع أو المرسل إليه</translation>
    </message>
    <message>
      <location filename="../ui/portal/lists.py" line="173" />
      <source>State</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <location filename="../ui/portal/lists.py" line="174" />
      <source>Since</source>
      <translation>منذ</translation>
    </message>
    <message>
      <location filename="../ui/portal/lists.py" line="175" />
      <source>Error</source>
      <translation>الخطأ</translation>
    </message>
    <message>
      <location filename="../ui/portal/lists.py" line="181" />
      <source>Acknowledgement of receipt</source>
      <translation>إشعار بالتوصل</translation>
    </message>
    <message>
      <location filename="../ui/portal/lists.py" line="183" />
      <source>Status update</source>
      <translation>تحديث الوضعية</translation>
    </message>
    <message>
      <location filename="../ui/portal/lists.py" line="184" />
      <source>Outgoing mail</source>
      <translation>إرسال مراسلة</translation>
    </message>
    <message>
      <location filename="../ui/portal/lists.py" line="187" />
      <source>Refused</source>
      <translation>مرفوض</translation>
    </message>
    <message>
      <location filename="../ui/portal/lists.py" line="187" />
      <source>Pending</source>
      <translation>في الانتظار</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/portal/lists.py" line="192" />
      <source>%n attempt(s)</source>
      <translation>
        <numerusform>لا محاولة</numerusform>
        <numerusform>محاولة واحدة</numerusform>
        <numerusform>محاولتان</numerusform>
        <numerusform>%n محاولات</numerusform>
        <numerusform>%n محاولة</numerusform>
        <numerusform>%n محاولة</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PageViewer</name>
    <message>
      <location filename="../ui/preview/viewer.py" line="310" />
      <source>Save a copy instead.</source>
      <translation>احفظ نسخة بدلا من ذلك.</translation>
    </message>
    <message>
      <location filename="../ui/preview/viewer.py" line="315" />
      <source>Printing…</source>
      <translation>جارٍ الطبع…</translation>
    </message>
    <message>
      <location filename="../ui/preview/viewer.py" line="320" />
      <source>Save a copy</source>
      <translation>حفظ نسخة</translation>
    </message>
    <message>
      <location filename="../ui/preview/viewer.py" line="378" />
      <source>%1 — preview</source>
      <translation>%1 — معاينة</translation>
    </message>
    <message>
      <location filename="../ui/preview/viewer.py" line="379" />
      <source>Previous page</source>
      <translation>الصفحة السابقة</translation>
    </message>
    <message>
      <location filename="../ui/preview/viewer.py" line="380" />
      <source>Next page</source>
      <translation>الصفحة التالية</translation>
    </message>
    <message>
      <location filename="../ui/preview/viewer.py" line="381" />
      <source>Zoom in</source>
      <translation>تكبير</translation>
    </message>
    <message>
      <location filename="../ui/preview/viewer.py" line="382" />
      <source>Zoom out</source>
      <translation>تصغير</translation>
    </message>
    <message>
      <location filename="../ui/preview/viewer.py" line="383" />
      <source>Fit to width</source>
      <translation>ملاءمة العرض</translation>
    </message>
    <message>
      <location filename="../ui/preview/viewer.py" line="384" />
      <source>Previous page (Page Up)</source>
      <translation>الصفحة السابقة (⁦Page Up⁩)</translation>
    </message>
    <message>
      <location filename="../ui/preview/viewer.py" line="385" />
      <source>Next page (Page Down)</source>
      <translation>الصفحة التالية (⁦Page Down⁩)</translation>
    </message>
    <message>
      <location filename="../ui/preview/viewer.py" line="386" />
      <source>Zoom in (Ctrl++)</source>
      <translation>تكبير (⁦Ctrl++⁩)</translation>
    </message>
    <message>
      <location filename="../ui/preview/viewer.py" line="387" />
      <source>Zoom out (Ctrl+-)</source>
      <translation>تصغير (⁦Ctrl+-⁩)</translation>
    </message>
    <message>
      <location filename="../ui/preview/viewer.py" line="388" />
      <source>Fit the page to the window's width (Ctrl+0)</source>
      <translation>ملاءمة الصفحة مع عرض النافذة (⁦Ctrl+0⁩)</translation>
    </message>
    <message>
      <location filename="../ui/preview/viewer.py" line="389" />
      <source>Print…</source>
      <translation>طباعة…</translation>
    </message>
    <message>
      <location filename="../ui/preview/viewer.py" line="390" />
      <source>Print the document (Ctrl+P)</source>
      <translation>طباعة الوثيقة (⁦Ctrl+P⁩)</translation>
    </message>
    <message>
      <location filename="../ui/preview/viewer.py" line="391" />
      <source>Save a copy…</source>
      <translation>حفظ نسخة…</translation>
    </message>
    <message>
      <location filename="../ui/preview/viewer.py" line="392" />
      <source>Save a copy of the file (Ctrl+S)</source>
      <translation>حفظ نسخة من الملف (⁦Ctrl+S⁩)</translation>
    </message>
    <message>
      <location filename="../ui/preview/viewer.py" line="399" />
      <source>Page %1 of %2</source>
      <translation>الصفحة %1 من %2</translation>
    </message>
  </context>
  <context>
    <name>PortalDesk</name>
    <message>
      <location filename="../ui/portal/desk.py" line="112" />
      <source>&amp;Sync now</source>
      <translation>&amp;مزامنة الآن</translation>
    </message>
    <message>
      <location filename="../ui/portal/desk.py" line="113" />
      <source>&amp;Interrupt the sync</source>
      <translation>إيقاف ال&amp;مزامنة</translation>
    </message>
    <message>
      <location filename="../ui/portal/desk.py" line="114" />
      <source>Sync &amp;log and quarantine…</source>
      <translation>سجل المزامنة والإيداعات الم&amp;علقة…</translation>
    </message>
    <message>
      <location filename="../ui/portal/desk.py" line="115" />
      <source>Send through the &amp;portal…</source>
      <translation>إرسال عبر البو&amp;ابة…</translation>
    </message>
    <message>
      <location filename="../ui/portal/desk.py" line="166" />
      <source>Sync interrupted.</source>
      <translation>توقفت المزامنة.</translation>
    </message>
  </context>
  <context>
    <name>PortalPage</name>
    <message>
      <location filename="../ui/admin/portal_page.py" line="178" />
      <source>&amp;Portal</source>
      <translation>البواب&amp;ة</translation>
    </message>
    <message>
      <location filename="../ui/admin/portal_page.py" line="184" />
      <source>Connection to the Bureau d'Ordre Digital portal</source>
      <translation>الاتصال ببوابة مكتب الضبط الرقمي</translation>
    </message>
    <message>
      <location filename="../ui/admin/portal_page.py" line="186" />
      <source>Portal &amp;address (URL)</source>
      <translation>&amp;عنوان البوابة (⁦URL⁩)</translation>
    </message>
    <message>
      <location filename="../ui/admin/portal_page.py" line="187" />
      <source>&amp;Client id</source>
      <translation>معر&amp;ف العميل</translation>
    </message>
    <message>
      <location filename="../ui/admin/portal_page.py" line="188" />
      <source>Client s&amp;ecret</source>
      <translation>الرمز ال&amp;سري</translation>
    </message>
    <message>
      <location filename="../ui/admin/portal_page.py" line="189" />
      <source>Sync &amp;frequency</source>
      <translation>&amp;دورية المزامنة</translation>
    </message>
    <message>
      <location filename="../ui/admin/portal_page.py" line="190" />
      <source>Certificate aut&amp;horities (CA file)</source>
      <translation>&amp;شهادات جهات التصديق (ملف ⁦CA⁩)</translation>
    </message>
    <message>
      <location filename="../ui/admin/portal_page.py" line="195" />
      <source>Desks sync auto&amp;matically</source>
      <translation>مزامنة تل&amp;قائية في كل مراكز العمل</translation>
    </message>
    <message>
      <location filename="../ui/admin/portal_page.py" line="196" />
      <source>Optional: the office's own CA, PEM file</source>
      <translation>اختياري: جهة التصديق الخاصة بالمكتب، ملف ⁦PEM⁩</translation>
    </message>
    <message>
      <location filename="../ui/admin/portal_page.py" line="197" />
      <source>B&amp;rowse…</source>
      <translation>اختيار الم&amp;لف…</translation>
    </message>
    <message>
      <location filename="../ui/admin/portal_page.py" line="198" />
      <source>&amp;Test the connection</source>
      <translation>اختبار الات&amp;صال</translation>
    </message>
    <message>
      <location filename="../ui/admin/portal_page.py" line="199" />
      <source>Save the portal settin&amp;gs</source>
      <translation>&amp;حفظ إعدادات البوابة</translation>
    </message>
    <message>
      <location filename="../ui/admin/portal_page.py" line="209" />
      <source>Kept in this computer's keyring — leave empty to keep it</source>
      <translation>محفوظ في خزنة أسرار هذا الحاسوب — اتركه فارغا للإبقاء عليه</translation>
    </message>
    <message>
      <location filename="../ui/admin/portal_page.py" line="205" />
      <source>The secret the portal gave the office</source>
      <translation>الرمز السري الذي سلمته البوابة للمكتب</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/admin/portal_page.py" line="194" />
      <source>%n minute(s)</source>
      <translation>
        <numerusform>%n دقيقة</numerusform>
        <numerusform>دقيقة واحدة</numerusform>
        <numerusform>دقيقتان</numerusform>
        <numerusform>%n دقائق</numerusform>
        <numerusform>%n دقيقة</numerusform>
        <numerusform>%n دقيقة</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../ui/admin/portal_page.py" line="207" />
      <source>Kept in the encrypted secrets file — leave empty to keep it</source>
      <translation>محفوظ في ملف الأسرار المشفر — اتركه فارغا للاحتفاظ به</translation>
    </message>
    <message>
      <location filename="../ui/admin/portal_page.py" line="213" />
      <source>The portal knows this office as %1.</source>
      <translation>تعرف البوابة مكتب الضبط هذا بالرمز %1.</translation>
    </message>
    <message>
      <location filename="../ui/admin/portal_page.py" line="313" />
      <source>The office's certificate authorities</source>
      <translation>جهات التصديق الخاصة بالمكتب</translation>
    </message>
    <message>
      <location filename="../ui/admin/portal_page.py" line="315" />
      <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
      <translation>الشهادات (*.pem *.crt *.cer);;كل الملفات (*)</translation>
    </message>
    <message>
      <location filename="../ui/admin/portal_page.py" line="328" />
      <source>Asking the portal…</source>
      <translation>جارٍ الاتصال بالبوابة…</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/admin/portal_page.py" line="342" />
      <source>%n office(s) in its directory</source>
      <translation>
        <numerusform>لا مكتب ضبط في دليلها</numerusform>
        <numerusform>مكتب ضبط واحد في دليلها</numerusform>
        <numerusform>مكتبا ضبط في دليلها</numerusform>
        <numerusform>%n مكاتب ضبط في دليلها</numerusform>
        <numerusform>%n مكتب ضبط في دليلها</numerusform>
        <numerusform>%n مكتب ضبط في دليلها</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../ui/admin/portal_page.py" line="344" />
      <source>Connected: the portal knows this office as %1 (%2).</source>
      <translation>نجح الاتصال: تعرف البوابة مكتب الضبط هذا بالرمز %1 (%2).</translation>
    </message>
    <message>
      <location filename="../ui/admin/portal_page.py" line="347" />
      <source>Connected (%1), but the portal did not say which office we are.</source>
      <translation>نجح الاتصال (%1)، لكن البوابة لم تذكر أي مكتب ضبط نحن.</translation>
    </message>
  </context>
  <context>
    <name>PortalWindow</name>
    <message>
      <location filename="../ui/portal/window.py" line="176" />
      <source>Portal — sync log, quarantine, outbox</source>
      <translation>البوابة — سجل المزامنة والإيداعات المعلقة والإرسالات</translation>
    </message>
    <message>
      <location filename="../ui/portal/window.py" line="177" />
      <source>&amp;Retry</source>
      <translation>إعادة ال&amp;محاولة</translation>
    </message>
    <message>
      <location filename="../ui/portal/window.py" line="179" />
      <source>Fetch the deposit from the portal again and register it if it is now right</source>
      <translation>طلب الإيداع من البوابة من جديد وتسجيله إن أصبح سليما</translation>
    </message>
    <message>
      <location filename="../ui/portal/window.py" line="181" />
      <source>Dis&amp;card…</source>
      <translation>استب&amp;عاد…</translation>
    </message>
    <message>
      <location filename="../ui/portal/window.py" line="182" />
      <source>Send the refused ones &amp;again</source>
      <translation>إعادة المرفوضة إلى ال&amp;قائمة</translation>
    </message>
    <message>
      <location filename="../ui/portal/window.py" line="183" />
      <source>&amp;Sync now</source>
      <translation>&amp;مزامنة الآن</translation>
    </message>
    <message>
      <location filename="../ui/portal/window.py" line="184" />
      <source>Close</source>
      <translation>إغلاق</translation>
    </message>
    <message>
      <location filename="../ui/portal/window.py" line="195" />
      <source>Sync &amp;log</source>
      <translation>ال&amp;سجل</translation>
    </message>
    <message>
      <location filename="../ui/portal/window.py" line="197" />
      <source>&amp;Quarantine</source>
      <translation>الإيداعات الم&amp;علقة</translation>
    </message>
    <message>
      <location filename="../ui/portal/window.py" line="198" />
      <source>&amp;Outbox</source>
      <translation>الإر&amp;سالات</translation>
    </message>
    <message>
      <location filename="../ui/portal/window.py" line="278" />
      <source>Fetching deposit %1 from the portal…</source>
      <translation>جارٍ طلب الإيداع %1 من البوابة…</translation>
    </message>
    <message>
      <location filename="../ui/portal/window.py" line="293" />
      <source>Deposit %1 is registered.</source>
      <translation>تم تسجيل الإيداع %1.</translation>
    </message>
    <message>
      <location filename="../ui/portal/window.py" line="296" />
      <source>Deposit %1 was already registered.</source>
      <translation>الإيداع %1 كان مسجلا سلفا.</translation>
    </message>
    <message>
      <location filename="../ui/portal/window.py" line="300" />
      <source>Deposit %1 stays in quarantine: %2</source>
      <translation>يبقى الإيداع %1 معلقا: %2</translation>
    </message>
    <message>
      <location filename="../ui/portal/window.py" line="321" />
      <source>Deposit %1 was discarded.</source>
      <translation>تم استبعاد الإيداع %1.</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/portal/window.py" line="335" />
      <source>%n operation(s) put back in line</source>
      <translation>
        <numerusform>لم تُعد أي عملية إلى قائمة الانتظار</numerusform>
        <numerusform>أُعيدت عملية واحدة إلى قائمة الانتظار</numerusform>
        <numerusform>أُعيدت عمليتان إلى قائمة الانتظار</numerusform>
        <numerusform>أُعيدت %n عمليات إلى قائمة الانتظار</numerusform>
        <numerusform>أُعيدت %n عملية إلى قائمة الانتظار</numerusform>
        <numerusform>أُعيدت %n عملية إلى قائمة الانتظار</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../ui/portal/window.py" line="348" />
      <source>Syncing with the portal…</source>
      <translation>جارٍ المزامنة مع البوابة…</translation>
    </message>
    <message>
      <location filename="../ui/portal/window.py" line="357" />
      <source>Sync interrupted.</source>
      <translation>توقفت المزامنة.</translation>
    </message>
  </context>
  <context>
    <name>PrintingPage</name>
    <message>
      <location filename="../ui/preferences/printing_page.py" line="88" />
      <source>Printing</source>
      <translation>الطباعة</translation>
    </message>
    <message>
      <location filename="../ui/preferences/printing_page.py" line="92" />
      <source>Barcode labels</source>
      <translation>الملصقات ذات الرمز الشريطي</translation>
    </message>
    <message>
      <location filename="../ui/preferences/printing_page.py" line="93" />
      <source>Counter receipts</source>
      <translation>وصولات الإيداع</translation>
    </message>
    <message>
      <location filename="../ui/preferences/printing_page.py" line="94" />
      <source>Registers (A4 landscape)</source>
      <translation>السجلات (⁦A4⁩ أفقي)</translation>
    </message>
    <message>
      <location filename="../ui/preferences/printing_page.py" line="98" />
      <source>&amp;Printer</source>
      <translation>ال&amp;طابعة</translation>
    </message>
    <message>
      <location filename="../ui/preferences/printing_page.py" line="99" />
      <source>&amp;Labels</source>
      <translation>المل&amp;صقات</translation>
    </message>
    <message>
      <location filename="../ui/preferences/printing_page.py" line="100" />
      <source>P&amp;rinter</source>
      <translation>الط&amp;ابعة</translation>
    </message>
    <message>
      <location filename="../ui/preferences/printing_page.py" line="101" />
      <source>Paper &amp;size</source>
      <translation>&amp;حجم الورق</translation>
    </message>
    <message>
      <location filename="../ui/preferences/printing_page.py" line="102" />
      <source>Pri&amp;nter</source>
      <translation>الطاب&amp;عة</translation>
    </message>
    <message>
      <location filename="../ui/preferences/printing_page.py" line="108" />
      <source>The system's default printer</source>
      <translation>الطابعة الافتراضية للنظام</translation>
    </message>
    <message>
      <location filename="../ui/preferences/printing_page.py" line="114" />
      <source>A5 (half a sheet)</source>
      <translation>⁦A5⁩ (نصف ورقة)</translation>
    </message>
    <message>
      <location filename="../ui/preferences/printing_page.py" line="115" />
      <source>A4</source>
      <translation>A4</translation>
    </message>
    <message>
      <location filename="../ui/preferences/printing_page.py" line="116" />
      <source>80 mm receipt roll</source>
      <translation>لفافة وصولات عرضها 80 مم</translation>
    </message>
    <message>
      <location filename="../ui/preferences/printing_page.py" line="121" />
      <source>Print the receipt as soon as an incoming mail is registered at the counter</source>
      <translation>طباعة وصل الإيداع فور تسجيل مراسلة واردة بالشباك</translation>
    </message>
    <message>
      <location filename="../ui/preferences/printing_page.py" line="125" />
      <source>No printer is installed on this PC: labels and receipts can still be saved as PDF. Printers added later appear here.</source>
      <translation>لا توجد أي طابعة مثبتة على هذا الحاسوب: يمكن دائما حفظ الملصقات ووصولات الإيداع بصيغة PDF. وستظهر هنا الطابعات التي تضاف لاحقا.</translation>
    </message>
  </context>
  <context>
    <name>QuarantineList</name>
    <message>
      <location filename="../ui/portal/lists.py" line="94" />
      <source>Deposit</source>
      <translation>الإيداع</translation>
    </message>
    <message>
      <location filename="../ui/portal/lists.py" line="95" />
      <source>Deposited on</source>
      <translation>تاريخ الإيداع</translation>
    </message>
    <message>
      <location filename="../ui/portal/lists.py" line="96" />
      <source>Depositor</source>
      <translation>المودع</translation>
    </message>
    <message>
      <location filename="../ui/portal/lists.py" line="97" />
      <source>Subject</source>
      <translation>الموضوع</translation>
    </message>
    <message>
      <location filename="../ui/portal/lists.py" line="98" />
      <source>Reason</source>
      <translation>السبب</translation>
    </message>
    <message>
      <location filename="../ui/portal/lists.py" line="99" />
      <source>Attempts</source>
      <translation>المحاولات</translation>
    </message>
    <message>
      <location filename="../ui/portal/lists.py" line="100" />
      <source>Detail</source>
      <translation>التفاصيل</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/portal/lists.py" line="106" />
      <source>%n of %1, automatic</source>
      <translation>
        <numerusform>لا محاولة من %1، تلقائيا</numerusform>
        <numerusform>محاولة واحدة من %1، تلقائيا</numerusform>
        <numerusform>محاولتان من %1، تلقائيا</numerusform>
        <numerusform>%n محاولات من %1، تلقائيا</numerusform>
        <numerusform>%n محاولة من %1، تلقائيا</numerusform>
        <numerusform>%n محاولة من %1، تلقائيا</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/portal/lists.py" line="108" />
      <source>%n attempt(s)</source>
      <translation>
        <numerusform>لا محاولة</numerusform>
        <numerusform>محاولة واحدة</numerusform>
        <numerusform>محاولتان</numerusform>
        <numerusform>%n محاولات</numerusform>
        <numerusform>%n محاولة</numerusform>
        <numerusform>%n محاولة</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/portal/lists.py" line="113" />
      <source>The portal did not deliver its file: each sync tries it again by itself, %n times at most in all. You may also try it now.</source>
      <translation>
        <numerusform>لم تسلم البوابة ملفه: تعيد كل مزامنة محاولته تلقائيا، دون أي مرة في المجموع. يمكنك أيضا إعادة المحاولة الآن.</numerusform>
        <numerusform>لم تسلم البوابة ملفه: تعيد كل مزامنة محاولته تلقائيا، مرة واحدة على الأكثر في المجموع. يمكنك أيضا إعادة المحاولة الآن.</numerusform>
        <numerusform>لم تسلم البوابة ملفه: تعيد كل مزامنة محاولته تلقائيا، مرتين على الأكثر في المجموع. يمكنك أيضا إعادة المحاولة الآن.</numerusform>
        <numerusform>لم تسلم البوابة ملفه: تعيد كل مزامنة محاولته تلقائيا، %n مرات على الأكثر في المجموع. يمكنك أيضا إعادة المحاولة الآن.</numerusform>
        <numerusform>لم تسلم البوابة ملفه: تعيد كل مزامنة محاولته تلقائيا، %n مرة على الأكثر في المجموع. يمكنك أيضا إعادة المحاولة الآن.</numerusform>
        <numerusform>لم تسلم البوابة ملفه: تعيد كل مزامنة محاولته تلقائيا، %n مرة على الأكثر في المجموع. يمكنك أيضا إعادة المحاولة الآن.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../ui/portal/lists.py" line="118" />
      <source>Try it again once the cause is gone, or discard it with a reason.</source>
      <translation>أعد المحاولة بعد زوال السبب، أو استبعده مع تعليل ذلك.</translation>
    </message>
  </context>
  <context>
    <name>ReassignDialog</name>
    <message>
      <location filename="../ui/imputation/reassign_dialog.py" line="111" />
      <source>Hand on mail %1</source>
      <translation>إعادة إحالة المراسلة %1</translation>
    </message>
    <message>
      <location filename="../ui/imputation/reassign_dialog.py" line="115" />
      <source>Now with: %1</source>
      <translation>توجد حاليا لدى: %1</translation>
    </message>
    <message>
      <location filename="../ui/imputation/reassign_dialog.py" line="116" />
      <source>&amp;Service</source>
      <translation>ال&amp;مصلحة</translation>
    </message>
    <message>
      <location filename="../ui/imputation/reassign_dialog.py" line="117" />
      <source>&amp;Agent</source>
      <translation>ال&amp;موظف</translation>
    </message>
    <message>
      <location filename="../ui/imputation/reassign_dialog.py" line="118" />
      <source>&amp;Note</source>
      <translation>م&amp;لاحظة</translation>
    </message>
    <message>
      <location filename="../ui/imputation/reassign_dialog.py" line="119" />
      <source>Optional: shown to the services</source>
      <translation>اختياري: تطلع عليه المصالح</translation>
    </message>
    <message>
      <location filename="../ui/imputation/reassign_dialog.py" line="120" />
      <source>Change the &amp;due date</source>
      <translation>تغيير أجل ال&amp;معالجة</translation>
    </message>
    <message>
      <location filename="../ui/imputation/reassign_dialog.py" line="121" />
      <source>&amp;Hand on</source>
      <translation>إعادة الإ&amp;حالة</translation>
    </message>
    <message>
      <location filename="../ui/imputation/reassign_dialog.py" line="122" />
      <source>Cancel</source>
      <translation>إلغاء</translation>
    </message>
    <message>
      <location filename="../ui/imputation/reassign_dialog.py" line="124" />
      <location filename="../ui/imputation/reassign_dialog.py" line="147" />
      <source>— the service, no agent —</source>
      <translation>— المصلحة، دون تعيين موظف —</translation>
    </message>
    <message>
      <location filename="../ui/imputation/reassign_dialog.py" line="159" />
      <source>Choose another service or an agent.</source>
      <translation>يرجى اختيار مصلحة أخرى أو موظف.</translation>
    </message>
  </context>
  <context>
    <name>RegisterDialog</name>
    <message>
      <location filename="../ui/printing/register_dialog.py" line="124" />
      <source>Print the register</source>
      <translation>طباعة السجل</translation>
    </message>
    <message>
      <location filename="../ui/printing/register_dialog.py" line="125" />
      <source>&amp;Register</source>
      <translation>ال&amp;سجل</translation>
    </message>
    <message>
      <location filename="../ui/printing/register_dialog.py" line="126" />
      <source>&amp;Day</source>
      <translation>&amp;اليوم</translation>
    </message>
    <message>
      <location filename="../ui/printing/register_dialog.py" line="127" />
      <source>to</source>
      <translation>إلى</translation>
    </message>
    <message>
      <location filename="../ui/printing/register_dialog.py" line="129" />
      <source>Incoming mail (arrivée)</source>
      <translation>الواردات</translation>
    </message>
    <message>
      <location filename="../ui/printing/register_dialog.py" line="130" />
      <source>Outgoing mail (départ)</source>
      <translation>الصادرات</translation>
    </message>
    <message>
      <location filename="../ui/printing/register_dialog.py" line="131" />
      <source>Internal mail</source>
      <translation>المراسلات الداخلية</translation>
    </message>
    <message>
      <location filename="../ui/printing/register_dialog.py" line="136" />
      <source>Pre&amp;view…</source>
      <translation>م&amp;عاينة…</translation>
    </message>
    <message>
      <location filename="../ui/printing/register_dialog.py" line="137" />
      <source>&amp;Print</source>
      <translation>&amp;طباعة</translation>
    </message>
    <message>
      <location filename="../ui/printing/register_dialog.py" line="138" />
      <source>P&amp;DF…</source>
      <translation>P&amp;DF…</translation>
    </message>
    <message>
      <location filename="../ui/printing/register_dialog.py" line="139" />
      <source>&amp;CSV…</source>
      <translation>&amp;CSV…</translation>
    </message>
    <message>
      <location filename="../ui/printing/register_dialog.py" line="140" />
      <source>E&amp;xcel…</source>
      <translation>E&amp;xcel…</translation>
    </message>
    <message>
      <location filename="../ui/printing/register_dialog.py" line="170" />
      <location filename="../ui/printing/register_dialog.py" line="179" />
      <source>The register was sent to the printer.</source>
      <translation>تم إرسال السجل إلى الطابعة.</translation>
    </message>
    <message>
      <location filename="../ui/printing/register_dialog.py" line="189" />
      <source>Save the register</source>
      <translation>حفظ السجل</translation>
    </message>
    <message>
      <location filename="../ui/printing/register_dialog.py" line="199" />
      <source>Saved: %1</source>
      <translation>تم الحفظ: %1</translation>
    </message>
  </context>
  <context>
    <name>RegisterModel</name>
    <message>
      <location filename="../ui/register/model.py" line="61" />
      <source>Number</source>
      <translation>رقم الترتيب</translation>
    </message>
    <message>
      <location filename="../ui/register/model.py" line="63" />
      <source>Direction</source>
      <translation>النوع</translation>
    </message>
    <message>
      <location filename="../ui/register/model.py" line="62" />
      <source>Date and time</source>
      <translation>التاريخ والساعة</translation>
    </message>
    <message>
      <location filename="../ui/register/model.py" line="64" />
      <source>Correspondent</source>
      <translation>المراسل</translation>
    </message>
    <message>
      <location filename="../ui/register/model.py" line="65" />
      <source>Subject</source>
      <translation>الموضوع</translation>
    </message>
    <message>
      <location filename="../ui/register/model.py" line="66" />
      <source>Service</source>
      <translation>المصلحة</translation>
    </message>
    <message>
      <location filename="../ui/register/model.py" line="67" />
      <source>Status</source>
      <translation>الحالة</translation>
    </message>
  </context>
  <context>
    <name>RegistrationForm</name>
    <message>
      <location filename="../ui/registration/form.py" line="328" />
      <source>New incoming mail</source>
      <translation>مراسلة واردة جديدة</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="329" />
      <source>New outgoing mail</source>
      <translation>مراسلة صادرة جديدة</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="330" />
      <source>New internal mail</source>
      <translation>مراسلة داخلية جديدة</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="334" />
      <source>Attach&amp;ments</source>
      <translation>ال&amp;مرفقات</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="344" />
      <source>S&amp;ave</source>
      <translation>&amp;تسجيل</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="345" />
      <source>Save and ne&amp;w</source>
      <translation>تسجيل ثم مرا&amp;سلة جديدة</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="342" />
      <source>known</source>
      <translation>معروف</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="335" />
      <source>In r&amp;eply to</source>
      <translation>جو&amp;ابا عن</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="336" />
      <source>AR number</source>
      <translation>رقم الإشعار بالتسلم</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="343" />
      <source>Add a file…</source>
      <translation>إضافة ملف…</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="346" />
      <source>Save and &amp;print the label</source>
      <translation>تسجيل و&amp;طباعة الملصقة</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="347" />
      <source>Print the &amp;label</source>
      <translation>طباعة ال&amp;ملصقة</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="348" />
      <source>Print the rece&amp;ipt</source>
      <translation>طباعة و&amp;صل الإيداع</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="349" />
      <source>Cancel</source>
      <translation>إلغاء</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="350" />
      <source>Copy</source>
      <translation>نسخ</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="351" />
      <source>Co&amp;rrect…</source>
      <translation>&amp;تصحيح…</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="354" />
      <source>The mail is registered: its number and details are fixed. A change now is a correction, kept in its history.</source>
      <translation>سُجّلت المراسلة: رقمها وبياناتها ثابتة. كل تغيير بعد الآن يتم عن طريق تصحيح يُحفظ في سجلها.</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="369" />
      <source>Attach files</source>
      <translation>إرفاق ملفات</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="371" />
      <source>PDF and images (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
      <translation>ملفات PDF والصور (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="450" />
      <source>Discard this mail? What you typed will be lost.</source>
      <translation>التخلي عن هذه المراسلة؟ ستضيع البيانات التي أدخلتها.</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="451" />
      <source>&amp;Discard</source>
      <translation>ال&amp;تخلي عنها</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="452" />
      <source>&amp;Keep typing</source>
      <translation>مواصلة الإ&amp;دخال</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="556" />
      <source>&amp;Close</source>
      <translation>إ&amp;غلاق</translation>
    </message>
  </context>
  <context>
    <name>ScanPanel</name>
    <message>
      <location filename="../ui/capture/scan_panel.py" line="184" />
      <source>&amp;Scan</source>
      <translation>&amp;مسح ضوئي</translation>
    </message>
    <message>
      <location filename="../ui/capture/scan_panel.py" line="185" />
      <source>Add &amp;files…</source>
      <translation>إضافة ملفات…</translation>
    </message>
    <message>
      <location filename="../ui/capture/scan_panel.py" line="186" />
      <source>Turn left</source>
      <translation>تدوير إلى اليسار</translation>
    </message>
    <message>
      <location filename="../ui/capture/scan_panel.py" line="187" />
      <source>Turn right</source>
      <translation>تدوير إلى اليمين</translation>
    </message>
    <message>
      <location filename="../ui/capture/scan_panel.py" line="188" />
      <source>Delete</source>
      <translation>حذف</translation>
    </message>
    <message>
      <location filename="../ui/capture/scan_panel.py" line="189" />
      <source>Clear all</source>
      <translation>حذف كل الصفحات</translation>
    </message>
    <message>
      <location filename="../ui/capture/scan_panel.py" line="190" />
      <source>Mail number</source>
      <translation>رقم المراسلة</translation>
    </message>
    <message>
      <location filename="../ui/capture/scan_panel.py" line="191" />
      <source>A-2026/000123</source>
      <translation>A-2026/000123</translation>
    </message>
    <message>
      <location filename="../ui/capture/scan_panel.py" line="192" />
      <source>Save to the mail</source>
      <translation>إرفاق بالمراسلة</translation>
    </message>
    <message>
      <location filename="../ui/capture/scan_panel.py" line="193" />
      <source>Import and &amp;match labels</source>
      <translation>استيراد وفرز حسب الملصقة</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/capture/scan_panel.py" line="213" />
      <source>%n page(s). Drag to reorder; the document is saved in this order.</source>
      <translation>
        <numerusform>لا صفحات.</numerusform>
        <numerusform>صفحة واحدة. اسحب الصفحات لإعادة ترتيبها: تُحفظ الوثيقة بهذا الترتيب.</numerusform>
        <numerusform>صفحتان. اسحب الصفحات لإعادة ترتيبها: تُحفظ الوثيقة بهذا الترتيب.</numerusform>
        <numerusform>%n صفحات. اسحب الصفحات لإعادة ترتيبها: تُحفظ الوثيقة بهذا الترتيب.</numerusform>
        <numerusform>%n صفحة. اسحب الصفحات لإعادة ترتيبها: تُحفظ الوثيقة بهذا الترتيب.</numerusform>
        <numerusform>%n صفحة. اسحب الصفحات لإعادة ترتيبها: تُحفظ الوثيقة بهذا الترتيب.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../ui/capture/scan_panel.py" line="219" />
      <source>Scan, or drop PDF and image files here. A stack of several documents, each led by its label, is sorted by “Import and match labels”.</source>
      <translation>امسح الوثائق ضوئيا، أو اسحب ملفات ⁦PDF⁩ والصور وأفلتها هنا. الحزمة المكونة من عدة وثائق، تتصدر كلا منها ملصقتها، تُفرز بالأمر «استيراد وفرز حسب الملصقة».</translation>
    </message>
    <message>
      <location filename="../ui/capture/scan_panel.py" line="299" />
      <source>Add files</source>
      <translation>إضافة ملفات</translation>
    </message>
    <message>
      <location filename="../ui/capture/scan_panel.py" line="301" />
      <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
      <translation>ملفات ممسوحة (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
      <location filename="../ui/capture/scan_panel.py" line="319" />
      <source>Type or scan the number of the mail first.</source>
      <translation>أدخل رقم المراسلة أو اقرأ ملصقتها بقارئ الرموز الشريطية أولا.</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/capture/scan_panel.py" line="334" />
      <source>Saved to %1 (%n page(s)).</source>
      <translation>
        <numerusform>أُرفق بـ %1 (بدون صفحات).</numerusform>
        <numerusform>أُرفق بـ %1 (صفحة واحدة).</numerusform>
        <numerusform>أُرفق بـ %1 (صفحتان).</numerusform>
        <numerusform>أُرفق بـ %1 (%n صفحات).</numerusform>
        <numerusform>أُرفق بـ %1 (%n صفحة).</numerusform>
        <numerusform>أُرفق بـ %1 (%n صفحة).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/capture/scan_panel.py" line="356" />
      <source>%n document(s) attached to their mail</source>
      <translation>
        <numerusform>لم تُرفق أي وثيقة بمراسلتها</numerusform>
        <numerusform>أُرفقت وثيقة واحدة بمراسلتها</numerusform>
        <numerusform>أُرفقت وثيقتان بمراسلتيهما</numerusform>
        <numerusform>أُرفقت %n وثائق بمراسلاتها</numerusform>
        <numerusform>أُرفقت %n وثيقة بمراسلاتها</numerusform>
        <numerusform>أُرفقت %n وثيقة بمراسلاتها</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/capture/scan_panel.py" line="358" />
      <source>%n to be sorted by hand</source>
      <translation>
        <numerusform>لا شيء للفرز اليدوي</numerusform>
        <numerusform>وثيقة واحدة للفرز اليدوي</numerusform>
        <numerusform>وثيقتان للفرز اليدوي</numerusform>
        <numerusform>%n وثائق للفرز اليدوي</numerusform>
        <numerusform>%n وثيقة للفرز اليدوي</numerusform>
        <numerusform>%n وثيقة للفرز اليدوي</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ScanningPage</name>
    <message>
      <location filename="../ui/capture/scanning_page.py" line="84" />
      <source>Scanning</source>
      <translation>المسح الضوئي</translation>
    </message>
    <message>
      <location filename="../ui/capture/scanning_page.py" line="87" />
      <source>Scanner</source>
      <translation>الماسح الضوئي</translation>
    </message>
    <message>
      <location filename="../ui/capture/scanning_page.py" line="88" />
      <source>Resolution</source>
      <translation>الدقة</translation>
    </message>
    <message>
      <location filename="../ui/capture/scanning_page.py" line="89" />
      <source>Colour mode</source>
      <translation>نمط الألوان</translation>
    </message>
    <message>
      <location filename="../ui/capture/scanning_page.py" line="90" />
      <location filename="../ui/capture/scanning_page.py" line="136" />
      <source>Watched folder</source>
      <translation>المجلد المراقَب</translation>
    </message>
    <message>
      <location filename="../ui/capture/scanning_page.py" line="91" />
      <source>The first scanner found</source>
      <translation>أول ماسح ضوئي يُعثر عليه</translation>
    </message>
    <message>
      <location filename="../ui/capture/scanning_page.py" line="92" />
      <source>Find scanners</source>
      <translation>البحث عن الماسحات</translation>
    </message>
    <message>
      <location filename="../ui/capture/scanning_page.py" line="94" />
      <source>Colour</source>
      <translation>ألوان</translation>
    </message>
    <message>
      <location filename="../ui/capture/scanning_page.py" line="94" />
      <source>Greys</source>
      <translation>تدرجات الرمادي</translation>
    </message>
    <message>
      <location filename="../ui/capture/scanning_page.py" line="94" />
      <source>Black and white</source>
      <translation>أبيض وأسود</translation>
    </message>
    <message>
      <location filename="../ui/capture/scanning_page.py" line="97" />
      <source>Take every sheet from the document feeder</source>
      <translation>أخذ كل الأوراق من وحدة تلقيم الوثائق</translation>
    </message>
    <message>
      <location filename="../ui/capture/scanning_page.py" line="98" />
      <source>Both sides of each sheet (duplex)</source>
      <translation>الوجهان لكل ورقة</translation>
    </message>
    <message>
      <location filename="../ui/capture/scanning_page.py" line="99" />
      <source>None: no folder is watched</source>
      <translation>لا شيء: لا يُراقب أي مجلد</translation>
    </message>
    <message>
      <location filename="../ui/capture/scanning_page.py" line="100" />
      <source>Choose…</source>
      <translation>اختيار…</translation>
    </message>
    <message>
      <location filename="../ui/capture/scanning_page.py" line="101" />
      <source>Read the text of new scans (OCR, Arabic and French)</source>
      <translation>قراءة نص الوثائق الممسوحة الجديدة (التعرف الضوئي، بالعربية والفرنسية)</translation>
    </message>
    <message>
      <location filename="../ui/capture/scanning_page.py" line="102" />
      <source>Also keep a searchable copy of scanned PDFs</source>
      <translation>الاحتفاظ أيضا بنسخة من ملفات PDF الممسوحة بنص قابل للبحث</translation>
    </message>
    <message>
      <location filename="../ui/capture/scanning_page.py" line="143" />
      <source>Looking for scanners…</source>
      <translation>جارٍ البحث عن الماسحات الضوئية…</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/capture/scanning_page.py" line="161" />
      <source>%n scanner(s) found.</source>
      <translation>
        <numerusform>لم يُعثر على أي ماسح ضوئي.</numerusform>
        <numerusform>عُثر على ماسح ضوئي واحد.</numerusform>
        <numerusform>عُثر على ماسحين ضوئيين.</numerusform>
        <numerusform>عُثر على %n ماسحات ضوئية.</numerusform>
        <numerusform>عُثر على %n ماسحا ضوئيا.</numerusform>
        <numerusform>عُثر على %n ماسح ضوئي.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SecretDialog</name>
    <message>
      <location filename="../ui/signature/secret_dialog.py" line="40" />
      <source>Signature</source>
      <translation>التوقيع</translation>
    </message>
    <message>
      <location filename="../ui/signature/secret_dialog.py" line="44" />
      <source>Enter the PIN of %1 to sign.</source>
      <translation>أدخل الرقم السري لـ %1 من أجل التوقيع.</translation>
    </message>
    <message>
      <location filename="../ui/signature/secret_dialog.py" line="46" />
      <source>Enter the password of the certificate %1 to sign.</source>
      <translation>أدخل كلمة مرور الشهادة %1 من أجل التوقيع.</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/signature/secret_dialog.py" line="51" />
      <source>This entry signs %n document(s).</source>
      <translation>
        <numerusform>هذا الإدخال لا يوقع أي وثيقة.</numerusform>
        <numerusform>هذا الإدخال يوقع وثيقة واحدة.</numerusform>
        <numerusform>هذا الإدخال يوقع وثيقتين.</numerusform>
        <numerusform>هذا الإدخال يوقع %n وثائق.</numerusform>
        <numerusform>هذا الإدخال يوقع %n وثيقة.</numerusform>
        <numerusform>هذا الإدخال يوقع %n وثيقة.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../ui/signature/secret_dialog.py" line="61" />
      <source>PIN</source>
      <translation>الرقم السري</translation>
    </message>
    <message>
      <location filename="../ui/signature/secret_dialog.py" line="61" />
      <source>Password</source>
      <translation>كلمة المرور</translation>
    </message>
    <message>
      <location filename="../ui/signature/secret_dialog.py" line="65" />
      <source>Sign</source>
      <translation>توقيع</translation>
    </message>
  </context>
  <context>
    <name>SecretFileField</name>
    <message>
      <location filename="../ui/secret_store.py" line="103" />
      <source>This computer has no system keyring. The portal's secret will be kept in the application's encrypted secrets file, protected by the password below; or ask an administrator to set BO_PORTAL_CLIENT_ID and BO_PORTAL_CLIENT_SECRET for the application, and leave the secret empty here.</source>
      <translation>لا يتوفر هذا الحاسوب على خزنة أسرار النظام. سيُحفظ الرمز السري للبوابة في ملف الأسرار المشفر الخاص بالتطبيق، محميا بكلمة المرور أدناه؛ أو اطلب من أحد المسؤولين تعريف المتغيرين ⁦BO_PORTAL_CLIENT_ID⁩ و⁦BO_PORTAL_CLIENT_SECRET⁩ للتطبيق، واترك الرمز السري فارغا هنا.</translation>
    </message>
    <message>
      <location filename="../ui/secret_store.py" line="110" />
      <source>This computer has no system keyring. The password will be kept in the application's encrypted secrets file, protected by the password below.</source>
      <translation>لا يتوفر هذا الحاسوب على خزنة أسرار النظام. ستُحفظ كلمة المرور في ملف الأسرار المشفر الخاص بالتطبيق، محمية بكلمة المرور أدناه.</translation>
    </message>
    <message>
      <location filename="../ui/secret_store.py" line="115" />
      <source>Secrets file password (new)</source>
      <translation>كلمة مرور ملف الأسرار (جديدة)</translation>
    </message>
    <message>
      <location filename="../ui/secret_store.py" line="117" />
      <source>Secrets file password</source>
      <translation>كلمة مرور ملف الأسرار</translation>
    </message>
    <message>
      <location filename="../ui/secret_store.py" line="119" />
      <source>Confirm it</source>
      <translation>أكّدها</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/secret_store.py" line="121" />
      <source>At least %n character(s)</source>
      <translation>
        <numerusform>%n حرف على الأقل</numerusform>
        <numerusform>حرف واحد على الأقل</numerusform>
        <numerusform>حرفان على الأقل</numerusform>
        <numerusform>%n أحرف على الأقل</numerusform>
        <numerusform>%n حرفا على الأقل</numerusform>
        <numerusform>%n حرف على الأقل</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SendDialog</name>
    <message>
      <location filename="../ui/portal/send_dialog.py" line="138" />
      <source>Send %1 through the portal</source>
      <translation>إرسال %1 عبر البوابة</translation>
    </message>
    <message>
      <location filename="../ui/portal/send_dialog.py" line="145" />
      <source>&amp;To the bureau d'ordre of (type part of its name or code)</source>
      <translation>إ&amp;لى مكتب الضبط لدى (اكتب جزءا من اسمه أو رمزه)</translation>
    </message>
    <message>
      <location filename="../ui/portal/send_dialog.py" line="146" />
      <source>Name in French or Arabic, or code</source>
      <translation>الاسم بالفرنسية أو بالعربية، أو الرمز</translation>
    </message>
    <message>
      <location filename="../ui/portal/send_dialog.py" line="148" />
      <source>Code</source>
      <translation>الرمز</translation>
    </message>
    <message>
      <location filename="../ui/portal/send_dialog.py" line="148" />
      <source>Ministry</source>
      <translation>الوزارة</translation>
    </message>
    <message>
      <location filename="../ui/portal/send_dialog.py" line="148" />
      <source>City</source>
      <translation>المدينة</translation>
    </message>
    <message>
      <location filename="../ui/portal/send_dialog.py" line="148" />
      <source>Office</source>
      <translation>مكتب الضبط</translation>
    </message>
    <message>
      <location filename="../ui/portal/send_dialog.py" line="150" />
      <source>&amp;Send</source>
      <translation>إر&amp;سال</translation>
    </message>
    <message>
      <location filename="../ui/portal/send_dialog.py" line="151" />
      <source>Cancel</source>
      <translation>إلغاء</translation>
    </message>
    <message>
      <location filename="../ui/portal/send_dialog.py" line="167" />
      <source>The portal's directory is not known yet: it comes with the next sync (Portal › Sync now, F9).</source>
      <translation>دليل البوابة غير معروف بعد: يصل مع المزامنة القادمة (البوابة › مزامنة الآن، ⁦F9⁩).</translation>
    </message>
  </context>
  <context>
    <name>SendingsView</name>
    <message>
      <location filename="../ui/portal/sendings_view.py" line="32" />
      <source>Sent through the portal</source>
      <translation>الإرسال عبر البوابة</translation>
    </message>
    <message>
      <location filename="../ui/portal/sendings_view.py" line="42" />
      <source>waiting for the next sync</source>
      <translation>في انتظار المزامنة القادمة</translation>
    </message>
    <message>
      <location filename="../ui/portal/sendings_view.py" line="44" />
      <source>refused by the portal: %1</source>
      <translation>رفضته البوابة: %1</translation>
    </message>
    <message>
      <location filename="../ui/portal/sendings_view.py" line="47" />
      <source>delivered on %1</source>
      <translation>سُلّم في %1</translation>
    </message>
    <message>
      <location filename="../ui/portal/sendings_view.py" line="48" />
      <source>sent</source>
      <translation>أُرسل</translation>
    </message>
  </context>
  <context>
    <name>ServicesPage</name>
    <message>
      <location filename="../ui/admin/services_page.py" line="102" />
      <source>&amp;Services</source>
      <translation>ال&amp;مصالح</translation>
    </message>
    <message>
      <location filename="../ui/admin/services_page.py" line="107" />
      <source>Name</source>
      <translation>الاسم</translation>
    </message>
    <message>
      <location filename="../ui/admin/services_page.py" line="108" />
      <source>In French</source>
      <translation>بالفرنسية</translation>
    </message>
    <message>
      <location filename="../ui/admin/services_page.py" line="108" />
      <source>In Arabic</source>
      <translation>بالعربية</translation>
    </message>
    <message>
      <location filename="../ui/admin/services_page.py" line="109" />
      <source>Code</source>
      <translation>الرمز</translation>
    </message>
    <message>
      <location filename="../ui/admin/services_page.py" line="110" />
      <source>Kind</source>
      <translation>النوع</translation>
    </message>
    <message>
      <location filename="../ui/admin/services_page.py" line="111" />
      <source>Users</source>
      <translation>المستخدمون</translation>
    </message>
    <message>
      <location filename="../ui/admin/services_page.py" line="112" />
      <source>State</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <location filename="../ui/admin/services_page.py" line="115" />
      <source>Directions, divisions and ser&amp;vices</source>
      <translation>ال&amp;هيكل التنظيمي: المديريات والأقسام والمصالح</translation>
    </message>
    <message>
      <location filename="../ui/admin/services_page.py" line="116" />
      <source>&amp;New service</source>
      <translation>إ&amp;ضافة مصلحة</translation>
    </message>
    <message>
      <location filename="../ui/admin/services_page.py" line="118" />
      <source>&amp;Code</source>
      <translation>رمز الم&amp;صلحة</translation>
    </message>
    <message>
      <location filename="../ui/admin/services_page.py" line="119" />
      <source>Name in &amp;Arabic</source>
      <translation>الاسم بال&amp;عربية</translation>
    </message>
    <message>
      <location filename="../ui/admin/services_page.py" line="120" />
      <source>Name in &amp;French</source>
      <translation>الاسم بال&amp;فرنسية</translation>
    </message>
    <message>
      <location filename="../ui/admin/services_page.py" line="121" />
      <source>&amp;Kind</source>
      <translation>صنف الوح&amp;دة</translation>
    </message>
    <message>
      <location filename="../ui/admin/services_page.py" line="122" />
      <source>Under (&amp;parent)</source>
      <translation>الو&amp;حدة الأم</translation>
    </message>
    <message>
      <location filename="../ui/admin/services_page.py" line="126" />
      <source>Ac&amp;tive</source>
      <translation>مفع&amp;لة</translation>
    </message>
    <message>
      <location filename="../ui/admin/services_page.py" line="129" />
      <source>A deactivated service is no longer offered for new mail; its mail and its history stay. It cannot be deactivated while it holds open mail or active sub-services.</source>
      <translation>المصلحة المعطلة لا تقترح بعد ذلك للمراسلات الجديدة، وتبقى مراسلاتها وسجلها محفوظة. ولا يمكن تعطيلها ما دامت لديها مراسلات قيد المعالجة أو وحدات تابعة مفعلة.</translation>
    </message>
    <message>
      <location filename="../ui/admin/services_page.py" line="134" />
      <source>Sa&amp;ve the service</source>
      <translation>حف&amp;ظ المصلحة</translation>
    </message>
    <message>
      <location filename="../ui/admin/services_page.py" line="143" />
      <source>New service</source>
      <translation>مصلحة جديدة</translation>
    </message>
    <message>
      <location filename="../ui/admin/services_page.py" line="145" />
      <source>Service %1</source>
      <translation>المصلحة %1</translation>
    </message>
    <message>
      <location filename="../ui/admin/services_page.py" line="223" />
      <source>— none (top level) —</source>
      <translation>— لا شيء (المستوى الأول) —</translation>
    </message>
  </context>
  <context>
    <name>SessionActions</name>
    <message>
      <location filename="../ui/session/leaving.py" line="49" />
      <source>Log &amp;out / switch user</source>
      <translation>&amp;تسجيل الخروج / تغيير المستخدم</translation>
    </message>
    <message>
      <location filename="../ui/session/leaving.py" line="50" />
      <source>&amp;Quit</source>
      <translation>إ&amp;غلاق التطبيق</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/session/leaving.py" line="70" />
      <source>%n mail(s) being typed will be lost. Leave anyway?</source>
      <translation>
        <numerusform>لا توجد مراسلات قيد الإدخال.</numerusform>
        <numerusform>ستضيع مراسلة واحدة قيد الإدخال. هل تريد المغادرة رغم ذلك؟</numerusform>
        <numerusform>ستضيع مراسلتان قيد الإدخال. هل تريد المغادرة رغم ذلك؟</numerusform>
        <numerusform>ستضيع %n مراسلات قيد الإدخال. هل تريد المغادرة رغم ذلك؟</numerusform>
        <numerusform>ستضيع %n مراسلة قيد الإدخال. هل تريد المغادرة رغم ذلك؟</numerusform>
        <numerusform>ستضيع %n مراسلة قيد الإدخال. هل تريد المغادرة رغم ذلك؟</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../ui/session/leaving.py" line="73" />
      <source>&amp;Leave</source>
      <translation>ال&amp;مغادرة</translation>
    </message>
    <message>
      <location filename="../ui/session/leaving.py" line="74" />
      <source>&amp;Back to the forms</source>
      <translation>ال&amp;عودة إلى الاستمارات</translation>
    </message>
  </context>
  <context>
    <name>SessionPage</name>
    <message>
      <location filename="../ui/preferences/session_page.py" line="29" />
      <source>Session</source>
      <translation>الجلسة</translation>
    </message>
    <message>
      <location filename="../ui/preferences/session_page.py" line="32" />
      <source>&amp;Lock after</source>
      <translation>ال&amp;قفل بعد</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/preferences/session_page.py" line="33" />
      <source>%n minute(s)</source>
      <translation>
        <numerusform>%n دقيقة</numerusform>
        <numerusform>دقيقة واحدة</numerusform>
        <numerusform>دقيقتان</numerusform>
        <numerusform>%n دقائق</numerusform>
        <numerusform>%n دقيقة</numerusform>
        <numerusform>%n دقيقة</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../ui/preferences/session_page.py" line="34" />
      <source>Never</source>
      <translation>أبدا</translation>
    </message>
    <message>
      <location filename="../ui/preferences/session_page.py" line="37" />
      <source>After this time without using the keyboard or the mouse, the windows are hidden until you type your password again. Forms being filled in are kept as they were.</source>
      <translation>بعد هذه المدة دون استعمال لوحة المفاتيح أو الفأرة، تخفى النوافذ إلى أن تعيد إدخال كلمة المرور. وتبقى الاستمارات التي كنت تملؤها كما هي.</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../ui/preferences/dialog.py" line="80" />
      <source>Settings</source>
      <translation>الإعدادات</translation>
    </message>
  </context>
  <context>
    <name>SetupWizard</name>
    <message>
      <location filename="../ui/setup_wizard.py" line="184" />
      <source>Bureau d'ordre — first set-up</source>
      <translation>مكتب الضبط — الإعداد الأول</translation>
    </message>
    <message>
      <location filename="../ui/setup_wizard.py" line="187" />
      <source>The language of the interface; it can be changed later.</source>
      <translation>لغة الواجهة، ويمكن تغييرها لاحقا.</translation>
    </message>
    <message>
      <location filename="../ui/setup_wizard.py" line="190" />
      <source>Français ou العربية: the next pages follow this choice at once.</source>
      <translation>العربية أو Français: تتبع الصفحات الموالية هذا الاختيار فورا.</translation>
    </message>
    <message>
      <location filename="../ui/setup_wizard.py" line="192" />
      <source>The office</source>
      <translation>مكتب الضبط</translation>
    </message>
    <message>
      <location filename="../ui/setup_wizard.py" line="193" />
      <source>The bureau d'ordre this register belongs to.</source>
      <translation>مكتب الضبط الذي ينتمي إليه هذا السجل.</translation>
    </message>
    <message>
      <location filename="../ui/setup_wizard.py" line="197" />
      <source>Office &amp;code</source>
      <translation>ر&amp;مز المكتب</translation>
    </message>
    <message>
      <location filename="../ui/setup_wizard.py" line="198" />
      <source>Name in &amp;Arabic</source>
      <translation>الاسم بال&amp;عربية</translation>
    </message>
    <message>
      <location filename="../ui/setup_wizard.py" line="199" />
      <source>Name in &amp;French</source>
      <translation>الاسم بال&amp;فرنسية</translation>
    </message>
    <message>
      <location filename="../ui/setup_wizard.py" line="200" />
      <source>&amp;Ministry or body, in Arabic</source>
      <translation>الوز&amp;ارة أو الهيئة بالعربية</translation>
    </message>
    <message>
      <location filename="../ui/setup_wizard.py" line="201" />
      <source>Ministry or &amp;body, in French</source>
      <translation>الوزارة أو ال&amp;هيئة بالفرنسية</translation>
    </message>
    <message>
      <location filename="../ui/setup_wizard.py" line="206" />
      <source>The first administrator</source>
      <translation>مدير النظام الأول</translation>
    </message>
    <message>
      <location filename="../ui/setup_wizard.py" line="207" />
      <source>They set up services and users afterwards.</source>
      <translation>يقوم بعد ذلك بإحداث المصالح والمستخدمين.</translation>
    </message>
    <message>
      <location filename="../ui/setup_wizard.py" line="211" />
      <source>&amp;Login</source>
      <translation>اسم ال&amp;مستخدم</translation>
    </message>
    <message>
      <location filename="../ui/setup_wizard.py" line="212" />
      <source>Full &amp;name</source>
      <translation>الاسم ال&amp;كامل</translation>
    </message>
    <message>
      <location filename="../ui/setup_wizard.py" line="213" />
      <source>&amp;Password</source>
      <translation>&amp;كلمة المرور</translation>
    </message>
    <message>
      <location filename="../ui/setup_wizard.py" line="214" />
      <source>&amp;Confirm the password</source>
      <translation>&amp;تأكيد كلمة المرور</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/setup_wizard.py" line="219" />
      <source>At least %n character(s).</source>
      <translation>
        <numerusform>%n حرف على الأقل.</numerusform>
        <numerusform>حرف واحد على الأقل.</numerusform>
        <numerusform>حرفان على الأقل.</numerusform>
        <numerusform>%n أحرف على الأقل.</numerusform>
        <numerusform>%n حرفا على الأقل.</numerusform>
        <numerusform>%n حرف على الأقل.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../ui/setup_wizard.py" line="223" />
      <source>&lt; &amp;Back</source>
      <translation>→ ال&amp;سابق</translation>
    </message>
    <message>
      <location filename="../ui/setup_wizard.py" line="224" />
      <source>&amp;Next &gt;</source>
      <translation>ال&amp;تالي ←</translation>
    </message>
    <message>
      <location filename="../ui/setup_wizard.py" line="225" />
      <source>&amp;Finish</source>
      <translation>إ&amp;نهاء</translation>
    </message>
    <message>
      <location filename="../ui/setup_wizard.py" line="226" />
      <source>Cancel</source>
      <translation>إلغاء</translation>
    </message>
    <message>
      <location filename="../ui/setup_wizard.py" line="186" />
      <source>Language</source>
      <translation>اللغة</translation>
    </message>
    <message>
      <location filename="../ui/setup_wizard.py" line="188" />
      <source>&amp;Language of the interface</source>
      <translation>&amp;لغة الواجهة</translation>
    </message>
  </context>
  <context>
    <name>SimilarMails</name>
    <message>
      <location filename="../ui/registration/similar_mails.py" line="62" />
      <source>Recent mail from this correspondent with a similar subject (already registered?):</source>
      <translation>مراسلات حديثة من نفس المراسل في موضوع مشابه (هل سبق تسجيلها؟):</translation>
    </message>
  </context>
  <context>
    <name>Start</name>
    <message>
      <location filename="../ui/main.py" line="92" />
      <source>Opening the register…</source>
      <translation>جارٍ فتح السجل…</translation>
    </message>
  </context>
  <context>
    <name>StatsDesk</name>
    <message>
      <location filename="../ui/stats/desk.py" line="51" />
      <source>Activity &amp;dashboard…</source>
      <translation>لوحة قيادة النشاط…</translation>
    </message>
  </context>
  <context>
    <name>StepDialog</name>
    <message>
      <location filename="../ui/imputation/step_dialog.py" line="67" />
      <source>Return mail %1</source>
      <translation>إرجاع المراسلة %1</translation>
    </message>
    <message>
      <location filename="../ui/imputation/step_dialog.py" line="70" />
      <source>The mail goes back to the bureau d'ordre, to be assigned again; say why it is not your service's.</source>
      <translation>تعود المراسلة إلى مكتب الضبط لإحالتها من جديد؛ يرجى بيان سبب عدم اختصاص مصلحتكم.</translation>
    </message>
    <message>
      <location filename="../ui/imputation/step_dialog.py" line="74" />
      <source>&amp;Reason</source>
      <translation>ال&amp;سبب</translation>
    </message>
    <message>
      <location filename="../ui/imputation/step_dialog.py" line="75" />
      <source>&amp;Return it</source>
      <translation>إرجا&amp;عها</translation>
    </message>
    <message>
      <location filename="../ui/imputation/step_dialog.py" line="77" />
      <source>Answer to mail %1</source>
      <translation>الجواب عن المراسلة %1</translation>
    </message>
    <message>
      <location filename="../ui/imputation/step_dialog.py" line="79" />
      <source>Type or scan the number of the outgoing mail that answers it.</source>
      <translation>أدخل أو امسح رقم المراسلة الصادرة التي تجيب عنها.</translation>
    </message>
    <message>
      <location filename="../ui/imputation/step_dialog.py" line="81" />
      <source>&amp;Outgoing mail</source>
      <translation>المراسلة ال&amp;صادرة</translation>
    </message>
    <message>
      <location filename="../ui/imputation/step_dialog.py" line="84" />
      <source>&amp;Mark answered</source>
      <translation>&amp;تسجيل الجواب</translation>
    </message>
    <message>
      <location filename="../ui/imputation/step_dialog.py" line="86" />
      <source>File mail %1</source>
      <translation>حفظ المراسلة %1</translation>
    </message>
    <message>
      <location filename="../ui/imputation/step_dialog.py" line="87" />
      <source>The mail is filed (classé): its treatment is over.</source>
      <translation>تحفظ المراسلة: انتهت معالجتها.</translation>
    </message>
    <message>
      <location filename="../ui/imputation/step_dialog.py" line="88" />
      <source>&amp;Note</source>
      <translation>م&amp;لاحظة</translation>
    </message>
    <message>
      <location filename="../ui/imputation/step_dialog.py" line="89" />
      <source>Optional</source>
      <translation>اختياري</translation>
    </message>
    <message>
      <location filename="../ui/imputation/step_dialog.py" line="90" />
      <source>&amp;File it</source>
      <translation>&amp;حفظ</translation>
    </message>
    <message>
      <location filename="../ui/imputation/step_dialog.py" line="91" />
      <source>Cancel</source>
      <translation>إلغاء</translation>
    </message>
  </context>
  <context>
    <name>SyncIndicator</name>
    <message>
      <location filename="../ui/portal/indicator.py" line="83" />
      <source>Portal: syncing…</source>
      <translation>البوابة: جارٍ المزامنة…</translation>
    </message>
    <message>
      <location filename="../ui/portal/indicator.py" line="85" />
      <source>Portal…</source>
      <translation>البوابة…</translation>
    </message>
    <message>
      <location filename="../ui/portal/indicator.py" line="87" />
      <source>Portal not configured</source>
      <translation>البوابة غير مهيأة</translation>
    </message>
    <message>
      <location filename="../ui/portal/indicator.py" line="90" />
      <source>Portal: sync interrupted</source>
      <translation>البوابة: توقفت المزامنة</translation>
    </message>
    <message>
      <location filename="../ui/portal/indicator.py" line="94" />
      <source>Portal: error — %1</source>
      <translation>البوابة: خطأ — %1</translation>
    </message>
    <message>
      <location filename="../ui/portal/indicator.py" line="96" />
      <source>Portal: never synced</source>
      <translation>البوابة: لم تتم أي مزامنة بعد</translation>
    </message>
    <message>
      <location filename="../ui/portal/indicator.py" line="98" />
      <source>Portal: up to date (%1)</source>
      <translation>البوابة: محدّثة (%1)</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/portal/indicator.py" line="102" />
      <source>%n pending</source>
      <translation>
        <numerusform>لا شيء في الانتظار</numerusform>
        <numerusform>عملية واحدة في الانتظار</numerusform>
        <numerusform>عمليتان في الانتظار</numerusform>
        <numerusform>%n عمليات في الانتظار</numerusform>
        <numerusform>%n عملية في الانتظار</numerusform>
        <numerusform>%n عملية في الانتظار</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/portal/indicator.py" line="103" />
      <source>%n in quarantine</source>
      <translation>
        <numerusform>لا إيداع معلق</numerusform>
        <numerusform>إيداع واحد معلق</numerusform>
        <numerusform>إيداعان معلقان</numerusform>
        <numerusform>%n إيداعات معلقة</numerusform>
        <numerusform>%n إيداعا معلقا</numerusform>
        <numerusform>%n إيداع معلق</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/portal/indicator.py" line="104" />
      <source>%n refused</source>
      <translation>
        <numerusform>لا شيء مرفوض</numerusform>
        <numerusform>عملية واحدة مرفوضة</numerusform>
        <numerusform>عمليتان مرفوضتان</numerusform>
        <numerusform>%n عمليات مرفوضة</numerusform>
        <numerusform>%n عملية مرفوضة</numerusform>
        <numerusform>%n عملية مرفوضة</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../ui/portal/indicator.py" line="119" />
      <source>Last successful sync: %1</source>
      <translation>آخر مزامنة ناجحة: %1</translation>
    </message>
    <message>
      <location filename="../ui/portal/indicator.py" line="125" />
      <source>Last attempt: %1</source>
      <translation>آخر محاولة: %1</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/portal/indicator.py" line="130" />
      <source>Automatic sync every %n minute(s)</source>
      <translation>
        <numerusform>مزامنة تلقائية دون انقطاع</numerusform>
        <numerusform>مزامنة تلقائية كل دقيقة</numerusform>
        <numerusform>مزامنة تلقائية كل دقيقتين</numerusform>
        <numerusform>مزامنة تلقائية كل %n دقائق</numerusform>
        <numerusform>مزامنة تلقائية كل %n دقيقة</numerusform>
        <numerusform>مزامنة تلقائية كل %n دقيقة</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../ui/portal/indicator.py" line="134" />
      <source>Automatic sync is turned off</source>
      <translation>المزامنة التلقائية معطلة</translation>
    </message>
    <message>
      <location filename="../ui/portal/indicator.py" line="135" />
      <source>Click for the sync log, the quarantine and the outbox (Shift+F9).</source>
      <translation>انقر لعرض سجل المزامنة والإيداعات المعلقة والإرسالات (⁦Shift+F9⁩).</translation>
    </message>
    <message>
      <location filename="../ui/portal/indicator.py" line="139" />
      <source>Stop</source>
      <translation>إيقاف</translation>
    </message>
    <message>
      <location filename="../ui/portal/indicator.py" line="140" />
      <source>Interrupt the sync</source>
      <translation>إيقاف المزامنة</translation>
    </message>
    <message>
      <location filename="../ui/portal/indicator.py" line="177" />
      <source>%1 of %2</source>
      <translation>%1 من %2</translation>
    </message>
  </context>
  <context>
    <name>ThumbnailStrip</name>
    <message>
      <location filename="../ui/preview/strip.py" line="162" />
      <source>Page %1</source>
      <translation>الصفحة %1</translation>
    </message>
    <message>
      <location filename="../ui/preview/strip.py" line="178" />
      <source>Loading pages…</source>
      <translation>جارٍ تحميل الصفحات…</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/preview/strip.py" line="185" />
      <source>%n more page(s)</source>
      <translation>
        <numerusform>لا صفحات أخرى</numerusform>
        <numerusform>صفحة أخرى</numerusform>
        <numerusform>صفحتان أخريان</numerusform>
        <numerusform>%n صفحات أخرى</numerusform>
        <numerusform>%n صفحة أخرى</numerusform>
        <numerusform>%n صفحة أخرى</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../ui/preview/strip.py" line="220" />
      <source>Double-click a page to enlarge it.</source>
      <translation>انقر مرتين على صفحة لتكبيرها.</translation>
    </message>
  </context>
  <context>
    <name>TrayPanel</name>
    <message>
      <location filename="../ui/capture/tray_panel.py" line="46" />
      <source>no label</source>
      <translation>بدون ملصقة</translation>
    </message>
    <message>
      <location filename="../ui/capture/tray_panel.py" line="47" />
      <source>label cannot be read</source>
      <translation>ملصقة غير مقروءة</translation>
    </message>
    <message>
      <location filename="../ui/capture/tray_panel.py" line="48" />
      <source>barcode of another origin</source>
      <translation>رمز شريطي من مصدر آخر</translation>
    </message>
    <message>
      <location filename="../ui/capture/tray_panel.py" line="49" />
      <source>several labels on one page</source>
      <translation>عدة ملصقات في صفحة واحدة</translation>
    </message>
    <message>
      <location filename="../ui/capture/tray_panel.py" line="50" />
      <source>number unknown in this office</source>
      <translation>رقم غير معروف في هذا المكتب</translation>
    </message>
    <message>
      <location filename="../ui/capture/tray_panel.py" line="51" />
      <source>the mail is cancelled</source>
      <translation>المراسلة ملغاة</translation>
    </message>
    <message>
      <location filename="../ui/capture/tray_panel.py" line="52" />
      <source>mail outside your rights</source>
      <translation>مراسلة خارج صلاحياتك</translation>
    </message>
    <message>
      <location filename="../ui/capture/tray_panel.py" line="146" />
      <source>Attach to mail number</source>
      <translation>إرفاق بالمراسلة رقم</translation>
    </message>
    <message>
      <location filename="../ui/capture/tray_panel.py" line="147" />
      <source>Type or scan the label</source>
      <translation>أدخل الرقم أو اقرأ الملصقة بالقارئ</translation>
    </message>
    <message>
      <location filename="../ui/capture/tray_panel.py" line="148" />
      <location filename="../ui/capture/tray_panel.py" line="327" />
      <source>&amp;Attach</source>
      <translation>إر&amp;فاق</translation>
    </message>
    <message>
      <location filename="../ui/capture/tray_panel.py" line="149" />
      <source>Discard…</source>
      <translation>استبعاد…</translation>
    </message>
    <message>
      <location filename="../ui/capture/tray_panel.py" line="150" />
      <source>Refresh</source>
      <translation>تحديث</translation>
    </message>
    <message>
      <location filename="../ui/capture/tray_panel.py" line="151" />
      <source>Nothing to sort.</source>
      <translation>لا شيء للفرز.</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/capture/tray_panel.py" line="176" />
      <location filename="../ui/capture/tray_panel.py" line="314" />
      <source>%n page(s)</source>
      <translation>
        <numerusform>لا صفحات</numerusform>
        <numerusform>صفحة واحدة</numerusform>
        <numerusform>صفحتان</numerusform>
        <numerusform>%n صفحات</numerusform>
        <numerusform>%n صفحة</numerusform>
        <numerusform>%n صفحة</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../ui/capture/tray_panel.py" line="293" />
      <source>Type or scan the number of the mail first.</source>
      <translation>أدخل رقم المراسلة أو اقرأ ملصقتها بقارئ الرموز الشريطية أولا.</translation>
    </message>
    <message>
      <location filename="../ui/capture/tray_panel.py" line="313" />
      <source>Attach to this mail?</source>
      <translation>إرفاق بهذه المراسلة؟</translation>
    </message>
    <message>
      <location filename="../ui/capture/tray_panel.py" line="316" />
      <source>Attach %1 (%2) to this mail?</source>
      <translation>هل ترفق %1 (%2) بهذه المراسلة؟</translation>
    </message>
    <message>
      <location filename="../ui/capture/tray_panel.py" line="322" />
      <source>Subject: %1</source>
      <translation>الموضوع: %1</translation>
    </message>
    <message>
      <location filename="../ui/capture/tray_panel.py" line="323" />
      <source>Correspondent: %1</source>
      <translation>المراسل: %1</translation>
    </message>
    <message>
      <location filename="../ui/capture/tray_panel.py" line="324" />
      <source>Registered on %1</source>
      <translation>سجلت بتاريخ %1</translation>
    </message>
    <message>
      <location filename="../ui/capture/tray_panel.py" line="349" />
      <source>Attached to %1.</source>
      <translation>أُرفق بـ %1.</translation>
    </message>
    <message>
      <location filename="../ui/capture/tray_panel.py" line="367" />
      <source>Discard</source>
      <translation>استبعاد</translation>
    </message>
    <message>
      <location filename="../ui/capture/tray_panel.py" line="367" />
      <source>Why is this document discarded?</source>
      <translation>لماذا تُستبعد هذه الوثيقة؟</translation>
    </message>
  </context>
  <context>
    <name>UnlockSecretsDialog</name>
    <message>
      <location filename="../ui/secret_store.py" line="179" />
      <source>Secrets file</source>
      <translation>ملف الأسرار</translation>
    </message>
    <message>
      <location filename="../ui/secret_store.py" line="182" />
      <source>The passwords of this computer are kept in the application's encrypted secrets file. Its password unlocks them until the application is closed.</source>
      <translation>كلمات المرور الخاصة بهذا الحاسوب محفوظة في ملف الأسرار المشفر الخاص بالتطبيق. كلمة مرور هذا الملف تفتحها إلى حين إغلاق التطبيق.</translation>
    </message>
    <message>
      <location filename="../ui/secret_store.py" line="186" />
      <source>&amp;Password of the secrets file</source>
      <translation>&amp;كلمة مرور ملف الأسرار</translation>
    </message>
  </context>
  <context>
    <name>UsersPage</name>
    <message>
      <location filename="../ui/admin/users_page.py" line="114" />
      <source>&amp;Users</source>
      <translation>المست&amp;خدمون</translation>
    </message>
    <message>
      <location filename="../ui/admin/users_page.py" line="119" />
      <source>Login</source>
      <translation>اسم المستخدم</translation>
    </message>
    <message>
      <location filename="../ui/admin/users_page.py" line="120" />
      <source>Full name</source>
      <translation>الاسم الكامل</translation>
    </message>
    <message>
      <location filename="../ui/admin/users_page.py" line="121" />
      <source>Role</source>
      <translation>الصفة</translation>
    </message>
    <message>
      <location filename="../ui/admin/users_page.py" line="122" />
      <source>Services</source>
      <translation>المصالح</translation>
    </message>
    <message>
      <location filename="../ui/admin/users_page.py" line="123" />
      <source>State</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <location filename="../ui/admin/users_page.py" line="126" />
      <source>Users of the &amp;office</source>
      <translation>&amp;قائمة المستخدمين</translation>
    </message>
    <message>
      <location filename="../ui/admin/users_page.py" line="127" />
      <source>&amp;New user</source>
      <translation>إ&amp;ضافة مستخدم</translation>
    </message>
    <message>
      <location filename="../ui/admin/users_page.py" line="128" />
      <source>Un&amp;lock the account</source>
      <translation>رفع الإيقاف &amp;عن الحساب</translation>
    </message>
    <message>
      <location filename="../ui/admin/users_page.py" line="131" />
      <source>Ac&amp;tive (may log in)</source>
      <translation>حساب م&amp;فعل (يمكنه الدخول)</translation>
    </message>
    <message>
      <location filename="../ui/admin/users_page.py" line="132" />
      <source>Sa&amp;ve the user</source>
      <translation>&amp;حفظ المستخدم</translation>
    </message>
    <message>
      <location filename="../ui/admin/users_page.py" line="139" />
      <source>&amp;Login</source>
      <translation>اسم المستخ&amp;دم</translation>
    </message>
    <message>
      <location filename="../ui/admin/users_page.py" line="140" />
      <source>Full &amp;name</source>
      <translation>الا&amp;سم الكامل</translation>
    </message>
    <message>
      <location filename="../ui/admin/users_page.py" line="141" />
      <source>&amp;Role</source>
      <translation>ال&amp;صفة</translation>
    </message>
    <message>
      <location filename="../ui/admin/users_page.py" line="142" />
      <source>&amp;Services</source>
      <translation>المصا&amp;لح</translation>
    </message>
    <message>
      <location filename="../ui/admin/users_page.py" line="143" />
      <source>&amp;Password</source>
      <translation>&amp;كلمة المرور</translation>
    </message>
    <message>
      <location filename="../ui/admin/users_page.py" line="143" />
      <source>New &amp;password</source>
      <translation>&amp;كلمة مرور جديدة</translation>
    </message>
    <message>
      <location filename="../ui/admin/users_page.py" line="144" />
      <source>&amp;Confirm the password</source>
      <translation>ت&amp;أكيد كلمة المرور</translation>
    </message>
    <message>
      <location filename="../ui/admin/users_page.py" line="149" />
      <source>New user</source>
      <translation>مستخدم جديد</translation>
    </message>
    <message>
      <location filename="../ui/admin/users_page.py" line="152" />
      <source>User %1</source>
      <translation>المستخدم %1</translation>
    </message>
    <message>
      <location filename="../ui/admin/users_page.py" line="153" />
      <source>Leave empty to keep the password</source>
      <translation>اتركه فارغا للاحتفاظ بكلمة المرور الحالية</translation>
    </message>
    <message>
      <location filename="../ui/admin/users_page.py" line="179" />
      <source>Locked</source>
      <translation>موقوف</translation>
    </message>
    <message>
      <location filename="../ui/admin/users_page.py" line="290" />
      <source>The two passwords differ.</source>
      <translation>كلمتا المرور غير متطابقتين.</translation>
    </message>
  </context>
  <context>
    <name>VerificationBanner</name>
    <message>
      <location filename="../ui/signature/verification.py" line="68" />
      <source>Signature %1 is not valid: %2</source>
      <translation>التوقيع %1 غير صالح: %2</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/signature/verification.py" line="72" />
      <source>%n valid signature(s), without a trusted time (B-B).</source>
      <translation>
        <numerusform>لا توقيع صالح، بدون تاريخ موثق (B-B).</numerusform>
        <numerusform>توقيع واحد صالح، بدون تاريخ موثق (B-B).</numerusform>
        <numerusform>توقيعان صالحان، بدون تاريخ موثق (B-B).</numerusform>
        <numerusform>%n توقيعات صالحة، بدون تاريخ موثق (B-B).</numerusform>
        <numerusform>%n توقيعا صالحا، بدون تاريخ موثق (B-B).</numerusform>
        <numerusform>%n توقيع صالح، بدون تاريخ موثق (B-B).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/signature/verification.py" line="75" />
      <source>%n valid signature(s), intact and trusted.</source>
      <translation>
        <numerusform>لا توقيع صالح.</numerusform>
        <numerusform>توقيع واحد صالح، الوثيقة سليمة والشهادة موثوقة.</numerusform>
        <numerusform>توقيعان صالحان، الوثيقة سليمة والشهادتان موثوقتان.</numerusform>
        <numerusform>%n توقيعات صالحة، الوثيقة سليمة والشهادات موثوقة.</numerusform>
        <numerusform>%n توقيعا صالحا، الوثيقة سليمة والشهادات موثوقة.</numerusform>
        <numerusform>%n توقيع صالح، الوثيقة سليمة والشهادات موثوقة.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../ui/signature/verification.py" line="78" />
      <source>Filled in after signing: the registry number only.</source>
      <translation>ما أضيف بعد التوقيع: رقم التسجيل فقط.</translation>
    </message>
  </context>
  <context>
    <name>VerificationPanel</name>
    <message>
      <location filename="../ui/signature/verification.py" line="105" />
      <source>yes</source>
      <translation>نعم</translation>
    </message>
    <message>
      <location filename="../ui/signature/verification.py" line="105" />
      <source>no</source>
      <translation>لا</translation>
    </message>
    <message>
      <location filename="../ui/signature/verification.py" line="113" />
      <source>nothing</source>
      <translation>لا شيء</translation>
    </message>
    <message>
      <location filename="../ui/signature/verification.py" line="114" />
      <source>later signatures and timestamps only</source>
      <translation>توقيعات وأختام زمنية لاحقة فقط</translation>
    </message>
    <message>
      <location filename="../ui/signature/verification.py" line="115" />
      <source>form filling only</source>
      <translation>ملء خانات الاستمارة فقط</translation>
    </message>
    <message>
      <location filename="../ui/signature/verification.py" line="116" />
      <source>annotations added</source>
      <translation>إضافة تعليقات</translation>
    </message>
    <message>
      <location filename="../ui/signature/verification.py" line="117" />
      <source>the document was altered</source>
      <translation>الوثيقة حُرّفت</translation>
    </message>
    <message>
      <location filename="../ui/signature/verification.py" line="120" />
      <source>not revoked</source>
      <translation>غير ملغاة</translation>
    </message>
    <message>
      <location filename="../ui/signature/verification.py" line="121" />
      <source>revoked</source>
      <translation>ملغاة</translation>
    </message>
    <message>
      <location filename="../ui/signature/verification.py" line="122" />
      <source>unknown</source>
      <translation>غير معروف</translation>
    </message>
    <message>
      <location filename="../ui/signature/verification.py" line="128" />
      <source>trusted timestamp</source>
      <translation>ختم زمني موثوق</translation>
    </message>
    <message>
      <location filename="../ui/signature/verification.py" line="130" />
      <source>signer's computer clock</source>
      <translation>ساعة حاسوب الموقِّع</translation>
    </message>
    <message>
      <location filename="../ui/signature/verification.py" line="137" />
      <source>Signed by</source>
      <translation>وقّعه</translation>
    </message>
    <message>
      <location filename="../ui/signature/verification.py" line="138" />
      <source>Signed on</source>
      <translation>تاريخ التوقيع</translation>
    </message>
    <message>
      <location filename="../ui/signature/verification.py" line="139" />
      <source>Intact</source>
      <translation>سليمة</translation>
    </message>
    <message>
      <location filename="../ui/signature/verification.py" line="140" />
      <source>Trusted certificate</source>
      <translation>شهادة موثوقة</translation>
    </message>
    <message>
      <location filename="../ui/signature/verification.py" line="141" />
      <source>Revocation</source>
      <translation>الإلغاء</translation>
    </message>
    <message>
      <location filename="../ui/signature/verification.py" line="142" />
      <source>Level</source>
      <translation>المستوى</translation>
    </message>
    <message>
      <location filename="../ui/signature/verification.py" line="143" />
      <source>Changed after it</source>
      <translation>ما تغير بعده</translation>
    </message>
  </context>
</TS>