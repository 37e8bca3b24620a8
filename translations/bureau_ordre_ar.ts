<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar_MA">
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../ui/register/model.py" line="42" />
        <source>Number</source>
        <translation>رقم الترتيب</translation>
    </message>
    <message>
        <location filename="../ui/register/model.py" line="56" />
        <source>Registered</source>
        <translation>مسجل</translation>
    </message>
    <message>
        <location filename="../ui/register/model.py" line="44" />
        <source>Direction</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../ui/register/model.py" line="43" />
        <source>Date and time</source>
        <translation>التاريخ والساعة</translation>
    </message>
    <message>
        <location filename="../ui/register/model.py" line="45" />
        <source>Correspondent</source>
        <translation>المراسل</translation>
    </message>
    <message>
        <location filename="../ui/register/model.py" line="46" />
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location filename="../ui/register/model.py" line="47" />
        <source>Service</source>
        <translation>المصلحة</translation>
    </message>
    <message>
        <location filename="../ui/register/model.py" line="48" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../ui/register/model.py" line="51" />
        <source>Incoming</source>
        <translation>وارد</translation>
    </message>
    <message>
        <location filename="../ui/register/model.py" line="52" />
        <source>Outgoing</source>
        <translation>صادر</translation>
    </message>
    <message>
        <location filename="../ui/register/model.py" line="53" />
        <source>Internal</source>
        <translation>داخلي</translation>
    </message>
    <message>
        <location filename="../ui/register/model.py" line="57" />
        <source>Assigned</source>
        <translation>محال</translation>
    </message>
    <message>
        <location filename="../ui/register/model.py" line="58" />
        <source>In progress</source>
        <translation>قيد المعالجة</translation>
    </message>
    <message>
        <location filename="../ui/register/model.py" line="59" />
        <source>Answered</source>
        <translation>تم الرد</translation>
    </message>
    <message>
        <location filename="../ui/register/model.py" line="60" />
        <source>Closed</source>
        <translation>محفوظ</translation>
    </message>
    <message>
        <location filename="../ui/register/model.py" line="62" />
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
</context>
</TS>