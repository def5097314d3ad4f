<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
  <context>
    <name>ChannelQuestionDialog</name>
    <message>
      <location filename="../../ui/office/channel_dialog.py" line="45" />
      <source>A question from another channel</source>
      <translation>سؤال من قناة أخرى</translation>
    </message>
    <message>
      <location filename="../../ui/office/channel_dialog.py" line="46" />
      <source>Instagram</source>
      <translation>إنستغرام</translation>
    </message>
    <message>
      <location filename="../../ui/office/channel_dialog.py" line="46" />
      <source>Phone call</source>
      <translation>مكالمة هاتفية</translation>
    </message>
    <message>
      <location filename="../../ui/office/channel_dialog.py" line="46" />
      <source>Other channel</source>
      <translation>قناة أخرى</translation>
    </message>
    <message>
      <location filename="../../ui/office/channel_dialog.py" line="50" />
      <location filename="../../ui/office/channel_dialog.py" line="57" />
      <source>Channel</source>
      <translation>القناة</translation>
    </message>
    <message>
      <location filename="../../ui/office/channel_dialog.py" line="50" />
      <location filename="../../ui/office/channel_dialog.py" line="57" />
      <source>Question</source>
      <translation>السؤال</translation>
    </message>
    <message>
      <location filename="../../ui/office/channel_dialog.py" line="50" />
      <location filename="../../ui/office/channel_dialog.py" line="57" />
      <source>Handle</source>
      <translation>المعرّف</translation>
    </message>
    <message>
      <location filename="../../ui/office/channel_dialog.py" line="51" />
      <location filename="../../ui/office/channel_dialog.py" line="58" />
      <source>Phone</source>
      <translation>الهاتف</translation>
    </message>
    <message>
      <location filename="../../ui/office/channel_dialog.py" line="51" />
      <location filename="../../ui/office/channel_dialog.py" line="58" />
      <source>Received on</source>
      <translation>تاريخ الاستلام</translation>
    </message>
    <message>
      <location filename="../../ui/office/channel_dialog.py" line="51" />
      <source>Draw</source>
      <translation>السحب</translation>
    </message>
    <message>
      <location filename="../../ui/office/channel_dialog.py" line="53" />
      <location filename="../../ui/office/channel_dialog.py" line="59" />
      <source>The person agreed to enter the prize draw</source>
      <translation>وافق الشخص على المشاركة في السحب</translation>
    </message>
    <message>
      <location filename="../../ui/office/channel_dialog.py" line="54" />
      <source>today, or 1405-09-05</source>
      <translation>اليوم، أو 1405-09-05</translation>
    </message>
    <message>
      <location filename="../../ui/office/channel_dialog.py" line="55" />
      <location filename="../../ui/office/channel_dialog.py" line="56" />
      <source>only if they agreed to be contacted</source>
      <translation>فقط إذا وافق على التواصل معه</translation>
    </message>
    <message>
      <location filename="../../ui/office/channel_dialog.py" line="60" />
      <source>Save the question</source>
      <translation>حفظ السؤال</translation>
    </message>
    <message>
      <location filename="../../ui/office/channel_dialog.py" line="61" />
      <source>Cancel</source>
      <translation>إلغاء</translation>
    </message>
    <message>
      <location filename="../../ui/office/channel_dialog.py" line="66" />
      <source>Type the question first.</source>
      <translation>اكتب السؤال أولًا.</translation>
    </message>
    <message>
      <location filename="../../ui/office/channel_dialog.py" line="67" />
      <source>The question is too long.</source>
      <translation>السؤال طويل جدًا.</translation>
    </message>
    <message>
      <location filename="../../ui/office/channel_dialog.py" line="68" />
      <source>That is not a phone number.</source>
      <translation>هذا ليس رقم هاتف.</translation>
    </message>
    <message>
      <location filename="../../ui/office/channel_dialog.py" line="69" />
      <source>To enter the draw, give a phone number or a handle to contact the person.</source>
      <translation>للمشاركة في السحب، أدخل رقم هاتف أو معرّفًا للتواصل مع الشخص.</translation>
    </message>
    <message>
      <location filename="../../ui/office/channel_dialog.py" line="70" />
      <source>The date received cannot be in the future.</source>
      <translation>لا يمكن أن يكون تاريخ الاستلام في المستقبل.</translation>
    </message>
    <message>
      <location filename="../../ui/office/channel_dialog.py" line="71" />
      <source>Write the date as 1405-09-05 or 2026-11-26.</source>
      <translation>اكتب التاريخ هكذا: 1405-09-05 أو 2026-11-26.</translation>
    </message>
  </context>
  <context>
    <name>PresenterView</name>
    <message>
      <location filename="../../ui/office/presenter.py" line="140" />
      <location filename="../../ui/office/presenter.py" line="193" />
      <source>Play / pause</source>
      <translation>تشغيل / إيقاف</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="140" />
      <source>Play or pause the recording</source>
      <translation>تشغيل التسجيل أو إيقافه</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="141" />
      <source>Previous</source>
      <translation>السابق</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="141" />
      <source>Previous question</source>
      <translation>السؤال السابق</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="142" />
      <source>Next</source>
      <translation>التالي</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="142" />
      <source>Next question without marking</source>
      <translation>السؤال التالي دون وضع علامة</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="143" />
      <source>Answered</source>
      <translation>تمت الإجابة</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="143" />
      <source>Mark answered and go on</source>
      <translation>وضع علامة «تمت الإجابة» والمتابعة</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="144" />
      <source>Skip</source>
      <translation>تخطٍّ</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="144" />
      <source>Mark skipped and go on</source>
      <translation>وضع علامة «تم التخطي» والمتابعة</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="148" />
      <source>Mirror text</source>
      <translation>نص معكوس</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="149" />
      <source>Mirror the text for a teleprompter glass</source>
      <translation>عكس النص لزجاج جهاز التلقين</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="150" />
      <source>Not for broadcast — paraphrase only</source>
      <translation>ليس للبث — إعادة صياغة فقط</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="151" />
      <source>Presenter view</source>
      <translation>عرض المقدم</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="168" />
      <source>The rundown is empty.</source>
      <translation>قائمة البرنامج فارغة.</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="174" />
      <source>Kiosk %1</source>
      <translation>الكشك %1</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="175" />
      <source>Instagram</source>
      <translation>إنستغرام</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="175" />
      <source>Phone call</source>
      <translation>مكالمة هاتفية</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="176" />
      <source>Other channel</source>
      <translation>قناة أخرى</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="177" />
      <source>answered</source>
      <translation>تمت الإجابة</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="177" />
      <source>skipped</source>
      <translation>تم التخطي</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="182" />
      <source>(text shown only on the presenter's screen)</source>
      <translation>(يُعرض النص على شاشة المقدم فقط)</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="183" />
      <source>(voice question: play the recording)</source>
      <translation>(سؤال صوتي: شغّل التسجيل)</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="193" />
      <source>Pause</source>
      <translation>إيقاف مؤقت</translation>
    </message>
  </context>
  <context>
    <name>ProgrammeTab</name>
    <message>
      <location filename="../../ui/office/programme.py" line="28" />
      <source>Library</source>
      <translation>المكتبة</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="28" />
      <source>Programme</source>
      <translation>البرنامج</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="128" />
      <source>Show</source>
      <translation>الحلقة</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="129" />
      <source>New show</source>
      <translation>حلقة جديدة</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="129" />
      <source>Create a show with this date and title</source>
      <translation>إنشاء حلقة بهذا التاريخ والعنوان</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="130" />
      <source>Add to rundown</source>
      <translation>إضافة إلى قائمة البرنامج</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="130" />
      <source>Add the chosen question to the rundown</source>
      <translation>إضافة السؤال المختار إلى قائمة البرنامج</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="131" />
      <source>Remove</source>
      <translation>إزالة</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="131" />
      <source>Remove the chosen question from the rundown</source>
      <translation>إزالة السؤال المختار من قائمة البرنامج</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="132" />
      <source>Move up</source>
      <translation>إلى الأعلى</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="132" />
      <source>Move the chosen question earlier</source>
      <translation>تقديم السؤال المختار</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="133" />
      <source>Move down</source>
      <translation>إلى الأسفل</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="133" />
      <source>Move the chosen question later</source>
      <translation>تأخير السؤال المختار</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="134" />
      <source>Presenter screen is on air</source>
      <translation>شاشة المقدم على الهواء</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="134" />
      <source>The presenter screen is seen on air</source>
      <translation>شاشة المقدم تظهر في البث</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="135" />
      <source>Open presenter view</source>
      <translation>فتح عرض المقدم</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="135" />
      <source>Open the presenter view of this show</source>
      <translation>فتح عرض المقدم لهذه الحلقة</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="136" />
      <source>Add a question from Instagram or phone…</source>
      <translation>إضافة سؤال من إنستغرام أو الهاتف…</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="137" />
      <source>Type in a question that came by Instagram, phone or another channel</source>
      <translation>إدخال سؤال وصل عبر إنستغرام أو الهاتف أو قناة أخرى</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="138" />
      <location filename="../../ui/office/programme.py" line="323" />
      <location filename="../../ui/office/programme.py" line="327" />
      <source>Import a CSV of questions…</source>
      <translation>استيراد أسئلة من ملف CSV…</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="139" />
      <source>Import questions from another channel from a CSV file</source>
      <translation>استيراد أسئلة قناة أخرى من ملف CSV</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="140" />
      <source>Why the chosen question is not broadcast</source>
      <translation>لماذا لا يُبث السؤال المختار</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="141" />
      <source>Set reason</source>
      <translation>حفظ السبب</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="141" />
      <source>Set the reason on the chosen question</source>
      <translation>حفظ السبب للسؤال المختار</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="142" />
      <source>Search the library</source>
      <translation>البحث في المكتبة</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="143" />
      <source>Questions not yet in a rundown</source>
      <translation>أسئلة ليست بعد في قائمة برنامج</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="144" />
      <source>Rundown of the show</source>
      <translation>قائمة الحلقة</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="145" />
      <source>Date of the new show</source>
      <translation>تاريخ الحلقة الجديدة</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="146" />
      <source>Title of the new show</source>
      <translation>عنوان الحلقة الجديدة</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="152" />
      <source>Search, then press Enter</source>
      <translation>ابحث ثم اضغط Enter</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="155" />
      <source>Not broadcast because… (no reason)</source>
      <translation>سبب عدم البث… (بلا سبب)</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="156" />
      <source>Answered together with similar questions</source>
      <translation>أُجيب عنه مع أسئلة مشابهة</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="157" />
      <source>Referred to a department</source>
      <translation>أُحيل إلى القسم المختص</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="158" />
      <source>Outside the municipality's remit</source>
      <translation>خارج اختصاص البلدية</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="159" />
      <source>Not suitable for broadcast</source>
      <translation>غير مناسب للبث</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="162" />
      <source>1405-09-13</source>
      <translation>1405-09-13</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="163" />
      <source>Title</source>
      <translation>العنوان</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="189" />
      <source>(no title)</source>
      <translation>(بلا عنوان)</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="201" />
      <source>Could not create the show: %1</source>
      <translation>تعذّر إنشاء الحلقة: %1</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="205" />
      <source>Show created.</source>
      <translation>تم إنشاء الحلقة.</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="209" />
      <source>voice</source>
      <translation>صوتي</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="209" />
      <source>text</source>
      <translation>نصي</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="214" />
      <location filename="../../ui/office/programme.py" line="326" />
      <source>Instagram</source>
      <translation>إنستغرام</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="214" />
      <location filename="../../ui/office/programme.py" line="326" />
      <source>Phone call</source>
      <translation>مكالمة هاتفية</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="214" />
      <location filename="../../ui/office/programme.py" line="326" />
      <source>Other channel</source>
      <translation>قناة أخرى</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="217" />
      <source>broadcast allowed</source>
      <translation>مسموح بالبث</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="217" />
      <source>not for broadcast</source>
      <translation>ليس للبث</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="226" />
      <source>answered</source>
      <translation>تمت الإجابة</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="226" />
      <source>skipped</source>
      <translation>تم التخطي</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="234" />
      <source>%1 questions, audio %2:%3</source>
      <translation>%1 سؤال، الصوت %2:%3</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="267" />
      <location filename="../../ui/office/programme.py" line="307" />
      <source>Choose a question in the library first.</source>
      <translation>اختر سؤالًا في المكتبة أولًا.</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="269" />
      <source>Added to the rundown.</source>
      <translation>أُضيف إلى قائمة البرنامج.</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="275" />
      <location filename="../../ui/office/programme.py" line="284" />
      <source>Choose a question in the rundown first.</source>
      <translation>اختر سؤالًا في قائمة البرنامج أولًا.</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="277" />
      <source>Removed from the rundown.</source>
      <translation>أُزيل من قائمة البرنامج.</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="286" />
      <source>Moved.</source>
      <translation>تم النقل.</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="310" />
      <source>Reason saved.</source>
      <translation>تم حفظ السبب.</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="316" />
      <source>Added as ticket %1.</source>
      <translation>أُضيف بالتذكرة %1.</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="327" />
      <source>Channel</source>
      <translation>القناة</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="343" />
      <source>The file could not be read: %1</source>
      <translation>تعذّرت قراءة الملف: %1</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="346" />
      <source>Added %1, already there %2.</source>
      <translation>أُضيف %1، وكان موجودًا %2.</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="349" />
      <source>Rows with problems (line numbers): %1</source>
      <translation>صفوف فيها مشكلات (أرقام الأسطر): %1</translation>
    </message>
  </context>
</TS>