<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AttractScreen</name>
    <message>
        <source>Citizen and Mayor</source>
        <translation>المواطن والعمدة</translation>
    </message>
    <message>
        <source>Ask the mayor your question, by voice or in writing. It takes about two minutes.</source>
        <translation>اطرح سؤالك على العمدة، بالصوت أو بالكتابة. يستغرق ذلك نحو دقيقتين.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>ابدأ</translation>
    </message>
    <message>
        <source>Start asking a question</source>
        <translation>ابدأ بطرح سؤال</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>الفارسية</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>اللغة: %1</translation>
    </message>
    <message>
        <source>One moment, please: the kiosk is getting ready.</source>
        <translation>لحظة من فضلك: الجهاز يستعد.</translation>
    </message>
    <message numerus="yes">
        <source>Thank you for your interest! Please wait %n second(s) before the next question.</source>
        <translation>
            <numerusform>شكرًا لاهتمامك! يُرجى الانتظار %n ثانية قبل السؤال التالي.</numerusform>
            <numerusform>شكرًا لاهتمامك! يُرجى الانتظار ثانية واحدة قبل السؤال التالي.</numerusform>
            <numerusform>شكرًا لاهتمامك! يُرجى الانتظار ثانيتين قبل السؤال التالي.</numerusform>
            <numerusform>شكرًا لاهتمامك! يُرجى الانتظار %n ثوانٍ قبل السؤال التالي.</numerusform>
            <numerusform>شكرًا لاهتمامك! يُرجى الانتظار %n ثانية قبل السؤال التالي.</numerusform>
            <numerusform>شكرًا لاهتمامك! يُرجى الانتظار %n ثانية قبل السؤال التالي.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>We have received many questions this hour. Please come back in %n minute(s).</source>
        <translation>
            <numerusform>لقد تلقّينا أسئلة كثيرة في هذه الساعة. يُرجى العودة بعد %n دقيقة.</numerusform>
            <numerusform>لقد تلقّينا أسئلة كثيرة في هذه الساعة. يُرجى العودة بعد دقيقة واحدة.</numerusform>
            <numerusform>لقد تلقّينا أسئلة كثيرة في هذه الساعة. يُرجى العودة بعد دقيقتين.</numerusform>
            <numerusform>لقد تلقّينا أسئلة كثيرة في هذه الساعة. يُرجى العودة بعد %n دقائق.</numerusform>
            <numerusform>لقد تلقّينا أسئلة كثيرة في هذه الساعة. يُرجى العودة بعد %n دقيقة.</numerusform>
            <numerusform>لقد تلقّينا أسئلة كثيرة في هذه الساعة. يُرجى العودة بعد %n دقيقة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChooseScreen</name>
    <message>
        <source>How would you like to ask?</source>
        <translation>كيف تريد أن تسأل؟</translation>
    </message>
    <message>
        <source>Speak into the microphone, or type on the screen.</source>
        <translation>تحدّث في الميكروفون، أو اكتب على الشاشة.</translation>
    </message>
    <message>
        <source>Speak</source>
        <translation>بالصوت</translation>
    </message>
    <message>
        <source>Speak: record your question</source>
        <translation>بالصوت: سجّل سؤالك</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>بالكتابة</translation>
    </message>
    <message>
        <source>Type: write your question</source>
        <translation>بالكتابة: اكتب سؤالك</translation>
    </message>
    <message>
        <source>Speaking is not possible right now (no microphone). You can type instead.</source>
        <translation>التسجيل الصوتي غير ممكن الآن (لا يوجد ميكروفون). يمكنك كتابة سؤالك بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Recording is temporarily unavailable. You can type instead.</source>
        <translation>التسجيل غير متاح مؤقتًا. يمكنك كتابة سؤالك بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Checking the microphone…</source>
        <translation>جارٍ فحص الميكروفون…</translation>
    </message>
    <message>
        <source>Sorry, questions cannot be taken right now. Please ask the staff for help.</source>
        <translation>عذرًا، لا يمكن استقبال الأسئلة الآن. يرجى طلب المساعدة من الموظفين.</translation>
    </message>
</context>
<context>
    <name>ConsentScreen</name>
    <message>
        <source>Before you start</source>
        <translation>قبل أن تبدأ</translation>
    </message>
    <message>
        <source>Required: my question is recorded and sent to the communications office.</source>
        <translation>مطلوب: يُسجَّل سؤالي ويُرسل إلى العلاقات العامة في البلدية.</translation>
    </message>
    <message>
        <source>It may be played or read out on the live programme (optional)</source>
        <translation>يجوز بثّه أو قراءته في البرنامج المباشر (اختياري)</translation>
    </message>
    <message>
        <source>Enter me in the prize draw; I will give a mobile number (optional)</source>
        <translation>أشارك في السحب على الجوائز وسأعطي رقم هاتفي المحمول (اختياري)</translation>
    </message>
    <message>
        <source>I am 18 or older, or a parent or guardian is with me</source>
        <translation>عمري ١٨ سنة أو أكثر، أو معي أحد والديّ أو وليّ أمري</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>أوافق</translation>
    </message>
    <message>
        <source>I agree and continue</source>
        <translation>أوافق وأتابع</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>العودة إلى البداية</translation>
    </message>
    <message>
        <source>To continue, tick “%1”.</source>
        <translation>للمتابعة، ضع علامة على «%1».</translation>
    </message>
