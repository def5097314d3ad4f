<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
  <context>
    <name>ShowReport</name>
    <message>
      <location filename="../../kiosk/office/show_report.py" line="23" />
      <source>Order</source>
      <translation>الترتيب</translation>
    </message>
    <message>
      <location filename="../../kiosk/office/show_report.py" line="24" />
      <source>Ticket</source>
      <translation>التذكرة</translation>
    </message>
    <message>
      <location filename="../../kiosk/office/show_report.py" line="25" />
      <source>From</source>
      <translation>من</translation>
    </message>
    <message>
      <location filename="../../kiosk/office/show_report.py" line="26" />
      <source>Kind</source>
      <translation>النوع</translation>
    </message>
    <message>
      <location filename="../../kiosk/office/show_report.py" line="27" />
      <source>Broadcast allowed</source>
      <translation>مسموح بالبث</translation>
    </message>
    <message>
      <location filename="../../kiosk/office/show_report.py" line="28" />
      <source>Result</source>
      <translation>النتيجة</translation>
    </message>
    <message>
      <location filename="../../kiosk/office/show_report.py" line="29" />
      <source>Time</source>
      <translation>الوقت</translation>
    </message>
    <message>
      <location filename="../../kiosk/office/show_report.py" line="32" />
      <source>Show report</source>
      <translation>تقرير البرنامج</translation>
    </message>
    <message>
      <location filename="../../kiosk/office/show_report.py" line="33" />
      <source>Answered</source>
      <translation>تمت الإجابة</translation>
    </message>
    <message>
      <location filename="../../kiosk/office/show_report.py" line="34" />
      <source>Skipped</source>
      <translation>تم التخطي</translation>
    </message>
    <message>
      <location filename="../../kiosk/office/show_report.py" line="35" />
      <source>Not reached</source>
      <translation>لم يُصل إليه</translation>
    </message>
    <message>
      <location filename="../../kiosk/office/show_report.py" line="36" />
      <source>Yes</source>
      <translation>نعم</translation>
    </message>
    <message>
      <location filename="../../kiosk/office/show_report.py" line="37" />
      <source>No — paraphrase only</source>
      <translation>لا — إعادة صياغة فقط</translation>
    </message>
    <message>
      <location filename="../../kiosk/office/show_report.py" line="38" />
      <source>Voice</source>
      <translation>صوتي</translation>
    </message>
    <message>
      <location filename="../../kiosk/office/show_report.py" line="39" />
      <source>Text</source>
      <translation>نصي</translation>
    </message>
    <message>
      <location filename="../../kiosk/office/show_report.py" line="40" />
      <source>Kiosk %1</source>
      <translation>الكشك %1</translation>
    </message>
    <message>
      <location filename="../../kiosk/office/show_report.py" line="41" />
      <source>Instagram</source>
      <translation>إنستغرام</translation>
    </message>
    <message>
      <location filename="../../kiosk/office/show_report.py" line="42" />
      <source>Phone call</source>
      <translation>مكالمة هاتفية</translation>
    </message>
    <message>
      <location filename="../../kiosk/office/show_report.py" line="43" />
      <source>Other channel</source>
      <translation>قناة أخرى</translation>
    </message>
    <message>
      <location filename="../../kiosk/office/show_report.py" line="44" />
      <source>%1 questions: %2 answered, %3 skipped</source>
      <translation>%1 سؤال: تمت الإجابة عن %2، وتم تخطي %3</translation>
    </message>
  </context>
</TS>