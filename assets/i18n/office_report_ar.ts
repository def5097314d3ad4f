<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>ShowReport</name>
    <message>
        <source>Order</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>التذكرة</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Broadcast allowed</source>
        <translation>مسموح بالبث</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Show report</source>
        <translation>تقرير البرنامج</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>تمت الإجابة</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>تم التخطي</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>لم يُصل إليه</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No — paraphrase only</source>
        <translation>لا — إعادة صياغة فقط</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>صوتي</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>نصي</translation>
    </message>
    <message>
        <source>Kiosk %1</source>
        <translation>الكشك %1</translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation>إنستغرام</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>مكالمة هاتفية</translation>
    </message>
    <message>
        <source>Other channel</source>
        <translation>قناة أخرى</translation>
    </message>
    <message>
        <source>%1 questions: %2 answered, %3 skipped</source>
        <translation>%1 سؤال: تمت الإجابة عن %2، وتم تخطي %3</translation>
    </message>
</context>
</TS>
