<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
  <context>
    <name>PresenterView</name>
    <message>
      <location filename="../../ui/office/presenter.py" line="131" />
      <location filename="../../ui/office/presenter.py" line="180" />
      <source>Play / pause</source>
      <translation>تشغيل / إيقاف</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="131" />
      <source>Play or pause the recording</source>
      <translation>تشغيل التسجيل أو إيقافه</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="132" />
      <source>Previous</source>
      <translation>السابق</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="132" />
      <source>Previous question</source>
      <translation>السؤال السابق</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="133" />
      <source>Next</source>
      <translation>التالي</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="133" />
      <source>Next question without marking</source>
      <translation>السؤال التالي دون وضع علامة</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="134" />
      <source>Answered</source>
      <translation>تمت الإجابة</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="134" />
      <source>Mark answered and go on</source>
      <translation>وضع علامة «تمت الإجابة» والمتابعة</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="135" />
      <source>Skip</source>
      <translation>تخطٍّ</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="135" />
      <source>Mark skipped and go on</source>
      <translation>وضع علامة «تم التخطي» والمتابعة</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="139" />
      <source>Mirror text</source>
      <translation>نص معكوس</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="140" />
      <source>Mirror the text for a teleprompter glass</source>
      <translation>عكس النص لزجاج جهاز التلقين</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="141" />
      <source>Not for broadcast — paraphrase only</source>
      <translation>ليس للبث — إعادة صياغة فقط</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="142" />
      <source>Presenter view</source>
      <translation>عرض المقدم</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="159" />
      <source>The rundown is empty.</source>
      <translation>قائمة البرنامج فارغة.</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="165" />
      <source>Kiosk %1</source>
      <translation>الكشك %1</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="166" />
      <source>Instagram</source>
      <translation>إنستغرام</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="166" />
      <source>Phone call</source>
      <translation>مكالمة هاتفية</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="167" />
      <source>Other channel</source>
      <translation>قناة أخرى</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="168" />
      <source>answered</source>
      <translation>تمت الإجابة</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="168" />
      <source>skipped</source>
      <translation>تم التخطي</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="173" />
      <source>(text shown only on the presenter's screen)</source>
      <translation>(يُعرض النص على شاشة المقدم فقط)</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="174" />
      <source>(voice question: play the recording)</source>
      <translation>(سؤال صوتي: شغّل التسجيل)</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="180" />
      <source>Pause</source>
      <translation>إيقاف مؤقت</translation>
    </message>
  </context>
  <context>
    <name>ProgrammeTab</name>
    <message>
      <location filename="../../ui/office/programme.py" line="27" />
      <source>Library</source>
      <translation>المكتبة</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="27" />
      <source>Programme</source>
      <translation>البرنامج</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="119" />
      <source>Show</source>
      <translation>الحلقة</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="120" />
      <source>New show</source>
      <translation>حلقة جديدة</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="120" />
      <source>Create a show with this date and title</source>
      <translation>إنشاء حلقة بهذا التاريخ والعنوان</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="121" />
      <source>Add to rundown</source>
      <translation>إضافة إلى قائمة البرنامج</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="121" />
      <source>Add the chosen question to the rundown</source>
      <translation>إضافة السؤال المختار إلى قائمة البرنامج</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="122" />
      <source>Remove</source>
      <translation>إزالة</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="122" />
      <source>Remove the chosen question from the rundown</source>
      <translation>إزالة السؤال المختار من قائمة البرنامج</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="123" />
      <source>Move up</source>
      <translation>إلى الأعلى</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="123" />
      <source>Move the chosen question earlier</source>
      <translation>تقديم السؤال المختار</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="124" />
      <source>Move down</source>
      <translation>إلى الأسفل</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="124" />
      <source>Move the chosen question later</source>
      <translation>تأخير السؤال المختار</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="125" />
      <source>Presenter screen is on air</source>
      <translation>شاشة المقدم على الهواء</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="125" />
      <source>The presenter screen is seen on air</source>
      <translation>شاشة المقدم تظهر في البث</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="126" />
      <source>Open presenter view</source>
      <translation>فتح عرض المقدم</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="126" />
      <source>Open the presenter view of this show</source>
      <translation>فتح عرض المقدم لهذه الحلقة</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="127" />
      <source>Why the chosen question is not broadcast</source>
      <translation>لماذا لا يُبث السؤال المختار</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="128" />
      <source>Set reason</source>
      <translation>حفظ السبب</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="128" />
      <source>Set the reason on the chosen question</source>
      <translation>حفظ السبب للسؤال المختار</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="129" />
      <source>Search the library</source>
      <translation>البحث في المكتبة</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="130" />
      <source>Questions not yet in a rundown</source>
      <translation>أسئلة ليست بعد في قائمة برنامج</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="131" />
      <source>Rundown of the show</source>
      <translation>قائمة الحلقة</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="132" />
      <source>Date of the new show</source>
      <translation>تاريخ الحلقة الجديدة</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="133" />
      <source>Title of the new show</source>
      <translation>عنوان الحلقة الجديدة</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="139" />
      <source>Search, then press Enter</source>
      <translation>ابحث ثم اضغط Enter</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="142" />
      <source>Not broadcast because… (no reason)</source>
      <translation>سبب عدم البث… (بلا سبب)</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="143" />
      <source>Answered together with similar questions</source>
      <translation>أُجيب عنه مع أسئلة مشابهة</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="144" />
      <source>Referred to a department</source>
      <translation>أُحيل إلى القسم المختص</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="145" />
      <source>Outside the municipality's remit</source>
      <translation>خارج اختصاص البلدية</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="146" />
      <source>Not suitable for broadcast</source>
      <translation>غير مناسب للبث</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="149" />
      <source>1405-09-13</source>
      <translation>1405-09-13</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="150" />
      <source>Title</source>
      <translation>العنوان</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="176" />
      <source>(no title)</source>
      <translation>(بلا عنوان)</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="188" />
      <source>Could not create the show: %1</source>
      <translation>تعذّر إنشاء الحلقة: %1</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="192" />
      <source>Show created.</source>
      <translation>تم إنشاء الحلقة.</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="196" />
      <source>voice</source>
      <translation>صوتي</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="196" />
      <source>text</source>
      <translation>نصي</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="201" />
      <source>Instagram</source>
      <translation>إنستغرام</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="201" />
      <source>Phone call</source>
      <translation>مكالمة هاتفية</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="201" />
      <source>Other channel</source>
      <translation>قناة أخرى</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="204" />
      <source>broadcast allowed</source>
      <translation>مسموح بالبث</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="204" />
      <source>not for broadcast</source>
      <translation>ليس للبث</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="213" />
      <source>answered</source>
      <translation>تمت الإجابة</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="213" />
      <source>skipped</source>
      <translation>تم التخطي</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="221" />
      <source>%1 questions, audio %2:%3</source>
      <translation>%1 سؤال، الصوت %2:%3</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="254" />
      <location filename="../../ui/office/programme.py" line="294" />
      <source>Choose a question in the library first.</source>
      <translation>اختر سؤالًا في المكتبة أولًا.</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="256" />
      <source>Added to the rundown.</source>
      <translation>أُضيف إلى قائمة البرنامج.</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="262" />
      <location filename="../../ui/office/programme.py" line="271" />
      <source>Choose a question in the rundown first.</source>
      <translation>اختر سؤالًا في قائمة البرنامج أولًا.</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="264" />
      <source>Removed from the rundown.</source>
      <translation>أُزيل من قائمة البرنامج.</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="273" />
      <source>Moved.</source>
      <translation>تم النقل.</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="297" />
      <source>Reason saved.</source>
      <translation>تم حفظ السبب.</translation>
    </message>
  </context>
</TS>