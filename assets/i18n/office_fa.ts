<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR" sourcelanguage="en">
<context>
    <name>AttractScreen</name>
    <message>
        <source>Citizen and Mayor</source>
        <translation>شهروند و شهردار</translation>
    </message>
</context>
<context>
    <name>Office</name>
    <message>
        <source>Saved: selected for the programme.</source>
        <translation>ذخیره شد: برای برنامه برگزیده شد.</translation>
    </message>
    <message>
        <source>Saved: no longer selected.</source>
        <translation>ذخیره شد: دیگر برگزیده نیست.</translation>
    </message>
    <message>
        <source>Saved: answered date.</source>
        <translation>ذخیره شد: تاریخ پاسخ.</translation>
    </message>
    <message>
        <source>Notes saved.</source>
        <translation>یادداشت ذخیره شد.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>همه</translation>
    </message>
    <message>
        <source>Communications office — Citizen and Mayor</source>
        <translation>دفتر ارتباطات — شهروند و شهردار</translation>
    </message>
    <message>
        <source>Search text or ticket</source>
        <translation>جستجو در متن یا کد رسید</translation>
    </message>
    <message>
        <source>From (YYYY-MM-DD)</source>
        <translation>از تاریخ (۱۴۰۵-۰۹-۰۱)</translation>
    </message>
    <message>
        <source>To (YYYY-MM-DD)</source>
        <translation>تا تاریخ (۱۴۰۵-۰۹-۳۰)</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>صافی وضعیت</translation>
    </message>
    <message>
        <source>Consent filter</source>
        <translation>صافی رضایت</translation>
    </message>
    <message>
        <source>Kiosk filter</source>
        <translation>صافی کیوسک</translation>
    </message>
    <message>
        <source>Topic filter</source>
        <translation>صافی موضوع</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>از تاریخ</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>تا تاریخ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>پیشرفت</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>پرسش‌ها</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>دریافت پرسش‌ها…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>خروجی CSV…</translation>
    </message>
    <message>
        <source>Export broadcast audio…</source>
        <translation>خروجی صدا برای پخش…</translation>
    </message>
    <message>
        <source>Live draw…</source>
        <translation>قرعه‌کشی زنده…</translation>
    </message>
    <message>
        <source>Bad date: write it as YYYY-MM-DD.</source>
        <translation>تاریخ نادرست است: به شکل ۱۴۰۵-۰۹-۰۱ بنویسید.</translation>
    </message>
    <message>
        <source>Failed: {error}</source>
        <translation>خطا: {error}</translation>
    </message>
    <message>
        <source>Working… {done} of {total}</source>
        <translation>در حال کار… {done} از {total}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Folder, USB export or s3://bucket/prefix</source>
        <translation>پوشه، حافظه USB یا s3://bucket/prefix</translation>
    </message>
    <message>
        <source>S3 endpoint URL (optional)</source>
        <translation>نشانی سرور S3 (اختیاری)</translation>
    </message>
    <message>
        <source>Questions per day and per topic</source>
        <translation>شمار پرسش‌ها در هر روز و هر موضوع</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>در هر روز</translation>
    </message>
    <message>
        <source>Per topic</source>
        <translation>در هر موضوع</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>مکث</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>پخش</translation>
    </message>
    <message>
        <source>Cannot play (no sound device?)</source>
        <translation>پخش صدا ممکن نیست (کارت صدا؟)</translation>
    </message>
    <message>
        <source>Selected for the programme</source>
        <translation>برگزیده برای برنامه</translation>
    </message>
    <message>
        <source>Answered live on</source>
        <translation>پاسخ زنده در تاریخ</translation>
    </message>
    <message>
        <source>Save notes</source>
        <translation>ذخیره یادداشت</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>Question details</source>
        <translation>مشخصات پرسش</translation>
    </message>
    <message>
        <source>Play the recording</source>
        <translation>پخش صدای ضبط‌شده</translation>
    </message>
    <message>
        <source>Question text</source>
        <translation>متن پرسش</translation>
    </message>
    <message>
        <source>Answered on date</source>
        <translation>تاریخ پاسخ</translation>
    </message>
    <message>
        <source>No audio</source>
        <translation>صدایی نیست</translation>
    </message>
    <message>
        <source>Prize draw of “{programme}”</source>
        <translation>قرعه‌کشی «{programme}»</translation>
    </message>
    <message>
        <source>Announced commitment (SHA-256)</source>
        <translation>تعهد اعلام‌شده (SHA-256)</translation>
    </message>
    <message>
        <source>Witness input</source>
        <translation>ورودی شاهد</translation>
    </message>
    <message>
        <source>Add witness input</source>
        <translation>ثبت ورودی شاهد</translation>
    </message>
    <message>
        <source>Remove the chosen input</source>
        <translation>حذف ورودی انتخاب‌شده</translation>
    </message>
    <message>
        <source>Public beacon (optional)</source>
        <translation>مقدار عمومی (اختیاری)</translation>
    </message>
    <message>
        <source>Winners</source>
        <translation>تعداد برندگان</translation>
    </message>
    <message>
        <source>Reserves</source>
        <translation>تعداد ذخیره‌ها</translation>
    </message>
    <message>
        <source>Run the draw</source>
        <translation>اجرای قرعه‌کشی</translation>
    </message>
    <message>
        <source>Reveal next winner</source>
        <translation>نمایش برنده بعدی</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Witness inputs</source>
        <translation>ورودی‌های شاهدان</translation>
    </message>
    <message>
        <source>Add at least one witness input first.</source>
        <translation>اول دست‌کم یک ورودی شاهد ثبت کنید.</translation>
    </message>
    <message>
        <source>Seed: {seed}</source>
        <translation>بذر: {seed}</translation>
    </message>
    <message>
        <source>Signed minutes: {path}</source>
        <translation>صورت‌جلسه امضاشده: {path}</translation>
    </message>
    <message>
        <source>Winner {n}</source>
        <translation>برنده {n}</translation>
    </message>
    <message>
        <source>Reserve {n}</source>
        <translation>ذخیره {n}</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>کد رسید</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>کیوسک</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>زمان دریافت</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>رضایت</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>پرسش</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جدید</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>برگزیده</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>پاسخ‌داده</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>انصراف‌داده</translation>
    </message>
    <message>
        <source>Submitted (UTC)</source>
        <translation>زمان ثبت (UTC)</translation>
    </message>
    <message>
        <source>Submitted (Jalali)</source>
        <translation>تاریخ ثبت (شمسی)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>اطلاعات شخصی</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>تاریخ پاسخ</translation>
    </message>
    <message>
        <source>Audio file</source>
        <translation>فایل صدا</translation>
    </message>
</context>
<context>
    <name>OfficeConsole</name>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n پرسش</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new question(s) imported</source>
        <translation>
            <numerusform>%n پرسش تازه دریافت شد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n envelope(s) quarantined</source>
        <translation>
            <numerusform>%n پاکت قرنطینه شد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) written to {path}</source>
        <translation>
            <numerusform>%n پرسش در {path} نوشته شد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s) written to {path}</source>
        <translation>
            <numerusform>%n صدای ضبط‌شده در {path} نوشته شد</numerusform>
        </translation>
    </message>
</context>
</TS>
