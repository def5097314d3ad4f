<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
  <context>
    <name>ChannelQuestionDialog</name>
    <message>
      <location filename="../../ui/office/channel_dialog.py" line="45" />
      <source>A question from another channel</source>
      <translation>پرسشی از راهی دیگر</translation>
    </message>
    <message>
      <location filename="../../ui/office/channel_dialog.py" line="46" />
      <source>Instagram</source>
      <translation>اینستاگرام</translation>
    </message>
    <message>
      <location filename="../../ui/office/channel_dialog.py" line="46" />
      <source>Phone call</source>
      <translation>تماس تلفنی</translation>
    </message>
    <message>
      <location filename="../../ui/office/channel_dialog.py" line="46" />
      <source>Other channel</source>
      <translation>راه دیگر</translation>
    </message>
    <message>
      <location filename="../../ui/office/channel_dialog.py" line="50" />
      <location filename="../../ui/office/channel_dialog.py" line="57" />
      <source>Channel</source>
      <translation>راه رسیدن</translation>
    </message>
    <message>
      <location filename="../../ui/office/channel_dialog.py" line="50" />
      <location filename="../../ui/office/channel_dialog.py" line="57" />
      <source>Question</source>
      <translation>پرسش</translation>
    </message>
    <message>
      <location filename="../../ui/office/channel_dialog.py" line="50" />
      <location filename="../../ui/office/channel_dialog.py" line="57" />
      <source>Handle</source>
      <translation>شناسه</translation>
    </message>
    <message>
      <location filename="../../ui/office/channel_dialog.py" line="51" />
      <location filename="../../ui/office/channel_dialog.py" line="58" />
      <source>Phone</source>
      <translation>تلفن</translation>
    </message>
    <message>
      <location filename="../../ui/office/channel_dialog.py" line="51" />
      <location filename="../../ui/office/channel_dialog.py" line="58" />
      <source>Received on</source>
      <translation>تاریخ دریافت</translation>
    </message>
    <message>
      <location filename="../../ui/office/channel_dialog.py" line="51" />
      <source>Draw</source>
      <translation>قرعه‌کشی</translation>
    </message>
    <message>
      <location filename="../../ui/office/channel_dialog.py" line="53" />
      <location filename="../../ui/office/channel_dialog.py" line="59" />
      <source>The person agreed to enter the prize draw</source>
      <translation>این شخص پذیرفته در قرعه‌کشی شرکت کند</translation>
    </message>
    <message>
      <location filename="../../ui/office/channel_dialog.py" line="54" />
      <source>today, or 1405-09-05</source>
      <translation>امروز، یا ۱۴۰۵-۰۹-۰۵</translation>
    </message>
    <message>
      <location filename="../../ui/office/channel_dialog.py" line="55" />
      <location filename="../../ui/office/channel_dialog.py" line="56" />
      <source>only if they agreed to be contacted</source>
      <translation>فقط اگر پذیرفته با او تماس گرفته شود</translation>
    </message>
    <message>
      <location filename="../../ui/office/channel_dialog.py" line="60" />
      <source>Save the question</source>
      <translation>ذخیرهٔ پرسش</translation>
    </message>
    <message>
      <location filename="../../ui/office/channel_dialog.py" line="61" />
      <source>Cancel</source>
      <translation>انصراف</translation>
    </message>
    <message>
      <location filename="../../ui/office/channel_dialog.py" line="66" />
      <source>Type the question first.</source>
      <translation>نخست پرسش را بنویسید.</translation>
    </message>
    <message>
      <location filename="../../ui/office/channel_dialog.py" line="67" />
      <source>The question is too long.</source>
      <translation>پرسش بیش از اندازه بلند است.</translation>
    </message>
    <message>
      <location filename="../../ui/office/channel_dialog.py" line="68" />
      <source>That is not a phone number.</source>
      <translation>این شمارهٔ تلفن نیست.</translation>
    </message>
    <message>
      <location filename="../../ui/office/channel_dialog.py" line="69" />
      <source>To enter the draw, give a phone number or a handle to contact the person.</source>
      <translation>برای شرکت در قرعه‌کشی، شماره یا شناسه‌ای برای تماس با این شخص بنویسید.</translation>
    </message>
    <message>
      <location filename="../../ui/office/channel_dialog.py" line="70" />
      <source>The date received cannot be in the future.</source>
      <translation>تاریخ دریافت نمی‌تواند در آینده باشد.</translation>
    </message>
    <message>
      <location filename="../../ui/office/channel_dialog.py" line="71" />
      <source>Write the date as 1405-09-05 or 2026-11-26.</source>
      <translation>تاریخ را به شکل ۱۴۰۵-۰۹-۰۵ یا 2026-11-26 بنویسید.</translation>
    </message>
  </context>
  <context>
    <name>PresenterView</name>
    <message>
      <location filename="../../ui/office/presenter.py" line="140" />
      <location filename="../../ui/office/presenter.py" line="193" />
      <source>Play / pause</source>
      <translation>پخش / توقف</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="140" />
      <source>Play or pause the recording</source>
      <translation>پخش یا توقف صدای ضبط‌شده</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="141" />
      <source>Previous</source>
      <translation>قبلی</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="141" />
      <source>Previous question</source>
      <translation>پرسش قبلی</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="142" />
      <source>Next</source>
      <translation>بعدی</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="142" />
      <source>Next question without marking</source>
      <translation>پرسش بعدی بدون علامت‌گذاری</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="143" />
      <source>Answered</source>
      <translation>پاسخ داده شد</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="143" />
      <source>Mark answered and go on</source>
      <translation>علامت «پاسخ داده شد» و رفتن به بعدی</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="144" />
      <source>Skip</source>
      <translation>رد کردن</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="144" />
      <source>Mark skipped and go on</source>
      <translation>علامت «رد شد» و رفتن به بعدی</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="148" />
      <source>Mirror text</source>
      <translation>متن آینه‌ای</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="149" />
      <source>Mirror the text for a teleprompter glass</source>
      <translation>آینه کردن متن برای شیشهٔ تله‌پرامپتر</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="150" />
      <source>Not for broadcast — paraphrase only</source>
      <translation>پخش نشود — فقط با بازگویی</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="151" />
      <source>Presenter view</source>
      <translation>نمای مجری</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="168" />
      <source>The rundown is empty.</source>
      <translation>فهرست برنامه خالی است.</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="174" />
      <source>Kiosk %1</source>
      <translation>کیوسک %1</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="175" />
      <source>Instagram</source>
      <translation>اینستاگرام</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="175" />
      <source>Phone call</source>
      <translation>تماس تلفنی</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="176" />
      <source>Other channel</source>
      <translation>راه دیگر</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="177" />
      <source>answered</source>
      <translation>پاسخ داده شد</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="177" />
      <source>skipped</source>
      <translation>رد شد</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="182" />
      <source>(text shown only on the presenter's screen)</source>
      <translation>(متن فقط روی صفحهٔ مجری نمایش داده می‌شود)</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="183" />
      <source>(voice question: play the recording)</source>
      <translation>(پرسش صوتی: صدای ضبط‌شده را پخش کنید)</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="193" />
      <source>Pause</source>
      <translation>توقف</translation>
    </message>
  </context>
  <context>
    <name>ProgrammeTab</name>
    <message>
      <location filename="../../ui/office/programme.py" line="28" />
      <source>Library</source>
      <translation>کتابخانه</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="28" />
      <source>Programme</source>
      <translation>برنامه</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="128" />
      <source>Show</source>
      <translation>برنامه</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="129" />
      <source>New show</source>
      <translation>برنامهٔ تازه</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="129" />
      <source>Create a show with this date and title</source>
      <translation>ساختن برنامه با این تاریخ و عنوان</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="130" />
      <source>Add to rundown</source>
      <translation>افزودن به فهرست برنامه</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="130" />
      <source>Add the chosen question to the rundown</source>
      <translation>افزودن پرسش انتخاب‌شده به فهرست برنامه</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="131" />
      <source>Remove</source>
      <translation>برداشتن</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="131" />
      <source>Remove the chosen question from the rundown</source>
      <translation>برداشتن پرسش انتخاب‌شده از فهرست برنامه</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="132" />
      <source>Move up</source>
      <translation>بالاتر</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="132" />
      <source>Move the chosen question earlier</source>
      <translation>جابه‌جایی پرسش انتخاب‌شده به جلوتر</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="133" />
      <source>Move down</source>
      <translation>پایین‌تر</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="133" />
      <source>Move the chosen question later</source>
      <translation>جابه‌جایی پرسش انتخاب‌شده به عقب‌تر</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="134" />
      <source>Presenter screen is on air</source>
      <translation>صفحهٔ مجری روی آنتن است</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="134" />
      <source>The presenter screen is seen on air</source>
      <translation>صفحهٔ مجری در پخش دیده می‌شود</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="135" />
      <source>Open presenter view</source>
      <translation>باز کردن نمای مجری</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="135" />
      <source>Open the presenter view of this show</source>
      <translation>باز کردن نمای مجری این برنامه</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="136" />
      <source>Add a question from Instagram or phone…</source>
      <translation>افزودن پرسش از اینستاگرام یا تلفن…</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="137" />
      <source>Type in a question that came by Instagram, phone or another channel</source>
      <translation>نوشتن پرسشی که از اینستاگرام، تلفن یا راهی دیگر رسیده است</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="138" />
      <location filename="../../ui/office/programme.py" line="323" />
      <location filename="../../ui/office/programme.py" line="327" />
      <source>Import a CSV of questions…</source>
      <translation>ورود پرسش‌ها از فایل CSV…</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="139" />
      <source>Import questions from another channel from a CSV file</source>
      <translation>ورود پرسش‌های راه‌های دیگر از فایل CSV</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="140" />
      <source>Why the chosen question is not broadcast</source>
      <translation>چرا پرسش انتخاب‌شده پخش نمی‌شود</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="141" />
      <source>Set reason</source>
      <translation>ثبت دلیل</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="141" />
      <source>Set the reason on the chosen question</source>
      <translation>ثبت دلیل برای پرسش انتخاب‌شده</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="142" />
      <source>Search the library</source>
      <translation>جست‌وجو در کتابخانه</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="143" />
      <source>Questions not yet in a rundown</source>
      <translation>پرسش‌هایی که هنوز در فهرست برنامه‌ای نیستند</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="144" />
      <source>Rundown of the show</source>
      <translation>فهرست برنامه</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="145" />
      <source>Date of the new show</source>
      <translation>تاریخ برنامهٔ تازه</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="146" />
      <source>Title of the new show</source>
      <translation>عنوان برنامهٔ تازه</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="152" />
      <source>Search, then press Enter</source>
      <translation>جست‌وجو کنید و Enter را بزنید</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="155" />
      <source>Not broadcast because… (no reason)</source>
      <translation>دلیل پخش‌نشدن… (بدون دلیل)</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="156" />
      <source>Answered together with similar questions</source>
      <translation>همراه با پرسش‌های مشابه پاسخ داده شد</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="157" />
      <source>Referred to a department</source>
      <translation>به بخش مسئول ارجاع شد</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="158" />
      <source>Outside the municipality's remit</source>
      <translation>خارج از حیطهٔ وظایف شهرداری</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="159" />
      <source>Not suitable for broadcast</source>
      <translation>مناسب پخش نبود</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="162" />
      <source>1405-09-13</source>
      <translation>۱۴۰۵-۰۹-۱۳</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="163" />
      <source>Title</source>
      <translation>عنوان</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="189" />
      <source>(no title)</source>
      <translation>(بی‌عنوان)</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="201" />
      <source>Could not create the show: %1</source>
      <translation>برنامه ساخته نشد: %1</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="205" />
      <source>Show created.</source>
      <translation>برنامه ساخته شد.</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="209" />
      <source>voice</source>
      <translation>صوتی</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="209" />
      <source>text</source>
      <translation>نوشتاری</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="214" />
      <location filename="../../ui/office/programme.py" line="326" />
      <source>Instagram</source>
      <translation>اینستاگرام</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="214" />
      <location filename="../../ui/office/programme.py" line="326" />
      <source>Phone call</source>
      <translation>تماس تلفنی</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="214" />
      <location filename="../../ui/office/programme.py" line="326" />
      <source>Other channel</source>
      <translation>راه دیگر</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="217" />
      <source>broadcast allowed</source>
      <translation>اجازهٔ پخش دارد</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="217" />
      <source>not for broadcast</source>
      <translation>پخش نشود</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="226" />
      <source>answered</source>
      <translation>پاسخ داده شد</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="226" />
      <source>skipped</source>
      <translation>رد شد</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="234" />
      <source>%1 questions, audio %2:%3</source>
      <translation>%1 پرسش، صدا %2:%3</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="267" />
      <location filename="../../ui/office/programme.py" line="307" />
      <source>Choose a question in the library first.</source>
      <translation>نخست پرسشی را در کتابخانه انتخاب کنید.</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="269" />
      <source>Added to the rundown.</source>
      <translation>به فهرست برنامه افزوده شد.</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="275" />
      <location filename="../../ui/office/programme.py" line="284" />
      <source>Choose a question in the rundown first.</source>
      <translation>نخست پرسشی را در فهرست برنامه انتخاب کنید.</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="277" />
      <source>Removed from the rundown.</source>
      <translation>از فهرست برنامه برداشته شد.</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="286" />
      <source>Moved.</source>
      <translation>جابه‌جا شد.</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="310" />
      <source>Reason saved.</source>
      <translation>دلیل ثبت شد.</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="316" />
      <source>Added as ticket %1.</source>
      <translation>با کد رهگیری %1 افزوده شد.</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="327" />
      <source>Channel</source>
      <translation>راه رسیدن</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="343" />
      <source>The file could not be read: %1</source>
      <translation>فایل خوانده نشد: %1</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="346" />
      <source>Added %1, already there %2.</source>
      <translation>%1 افزوده شد، %2 از پیش بود.</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="349" />
      <source>Rows with problems (line numbers): %1</source>
      <translation>ردیف‌های دارای اشکال (شمارهٔ سطر): %1</translation>
    </message>
  </context>
</TS>