<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
<context>
    <name>ShowReport</name>
    <message>
        <source>Order</source>
        <translation>ترتیب</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>کد رهگیری</translation>
    </message>
    <message>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Broadcast allowed</source>
        <translation>اجازهٔ پخش</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Show report</source>
        <translation>گزارش برنامه</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>پاسخ داده شد</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>رد شد</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>نوبتش نرسید</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <source>No — paraphrase only</source>
        <translation>خیر — فقط با بازگویی</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>صوتی</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>نوشتاری</translation>
    </message>
    <message>
        <source>Kiosk %1</source>
        <translation>کیوسک %1</translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation>اینستاگرام</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>تماس تلفنی</translation>
    </message>
    <message>
        <source>Other channel</source>
        <translation>راه دیگر</translation>
    </message>
    <message>
        <source>%1 questions: %2 answered, %3 skipped</source>
        <translation>%1 پرسش: %2 پاسخ داده شد، %3 رد شد</translation>
    </message>
</context>
</TS>