</context>
<context>
    <name>DiscardConfirm</name>
    <message>
        <source>Discard your question?</source>
        <translation>هل تريد حذف سؤالك؟</translation>
    </message>
    <message>
        <source>What you recorded or wrote will be deleted.</source>
        <translation>سيُحذف ما سجّلته أو كتبته.</translation>
    </message>
    <message>
        <source>No, keep it</source>
        <translation>لا، احتفظ به</translation>
    </message>
    <message>
        <source>No, keep my question</source>
        <translation>لا، احتفظ بسؤالي</translation>
    </message>
    <message>
        <source>Yes, discard</source>
        <translation>نعم، احذفه</translation>
    </message>
    <message>
        <source>Yes, delete my question</source>
        <translation>نعم، احذف سؤالي</translation>
    </message>
</context>
<context>
    <name>DrawScreen</name>
    <message>
        <source>Prize draw</source>
        <translation>السحب على الجوائز</translation>
    </message>
    <message>
        <source>We will call you only if you win.</source>
        <translation>سنتصل بك فقط إذا فزت.</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>رقم الهاتف المحمول</translation>
    </message>
    <message>
        <source>Your name (optional)</source>
        <translation>اسمك (اختياري)</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>Continue to the summary</source>
        <translation>المتابعة إلى الملخّص</translation>
    </message>
    <message>
        <source>Please enter your mobile number.</source>
        <translation>يُرجى إدخال رقم هاتفك المحمول.</translation>
    </message>
    <message>
        <source>A mobile number has only digits.</source>
        <translation>رقم الهاتف المحمول يتكوّن من أرقام فقط.</translation>
    </message>
    <message>
        <source>An Iranian mobile number has 11 digits, like 0912 345 6789.</source>
        <translation>رقم الهاتف المحمول الإيراني من ١١ رقمًا، مثل ٠٩١٢٣٤٥٦٧٨٩.</translation>
    </message>
    <message>
        <source>An Iranian mobile number starts with 09.</source>
        <translation>يبدأ رقم الهاتف المحمول الإيراني بـ ٠٩.</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation>هل ما زلت هنا؟</translation>
    </message>
    <message>
        <source>If not, everything you entered will be deleted in %1 seconds.</source>
        <translation>إن لم تكن هنا، فسيُحذف كل ما أدخلته بعد %1 ثانية.</translation>
    </message>
    <message>
        <source>I am still here</source>
        <translation>ما زلت هنا</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Persian</source>
        <translation>الفارسية</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>broadcast on the programme</source>
        <translation>البث في البرنامج</translation>
    </message>
    <message>
        <source>prize draw</source>
        <translation>السحب على الجوائز</translation>
    </message>
    <message>
        <source>recording</source>
        <translation>التسجيل</translation>
    </message>
</context>
<context>
    <name>ProgrammePanel</name>
    <message>
        <source>Next live answers: %1</source>
        <translation>الإجابات المباشرة القادمة: %1</translation>
    </message>
    <message>
        <source>%1 questions from this tribune have been answered live</source>
        <translation>تمت الإجابة مباشرة على %1 سؤالاً من هذا المنبر</translation>
    </message>
</context>
<context>
    <name>ReceiptScreen</name>
    <message>
        <source>Thank you!</source>
        <translation>شكرًا لك!</translation>
    </message>
    <message>
        <source>Your question has been received.</source>
        <translation>تم استلام سؤالك.</translation>
    </message>
    <message>
        <source>Your ticket code:</source>
        <translation>رمز المتابعة الخاص بك:</translation>
    </message>
    <message>
        <source>QR code of your ticket</source>
        <translation>رمز QR للمتابعة</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Done, back to the start</source>
        <translation>تم، العودة إلى البداية</translation>
    </message>
    <message>
        <source>Ticket code %1</source>
        <translation>رمز المتابعة %1</translation>
    </message>
    <message>
        <source>Keep this code to follow your question. This screen closes in %1 seconds.</source>
        <translation>احتفظ بهذا الرمز لمتابعة سؤالك. تُغلق هذه الشاشة بعد %1 ثانية.</translation>
    </message>
