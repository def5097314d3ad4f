<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
  <context>
    <name>ShowReport</name>
    <message>
      <location filename="../../kiosk/office/show_report.py" line="23" />
      <source>Order</source>
      <translation>Order</translation>
    </message>
    <message>
      <location filename="../../kiosk/office/show_report.py" line="24" />
      <source>Ticket</source>
      <translation>Ticket</translation>
    </message>
    <message>
      <location filename="../../kiosk/office/show_report.py" line="25" />
      <source>From</source>
      <translation>From</translation>
    </message>
    <message>
      <location filename="../../kiosk/office/show_report.py" line="26" />
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <location filename="../../kiosk/office/show_report.py" line="27" />
      <source>Broadcast allowed</source>
      <translation>Broadcast allowed</translation>
    </message>
    <message>
      <location filename="../../kiosk/office/show_report.py" line="28" />
      <source>Result</source>
      <translation>Result</translation>
    </message>
    <message>
      <location filename="../../kiosk/office/show_report.py" line="29" />
      <source>Time</source>
      <translation>Time</translation>
    </message>
    <message>
      <location filename="../../kiosk/office/show_report.py" line="32" />
      <source>Show report</source>
      <translation>Show report</translation>
    </message>
    <message>
      <location filename="../../kiosk/office/show_report.py" line="33" />
      <source>Answered</source>
      <translation>Answered</translation>
    </message>
    <message>
      <location filename="../../kiosk/office/show_report.py" line="34" />
      <source>Skipped</source>
      <translation>Skipped</translation>
    </message>
    <message>
      <location filename="../../kiosk/office/show_report.py" line="35" />
      <source>Not reached</source>
      <translation>Not reached</translation>
    </message>
    <message>
      <location filename="../../kiosk/office/show_report.py" line="36" />
      <source>Yes</source>
      <translation>Yes</translation>
    </message>
    <message>
      <location filename="../../kiosk/office/show_report.py" line="37" />
      <source>No — paraphrase only</source>
      <translation>No — paraphrase only</translation>
    </message>
    <message>
      <location filename="../../kiosk/office/show_report.py" line="38" />
      <source>Voice</source>
      <translation>Voice</translation>
    </message>
    <message>
      <location filename="../../kiosk/office/show_report.py" line="39" />
      <source>Text</source>
      <translation>Text</translation>
    </message>
    <message>
      <location filename="../../kiosk/office/show_report.py" line="40" />
      <source>Kiosk %1</source>
      <translation>Kiosk %1</translation>
    </message>
    <message>
      <location filename="../../kiosk/office/show_report.py" line="41" />
      <source>Instagram</source>
      <translation>Instagram</translation>
    </message>
    <message>
      <location filename="../../kiosk/office/show_report.py" line="42" />
      <source>Phone call</source>
      <translation>Phone call</translation>
    </message>
    <message>
      <location filename="../../kiosk/office/show_report.py" line="43" />
      <source>Other channel</source>
      <translation>Other channel</translation>
    </message>
    <message>
      <location filename="../../kiosk/office/show_report.py" line="44" />
      <source>%1 questions: %2 answered, %3 skipped</source>
      <translation>%1 questions: %2 answered, %3 skipped</translation>
    </message>
  </context>
</TS>