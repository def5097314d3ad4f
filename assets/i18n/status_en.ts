<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>words</name>
    <message>
        <source>Follow up your question</source>
        <translation>Follow up your question</translation>
    </message>
    <message>
        <source>Type the ticket code printed on your receipt, or scan its QR code.</source>
        <translation>Type the ticket code printed on your receipt, or scan its QR code.</translation>
    </message>
    <message>
        <source>Ticket code</source>
        <translation>Ticket code</translation>
    </message>
    <message>
        <source>Show status</source>
        <translation>Show status</translation>
    </message>
    <message>
        <source>This page shows only the stage of a question. It never shows what was said, nor any name or phone number.</source>
        <translation>This page shows only the stage of a question. It never shows what was said, nor any name or phone number.</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>Ticket %1</translation>
    </message>
    <message>
        <source>A ticket code has 8 digits, like 1234-5678. Please check what you typed.</source>
        <translation>A ticket code has 8 digits, like 1234-5678. Please check what you typed.</translation>
    </message>
    <message>
        <source>This code has a typing mistake: its last digit does not match. Please check each digit on your receipt.</source>
        <translation>This code has a typing mistake: its last digit does not match. Please check each digit on your receipt.</translation>
    </message>
    <message>
        <source>No question with this code has reached the programme yet. New questions appear here a few days after they were sent. Please check the code and try again later.</source>
        <translation>No question with this code has reached the programme yet. New questions appear here a few days after they were sent. Please check the code and try again later.</translation>
    </message>
    <message>
        <source>The status could not be loaded. Please check your connection and try again.</source>
        <translation>The status could not be loaded. Please check your connection and try again.</translation>
    </message>
    <message>
        <source>This page must be opened over a secure (https) address.</source>
        <translation>This page must be opened over a secure (https) address.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>Under review</translation>
    </message>
    <message>
        <source>Selected for the live programme</source>
        <translation>Selected for the live programme</translation>
    </message>
    <message>
        <source>Answered live</source>
        <translation>Answered live</translation>
    </message>
    <message>
        <source>Not selected for broadcast</source>
        <translation>Not selected for broadcast</translation>
    </message>
    <message>
        <source>Received on %1.</source>
        <translation>Received on %1.</translation>
    </message>
    <message>
        <source>The programme&apos;s team is reviewing your question.</source>
        <translation>The programme&apos;s team is reviewing your question.</translation>
    </message>
    <message>
        <source>Your question is planned for the live programme on %1.</source>
        <translation>Your question is planned for the live programme on %1.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>The mayor answered your question live on %1.</source>
        <translation>The mayor answered your question live on %1.</translation>
    </message>
    <message>
        <source>It was answered together with similar questions.</source>
        <translation>It was answered together with similar questions.</translation>
    </message>
    <message>
        <source>It was referred to the responsible department of the municipality.</source>
        <translation>It was referred to the responsible department of the municipality.</translation>
    </message>
    <message>
        <source>It is outside the municipality&apos;s remit.</source>
        <translation>It is outside the municipality&apos;s remit.</translation>
    </message>
    <message>
        <source>It was not suitable for broadcast.</source>
        <translation>It was not suitable for broadcast.</translation>
    </message>
    <message>
        <source>You are entered in the prize draw.</source>
        <translation>You are entered in the prize draw.</translation>
    </message>
    <message>
        <source>You won the prize draw! The programme&apos;s team will call you.</source>
        <translation>You won the prize draw! The programme&apos;s team will call you.</translation>
    </message>
    <message>
        <source>You are a reserve in the prize draw.</source>
        <translation>You are a reserve in the prize draw.</translation>
    </message>
    <message>
        <source>Signed minutes of the draw</source>
        <translation>Signed minutes of the draw</translation>
    </message>
</context>
</TS>
