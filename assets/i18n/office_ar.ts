<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AttractScreen</name>
    <message>
        <source>Citizen and Mayor</source>
        <translation>المواطن والعمدة</translation>
    </message>
</context>
<context>
    <name>Office</name>
    <message>
        <source>Saved: selected for the programme.</source>
        <translation>حُفظ: اختير للبرنامج.</translation>
    </message>
    <message>
        <source>Saved: no longer selected.</source>
        <translation>حُفظ: لم يعد مختارًا.</translation>
    </message>
    <message>
        <source>Saved: answered date.</source>
        <translation>حُفظ: تاريخ الإجابة.</translation>
    </message>
    <message>
        <source>Notes saved.</source>
        <translation>حُفظت الملاحظات.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>Communications office — Citizen and Mayor</source>
        <translation>مكتب الاتصالات — المواطن والعمدة</translation>
    </message>
    <message>
        <source>Search text or ticket</source>
        <translation>ابحث في النص أو رمز الإيصال</translation>
    </message>
    <message>
        <source>From (YYYY-MM-DD)</source>
        <translation>من (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>To (YYYY-MM-DD)</source>
        <translation>إلى (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>تصفية الحالة</translation>
    </message>
    <message>
        <source>Consent filter</source>
        <translation>تصفية الموافقة</translation>
    </message>
    <message>
        <source>Kiosk filter</source>
        <translation>تصفية الكشك</translation>
    </message>
    <message>
        <source>Topic filter</source>
        <translation>تصفية الموضوع</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>من تاريخ</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>إلى تاريخ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدّم</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>الأسئلة</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>استيراد…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>تصدير CSV…</translation>
    </message>
    <message>
        <source>Export broadcast audio…</source>
        <translation>تصدير الصوت للبث…</translation>
    </message>
    <message>
        <source>Live draw…</source>
        <translation>السحب المباشر…</translation>
    </message>
    <message>
        <source>Bad date: write it as YYYY-MM-DD.</source>
        <translation>تاريخ غير صحيح: اكتبه بالشكل YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Failed: {error}</source>
        <translation>خطأ: {error}</translation>
    </message>
    <message>
        <source>Working… {done} of {total}</source>
        <translation>جارٍ العمل… {done} من {total}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Folder, USB export or s3://bucket/prefix</source>
        <translation>مجلد أو ذاكرة USB أو s3://bucket/prefix</translation>
    </message>
    <message>
        <source>S3 endpoint URL (optional)</source>
        <translation>عنوان خادم S3 (اختياري)</translation>
    </message>
    <message>
        <source>Questions per day and per topic</source>
        <translation>عدد الأسئلة في اليوم وحسب الموضوع</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>في اليوم</translation>
    </message>
    <message>
        <source>Per topic</source>
        <translation>حسب الموضوع</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>تشغيل</translation>
    </message>
    <message>
        <source>Cannot play (no sound device?)</source>
        <translation>لا يمكن التشغيل (لا جهاز صوت؟)</translation>
    </message>
    <message>
        <source>Selected for the programme</source>
        <translation>مختار للبرنامج</translation>
    </message>
    <message>
        <source>Answered live on</source>
        <translation>أجيب مباشرة في</translation>
    </message>
    <message>
        <source>Save notes</source>
        <translation>حفظ الملاحظات</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Question details</source>
        <translation>تفاصيل السؤال</translation>
    </message>
    <message>
        <source>Play the recording</source>
        <translation>تشغيل التسجيل</translation>
    </message>
    <message>
        <source>Question text</source>
        <translation>نص السؤال</translation>
    </message>
    <message>
        <source>Answered on date</source>
        <translation>تاريخ الإجابة</translation>
    </message>
    <message>
        <source>No audio</source>
        <translation>لا يوجد صوت</translation>
    </message>
    <message>
        <source>Prize draw of “{programme}”</source>
        <translation>سحب جوائز «{programme}»</translation>
    </message>
    <message>
        <source>Announced commitment (SHA-256)</source>
        <translation>الالتزام المعلن (SHA-256)</translation>
    </message>
    <message>
        <source>Witness input</source>
        <translation>مدخل الشاهد</translation>
    </message>
    <message>
        <source>Add witness input</source>
        <translation>إضافة مدخل الشاهد</translation>
    </message>
    <message>
        <source>Remove the chosen input</source>
        <translation>حذف المدخل المختار</translation>
    </message>
    <message>
        <source>Public beacon (optional)</source>
        <translation>قيمة عامة (اختياري)</translation>
    </message>
    <message>
        <source>Winners</source>
        <translation>عدد الفائزين</translation>
    </message>
    <message>
        <source>Reserves</source>
        <translation>عدد الاحتياط</translation>
    </message>
    <message>
        <source>Run the draw</source>
        <translation>إجراء السحب</translation>
    </message>
    <message>
        <source>Reveal next winner</source>
        <translation>إظهار الفائز التالي</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Witness inputs</source>
        <translation>مدخلات الشهود</translation>
    </message>
    <message>
        <source>Add at least one witness input first.</source>
        <translation>أضف مدخل شاهد واحدًا على الأقل أولًا.</translation>
    </message>
    <message>
        <source>Seed: {seed}</source>
        <translation>البذرة: {seed}</translation>
    </message>
    <message>
        <source>Signed minutes: {path}</source>
        <translation>المحضر الموقّع: {path}</translation>
    </message>
    <message>
        <source>Winner {n}</source>
        <translation>الفائز {n}</translation>
    </message>
    <message>
        <source>Reserve {n}</source>
        <translation>الاحتياط {n}</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>رمز الإيصال</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>الكشك</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>وقت الاستلام</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>مختار</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>تمت الإجابة</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>مسحوب</translation>
    </message>
    <message>
        <source>Submitted (UTC)</source>
        <translation>وقت الإرسال (UTC)</translation>
    </message>
    <message>
        <source>Submitted (Jalali)</source>
        <translation>تاريخ الإرسال (هجري شمسي)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>بيانات شخصية</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>تاريخ الإجابة</translation>
    </message>
    <message>
        <source>Audio file</source>
        <translation>ملف الصوت</translation>
    </message>
</context>
<context>
    <name>OfficeConsole</name>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>لا أسئلة</numerusform>
            <numerusform>سؤال واحد</numerusform>
            <numerusform>سؤالان</numerusform>
            <numerusform>%n أسئلة</numerusform>
            <numerusform>%n سؤالًا</numerusform>
            <numerusform>%n سؤال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new question(s) imported</source>
        <translation>
            <numerusform>لم يُستورد أي سؤال جديد</numerusform>
            <numerusform>استُورد سؤال جديد واحد</numerusform>
            <numerusform>استُورد سؤالان جديدان</numerusform>
            <numerusform>استُوردت %n أسئلة جديدة</numerusform>
            <numerusform>استُورد %n سؤالًا جديدًا</numerusform>
            <numerusform>استُورد %n سؤال جديد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n envelope(s) quarantined</source>
        <translation>
            <numerusform>لا مغلفات في الحجر</numerusform>
            <numerusform>مغلف واحد في الحجر</numerusform>
            <numerusform>مغلفان في الحجر</numerusform>
            <numerusform>%n مغلفات في الحجر</numerusform>
            <numerusform>%n مغلفًا في الحجر</numerusform>
            <numerusform>%n مغلف في الحجر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) written to {path}</source>
        <translation>
            <numerusform>لم يُكتب أي سؤال في {path}</numerusform>
            <numerusform>كُتب سؤال واحد في {path}</numerusform>
            <numerusform>كُتب سؤالان في {path}</numerusform>
            <numerusform>كُتبت %n أسئلة في {path}</numerusform>
            <numerusform>كُتب %n سؤالًا في {path}</numerusform>
            <numerusform>كُتب %n سؤال في {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s) written to {path}</source>
        <translation>
            <numerusform>لم يُكتب أي تسجيل في {path}</numerusform>
            <numerusform>كُتب تسجيل واحد في {path}</numerusform>
            <numerusform>كُتب تسجيلان في {path}</numerusform>
            <numerusform>كُتبت %n تسجيلات في {path}</numerusform>
            <numerusform>كُتب %n تسجيلًا في {path}</numerusform>
            <numerusform>كُتب %n تسجيل في {path}</numerusform>
        </translation>
    </message>
</context>
</TS>
