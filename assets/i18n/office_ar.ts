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
    <name>ChannelQuestionDialog</name>
    <message>
      <source>A question from another channel</source>
      <translation>سؤال من قناة أخرى</translation>
    </message>
    <message>
      <source>Instagram</source>
      <translation>إنستغرام</translation>
    </message>
    <message>
      <source>Phone call</source>
      <translation>مكالمة هاتفية</translation>
    </message>
    <message>
      <source>Other channel</source>
      <translation>قناة أخرى</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>القناة</translation>
    </message>
    <message>
      <source>Question</source>
      <translation>السؤال</translation>
    </message>
    <message>
      <source>Handle</source>
      <translation>المعرّف</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>الهاتف</translation>
    </message>
    <message>
      <source>Received on</source>
      <translation>تاريخ الاستلام</translation>
    </message>
    <message>
      <source>Draw</source>
      <translation>السحب</translation>
    </message>
    <message>
      <source>The person agreed to enter the prize draw</source>
      <translation>وافق الشخص على المشاركة في السحب</translation>
    </message>
    <message>
      <source>today, or 1405-09-05</source>
      <translation>اليوم، أو 1405-09-05</translation>
    </message>
    <message>
      <source>only if they agreed to be contacted</source>
      <translation>فقط إذا وافق على التواصل معه</translation>
    </message>
    <message>
      <source>Save the question</source>
      <translation>حفظ السؤال</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>إلغاء</translation>
    </message>
    <message>
      <source>Type the question first.</source>
      <translation>اكتب السؤال أولًا.</translation>
    </message>
    <message>
      <source>The question is too long.</source>
      <translation>السؤال طويل جدًا.</translation>
    </message>
    <message>
      <source>That is not a phone number.</source>
      <translation>هذا ليس رقم هاتف.</translation>
    </message>
    <message>
      <source>To enter the draw, give a phone number or a handle to contact the person.</source>
      <translation>للمشاركة في السحب، أدخل رقم هاتف أو معرّفًا للتواصل مع الشخص.</translation>
    </message>
    <message>
      <source>The date received cannot be in the future.</source>
      <translation>لا يمكن أن يكون تاريخ الاستلام في المستقبل.</translation>
    </message>
    <message>
      <source>Write the date as 1405-09-05 or 2026-11-26.</source>
      <translation>اكتب التاريخ هكذا: 1405-09-05 أو 2026-11-26.</translation>
    </message>
  </context>
  <context>
    <name>FleetTab</name>
    <message>
      <source>Kiosks</source>
      <translation>الأكشاك</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>سليم</translation>
    </message>
    <message>
      <source>Warning</source>
      <translation>تحذير</translation>
    </message>
    <message>
      <source>Silent</source>
      <translation>صامت</translation>
    </message>
    <message>
      <source>no heartbeat for more than three intervals</source>
      <translation>لم تصل إشارة منذ أكثر من ثلاث فترات</translation>
    </message>
    <message>
      <source>no heartbeat received yet</source>
      <translation>لم تصل أي إشارة بعد</translation>
    </message>
    <message>
      <source>disk below the kiosk's warning floor</source>
      <translation>مساحة القرص أقل من حد التحذير</translation>
    </message>
    <message>
      <source>microphone missing</source>
      <translation>الميكروفون غير موجود</translation>
    </message>
    <message>
      <source>unsent questions waiting too long</source>
      <translation>أسئلة غير مرسلة تنتظر طويلاً</translation>
    </message>
    <message>
      <source>clock off by more than two minutes</source>
      <translation>ساعة الكشك مختلفة بأكثر من دقيقتين</translation>
    </message>
    <message>
      <source>other problem</source>
      <translation>مشكلة أخرى</translation>
    </message>
    <message>
      <source>Kiosk</source>
      <translation>الكشك</translation>
    </message>
    <message>
      <source>State</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <source>Last seen</source>
      <translation>آخر ظهور</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>السبب</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>إصدار البرنامج</translation>
    </message>
    <message>
      <source>Settings version</source>
      <translation>إصدار الإعدادات</translation>
    </message>
    <message>
      <source>Waiting to send</source>
      <translation>بانتظار الإرسال</translation>
    </message>
    <message>
      <source>Questions per day</source>
      <translation>الأسئلة في اليوم</translation>
    </message>
    <message>
      <source>Kiosks of the fleet</source>
      <translation>أكشاك المدينة</translation>
    </message>
    <message>
      <source>Refresh</source>
      <translation>تحديث</translation>
    </message>
    <message>
      <source>Refresh the fleet view</source>
      <translation>تحديث قائمة الأكشاك</translation>
    </message>
    <message>
      <source>Could not read the fleet: %1</source>
      <translation>تعذرت قراءة حالة الأكشاك: %1</translation>
    </message>
    <message>
      <source>OK: %1 — warning: %2 — silent: %3</source>
      <translation>سليم: %1 — تحذير: %2 — صامت: %3</translation>
    </message>
    <message>
      <source>never</source>
      <translation>أبداً</translation>
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
  <context>
    <name>PresenterView</name>
    <message>
      <source>Play / pause</source>
      <translation>تشغيل / إيقاف</translation>
    </message>
    <message>
      <source>Play or pause the recording</source>
      <translation>تشغيل التسجيل أو إيقافه</translation>
    </message>
    <message>
      <source>Previous</source>
      <translation>السابق</translation>
    </message>
    <message>
      <source>Previous question</source>
      <translation>السؤال السابق</translation>
    </message>
    <message>
      <source>Next</source>
      <translation>التالي</translation>
    </message>
    <message>
      <source>Next question without marking</source>
      <translation>السؤال التالي دون وضع علامة</translation>
    </message>
    <message>
      <source>Answered</source>
      <translation>تمت الإجابة</translation>
    </message>
    <message>
      <source>Mark answered and go on</source>
      <translation>وضع علامة «تمت الإجابة» والمتابعة</translation>
    </message>
    <message>
      <source>Skip</source>
      <translation>تخطٍّ</translation>
    </message>
    <message>
      <source>Mark skipped and go on</source>
      <translation>وضع علامة «تم التخطي» والمتابعة</translation>
    </message>
    <message>
      <source>Mirror text</source>
      <translation>نص معكوس</translation>
    </message>
    <message>
      <source>Mirror the text for a teleprompter glass</source>
      <translation>عكس النص لزجاج جهاز التلقين</translation>
    </message>
    <message>
      <source>Not for broadcast — paraphrase only</source>
      <translation>ليس للبث — إعادة صياغة فقط</translation>
    </message>
    <message>
      <source>Presenter view</source>
      <translation>عرض المقدم</translation>
    </message>
    <message>
      <source>The rundown is empty.</source>
      <translation>قائمة البرنامج فارغة.</translation>
    </message>
    <message>
      <source>Kiosk %1</source>
      <translation>الكشك %1</translation>
    </message>
    <message>
      <source>Instagram</source>
      <translation>إنستغرام</translation>
    </message>
    <message>
      <source>Phone call</source>
      <translation>مكالمة هاتفية</translation>
    </message>
    <message>
      <source>Other channel</source>
      <translation>قناة أخرى</translation>
    </message>
    <message>
      <source>answered</source>
      <translation>تمت الإجابة</translation>
    </message>
    <message>
      <source>skipped</source>
      <translation>تم التخطي</translation>
    </message>
    <message>
      <source>(text shown only on the presenter's screen)</source>
      <translation>(يُعرض النص على شاشة المقدم فقط)</translation>
    </message>
    <message>
      <source>(voice question: play the recording)</source>
      <translation>(سؤال صوتي: شغّل التسجيل)</translation>
    </message>
    <message>
      <source>Pause</source>
      <translation>إيقاف مؤقت</translation>
    </message>
  </context>
  <context>
    <name>ProgrammeTab</name>
    <message>
      <source>Library</source>
      <translation>المكتبة</translation>
    </message>
    <message>
      <source>Programme</source>
      <translation>البرنامج</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>الحلقة</translation>
    </message>
    <message>
      <source>New show</source>
      <translation>حلقة جديدة</translation>
    </message>
    <message>
      <source>Create a show with this date and title</source>
      <translation>إنشاء حلقة بهذا التاريخ والعنوان</translation>
    </message>
    <message>
      <source>Add to rundown</source>
      <translation>إضافة إلى قائمة البرنامج</translation>
    </message>
    <message>
      <source>Add the chosen question to the rundown</source>
      <translation>إضافة السؤال المختار إلى قائمة البرنامج</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>إزالة</translation>
    </message>
    <message>
      <source>Remove the chosen question from the rundown</source>
      <translation>إزالة السؤال المختار من قائمة البرنامج</translation>
    </message>
    <message>
      <source>Move up</source>
      <translation>إلى الأعلى</translation>
    </message>
    <message>
      <source>Move the chosen question earlier</source>
      <translation>تقديم السؤال المختار</translation>
    </message>
    <message>
      <source>Move down</source>
      <translation>إلى الأسفل</translation>
    </message>
    <message>
      <source>Move the chosen question later</source>
      <translation>تأخير السؤال المختار</translation>
    </message>
    <message>
      <source>Presenter screen is on air</source>
      <translation>شاشة المقدم على الهواء</translation>
    </message>
    <message>
      <source>The presenter screen is seen on air</source>
      <translation>شاشة المقدم تظهر في البث</translation>
    </message>
    <message>
      <source>Open presenter view</source>
      <translation>فتح عرض المقدم</translation>
    </message>
    <message>
      <source>Open the presenter view of this show</source>
      <translation>فتح عرض المقدم لهذه الحلقة</translation>
    </message>
    <message>
      <source>Add a question from Instagram or phone…</source>
      <translation>إضافة سؤال من إنستغرام أو الهاتف…</translation>
    </message>
    <message>
      <source>Type in a question that came by Instagram, phone or another channel</source>
      <translation>إدخال سؤال وصل عبر إنستغرام أو الهاتف أو قناة أخرى</translation>
    </message>
    <message>
      <source>Import a CSV of questions…</source>
      <translation>استيراد أسئلة من ملف CSV…</translation>
    </message>
    <message>
      <source>Import questions from another channel from a CSV file</source>
      <translation>استيراد أسئلة قناة أخرى من ملف CSV</translation>
    </message>
    <message>
      <source>Why the chosen question is not broadcast</source>
      <translation>لماذا لا يُبث السؤال المختار</translation>
    </message>
    <message>
      <source>Set reason</source>
      <translation>حفظ السبب</translation>
    </message>
    <message>
      <source>Set the reason on the chosen question</source>
      <translation>حفظ السبب للسؤال المختار</translation>
    </message>
    <message>
      <source>Search the library</source>
      <translation>البحث في المكتبة</translation>
    </message>
    <message>
      <source>Questions not yet in a rundown</source>
      <translation>أسئلة ليست بعد في قائمة برنامج</translation>
    </message>
    <message>
      <source>Rundown of the show</source>
      <translation>قائمة الحلقة</translation>
    </message>
    <message>
      <source>Date of the new show</source>
      <translation>تاريخ الحلقة الجديدة</translation>
    </message>
    <message>
      <source>Title of the new show</source>
      <translation>عنوان الحلقة الجديدة</translation>
    </message>
    <message>
      <source>Search, then press Enter</source>
      <translation>ابحث ثم اضغط Enter</translation>
    </message>
    <message>
      <source>Not broadcast because… (no reason)</source>
      <translation>سبب عدم البث… (بلا سبب)</translation>
    </message>
    <message>
      <source>Answered together with similar questions</source>
      <translation>أُجيب عنه مع أسئلة مشابهة</translation>
    </message>
    <message>
      <source>Referred to a department</source>
      <translation>أُحيل إلى القسم المختص</translation>
    </message>
    <message>
      <source>Outside the municipality's remit</source>
      <translation>خارج اختصاص البلدية</translation>
    </message>
    <message>
      <source>Not suitable for broadcast</source>
      <translation>غير مناسب للبث</translation>
    </message>
    <message>
      <source>1405-09-13</source>
      <translation>1405-09-13</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>العنوان</translation>
    </message>
    <message>
      <source>(no title)</source>
      <translation>(بلا عنوان)</translation>
    </message>
    <message>
      <source>Could not create the show: %1</source>
      <translation>تعذّر إنشاء الحلقة: %1</translation>
    </message>
    <message>
      <source>Show created.</source>
      <translation>تم إنشاء الحلقة.</translation>
    </message>
    <message>
      <source>spoken</source>
      <translation>صوتي</translation>
    </message>
    <message>
      <source>typed</source>
      <translation>نصي</translation>
    </message>
    <message>
      <source>Instagram</source>
      <translation>إنستغرام</translation>
    </message>
    <message>
      <source>Phone call</source>
      <translation>مكالمة هاتفية</translation>
    </message>
    <message>
      <source>Other channel</source>
      <translation>قناة أخرى</translation>
    </message>
    <message>
      <source>broadcast allowed</source>
      <translation>مسموح بالبث</translation>
    </message>
    <message>
      <source>not for broadcast</source>
      <translation>ليس للبث</translation>
    </message>
    <message>
      <source>answered</source>
      <translation>تمت الإجابة</translation>
    </message>
    <message>
      <source>skipped</source>
      <translation>تم التخطي</translation>
    </message>
    <message>
      <source>%1 questions, audio %2:%3</source>
      <translation>%1 سؤال، الصوت %2:%3</translation>
    </message>
    <message>
      <source>Choose a question in the library first.</source>
      <translation>اختر سؤالًا في المكتبة أولًا.</translation>
    </message>
    <message>
      <source>Added to the rundown.</source>
      <translation>أُضيف إلى قائمة البرنامج.</translation>
    </message>
    <message>
      <source>Choose a question in the rundown first.</source>
      <translation>اختر سؤالًا في قائمة البرنامج أولًا.</translation>
    </message>
    <message>
      <source>Removed from the rundown.</source>
      <translation>أُزيل من قائمة البرنامج.</translation>
    </message>
    <message>
      <source>Moved.</source>
      <translation>تم النقل.</translation>
    </message>
    <message>
      <source>Reason saved.</source>
      <translation>تم حفظ السبب.</translation>
    </message>
    <message>
      <source>Added as ticket %1.</source>
      <translation>أُضيف بالتذكرة %1.</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>القناة</translation>
    </message>
    <message>
      <source>The file could not be read: %1</source>
      <translation>تعذّرت قراءة الملف: %1</translation>
    </message>
    <message>
      <source>Added %1, already there %2.</source>
      <translation>أُضيف %1، وكان موجودًا %2.</translation>
    </message>
    <message>
      <source>Rows with problems (line numbers): %1</source>
      <translation>صفوف فيها مشكلات (أرقام الأسطر): %1</translation>
    </message>
  </context>
</TS>