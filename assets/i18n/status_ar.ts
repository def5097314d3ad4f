<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>words</name>
    <message>
        <source>Follow up your question</source>
        <translation>متابعة سؤالك</translation>
    </message>
    <message>
        <source>Type the ticket code printed on your receipt, or scan its QR code.</source>
        <translation>اكتب رمز التذكرة المطبوع على الإيصال، أو امسح رمز QR الخاص به.</translation>
    </message>
    <message>
        <source>Ticket code</source>
        <translation>رمز التذكرة</translation>
    </message>
    <message>
        <source>Show status</source>
        <translation>عرض الحالة</translation>
    </message>
    <message>
        <source>This page shows only the stage of a question. It never shows what was said, nor any name or phone number.</source>
        <translation>تعرض هذه الصفحة مرحلة السؤال فقط، ولا تعرض أبدًا ما قيل ولا أي اسم أو رقم هاتف.</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>التذكرة %1</translation>
    </message>
    <message>
        <source>A ticket code has 8 digits, like 1234-5678. Please check what you typed.</source>
        <translation>يتكون رمز التذكرة من ٨ أرقام، مثل ١٢٣٤-٥٦٧٨. يرجى التحقق مما كتبته.</translation>
    </message>
    <message>
        <source>This code has a typing mistake: its last digit does not match. Please check each digit on your receipt.</source>
        <translation>في هذا الرمز خطأ في الكتابة: الرقم الأخير لا يطابق. يرجى مقارنة كل رقم بالإيصال.</translation>
    </message>
    <message>
        <source>No question with this code has reached the programme yet. New questions appear here a few days after they were sent. Please check the code and try again later.</source>
        <translation>لم يصل إلى البرنامج بعد أي سؤال بهذا الرمز. تظهر الأسئلة الجديدة هنا بعد أيام قليلة من إرسالها. يرجى التحقق من الرمز والمحاولة لاحقًا.</translation>
    </message>
    <message>
        <source>The status could not be loaded. Please check your connection and try again.</source>
        <translation>تعذّر تحميل الحالة. يرجى التحقق من الاتصال والمحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>This page must be opened over a secure (https) address.</source>
        <translation>يجب فتح هذه الصفحة عبر عنوان آمن (https).</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>تم الاستلام</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>قيد المراجعة</translation>
    </message>
    <message>
        <source>Selected for the live programme</source>
        <translation>مختار للبرنامج المباشر</translation>
    </message>
    <message>
        <source>Answered live</source>
        <translation>تمت الإجابة على الهواء</translation>
    </message>
    <message>
        <source>Not selected for broadcast</source>
        <translation>لم يُختر للبث</translation>
    </message>
    <message>
        <source>Received on %1.</source>
        <translation>تم الاستلام في %1.</translation>
    </message>
    <message>
        <source>The programme&apos;s team is reviewing your question.</source>
        <translation>يراجع فريق البرنامج سؤالك.</translation>
    </message>
    <message>
        <source>Your question is planned for the live programme on %1.</source>
        <translation>سؤالك مقرر للبرنامج المباشر في %1.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1، الساعة %2</translation>
    </message>
    <message>
        <source>The mayor answered your question live on %1.</source>
        <translation>أجاب رئيس البلدية عن سؤالك على الهواء في %1.</translation>
    </message>
    <message>
        <source>It was answered together with similar questions.</source>
        <translation>تمت الإجابة عنه مع أسئلة مشابهة.</translation>
    </message>
    <message>
        <source>It was referred to the responsible department of the municipality.</source>
        <translation>أُحيل إلى القسم المختص في البلدية.</translation>
    </message>
    <message>
        <source>It is outside the municipality&apos;s remit.</source>
        <translation>إنه خارج اختصاص البلدية.</translation>
    </message>
    <message>
        <source>It was not suitable for broadcast.</source>
        <translation>لم يكن مناسبًا للبث.</translation>
    </message>
    <message>
        <source>You are entered in the prize draw.</source>
        <translation>أنت مشارك في السحب على الجوائز.</translation>
    </message>
    <message>
        <source>You won the prize draw! The programme&apos;s team will call you.</source>
        <translation>لقد فزت في السحب! سيتصل بك فريق البرنامج.</translation>
    </message>
    <message>
        <source>You are a reserve in the prize draw.</source>
        <translation>أنت احتياطي في السحب على الجوائز.</translation>
    </message>
    <message>
        <source>Signed minutes of the draw</source>
        <translation>محضر السحب الموقّع</translation>
    </message>
</context>
</TS>
