<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>FleetTab</name>
    <message>
        <location filename="../../ui/office/fleet.py" line="66"/>
        <source>Kiosks</source>
        <translation>Kiosks</translation>
    </message>
    <message>
        <location filename="../../ui/office/fleet.py" line="69"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/office/fleet.py" line="69"/>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../ui/office/fleet.py" line="69"/>
        <source>Silent</source>
        <translation>Silent</translation>
    </message>
    <message>
        <location filename="../../ui/office/fleet.py" line="72"/>
        <source>no heartbeat for more than three intervals</source>
        <translation>no heartbeat for more than three intervals</translation>
    </message>
    <message>
        <location filename="../../ui/office/fleet.py" line="73"/>
        <source>no heartbeat received yet</source>
        <translation>no heartbeat received yet</translation>
    </message>
    <message>
        <location filename="../../ui/office/fleet.py" line="74"/>
        <source>disk below the kiosk&apos;s warning floor</source>
        <translation>disk below the kiosk&apos;s warning floor</translation>
    </message>
    <message>
        <location filename="../../ui/office/fleet.py" line="75"/>
        <source>microphone missing</source>
        <translation>microphone missing</translation>
    </message>
    <message>
        <location filename="../../ui/office/fleet.py" line="76"/>
        <source>unsent questions waiting too long</source>
        <translation>unsent questions waiting too long</translation>
    </message>
    <message>
        <location filename="../../ui/office/fleet.py" line="77"/>
        <source>clock off by more than two minutes</source>
        <translation>clock off by more than two minutes</translation>
    </message>
    <message>
        <location filename="../../ui/office/fleet.py" line="77"/>
        <source>other problem</source>
        <translation>other problem</translation>
    </message>
    <message>
        <location filename="../../ui/office/fleet.py" line="81"/>
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <location filename="../../ui/office/fleet.py" line="81"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/office/fleet.py" line="81"/>
        <source>Last seen</source>
        <translation>Last seen</translation>
    </message>
    <message>
        <location filename="../../ui/office/fleet.py" line="81"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../ui/office/fleet.py" line="81"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/office/fleet.py" line="82"/>
        <source>Settings version</source>
        <translation>Settings version</translation>
    </message>
    <message>
        <location filename="../../ui/office/fleet.py" line="82"/>
        <source>Waiting to send</source>
        <translation>Waiting to send</translation>
    </message>
    <message>
        <location filename="../../ui/office/fleet.py" line="82"/>
        <source>Questions per day</source>
        <translation>Questions per day</translation>
    </message>
    <message>
        <location filename="../../ui/office/fleet.py" line="83"/>
        <source>Kiosks of the fleet</source>
        <translation>Kiosks of the fleet</translation>
    </message>
    <message>
        <location filename="../../ui/office/fleet.py" line="84"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/office/fleet.py" line="85"/>
        <source>Refresh the fleet view</source>
        <translation>Refresh the fleet view</translation>
    </message>
    <message>
        <location filename="../../ui/office/fleet.py" line="99"/>
        <source>Could not read the fleet: %1</source>
        <translation>Could not read the fleet: %1</translation>
    </message>
    <message>
        <location filename="../../ui/office/fleet.py" line="115"/>
        <source>OK: %1 — warning: %2 — silent: %3</source>
        <translation>OK: %1 — warning: %2 — silent: %3</translation>
    </message>
    <message>
        <location filename="../../ui/office/fleet.py" line="121"/>
        <source>never</source>
        <translation>never</translation>
    </message>
</context>
<context>
    <name>ProgrammePanel</name>
    <message>
        <location filename="../../ui/widgets/programme.py" line="72"/>
        <source>Next live answers: %1</source>
        <translation>Next live answers: %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/programme.py" line="82"/>
        <source>%1 questions from this tribune have been answered live</source>
        <translation>%1 questions from this tribune have been answered live</translation>
    </message>
</context>
</TS>