</context>
<context>
    <name>RecordScreen</name>
    <message>
        <source>Speak your question</source>
        <translation>قل سؤالك</translation>
    </message>
    <message>
        <source>Start recording</source>
        <translation>ابدأ التسجيل</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>إيقاف التسجيل</translation>
    </message>
    <message>
        <source>Record again</source>
        <translation>سجّل من جديد</translation>
    </message>
    <message>
        <source>Type instead</source>
        <translation>الكتابة بدلًا من ذلك</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>Continue with this recording</source>
        <translation>المتابعة بهذا التسجيل</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>مستوى صوت الميكروفون</translation>
    </message>
    <message>
        <source>Tap Start. After the tone, say your question. Tap Stop when you are done.</source>
        <translation>اضغط «ابدأ التسجيل». بعد النغمة قل سؤالك، ثم اضغط «إيقاف» عندما تنتهي.</translation>
    </message>
    <message>
        <source>Get ready…</source>
        <translation>استعد…</translation>
    </message>
    <message>
        <source>Recording. Speak now.</source>
        <translation>جارٍ التسجيل. تحدّث الآن.</translation>
    </message>
    <message>
        <source>Recording. Ten seconds left.</source>
        <translation>جارٍ التسجيل. بقيت عشر ثوانٍ.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Well done. Listen to it, record again, or continue.</source>
        <translation>أحسنت. يمكنك الاستماع إليه أو التسجيل من جديد أو المتابعة.</translation>
    </message>
    <message>
        <source>That was very short. Please record again and speak a little longer.</source>
        <translation>كان قصيرًا جدًا. يُرجى التسجيل من جديد والتحدث لفترة أطول قليلًا.</translation>
    </message>
    <message>
        <source>We could hardly hear you. Please come closer to the microphone and record again.</source>
        <translation>بالكاد سمعناك. يُرجى الاقتراب من الميكروفون والتسجيل من جديد.</translation>
    </message>
    <message>
        <source>That was too loud. Please step back a little and record again.</source>
        <translation>كان الصوت عاليًا جدًا. يُرجى الابتعاد قليلًا والتسجيل من جديد.</translation>
    </message>
    <message>
        <source>The microphone stopped. What you said so far is kept: listen to it or record again.</source>
        <translation>توقف الميكروفون. ما قلته حتى الآن محفوظ: استمع إليه أو سجّل من جديد.</translation>
    </message>
    <message>
        <source>Nothing was recorded. Please try again.</source>
        <translation>لم يُسجَّل شيء. يُرجى المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>Speaking is not possible right now (no microphone). You can type instead.</source>
        <translation>التسجيل الصوتي غير ممكن الآن (لا يوجد ميكروفون). يمكنك كتابة سؤالك بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Recording is temporarily unavailable. You can type instead.</source>
        <translation>التسجيل غير متاح مؤقتًا. يمكنك كتابة سؤالك بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Recording did not work. Please try again, or type instead.</source>
        <translation>لم ينجح التسجيل. يُرجى المحاولة مرة أخرى أو كتابة سؤالك.</translation>
    </message>
    <message>
        <source>Length: %1</source>
        <translation>المدة: %1</translation>
    </message>
    <message>
        <source>%1 recorded, %2 left</source>
        <translation>تم تسجيل %1، وتبقّى %2</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>Check and send</source>
        <translation>راجِع وأرسِل</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>إرسال</translation>
    </message>
    <message>
        <source>Send my question</source>
        <translation>أرسِل سؤالي</translation>
    </message>
    <message>
        <source>Your spoken question (%1)</source>
        <translation>سؤالك الصوتي (%1)</translation>
    </message>
    <message>
        <source>Your written question:</source>
        <translation>سؤالك المكتوب:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>بلا موضوع</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>الموضوع: %1</translation>
    </message>
    <message>
        <source>May be broadcast on the programme: yes</source>
        <translation>يجوز بثّه في البرنامج: نعم</translation>
    </message>
    <message>
        <source>May be broadcast on the programme: no</source>
        <translation>يجوز بثّه في البرنامج: لا</translation>
    </message>
    <message>
        <source>Prize draw: %1</source>
        <translation>السحب على الجوائز: %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message>
        <source>Sorry, that did not work. Please tap Send again.</source>
        <translation>عذرًا، لم ينجح ذلك. يُرجى الضغط على «إرسال» مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <source>Spoken help</source>
        <translation>مساعدة صوتية</translation>
    </message>
    <message>
        <source>Listen to spoken help for this screen</source>
        <translation>استمع إلى الإرشاد الصوتي لهذه الشاشة</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Back to the previous step</source>
        <translation>العودة إلى الخطوة السابقة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancel and delete everything</source>
        <translation>إلغاء وحذف كل شيء</translation>
    </message>
