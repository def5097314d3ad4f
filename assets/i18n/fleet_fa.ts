<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR" sourcelanguage="en">
<context>
    <name>FleetTab</name>
    <message>
        <location filename="../../ui/office/fleet.py" line="66"/>
        <source>Kiosks</source>
        <translation>کیوسک‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/office/fleet.py" line="69"/>
        <source>OK</source>
        <translation>سالم</translation>
    </message>
    <message>
        <location filename="../../ui/office/fleet.py" line="69"/>
        <source>Warning</source>
        <translation>هشدار</translation>
    </message>
    <message>
        <location filename="../../ui/office/fleet.py" line="69"/>
        <source>Silent</source>
        <translation>خاموش</translation>
    </message>
    <message>
        <location filename="../../ui/office/fleet.py" line="72"/>
        <source>no heartbeat for more than three intervals</source>
        <translation>بیش از سه نوبت خبری از کیوسک نرسیده</translation>
    </message>
    <message>
        <location filename="../../ui/office/fleet.py" line="73"/>
        <source>no heartbeat received yet</source>
        <translation>هنوز خبری از کیوسک نرسیده</translation>
    </message>
    <message>
        <location filename="../../ui/office/fleet.py" line="74"/>
        <source>disk below the kiosk&apos;s warning floor</source>
        <translation>فضای دیسک کمتر از حد هشدار کیوسک</translation>
    </message>
    <message>
        <location filename="../../ui/office/fleet.py" line="75"/>
        <source>microphone missing</source>
        <translation>میکروفون پیدا نیست</translation>
    </message>
    <message>
        <location filename="../../ui/office/fleet.py" line="76"/>
        <source>unsent questions waiting too long</source>
        <translation>پرسش‌های ارسال‌نشده بیش از حد مانده‌اند</translation>
    </message>
    <message>
        <location filename="../../ui/office/fleet.py" line="77"/>
        <source>clock off by more than two minutes</source>
        <translation>ساعت کیوسک بیش از دو دقیقه اختلاف دارد</translation>
    </message>
    <message>
        <location filename="../../ui/office/fleet.py" line="77"/>
        <source>other problem</source>
        <translation>مشکل دیگر</translation>
    </message>
    <message>
        <location filename="../../ui/office/fleet.py" line="81"/>
        <source>Kiosk</source>
        <translation>کیوسک</translation>
    </message>
    <message>
        <location filename="../../ui/office/fleet.py" line="81"/>
        <source>State</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../../ui/office/fleet.py" line="81"/>
        <source>Last seen</source>
        <translation>آخرین خبر</translation>
    </message>
    <message>
        <location filename="../../ui/office/fleet.py" line="81"/>
        <source>Why</source>
        <translation>علت</translation>
    </message>
    <message>
        <location filename="../../ui/office/fleet.py" line="81"/>
        <source>Version</source>
        <translation>نسخه نرم‌افزار</translation>
    </message>
    <message>
        <location filename="../../ui/office/fleet.py" line="82"/>
        <source>Settings version</source>
        <translation>نسخه تنظیمات</translation>
    </message>
    <message>
        <location filename="../../ui/office/fleet.py" line="82"/>
        <source>Waiting to send</source>
        <translation>در انتظار ارسال</translation>
    </message>
    <message>
        <location filename="../../ui/office/fleet.py" line="82"/>
        <source>Questions per day</source>
        <translation>پرسش در هر روز</translation>
    </message>
    <message>
        <location filename="../../ui/office/fleet.py" line="83"/>
        <source>Kiosks of the fleet</source>
        <translation>کیوسک‌های شهر</translation>
    </message>
    <message>
        <location filename="../../ui/office/fleet.py" line="84"/>
        <source>Refresh</source>
        <translation>تازه‌سازی</translation>
    </message>
    <message>
        <location filename="../../ui/office/fleet.py" line="85"/>
        <source>Refresh the fleet view</source>
        <translation>تازه‌سازی فهرست کیوسک‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/office/fleet.py" line="99"/>
        <source>Could not read the fleet: %1</source>
        <translation>خواندن وضعیت کیوسک‌ها ممکن نشد: %1</translation>
    </message>
    <message>
        <location filename="../../ui/office/fleet.py" line="115"/>
        <source>OK: %1 — warning: %2 — silent: %3</source>
        <translation>سالم: %1 — هشدار: %2 — خاموش: %3</translation>
    </message>
    <message>
        <location filename="../../ui/office/fleet.py" line="121"/>
        <source>never</source>
        <translation>هرگز</translation>
    </message>
</context>
<context>
    <name>ProgrammePanel</name>
    <message>
        <location filename="../../ui/widgets/programme.py" line="72"/>
        <source>Next live answers: %1</source>
        <translation>پاسخ زنده بعدی: %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/programme.py" line="82"/>
        <source>%1 questions from this tribune have been answered live</source>
        <translation>تا کنون به %1 پرسش از این تریبون در برنامه زنده پاسخ داده شده است</translation>
    </message>
</context>
</TS>
