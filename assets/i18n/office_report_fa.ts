<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
  <context>
    <name>ShowReport</name>
    <message>
      <location filename="../../kiosk/office/show_report.py" line="23" />
      <source>Order</source>
      <translation>ترتیب</translation>
    </message>
    <message>
      <location filename="../../kiosk/office/show_report.py" line="24" />
      <source>Ticket</source>
      <translation>کد رهگیری</translation>
    </message>
    <message>
      <location filename="../../kiosk/office/show_report.py" line="25" />
      <source>From</source>
      <translation>از</translation>
    </message>
    <message>
      <location filename="../../kiosk/office/show_report.py" line="26" />
      <source>Kind</source>
      <translation>نوع</translation>
    </message>
    <message>
      <location filename="../../kiosk/office/show_report.py" line="27" />
      <source>Broadcast allowed</source>
      <translation>اجازهٔ پخش</translation>
    </message>
    <message>
      <location filename="../../kiosk/office/show_report.py" line="28" />
      <source>Result</source>
      <translation>نتیجه</translation>
    </message>
    <message>
      <location filename="../../kiosk/office/show_report.py" line="29" />
      <source>Time</source>
      <translation>زمان</translation>
    </message>
    <message>
      <location filename="../../kiosk/office/show_report.py" line="32" />
      <source>Show report</source>
      <translation>گزارش برنامه</translation>
    </message>
    <message>
      <location filename="../../kiosk/office/show_report.py" line="33" />
      <source>Answered</source>
      <translation>پاسخ داده شد</translation>
    </message>
    <message>
      <location filename="../../kiosk/office/show_report.py" line="34" />
      <source>Skipped</source>
      <translation>رد شد</translation>
    </message>
    <message>
      <location filename="../../kiosk/office/show_report.py" line="35" />
      <source>Not reached</source>
      <translation>نوبتش نرسید</translation>
    </message>
    <message>
      <location filename="../../kiosk/office/show_report.py" line="36" />
      <source>Yes</source>
      <translation>بله</translation>
    </message>
    <message>
      <location filename="../../kiosk/office/show_report.py" line="37" />
      <source>No — paraphrase only</source>
      <translation>خیر — فقط با بازگویی</translation>
    </message>
    <message>
      <location filename="../../kiosk/office/show_report.py" line="38" />
      <source>Voice</source>
      <translation>صوتی</translation>
    </message>
    <message>
      <location filename="../../kiosk/office/show_report.py" line="39" />
      <source>Text</source>
      <translation>نوشتاری</translation>
    </message>
    <message>
      <location filename="../../kiosk/office/show_report.py" line="40" />
      <source>Kiosk %1</source>
      <translation>کیوسک %1</translation>
    </message>
    <message>
      <location filename="../../kiosk/office/show_report.py" line="41" />
      <source>Instagram</source>
      <translation>اینستاگرام</translation>
    </message>
    <message>
      <location filename="../../kiosk/office/show_report.py" line="42" />
      <source>Phone call</source>
      <translation>تماس تلفنی</translation>
    </message>
    <message>
      <location filename="../../kiosk/office/show_report.py" line="43" />
      <source>Other channel</source>
      <translation>راه دیگر</translation>
    </message>
    <message>
      <location filename="../../kiosk/office/show_report.py" line="44" />
      <source>%1 questions: %2 answered, %3 skipped</source>
      <translation>%1 پرسش: %2 پاسخ داده شد، %3 رد شد</translation>
    </message>
  </context>
</TS>