</context>
<context>
    <name>SpokenPrompt</name>
    <message>
        <source>Welcome. You can ask the mayor a question, by voice or in writing. Tap Start to begin. The buttons at the bottom change the language.</source>
        <translation>أهلًا وسهلًا. يمكنك أن تطرح سؤالك على رئيس البلدية بالصوت أو بالكتابة. اضغط زر البدء لتبدأ. الأزرار في أسفل الشاشة تغيّر اللغة.</translation>
    </message>
    <message>
        <source>Please read how your question will be used. Tick the boxes you agree with, then tap Agree.</source>
        <translation>يرجى قراءة كيفية استخدام سؤالك. ضع علامة في المربعات التي توافق عليها، ثم اضغط زر الموافقة.</translation>
    </message>
    <message>
        <source>How would you like to ask? Tap the microphone to speak, or the keyboard to type.</source>
        <translation>كيف تريد أن تسأل؟ اضغط على الميكروفون لتتكلم، أو على لوحة المفاتيح لتكتب.</translation>
    </message>
    <message>
        <source>Tap Start recording, wait for the beep, then speak your question. Tap Stop when you have finished.</source>
        <translation>اضغط زر بدء التسجيل، وانتظر صوت التنبيه، ثم قل سؤالك. اضغط زر الإيقاف عندما تنتهي.</translation>
    </message>
    <message>
        <source>Type your question with the keyboard on the screen, then tap Continue.</source>
        <translation>اكتب سؤالك بلوحة المفاتيح على الشاشة، ثم اضغط زر المتابعة.</translation>
    </message>
    <message>
        <source>Choose the topic that fits your question best.</source>
        <translation>اختر الموضوع الأقرب إلى سؤالك.</translation>
    </message>
    <message>
        <source>To take part in the prize draw, enter your mobile number, then tap Continue.</source>
        <translation>للمشاركة في السحب على الجوائز، أدخل رقم هاتفك المحمول، ثم اضغط زر المتابعة.</translation>
    </message>
    <message>
        <source>Check your question. If everything is right, tap Send.</source>
        <translation>راجع سؤالك. إذا كان كل شيء صحيحًا، اضغط زر الإرسال.</translation>
    </message>
    <message>
        <source>Thank you. Your question has been received. Keep your ticket code.</source>
        <translation>شكرًا لك. لقد استلمنا سؤالك. احتفظ برمز التذكرة.</translation>
    </message>
</context>
<context>
    <name>TakePlayback</name>
    <message>
        <source>Stop listening</source>
        <translation>إيقاف الاستماع</translation>
    </message>
    <message>
        <source>Playing your recording; tap to stop</source>
        <translation>يجري تشغيل تسجيلك؛ اضغط للإيقاف</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>استمع</translation>
    </message>
    <message>
        <source>Listen to your recording</source>
        <translation>استمع إلى تسجيلك</translation>
    </message>
    <message>
        <source>Playing your recording</source>
        <translation>يجري تشغيل تسجيلك</translation>
    </message>
    <message>
        <source>Your recording</source>
        <translation>تسجيلك</translation>
    </message>
</context>
<context>
    <name>TextScreen</name>
    <message>
        <source>Write your question</source>
        <translation>اكتب سؤالك</translation>
    </message>
    <message>
        <source>Use the keyboard on the screen. Short and clear questions are easiest to answer.</source>
        <translation>استخدم لوحة المفاتيح على الشاشة. الأسئلة القصيرة والواضحة أسهل في الإجابة.</translation>
    </message>
    <message>
        <source>Your question…</source>
        <translation>سؤالك…</translation>
    </message>
    <message>
        <source>Your question</source>
        <translation>سؤالك</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>Continue with this text</source>
        <translation>المتابعة بهذا النص</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 من %2 حرفًا</translation>
    </message>
    <message>
        <source>Too long: please shorten it.</source>
        <translation>طويل جدًا: يُرجى اختصاره.</translation>
    </message>
</context>
<context>
    <name>TopicScreen</name>
    <message>
        <source>Traffic</source>
        <translation>المرور</translation>
    </message>
    <message>
        <source>Cleanliness</source>
        <translation>النظافة</translation>
    </message>
    <message>
        <source>Parks and green space</source>
        <translation>الحدائق والمساحات الخضراء</translation>
    </message>
    <message>
        <source>Public transport</source>
        <translation>النقل العام</translation>
    </message>
    <message>
        <source>Culture</source>
        <translation>الثقافة</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>موضوع آخر</translation>
    </message>
    <message>
        <source>What is it about?</source>
        <translation>عمّ يدور سؤالك؟</translation>
    </message>
    <message>
        <source>Choose a topic, or skip this step.</source>
        <translation>اختر موضوعًا، أو تخطَّ هذه الخطوة.</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>الموضوع: %1</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>تخطّي</translation>
    </message>
    <message>
        <source>Skip choosing a topic</source>
        <translation>تخطّي اختيار الموضوع</translation>
    </message>
</context>
</TS>
