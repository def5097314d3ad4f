<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
  <context>
    <name>PresenterView</name>
    <message>
      <location filename="../../ui/office/presenter.py" line="131" />
      <location filename="../../ui/office/presenter.py" line="180" />
      <source>Play / pause</source>
      <translation>پخش / توقف</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="131" />
      <source>Play or pause the recording</source>
      <translation>پخش یا توقف صدای ضبط‌شده</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="132" />
      <source>Previous</source>
      <translation>قبلی</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="132" />
      <source>Previous question</source>
      <translation>پرسش قبلی</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="133" />
      <source>Next</source>
      <translation>بعدی</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="133" />
      <source>Next question without marking</source>
      <translation>پرسش بعدی بدون علامت‌گذاری</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="134" />
      <source>Answered</source>
      <translation>پاسخ داده شد</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="134" />
      <source>Mark answered and go on</source>
      <translation>علامت «پاسخ داده شد» و رفتن به بعدی</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="135" />
      <source>Skip</source>
      <translation>رد کردن</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="135" />
      <source>Mark skipped and go on</source>
      <translation>علامت «رد شد» و رفتن به بعدی</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="139" />
      <source>Mirror text</source>
      <translation>متن آینه‌ای</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="140" />
      <source>Mirror the text for a teleprompter glass</source>
      <translation>آینه کردن متن برای شیشهٔ تله‌پرامپتر</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="141" />
      <source>Not for broadcast — paraphrase only</source>
      <translation>پخش نشود — فقط با بازگویی</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="142" />
      <source>Presenter view</source>
      <translation>نمای مجری</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="159" />
      <source>The rundown is empty.</source>
      <translation>فهرست برنامه خالی است.</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="165" />
      <source>Kiosk %1</source>
      <translation>کیوسک %1</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="166" />
      <source>Instagram</source>
      <translation>اینستاگرام</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="166" />
      <source>Phone call</source>
      <translation>تماس تلفنی</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="167" />
      <source>Other channel</source>
      <translation>راه دیگر</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="168" />
      <source>answered</source>
      <translation>پاسخ داده شد</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="168" />
      <source>skipped</source>
      <translation>رد شد</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="173" />
      <source>(text shown only on the presenter's screen)</source>
      <translation>(متن فقط روی صفحهٔ مجری نمایش داده می‌شود)</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="174" />
      <source>(voice question: play the recording)</source>
      <translation>(پرسش صوتی: صدای ضبط‌شده را پخش کنید)</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="180" />
      <source>Pause</source>
      <translation>توقف</translation>
    </message>
  </context>
  <context>
    <name>ProgrammeTab</name>
    <message>
      <location filename="../../ui/office/programme.py" line="27" />
      <source>Library</source>
      <translation>کتابخانه</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="27" />
      <source>Programme</source>
      <translation>برنامه</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="119" />
      <source>Show</source>
      <translation>برنامه</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="120" />
      <source>New show</source>
      <translation>برنامهٔ تازه</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="120" />
      <source>Create a show with this date and title</source>
      <translation>ساختن برنامه با این تاریخ و عنوان</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="121" />
      <source>Add to rundown</source>
      <translation>افزودن به فهرست برنامه</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="121" />
      <source>Add the chosen question to the rundown</source>
      <translation>افزودن پرسش انتخاب‌شده به فهرست برنامه</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="122" />
      <source>Remove</source>
      <translation>برداشتن</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="122" />
      <source>Remove the chosen question from the rundown</source>
      <translation>برداشتن پرسش انتخاب‌شده از فهرست برنامه</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="123" />
      <source>Move up</source>
      <translation>بالاتر</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="123" />
      <source>Move the chosen question earlier</source>
      <translation>جابه‌جایی پرسش انتخاب‌شده به جلوتر</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="124" />
      <source>Move down</source>
      <translation>پایین‌تر</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="124" />
      <source>Move the chosen question later</source>
      <translation>جابه‌جایی پرسش انتخاب‌شده به عقب‌تر</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="125" />
      <source>Presenter screen is on air</source>
      <translation>صفحهٔ مجری روی آنتن است</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="125" />
      <source>The presenter screen is seen on air</source>
      <translation>صفحهٔ مجری در پخش دیده می‌شود</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="126" />
      <source>Open presenter view</source>
      <translation>باز کردن نمای مجری</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="126" />
      <source>Open the presenter view of this show</source>
      <translation>باز کردن نمای مجری این برنامه</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="127" />
      <source>Why the chosen question is not broadcast</source>
      <translation>چرا پرسش انتخاب‌شده پخش نمی‌شود</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="128" />
      <source>Set reason</source>
      <translation>ثبت دلیل</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="128" />
      <source>Set the reason on the chosen question</source>
      <translation>ثبت دلیل برای پرسش انتخاب‌شده</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="129" />
      <source>Search the library</source>
      <translation>جست‌وجو در کتابخانه</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="130" />
      <source>Questions not yet in a rundown</source>
      <translation>پرسش‌هایی که هنوز در فهرست برنامه‌ای نیستند</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="131" />
      <source>Rundown of the show</source>
      <translation>فهرست برنامه</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="132" />
      <source>Date of the new show</source>
      <translation>تاریخ برنامهٔ تازه</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="133" />
      <source>Title of the new show</source>
      <translation>عنوان برنامهٔ تازه</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="139" />
      <source>Search, then press Enter</source>
      <translation>جست‌وجو کنید و Enter را بزنید</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="142" />
      <source>Not broadcast because… (no reason)</source>
      <translation>دلیل پخش‌نشدن… (بدون دلیل)</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="143" />
      <source>Answered together with similar questions</source>
      <translation>همراه با پرسش‌های مشابه پاسخ داده شد</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="144" />
      <source>Referred to a department</source>
      <translation>به بخش مسئول ارجاع شد</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="145" />
      <source>Outside the municipality's remit</source>
      <translation>خارج از حیطهٔ وظایف شهرداری</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="146" />
      <source>Not suitable for broadcast</source>
      <translation>مناسب پخش نبود</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="149" />
      <source>1405-09-13</source>
      <translation>۱۴۰۵-۰۹-۱۳</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="150" />
      <source>Title</source>
      <translation>عنوان</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="176" />
      <source>(no title)</source>
      <translation>(بی‌عنوان)</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="188" />
      <source>Could not create the show: %1</source>
      <translation>برنامه ساخته نشد: %1</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="192" />
      <source>Show created.</source>
      <translation>برنامه ساخته شد.</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="196" />
      <source>voice</source>
      <translation>صوتی</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="196" />
      <source>text</source>
      <translation>نوشتاری</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="201" />
      <source>Instagram</source>
      <translation>اینستاگرام</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="201" />
      <source>Phone call</source>
      <translation>تماس تلفنی</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="201" />
      <source>Other channel</source>
      <translation>راه دیگر</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="204" />
      <source>broadcast allowed</source>
      <translation>اجازهٔ پخش دارد</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="204" />
      <source>not for broadcast</source>
      <translation>پخش نشود</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="213" />
      <source>answered</source>
      <translation>پاسخ داده شد</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="213" />
      <source>skipped</source>
      <translation>رد شد</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="221" />
      <source>%1 questions, audio %2:%3</source>
      <translation>%1 پرسش، صدا %2:%3</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="254" />
      <location filename="../../ui/office/programme.py" line="294" />
      <source>Choose a question in the library first.</source>
      <translation>نخست پرسشی را در کتابخانه انتخاب کنید.</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="256" />
      <source>Added to the rundown.</source>
      <translation>به فهرست برنامه افزوده شد.</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="262" />
      <location filename="../../ui/office/programme.py" line="271" />
      <source>Choose a question in the rundown first.</source>
      <translation>نخست پرسشی را در فهرست برنامه انتخاب کنید.</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="264" />
      <source>Removed from the rundown.</source>
      <translation>از فهرست برنامه برداشته شد.</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="273" />
      <source>Moved.</source>
      <translation>جابه‌جا شد.</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="297" />
      <source>Reason saved.</source>
      <translation>دلیل ثبت شد.</translation>
    </message>
  </context>
</TS>