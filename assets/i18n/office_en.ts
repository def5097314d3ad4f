<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>AttractScreen</name>
    <message>
        <source>Citizen and Mayor</source>
        <translation>Citizen and Mayor</translation>
    </message>
</context>
<context>
    <name>Office</name>
    <message>
        <source>Saved: selected for the programme.</source>
        <translation>Saved: selected for the programme.</translation>
    </message>
    <message>
        <source>Saved: no longer selected.</source>
        <translation>Saved: no longer selected.</translation>
    </message>
    <message>
        <source>Saved: answered date.</source>
        <translation>Saved: answered date.</translation>
    </message>
    <message>
        <source>Notes saved.</source>
        <translation>Notes saved.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Communications office — Citizen and Mayor</source>
        <translation>Communications office — Citizen and Mayor</translation>
    </message>
    <message>
        <source>Search text or ticket</source>
        <translation>Search text or ticket</translation>
    </message>
    <message>
        <source>From (YYYY-MM-DD)</source>
        <translation>From (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>To (YYYY-MM-DD)</source>
        <translation>To (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Status filter</translation>
    </message>
    <message>
        <source>Consent filter</source>
        <translation>Consent filter</translation>
    </message>
    <message>
        <source>Kiosk filter</source>
        <translation>Kiosk filter</translation>
    </message>
    <message>
        <source>Topic filter</source>
        <translation>Topic filter</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>From date</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>To date</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Export broadcast audio…</source>
        <translation>Export broadcast audio…</translation>
    </message>
    <message>
        <source>Live draw…</source>
        <translation>Live draw…</translation>
    </message>
    <message>
        <source>Bad date: write it as YYYY-MM-DD.</source>
        <translation>Bad date: write it as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Failed: {error}</source>
        <translation>Failed: {error}</translation>
    </message>
    <message>
        <source>Working… {done} of {total}</source>
        <translation>Working… {done} of {total}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Folder, USB export or s3://bucket/prefix</source>
        <translation>Folder, USB export or s3://bucket/prefix</translation>
    </message>
    <message>
        <source>S3 endpoint URL (optional)</source>
        <translation>S3 endpoint URL (optional)</translation>
    </message>
    <message>
        <source>Questions per day and per topic</source>
        <translation>Questions per day and per topic</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Per day</translation>
    </message>
    <message>
        <source>Per topic</source>
        <translation>Per topic</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <source>Cannot play (no sound device?)</source>
        <translation>Cannot play (no sound device?)</translation>
    </message>
    <message>
        <source>Selected for the programme</source>
        <translation>Selected for the programme</translation>
    </message>
    <message>
        <source>Answered live on</source>
        <translation>Answered live on</translation>
    </message>
    <message>
        <source>Save notes</source>
        <translation>Save notes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Question details</source>
        <translation>Question details</translation>
    </message>
    <message>
        <source>Play the recording</source>
        <translation>Play the recording</translation>
    </message>
    <message>
        <source>Question text</source>
        <translation>Question text</translation>
    </message>
    <message>
        <source>Answered on date</source>
        <translation>Answered on date</translation>
    </message>
    <message>
        <source>No audio</source>
        <translation>No audio</translation>
    </message>
    <message>
        <source>Prize draw of “{programme}”</source>
        <translation>Prize draw of “{programme}”</translation>
    </message>
    <message>
        <source>Announced commitment (SHA-256)</source>
        <translation>Announced commitment (SHA-256)</translation>
    </message>
    <message>
        <source>Witness input</source>
        <translation>Witness input</translation>
    </message>
    <message>
        <source>Add witness input</source>
        <translation>Add witness input</translation>
    </message>
    <message>
        <source>Remove the chosen input</source>
        <translation>Remove the chosen input</translation>
    </message>
    <message>
        <source>Public beacon (optional)</source>
        <translation>Public beacon (optional)</translation>
    </message>
    <message>
        <source>Winners</source>
        <translation>Winners</translation>
    </message>
    <message>
        <source>Reserves</source>
        <translation>Reserves</translation>
    </message>
    <message>
        <source>Run the draw</source>
        <translation>Run the draw</translation>
    </message>
    <message>
        <source>Reveal next winner</source>
        <translation>Reveal next winner</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Witness inputs</source>
        <translation>Witness inputs</translation>
    </message>
    <message>
        <source>Add at least one witness input first.</source>
        <translation>Add at least one witness input first.</translation>
    </message>
    <message>
        <source>Seed: {seed}</source>
        <translation>Seed: {seed}</translation>
    </message>
    <message>
        <source>Signed minutes: {path}</source>
        <translation>Signed minutes: {path}</translation>
    </message>
    <message>
        <source>Winner {n}</source>
        <translation>Winner {n}</translation>
    </message>
    <message>
        <source>Reserve {n}</source>
        <translation>Reserve {n}</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Selected</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Submitted (UTC)</source>
        <translation>Submitted (UTC)</translation>
    </message>
    <message>
        <source>Submitted (Jalali)</source>
        <translation>Submitted (Jalali)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Answered on</translation>
    </message>
    <message>
        <source>Audio file</source>
        <translation>Audio file</translation>
    </message>
</context>
<context>
    <name>OfficeConsole</name>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new question(s) imported</source>
        <translation>
            <numerusform>%n new question imported</numerusform>
            <numerusform>%n new questions imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n envelope(s) quarantined</source>
        <translation>
            <numerusform>%n envelope quarantined</numerusform>
            <numerusform>%n envelopes quarantined</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) written to {path}</source>
        <translation>
            <numerusform>%n question written to {path}</numerusform>
            <numerusform>%n questions written to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s) written to {path}</source>
        <translation>
            <numerusform>%n recording written to {path}</numerusform>
            <numerusform>%n recordings written to {path}</numerusform>
        </translation>
    </message>
</context>
</TS>
