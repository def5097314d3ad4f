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
    <name>ChannelQuestionDialog</name>
    <message>
      <source>A question from another channel</source>
      <translation>پرسشی از راهی دیگر</translation>
    </message>
    <message>
      <source>Instagram</source>
      <translation>اینستاگرام</translation>
    </message>
    <message>
      <source>Phone call</source>
      <translation>تماس تلفنی</translation>
    </message>
    <message>
      <source>Other channel</source>
      <translation>راه دیگر</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>راه رسیدن</translation>
    </message>
    <message>
      <source>Question</source>
      <translation>پرسش</translation>
    </message>
    <message>
      <source>Handle</source>
      <translation>شناسه</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>تلفن</translation>
    </message>
    <message>
      <source>Received on</source>
      <translation>تاریخ دریافت</translation>
    </message>
    <message>
      <source>Draw</source>
      <translation>قرعه‌کشی</translation>
    </message>
    <message>
      <source>The person agreed to enter the prize draw</source>
      <translation>این شخص پذیرفته در قرعه‌کشی شرکت کند</translation>
    </message>
    <message>
      <source>today, or 1405-09-05</source>
      <translation>امروز، یا ۱۴۰۵-۰۹-۰۵</translation>
    </message>
    <message>
      <source>only if they agreed to be contacted</source>
      <translation>فقط اگر پذیرفته با او تماس گرفته شود</translation>
    </message>
    <message>
      <source>Save the question</source>
      <translation>ذخیرهٔ پرسش</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>انصراف</translation>
    </message>
    <message>
      <source>Type the question first.</source>
      <translation>نخست پرسش را بنویسید.</translation>
    </message>
    <message>
      <source>The question is too long.</source>
      <translation>پرسش بیش از اندازه بلند است.</translation>
    </message>
    <message>
      <source>That is not a phone number.</source>
      <translation>این شمارهٔ تلفن نیست.</translation>
    </message>
    <message>
      <source>To enter the draw, give a phone number or a handle to contact the person.</source>
      <translation>برای شرکت در قرعه‌کشی، شماره یا شناسه‌ای برای تماس با این شخص بنویسید.</translation>
    </message>
    <message>
      <source>The date received cannot be in the future.</source>
      <translation>تاریخ دریافت نمی‌تواند در آینده باشد.</translation>
    </message>
    <message>
      <source>Write the date as 1405-09-05 or 2026-11-26.</source>
      <translation>تاریخ را به شکل ۱۴۰۵-۰۹-۰۵ یا 2026-11-26 بنویسید.</translation>
    </message>
  </context>
  <context>
    <name>FleetTab</name>
    <message>
      <source>Kiosks</source>
      <translation>کیوسک‌ها</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>سالم</translation>
    </message>
    <message>
      <source>Warning</source>
      <translation>هشدار</translation>
    </message>
    <message>
      <source>Silent</source>
      <translation>خاموش</translation>
    </message>
    <message>
      <source>no heartbeat for more than three intervals</source>
      <translation>بیش از سه نوبت خبری از کیوسک نرسیده</translation>
    </message>
    <message>
      <source>no heartbeat received yet</source>
      <translation>هنوز خبری از کیوسک نرسیده</translation>
    </message>
    <message>
      <source>disk below the kiosk's warning floor</source>
      <translation>فضای دیسک کمتر از حد هشدار کیوسک</translation>
    </message>
    <message>
      <source>microphone missing</source>
      <translation>میکروفون پیدا نیست</translation>
    </message>
    <message>
      <source>unsent questions waiting too long</source>
      <translation>پرسش‌های ارسال‌نشده بیش از حد مانده‌اند</translation>
    </message>
    <message>
      <source>clock off by more than two minutes</source>
      <translation>ساعت کیوسک بیش از دو دقیقه اختلاف دارد</translation>
    </message>
    <message>
      <source>other problem</source>
      <translation>مشکل دیگر</translation>
    </message>
    <message>
      <source>Kiosk</source>
      <translation>کیوسک</translation>
    </message>
    <message>
      <source>State</source>
      <translation>وضعیت</translation>
    </message>
    <message>
      <source>Last seen</source>
      <translation>آخرین خبر</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>علت</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>نسخه نرم‌افزار</translation>
    </message>
    <message>
      <source>Settings version</source>
      <translation>نسخه تنظیمات</translation>
    </message>
    <message>
      <source>Waiting to send</source>
      <translation>در انتظار ارسال</translation>
    </message>
    <message>
      <source>Questions per day</source>
      <translation>پرسش در هر روز</translation>
    </message>
    <message>
      <source>Kiosks of the fleet</source>
      <translation>کیوسک‌های شهر</translation>
    </message>
    <message>
      <source>Refresh</source>
      <translation>تازه‌سازی</translation>
    </message>
    <message>
      <source>Refresh the fleet view</source>
      <translation>تازه‌سازی فهرست کیوسک‌ها</translation>
    </message>
    <message>
      <source>Could not read the fleet: %1</source>
      <translation>خواندن وضعیت کیوسک‌ها ممکن نشد: %1</translation>
    </message>
    <message>
      <source>OK: %1 — warning: %2 — silent: %3</source>
      <translation>سالم: %1 — هشدار: %2 — خاموش: %3</translation>
    </message>
    <message>
      <source>never</source>
      <translation>هرگز</translation>
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
  <context>
    <name>PresenterView</name>
    <message>
      <source>Play / pause</source>
      <translation>پخش / توقف</translation>
    </message>
    <message>
      <source>Play or pause the recording</source>
      <translation>پخش یا توقف صدای ضبط‌شده</translation>
    </message>
    <message>
      <source>Previous</source>
      <translation>قبلی</translation>
    </message>
    <message>
      <source>Previous question</source>
      <translation>پرسش قبلی</translation>
    </message>
    <message>
      <source>Next</source>
      <translation>بعدی</translation>
    </message>
    <message>
      <source>Next question without marking</source>
      <translation>پرسش بعدی بدون علامت‌گذاری</translation>
    </message>
    <message>
      <source>Answered</source>
      <translation>پاسخ داده شد</translation>
    </message>
    <message>
      <source>Mark answered and go on</source>
      <translation>علامت «پاسخ داده شد» و رفتن به بعدی</translation>
    </message>
    <message>
      <source>Skip</source>
      <translation>رد کردن</translation>
    </message>
    <message>
      <source>Mark skipped and go on</source>
      <translation>علامت «رد شد» و رفتن به بعدی</translation>
    </message>
    <message>
      <source>Mirror text</source>
      <translation>متن آینه‌ای</translation>
    </message>
    <message>
      <source>Mirror the text for a teleprompter glass</source>
      <translation>آینه کردن متن برای شیشهٔ تله‌پرامپتر</translation>
    </message>
    <message>
      <source>Not for broadcast — paraphrase only</source>
      <translation>پخش نشود — فقط با بازگویی</translation>
    </message>
    <message>
      <source>Presenter view</source>
      <translation>نمای مجری</translation>
    </message>
    <message>
      <source>The rundown is empty.</source>
      <translation>فهرست برنامه خالی است.</translation>
    </message>
    <message>
      <source>Kiosk %1</source>
      <translation>کیوسک %1</translation>
    </message>
    <message>
      <source>Instagram</source>
      <translation>اینستاگرام</translation>
    </message>
    <message>
      <source>Phone call</source>
      <translation>تماس تلفنی</translation>
    </message>
    <message>
      <source>Other channel</source>
      <translation>راه دیگر</translation>
    </message>
    <message>
      <source>answered</source>
      <translation>پاسخ داده شد</translation>
    </message>
    <message>
      <source>skipped</source>
      <translation>رد شد</translation>
    </message>
    <message>
      <source>(text shown only on the presenter's screen)</source>
      <translation>(متن فقط روی صفحهٔ مجری نمایش داده می‌شود)</translation>
    </message>
    <message>
      <source>(voice question: play the recording)</source>
      <translation>(پرسش صوتی: صدای ضبط‌شده را پخش کنید)</translation>
    </message>
    <message>
      <source>Pause</source>
      <translation>توقف</translation>
    </message>
  </context>
  <context>
    <name>ProgrammeTab</name>
    <message>
      <source>Library</source>
      <translation>کتابخانه</translation>
    </message>
    <message>
      <source>Programme</source>
      <translation>برنامه</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>برنامه</translation>
    </message>
    <message>
      <source>New show</source>
      <translation>برنامهٔ تازه</translation>
    </message>
    <message>
      <source>Create a show with this date and title</source>
      <translation>ساختن برنامه با این تاریخ و عنوان</translation>
    </message>
    <message>
      <source>Add to rundown</source>
      <translation>افزودن به فهرست برنامه</translation>
    </message>
    <message>
      <source>Add the chosen question to the rundown</source>
      <translation>افزودن پرسش انتخاب‌شده به فهرست برنامه</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>برداشتن</translation>
    </message>
    <message>
      <source>Remove the chosen question from the rundown</source>
      <translation>برداشتن پرسش انتخاب‌شده از فهرست برنامه</translation>
    </message>
    <message>
      <source>Move up</source>
      <translation>بالاتر</translation>
    </message>
    <message>
      <source>Move the chosen question earlier</source>
      <translation>جابه‌جایی پرسش انتخاب‌شده به جلوتر</translation>
    </message>
    <message>
      <source>Move down</source>
      <translation>پایین‌تر</translation>
    </message>
    <message>
      <source>Move the chosen question later</source>
      <translation>جابه‌جایی پرسش انتخاب‌شده به عقب‌تر</translation>
    </message>
    <message>
      <source>Presenter screen is on air</source>
      <translation>صفحهٔ مجری روی آنتن است</translation>
    </message>
    <message>
      <source>The presenter screen is seen on air</source>
      <translation>صفحهٔ مجری در پخش دیده می‌شود</translation>
    </message>
    <message>
      <source>Open presenter view</source>
      <translation>باز کردن نمای مجری</translation>
    </message>
    <message>
      <source>Open the presenter view of this show</source>
      <translation>باز کردن نمای مجری این برنامه</translation>
    </message>
    <message>
      <source>Add a question from Instagram or phone…</source>
      <translation>افزودن پرسش از اینستاگرام یا تلفن…</translation>
    </message>
    <message>
      <source>Type in a question that came by Instagram, phone or another channel</source>
      <translation>نوشتن پرسشی که از اینستاگرام، تلفن یا راهی دیگر رسیده است</translation>
    </message>
    <message>
      <source>Import a CSV of questions…</source>
      <translation>ورود پرسش‌ها از فایل CSV…</translation>
    </message>
    <message>
      <source>Import questions from another channel from a CSV file</source>
      <translation>ورود پرسش‌های راه‌های دیگر از فایل CSV</translation>
    </message>
    <message>
      <source>Why the chosen question is not broadcast</source>
      <translation>چرا پرسش انتخاب‌شده پخش نمی‌شود</translation>
    </message>
    <message>
      <source>Set reason</source>
      <translation>ثبت دلیل</translation>
    </message>
    <message>
      <source>Set the reason on the chosen question</source>
      <translation>ثبت دلیل برای پرسش انتخاب‌شده</translation>
    </message>
    <message>
      <source>Search the library</source>
      <translation>جست‌وجو در کتابخانه</translation>
    </message>
    <message>
      <source>Questions not yet in a rundown</source>
      <translation>پرسش‌هایی که هنوز در فهرست برنامه‌ای نیستند</translation>
    </message>
    <message>
      <source>Rundown of the show</source>
      <translation>فهرست برنامه</translation>
    </message>
    <message>
      <source>Date of the new show</source>
      <translation>تاریخ برنامهٔ تازه</translation>
    </message>
    <message>
      <source>Title of the new show</source>
      <translation>عنوان برنامهٔ تازه</translation>
    </message>
    <message>
      <source>Search, then press Enter</source>
      <translation>جست‌وجو کنید و Enter را بزنید</translation>
    </message>
    <message>
      <source>Not broadcast because… (no reason)</source>
      <translation>دلیل پخش‌نشدن… (بدون دلیل)</translation>
    </message>
    <message>
      <source>Answered together with similar questions</source>
      <translation>همراه با پرسش‌های مشابه پاسخ داده شد</translation>
    </message>
    <message>
      <source>Referred to a department</source>
      <translation>به بخش مسئول ارجاع شد</translation>
    </message>
    <message>
      <source>Outside the municipality's remit</source>
      <translation>خارج از حیطهٔ وظایف شهرداری</translation>
    </message>
    <message>
      <source>Not suitable for broadcast</source>
      <translation>مناسب پخش نبود</translation>
    </message>
    <message>
      <source>1405-09-13</source>
      <translation>۱۴۰۵-۰۹-۱۳</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>عنوان</translation>
    </message>
    <message>
      <source>(no title)</source>
      <translation>(بی‌عنوان)</translation>
    </message>
    <message>
      <source>Could not create the show: %1</source>
      <translation>برنامه ساخته نشد: %1</translation>
    </message>
    <message>
      <source>Show created.</source>
      <translation>برنامه ساخته شد.</translation>
    </message>
    <message>
      <source>spoken</source>
      <translation>صوتی</translation>
    </message>
    <message>
      <source>typed</source>
      <translation>نوشتاری</translation>
    </message>
    <message>
      <source>Instagram</source>
      <translation>اینستاگرام</translation>
    </message>
    <message>
      <source>Phone call</source>
      <translation>تماس تلفنی</translation>
    </message>
    <message>
      <source>Other channel</source>
      <translation>راه دیگر</translation>
    </message>
    <message>
      <source>broadcast allowed</source>
      <translation>اجازهٔ پخش دارد</translation>
    </message>
    <message>
      <source>not for broadcast</source>
      <translation>پخش نشود</translation>
    </message>
    <message>
      <source>answered</source>
      <translation>پاسخ داده شد</translation>
    </message>
    <message>
      <source>skipped</source>
      <translation>رد شد</translation>
    </message>
    <message>
      <source>%1 questions, audio %2:%3</source>
      <translation>%1 پرسش، صدا %2:%3</translation>
    </message>
    <message>
      <source>Choose a question in the library first.</source>
      <translation>نخست پرسشی را در کتابخانه انتخاب کنید.</translation>
    </message>
    <message>
      <source>Added to the rundown.</source>
      <translation>به فهرست برنامه افزوده شد.</translation>
    </message>
    <message>
      <source>Choose a question in the rundown first.</source>
      <translation>نخست پرسشی را در فهرست برنامه انتخاب کنید.</translation>
    </message>
    <message>
      <source>Removed from the rundown.</source>
      <translation>از فهرست برنامه برداشته شد.</translation>
    </message>
    <message>
      <source>Moved.</source>
      <translation>جابه‌جا شد.</translation>
    </message>
    <message>
      <source>Reason saved.</source>
      <translation>دلیل ثبت شد.</translation>
    </message>
    <message>
      <source>Added as ticket %1.</source>
      <translation>با کد رهگیری %1 افزوده شد.</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>راه رسیدن</translation>
    </message>
    <message>
      <source>The file could not be read: %1</source>
      <translation>فایل خوانده نشد: %1</translation>
    </message>
    <message>
      <source>Added %1, already there %2.</source>
      <translation>%1 افزوده شد، %2 از پیش بود.</translation>
    </message>
    <message>
      <source>Rows with problems (line numbers): %1</source>
      <translation>ردیف‌های دارای اشکال (شمارهٔ سطر): %1</translation>
    </message>
  </context>
</TS>