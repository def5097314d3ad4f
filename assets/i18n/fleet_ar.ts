<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>FleetTab</name>
    <message>
        <location filename="../../ui/office/fleet.py" line="66"/>
        <source>Kiosks</source>
        <translation>الأكشاك</translation>
    </message>
    <message>
        <location filename="../../ui/office/fleet.py" line="69"/>
        <source>OK</source>
        <translation>سليم</translation>
    </message>
    <message>
        <location filename="../../ui/office/fleet.py" line="69"/>
        <source>Warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <location filename="../../ui/office/fleet.py" line="69"/>
        <source>Silent</source>
        <translation>صامت</translation>
    </message>
    <message>
        <location filename="../../ui/office/fleet.py" line="72"/>
        <source>no heartbeat for more than three intervals</source>
        <translation>لم تصل إشارة منذ أكثر من ثلاث فترات</translation>
    </message>
    <message>
        <location filename="../../ui/office/fleet.py" line="73"/>
        <source>no heartbeat received yet</source>
        <translation>لم تصل أي إشارة بعد</translation>
    </message>
    <message>
        <location filename="../../ui/office/fleet.py" line="74"/>
        <source>disk below the kiosk&apos;s warning floor</source>
        <translation>مساحة القرص أقل من حد التحذير</translation>
    </message>
    <message>
        <location filename="../../ui/office/fleet.py" line="75"/>
        <source>microphone missing</source>
        <translation>الميكروفون غير موجود</translation>
    </message>
    <message>
        <location filename="../../ui/office/fleet.py" line="76"/>
        <source>unsent questions waiting too long</source>
        <translation>أسئلة غير مرسلة تنتظر طويلاً</translation>
    </message>
    <message>
        <location filename="../../ui/office/fleet.py" line="77"/>
        <source>clock off by more than two minutes</source>
        <translation>ساعة الكشك مختلفة بأكثر من دقيقتين</translation>
    </message>
    <message>
        <location filename="../../ui/office/fleet.py" line="77"/>
        <source>other problem</source>
        <translation>مشكلة أخرى</translation>
    </message>
    <message>
        <location filename="../../ui/office/fleet.py" line="81"/>
        <source>Kiosk</source>
        <translation>الكشك</translation>
    </message>
    <message>
        <location filename="../../ui/office/fleet.py" line="81"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/office/fleet.py" line="81"/>
        <source>Last seen</source>
        <translation>آخر ظهور</translation>
    </message>
    <message>
        <location filename="../../ui/office/fleet.py" line="81"/>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../ui/office/fleet.py" line="81"/>
        <source>Version</source>
        <translation>إصدار البرنامج</translation>
    </message>
    <message>
        <location filename="../../ui/office/fleet.py" line="82"/>
        <source>Settings version</source>
        <translation>إصدار الإعدادات</translation>
    </message>
    <message>
        <location filename="../../ui/office/fleet.py" line="82"/>
        <source>Waiting to send</source>
        <translation>بانتظار الإرسال</translation>
    </message>
    <message>
        <location filename="../../ui/office/fleet.py" line="82"/>
        <source>Questions per day</source>
        <translation>الأسئلة في اليوم</translation>
    </message>
    <message>
        <location filename="../../ui/office/fleet.py" line="83"/>
        <source>Kiosks of the fleet</source>
        <translation>أكشاك المدينة</translation>
    </message>
    <message>
        <location filename="../../ui/office/fleet.py" line="84"/>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location filename="../../ui/office/fleet.py" line="85"/>
        <source>Refresh the fleet view</source>
        <translation>تحديث قائمة الأكشاك</translation>
    </message>
    <message>
        <location filename="../../ui/office/fleet.py" line="99"/>
        <source>Could not read the fleet: %1</source>
        <translation>تعذرت قراءة حالة الأكشاك: %1</translation>
    </message>
    <message>
        <location filename="../../ui/office/fleet.py" line="115"/>
        <source>OK: %1 — warning: %2 — silent: %3</source>
        <translation>سليم: %1 — تحذير: %2 — صامت: %3</translation>
    </message>
    <message>
        <location filename="../../ui/office/fleet.py" line="121"/>
        <source>never</source>
        <translation>أبداً</translation>
    </message>
</context>
<context>
    <name>ProgrammePanel</name>
    <message>
        <location filename="../../ui/widgets/programme.py" line="72"/>
        <source>Next live answers: %1</source>
        <translation>الإجابات المباشرة القادمة: %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/programme.py" line="82"/>
        <source>%1 questions from this tribune have been answered live</source>
        <translation>تمت الإجابة مباشرة على %1 سؤالاً من هذا المنبر</translation>
    </message>
</context>
</TS>
