<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
<context>
    <name>words</name>
    <message>
        <source>Follow up your question</source>
        <translation>پیگیری پرسش شما</translation>
    </message>
    <message>
        <source>Type the ticket code printed on your receipt, or scan its QR code.</source>
        <translation>کد رهگیری چاپ‌شده روی رسید را بنویسید یا کد QR آن را اسکن کنید.</translation>
    </message>
    <message>
        <source>Ticket code</source>
        <translation>کد رهگیری</translation>
    </message>
    <message>
        <source>Show status</source>
        <translation>نمایش وضعیت</translation>
    </message>
    <message>
        <source>This page shows only the stage of a question. It never shows what was said, nor any name or phone number.</source>
        <translation>این صفحه فقط مرحلهٔ رسیدگی به پرسش را نشان می‌دهد؛ هیچ‌گاه متن یا صدای پرسش، نام یا شمارهٔ تلفن کسی را نشان نمی‌دهد.</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>کد رهگیری %1</translation>
    </message>
    <message>
        <source>A ticket code has 8 digits, like 1234-5678. Please check what you typed.</source>
        <translation>کد رهگیری ۸ رقم دارد، مانند ۱۲۳۴-۵۶۷۸. لطفاً آنچه نوشته‌اید را بررسی کنید.</translation>
    </message>
    <message>
        <source>This code has a typing mistake: its last digit does not match. Please check each digit on your receipt.</source>
        <translation>این کد اشتباه تایپی دارد: رقم آخر آن با بقیه جور نیست. لطفاً رقم‌ها را یکی‌یکی با رسید مقایسه کنید.</translation>
    </message>
    <message>
        <source>No question with this code has reached the programme yet. New questions appear here a few days after they were sent. Please check the code and try again later.</source>
        <translation>هنوز پرسشی با این کد به برنامه نرسیده است. پرسش‌های تازه چند روز پس از ارسال اینجا دیده می‌شوند. لطفاً کد را بررسی کنید و بعداً دوباره سر بزنید.</translation>
    </message>
    <message>
        <source>The status could not be loaded. Please check your connection and try again.</source>
        <translation>وضعیت بارگیری نشد. لطفاً اتصال اینترنت را بررسی کنید و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>This page must be opened over a secure (https) address.</source>
        <translation>این صفحه باید با نشانی امن (https) باز شود.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>دریافت شد</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>در حال بررسی</translation>
    </message>
    <message>
        <source>Selected for the live programme</source>
        <translation>انتخاب‌شده برای برنامهٔ زنده</translation>
    </message>
    <message>
        <source>Answered live</source>
        <translation>پاسخ داده‌شده در برنامهٔ زنده</translation>
    </message>
    <message>
        <source>Not selected for broadcast</source>
        <translation>برای پخش انتخاب نشد</translation>
    </message>
    <message>
        <source>Received on %1.</source>
        <translation>در %1 دریافت شد.</translation>
    </message>
    <message>
        <source>The programme&apos;s team is reviewing your question.</source>
        <translation>گروه برنامه در حال بررسی پرسش شماست.</translation>
    </message>
    <message>
        <source>Your question is planned for the live programme on %1.</source>
        <translation>پرسش شما برای برنامهٔ زندهٔ %1 برنامه‌ریزی شده است.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1، ساعت %2</translation>
    </message>
    <message>
        <source>The mayor answered your question live on %1.</source>
        <translation>شهردار در برنامهٔ زندهٔ %1 به پرسش شما پاسخ داد.</translation>
    </message>
    <message>
        <source>It was answered together with similar questions.</source>
        <translation>همراه با پرسش‌های مشابه پاسخ داده شد.</translation>
    </message>
    <message>
        <source>It was referred to the responsible department of the municipality.</source>
        <translation>به بخش مسئول در شهرداری ارجاع داده شد.</translation>
    </message>
    <message>
        <source>It is outside the municipality&apos;s remit.</source>
        <translation>خارج از حیطهٔ وظایف شهرداری است.</translation>
    </message>
    <message>
        <source>It was not suitable for broadcast.</source>
        <translation>برای پخش مناسب نبود.</translation>
    </message>
    <message>
        <source>You are entered in the prize draw.</source>
        <translation>شما در قرعه‌کشی شرکت داده شده‌اید.</translation>
    </message>
    <message>
        <source>You won the prize draw! The programme&apos;s team will call you.</source>
        <translation>شما برندهٔ قرعه‌کشی شدید! گروه برنامه با شما تماس می‌گیرد.</translation>
    </message>
    <message>
        <source>You are a reserve in the prize draw.</source>
        <translation>شما نفر ذخیرهٔ قرعه‌کشی هستید.</translation>
    </message>
    <message>
        <source>Signed minutes of the draw</source>
        <translation>صورت‌جلسهٔ امضاشدهٔ قرعه‌کشی</translation>
    </message>
</context>
</TS>
