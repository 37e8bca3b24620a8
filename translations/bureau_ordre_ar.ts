<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_MA">
  <context>
    <name>Crash</name>
    <message>
      <location filename="../ui/crash.py" line="37" />
      <source>Unexpected error</source>
      <translation>خطأ غير متوقع</translation>
    </message>
    <message>
      <location filename="../ui/crash.py" line="38" />
      <source>Something went wrong. What you registered is safe; the details are in %1.</source>
      <translation>حدث خلل. ما سجلتموه محفوظ؛ التفاصيل في %1.</translation>
    </message>
  </context>
  <context>
    <name>DetailPane</name>
    <message>
      <location filename="../ui/register/detail.py" line="79" />
      <source>Direction</source>
      <translation>النوع</translation>
    </message>
    <message>
      <location filename="../ui/register/detail.py" line="80" />
      <source>Registered on</source>
      <translation>تاريخ التسجيل</translation>
    </message>
    <message>
      <location filename="../ui/register/detail.py" line="81" />
      <source>Correspondent</source>
      <translation>المراسل</translation>
    </message>
    <message>
      <location filename="../ui/register/detail.py" line="82" />
      <source>Subject</source>
      <translation>الموضوع</translation>
    </message>
    <message>
      <location filename="../ui/register/detail.py" line="83" />
      <source>Type</source>
      <translation>الصنف</translation>
    </message>
    <message>
      <location filename="../ui/register/detail.py" line="84" />
      <source>Channel</source>
      <translation>طريقة الإيداع</translation>
    </message>
    <message>
      <location filename="../ui/register/detail.py" line="85" />
      <source>Priority</source>
      <translation>الأولوية</translation>
    </message>
    <message>
      <location filename="../ui/register/detail.py" line="86" />
      <source>Status</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <location filename="../ui/register/detail.py" line="87" />
      <source>Pieces</source>
      <translation>عدد الوثائق</translation>
    </message>
    <message>
      <location filename="../ui/register/detail.py" line="88" />
      <source>Reference</source>
      <translation>المرجع</translation>
    </message>
    <message>
      <location filename="../ui/register/detail.py" line="89" />
      <source>Letter date</source>
      <translation>تاريخ الرسالة</translation>
    </message>
    <message>
      <location filename="../ui/register/detail.py" line="90" />
      <source>Received / sent on</source>
      <translation>تاريخ التوصل / الإرسال</translation>
    </message>
    <message>
      <location filename="../ui/register/detail.py" line="91" />
      <source>Service</source>
      <translation>المصلحة</translation>
    </message>
    <message>
      <location filename="../ui/register/detail.py" line="92" />
      <source>Observations</source>
      <translation>ملاحظات</translation>
    </message>
    <message>
      <location filename="../ui/register/detail.py" line="96" />
      <source>Attachments</source>
      <translation>المرفقات</translation>
    </message>
    <message>
      <location filename="../ui/register/detail.py" line="97" />
      <source>History</source>
      <translation>السجل</translation>
    </message>
    <message>
      <location filename="../ui/register/detail.py" line="101" />
      <location filename="../ui/register/detail.py" line="114" />
      <source>No mail selected</source>
      <translation>لم يتم اختيار أي مراسلة</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/register/detail.py" line="146" />
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
    <name>FilterBar</name>
    <message>
      <location filename="../ui/register/filters.py" line="91" />
      <location filename="../ui/register/filters.py" line="115" />
      <source>All services</source>
      <translation>كل المصالح</translation>
    </message>
    <message>
      <location filename="../ui/register/filters.py" line="99" />
      <source>Search: number, subject, correspondent</source>
      <translation>بحث: الرقم، الموضوع، المراسل</translation>
    </message>
    <message>
      <location filename="../ui/register/filters.py" line="100" />
      <source>Today</source>
      <translation>اليوم</translation>
    </message>
    <message>
      <location filename="../ui/register/filters.py" line="101" />
      <source>Period</source>
      <translation>فترة</translation>
    </message>
    <message>
      <location filename="../ui/register/filters.py" line="103" />
      <source>All directions</source>
      <translation>كل الأنواع</translation>
    </message>
    <message>
      <location filename="../ui/register/filters.py" line="104" />
      <source>All statuses</source>
      <translation>كل الحالات</translation>
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <location filename="../ui/labels.py" line="12" />
      <source>Incoming</source>
      <translation>وارد</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="13" />
      <source>Outgoing</source>
      <translation>صادر</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="14" />
      <source>Internal</source>
      <translation>داخلي</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="15" />
      <source>Letter</source>
      <translation>رسالة</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="16" />
      <source>Invoice</source>
      <translation>فاتورة</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="17" />
      <source>Summons</source>
      <translation>استدعاء</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="18" />
      <source>Complaint</source>
      <translation>شكاية</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="19" />
      <source>Request</source>
      <translation>طلب</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="20" />
      <source>Note</source>
      <translation>مذكرة</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="21" />
      <source>Report</source>
      <translation>تقرير</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="22" />
      <source>Circular</source>
      <translation>دورية</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="23" />
      <source>Decision</source>
      <translation>قرار</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="24" />
      <source>Other</source>
      <translation>أخرى</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="25" />
      <source>Counter</source>
      <translation>الشباك</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="26" />
      <source>Post</source>
      <translation>البريد</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="27" />
      <source>Courier</source>
      <translation>حامل</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="28" />
      <source>Email</source>
      <translation>بريد إلكتروني</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="29" />
      <source>Fax</source>
      <translation>فاكس</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="30" />
      <source>Portal</source>
      <translation>البوابة</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="31" />
      <source>Normal</source>
      <translation>عادي</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="32" />
      <source>Urgent</source>
      <translation>مستعجل</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="33" />
      <source>Very urgent</source>
      <translation>مستعجل جدا</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="34" />
      <source>Registered</source>
      <translation>مسجل</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="35" />
      <source>Assigned</source>
      <translation>محال</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="36" />
      <source>In progress</source>
      <translation>قيد المعالجة</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="37" />
      <source>Answered</source>
      <translation>تم الرد</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="38" />
      <source>Closed</source>
      <translation>محفوظ</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="39" />
      <source>Corrected</source>
      <translation>مصحح</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="40" />
      <source>Cancelled</source>
      <translation>ملغى</translation>
    </message>
  </context>
  <context>
    <name>LoginDialog</name>
    <message>
      <location filename="../ui/login.py" line="67" />
      <source>Log in</source>
      <translation>تسجيل الدخول</translation>
    </message>
    <message>
      <location filename="../ui/login.py" line="68" />
      <source>&amp;User</source>
      <translation>&amp;المستخدم</translation>
    </message>
    <message>
      <location filename="../ui/login.py" line="70" />
      <source>&amp;Password</source>
      <translation>&amp;كلمة المرور</translation>
    </message>
    <message>
      <location filename="../ui/login.py" line="81" />
      <source>Enter your user name and password.</source>
      <translation>أدخل اسم المستخدم وكلمة المرور.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../ui/main_window.py" line="181" />
      <source>New &amp;incoming mail…</source>
      <translation>مراسلة &amp;واردة جديدة…</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="182" />
      <source>New &amp;outgoing mail…</source>
      <translation>مراسلة &amp;صادرة جديدة…</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="183" />
      <source>New in&amp;ternal mail…</source>
      <translation>مراسلة &amp;داخلية جديدة…</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="187" />
      <source>Bureau d'ordre — %1</source>
      <translation>مكتب الضبط — %1</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="188" />
      <source>&amp;Register</source>
      <translation>&amp;السجل</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="189" />
      <source>Search</source>
      <translation>بحث</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="190" />
      <source>Refresh</source>
      <translation>تحديث</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="191" />
      <source>&amp;Language</source>
      <translation>&amp;اللغة</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="226" />
      <source>Loading…</source>
      <translation>جار التحميل…</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/main_window.py" line="232" />
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
    <name>RegisterModel</name>
    <message>
      <location filename="../ui/register/model.py" line="43" />
      <source>Number</source>
      <translation>رقم الترتيب</translation>
    </message>
    <message>
      <location filename="../ui/register/model.py" line="45" />
      <source>Direction</source>
      <translation>النوع</translation>
    </message>
    <message>
      <location filename="../ui/register/model.py" line="44" />
      <source>Date and time</source>
      <translation>التاريخ والساعة</translation>
    </message>
    <message>
      <location filename="../ui/register/model.py" line="46" />
      <source>Correspondent</source>
      <translation>المراسل</translation>
    </message>
    <message>
      <location filename="../ui/register/model.py" line="47" />
      <source>Subject</source>
      <translation>الموضوع</translation>
    </message>
    <message>
      <location filename="../ui/register/model.py" line="48" />
      <source>Service</source>
      <translation>المصلحة</translation>
    </message>
    <message>
      <location filename="../ui/register/model.py" line="49" />
      <source>Status</source>
      <translation>الحالة</translation>
    </message>
  </context>
  <context>
    <name>RegistrationForm</name>
    <message>
      <location filename="../ui/registration/form.py" line="210" />
      <source>New incoming mail</source>
      <translation>مراسلة واردة جديدة</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="211" />
      <source>New outgoing mail</source>
      <translation>مراسلة صادرة جديدة</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="212" />
      <source>New internal mail</source>
      <translation>مراسلة داخلية جديدة</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="216" />
      <source>&amp;Sender</source>
      <translation>ال&amp;مرسل</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="218" />
      <source>&amp;Recipient</source>
      <translation>المرسل &amp;إليه</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="219" />
      <source>Su&amp;bject</source>
      <translation>ال&amp;موضوع</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="220" />
      <source>Re&amp;ference</source>
      <translation>ال&amp;مرجع</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="221" />
      <source>Letter &amp;date</source>
      <translation>&amp;تاريخ الرسالة</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="222" />
      <source>Received o&amp;n</source>
      <translation>تاريخ ال&amp;توصل</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="224" />
      <source>Sen&amp;t on</source>
      <translation>تاريخ الإ&amp;رسال</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="225" />
      <source>T&amp;ype</source>
      <translation>ال&amp;صنف</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="227" />
      <source>Pr&amp;iority</source>
      <translation>الأ&amp;ولوية</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="228" />
      <source>Confidentia&amp;l</source>
      <translation>&amp;سري</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="231" />
      <source>&amp;Observations</source>
      <translation>&amp;ملاحظات</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="232" />
      <source>Attach&amp;ments</source>
      <translation>ال&amp;مرفقات</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="241" />
      <source>S&amp;ave</source>
      <translation>&amp;تسجيل</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="242" />
      <source>Save and ne&amp;w</source>
      <translation>تسجيل و&amp;جديد</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="226" />
      <source>C&amp;hannel</source>
      <translation>&amp;طريقة الإيداع</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="229" />
      <source>Pie&amp;ces</source>
      <translation>&amp;عدد الوثائق</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="230" />
      <source>Ser&amp;vice</source>
      <translation>ال&amp;مصلحة</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="239" />
      <source>known</source>
      <translation>معروف</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="240" />
      <source>Add a file…</source>
      <translation>إضافة ملف…</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="243" />
      <source>Cancel</source>
      <translation>إلغاء</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="244" />
      <source>Copy</source>
      <translation>نسخ</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="293" />
      <source>Already in the directory: %1</source>
      <translation>موجود مسبقا في الدليل: %1</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="303" />
      <source>Attach files</source>
      <translation>إرفاق ملفات</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="305" />
      <source>PDF and images (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
      <translation>ملفات PDF والصور (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
      <location filename="../ui/registration/form.py" line="390" />
      <source>&amp;Close</source>
      <translation>إ&amp;غلاق</translation>
    </message>
  </context>
  <context>
    <name>SetupWizard</name>
    <message>
      <location filename="../ui/setup_wizard.py" line="106" />
      <source>Bureau d'ordre — first set-up</source>
      <translation>مكتب الضبط — الإعداد الأول</translation>
    </message>
    <message>
      <location filename="../ui/setup_wizard.py" line="108" />
      <source>The office</source>
      <translation>مكتب الضبط</translation>
    </message>
    <message>
      <location filename="../ui/setup_wizard.py" line="109" />
      <source>The bureau d'ordre this register belongs to.</source>
      <translation>مكتب الضبط الذي ينتمي إليه هذا السجل.</translation>
    </message>
    <message>
      <location filename="../ui/setup_wizard.py" line="112" />
      <source>Office &amp;code</source>
      <translation>&amp;رمز المكتب</translation>
    </message>
    <message>
      <location filename="../ui/setup_wizard.py" line="112" />
      <source>Name in &amp;Arabic</source>
      <translation>الاسم بال&amp;عربية</translation>
    </message>
    <message>
      <location filename="../ui/setup_wizard.py" line="112" />
      <source>Name in &amp;French</source>
      <translation>الاسم بال&amp;فرنسية</translation>
    </message>
    <message>
      <location filename="../ui/setup_wizard.py" line="116" />
      <source>The first administrator</source>
      <translation>المدير الأول</translation>
    </message>
    <message>
      <location filename="../ui/setup_wizard.py" line="117" />
      <source>They set up services and users afterwards.</source>
      <translation>يقوم بعد ذلك بإحداث المصالح والمستخدمين.</translation>
    </message>
    <message>
      <location filename="../ui/setup_wizard.py" line="121" />
      <source>&amp;Login</source>
      <translation>اسم ال&amp;مستخدم</translation>
    </message>
    <message>
      <location filename="../ui/setup_wizard.py" line="122" />
      <source>Full &amp;name</source>
      <translation>الاسم ال&amp;كامل</translation>
    </message>
    <message>
      <location filename="../ui/setup_wizard.py" line="123" />
      <source>&amp;Password</source>
      <translation>&amp;كلمة المرور</translation>
    </message>
    <message>
      <location filename="../ui/setup_wizard.py" line="124" />
      <source>&amp;Confirm the password</source>
      <translation>&amp;تأكيد كلمة المرور</translation>
    </message>
    <message>
      <location filename="../ui/setup_wizard.py" line="137" />
      <source>Language</source>
      <translation>اللغة</translation>
    </message>
    <message>
      <location filename="../ui/setup_wizard.py" line="138" />
      <source>&amp;Language of the interface</source>
      <translation>&amp;لغة الواجهة</translation>
    </message>
    <message>
      <location filename="../ui/setup_wizard.py" line="151" />
      <source>The two passwords differ.</source>
      <translation>كلمتا المرور غير متطابقتين.</translation>
    </message>
  </context>
  <context>
    <name>Start</name>
    <message>
      <location filename="../ui/main.py" line="47" />
      <source>Opening the register…</source>
      <translation>جار فتح السجل…</translation>
    </message>
  </context>
</TS>