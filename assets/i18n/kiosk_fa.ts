<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR" sourcelanguage="en">
<context>
    <name>AttractScreen</name>
    <message>
        <source>Citizen and Mayor</source>
        <translation>شهروند و شهردار</translation>
    </message>
    <message>
        <source>Ask the mayor your question, by voice or in writing. It takes about two minutes.</source>
        <translation>پرسش خود را از شهردار بپرسید، با صدا یا با نوشتن. حدود دو دقیقه طول می‌کشد.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>شروع</translation>
    </message>
    <message>
        <source>Start asking a question</source>
        <translation>شروع ثبت پرسش</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>فارسی</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>عربی</translation>
    </message>
    <message>
        <source>English</source>
        <translation>انگلیسی</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>زبان: %1</translation>
    </message>
    <message>
        <source>One moment, please: the kiosk is getting ready.</source>
        <translation>لطفاً چند لحظه صبر کنید: دستگاه در حال آماده شدن است.</translation>
    </message>
    <message numerus="yes">
        <source>Thank you for your interest! Please wait %n second(s) before the next question.</source>
        <translation>
            <numerusform>از همراهی شما سپاسگزاریم! لطفاً %n ثانیه صبر کنید و سپس پرسش بعدی را ثبت کنید.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>We have received many questions this hour. Please come back in %n minute(s).</source>
        <translation>
            <numerusform>در این ساعت پرسش‌های زیادی دریافت کرده‌ایم. لطفاً %n دقیقهٔ دیگر دوباره بیایید.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChooseScreen</name>
    <message>
        <source>How would you like to ask?</source>
        <translation>چگونه می‌خواهید بپرسید؟</translation>
    </message>
    <message>
        <source>Speak into the microphone, or type on the screen.</source>
        <translation>در میکروفون صحبت کنید، یا روی صفحه بنویسید.</translation>
    </message>
    <message>
        <source>Speak</source>
        <translation>با صدا</translation>
    </message>
    <message>
        <source>Speak: record your question</source>
        <translation>با صدا: پرسش خود را ضبط کنید</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>با نوشتن</translation>
    </message>
    <message>
        <source>Type: write your question</source>
        <translation>با نوشتن: پرسش خود را بنویسید</translation>
    </message>
    <message>
        <source>Speaking is not possible right now (no microphone). You can type instead.</source>
        <translation>اکنون ضبط صدا ممکن نیست (میکروفون در دسترس نیست). می‌توانید پرسش خود را بنویسید.</translation>
    </message>
    <message>
        <source>Recording is temporarily unavailable. You can type instead.</source>
        <translation>ضبط صدا موقتاً در دسترس نیست. می‌توانید پرسش خود را بنویسید.</translation>
    </message>
    <message>
        <source>Checking the microphone…</source>
        <translation>در حال بررسی میکروفون…</translation>
    </message>
    <message>
        <source>Sorry, questions cannot be taken right now. Please ask the staff for help.</source>
        <translation>متأسفیم، الان نمی‌توانیم پرسشی بپذیریم. لطفاً از کارکنان کمک بخواهید.</translation>
    </message>
</context>
<context>
    <name>ConsentScreen</name>
    <message>
        <source>Before you start</source>
        <translation>پیش از شروع</translation>
    </message>
    <message>
        <source>Required: my question is recorded and sent to the communications office.</source>
        <translation>لازم: پرسش من ثبت و برای روابط عمومی شهرداری فرستاده می‌شود.</translation>
    </message>
    <message>
        <source>It may be played or read out on the live programme (optional)</source>
        <translation>ممکن است در برنامهٔ زنده پخش یا خوانده شود (اختیاری)</translation>
    </message>
    <message>
        <source>Enter me in the prize draw; I will give a mobile number (optional)</source>
        <translation>در قرعه‌کشی شرکت می‌کنم و شمارهٔ همراهم را می‌دهم (اختیاری)</translation>
    </message>
    <message>
        <source>I am 18 or older, or a parent or guardian is with me</source>
        <translation>۱۸ سال یا بیشتر دارم، یا پدر، مادر یا سرپرستم همراهم است</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>موافقم</translation>
    </message>
    <message>
        <source>I agree and continue</source>
        <translation>موافقم و ادامه می‌دهم</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>بازگشت</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>بازگشت به آغاز</translation>
    </message>
    <message>
        <source>To continue, tick “%1”.</source>
        <translation>برای ادامه، گزینهٔ «%1» را علامت بزنید.</translation>
    </message>
</context>
<context>
    <name>DiscardConfirm</name>
    <message>
        <source>Discard your question?</source>
        <translation>پرسش شما پاک شود؟</translation>
    </message>
    <message>
        <source>What you recorded or wrote will be deleted.</source>
        <translation>آنچه ضبط کرده‌اید یا نوشته‌اید پاک می‌شود.</translation>
    </message>
    <message>
        <source>No, keep it</source>
        <translation>نه، نگهش دار</translation>
    </message>
    <message>
        <source>No, keep my question</source>
        <translation>نه، پرسشم را نگه دار</translation>
    </message>
    <message>
        <source>Yes, discard</source>
        <translation>بله، پاک شود</translation>
    </message>
    <message>
        <source>Yes, delete my question</source>
        <translation>بله، پرسشم را پاک کن</translation>
    </message>
</context>
<context>
    <name>DrawScreen</name>
    <message>
        <source>Prize draw</source>
        <translation>قرعه‌کشی</translation>
    </message>
    <message>
        <source>We will call you only if you win.</source>
        <translation>فقط اگر برنده شوید با شما تماس می‌گیریم.</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>شمارهٔ همراه</translation>
    </message>
    <message>
        <source>Your name (optional)</source>
        <translation>نام شما (اختیاری)</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>ادامه</translation>
    </message>
    <message>
        <source>Continue to the summary</source>
        <translation>ادامه و دیدن خلاصه</translation>
    </message>
    <message>
        <source>Please enter your mobile number.</source>
        <translation>لطفاً شمارهٔ همراه خود را وارد کنید.</translation>
    </message>
    <message>
        <source>A mobile number has only digits.</source>
        <translation>شمارهٔ همراه فقط از رقم تشکیل می‌شود.</translation>
    </message>
    <message>
        <source>An Iranian mobile number has 11 digits, like 0912 345 6789.</source>
        <translation>شمارهٔ همراه ایران ۱۱ رقم دارد، مانند ۰۹۱۲۳۴۵۶۷۸۹.</translation>
    </message>
    <message>
        <source>An Iranian mobile number starts with 09.</source>
        <translation>شمارهٔ همراه ایران با ۰۹ شروع می‌شود.</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation>هنوز اینجا هستید؟</translation>
    </message>
    <message>
        <source>If not, everything you entered will be deleted in %1 seconds.</source>
        <translation>اگر نه، هر چه وارد کرده‌اید تا %1 ثانیهٔ دیگر پاک می‌شود.</translation>
    </message>
    <message>
        <source>I am still here</source>
        <translation>هنوز اینجا هستم</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Persian</source>
        <translation>فارسی</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>عربی</translation>
    </message>
    <message>
        <source>English</source>
        <translation>انگلیسی</translation>
    </message>
    <message>
        <source>broadcast on the programme</source>
        <translation>پخش در برنامه</translation>
    </message>
    <message>
        <source>prize draw</source>
        <translation>قرعه‌کشی</translation>
    </message>
    <message>
        <source>recording</source>
        <translation>ضبط صدا</translation>
    </message>
</context>
<context>
    <name>ProgrammePanel</name>
    <message>
        <source>Next live answers: %1</source>
        <translation>پاسخ زنده بعدی: %1</translation>
    </message>
    <message>
        <source>%1 questions from this tribune have been answered live</source>
        <translation>تا کنون به %1 پرسش از این تریبون در برنامه زنده پاسخ داده شده است</translation>
    </message>
</context>
<context>
    <name>ReceiptScreen</name>
    <message>
        <source>Thank you!</source>
        <translation>سپاسگزاریم!</translation>
    </message>
    <message>
        <source>Your question has been received.</source>
        <translation>پرسش شما دریافت شد.</translation>
    </message>
    <message>
        <source>Your ticket code:</source>
        <translation>کد پیگیری شما:</translation>
    </message>
    <message>
        <source>QR code of your ticket</source>
        <translation>کد QR پیگیری شما</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>پایان</translation>
    </message>
    <message>
        <source>Done, back to the start</source>
        <translation>پایان و بازگشت به آغاز</translation>
    </message>
    <message>
        <source>Ticket code %1</source>
        <translation>کد پیگیری %1</translation>
    </message>
    <message>
        <source>Keep this code to follow your question. This screen closes in %1 seconds.</source>
        <translation>این کد را برای پیگیری پرسش خود نگه دارید. این صفحه تا %1 ثانیهٔ دیگر بسته می‌شود.</translation>
    </message>
</context>
<context>
    <name>RecordScreen</name>
    <message>
        <source>Speak your question</source>
        <translation>پرسش خود را بگویید</translation>
    </message>
    <message>
        <source>Start recording</source>
        <translation>شروع ضبط</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>توقف</translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>توقف ضبط</translation>
    </message>
    <message>
        <source>Record again</source>
        <translation>ضبط دوباره</translation>
    </message>
    <message>
        <source>Type instead</source>
        <translation>به جای آن بنویسم</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>ادامه</translation>
    </message>
    <message>
        <source>Continue with this recording</source>
        <translation>ادامه با همین صدا</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>بلندی صدای میکروفون</translation>
    </message>
    <message>
        <source>Tap Start. After the tone, say your question. Tap Stop when you are done.</source>
        <translation>«شروع ضبط» را بزنید. پس از بوق، پرسش خود را بگویید. در پایان «توقف» را بزنید.</translation>
    </message>
    <message>
        <source>Get ready…</source>
        <translation>آماده شوید…</translation>
    </message>
    <message>
        <source>Recording. Speak now.</source>
        <translation>در حال ضبط. اکنون صحبت کنید.</translation>
    </message>
    <message>
        <source>Recording. Ten seconds left.</source>
        <translation>در حال ضبط. ده ثانیه مانده است.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>در حال ذخیره…</translation>
    </message>
    <message>
        <source>Well done. Listen to it, record again, or continue.</source>
        <translation>عالی است. می‌توانید گوش دهید، دوباره ضبط کنید یا ادامه دهید.</translation>
    </message>
    <message>
        <source>That was very short. Please record again and speak a little longer.</source>
        <translation>خیلی کوتاه بود. لطفاً دوباره ضبط کنید و کمی بیشتر صحبت کنید.</translation>
    </message>
    <message>
        <source>We could hardly hear you. Please come closer to the microphone and record again.</source>
        <translation>صدای شما به‌سختی شنیده شد. لطفاً به میکروفون نزدیک‌تر شوید و دوباره ضبط کنید.</translation>
    </message>
    <message>
        <source>That was too loud. Please step back a little and record again.</source>
        <translation>صدا خیلی بلند بود. لطفاً کمی عقب‌تر بایستید و دوباره ضبط کنید.</translation>
    </message>
    <message>
        <source>The microphone stopped. What you said so far is kept: listen to it or record again.</source>
        <translation>میکروفون از کار افتاد. آنچه تا اینجا گفتید نگه داشته شد: گوش دهید یا دوباره ضبط کنید.</translation>
    </message>
    <message>
        <source>Nothing was recorded. Please try again.</source>
        <translation>چیزی ضبط نشد. لطفاً دوباره امتحان کنید.</translation>
    </message>
    <message>
        <source>Speaking is not possible right now (no microphone). You can type instead.</source>
        <translation>اکنون ضبط صدا ممکن نیست (میکروفون در دسترس نیست). می‌توانید پرسش خود را بنویسید.</translation>
    </message>
    <message>
        <source>Recording is temporarily unavailable. You can type instead.</source>
        <translation>ضبط صدا موقتاً در دسترس نیست. می‌توانید پرسش خود را بنویسید.</translation>
    </message>
    <message>
        <source>Recording did not work. Please try again, or type instead.</source>
        <translation>ضبط انجام نشد. لطفاً دوباره امتحان کنید یا پرسش خود را بنویسید.</translation>
    </message>
    <message>
        <source>Length: %1</source>
        <translation>مدت: %1</translation>
    </message>
    <message>
        <source>%1 recorded, %2 left</source>
        <translation>%1 ضبط شد، %2 مانده</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>Check and send</source>
        <translation>بررسی و فرستادن</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>فرستادن</translation>
    </message>
    <message>
        <source>Send my question</source>
        <translation>پرسش مرا بفرست</translation>
    </message>
    <message>
        <source>Your spoken question (%1)</source>
        <translation>پرسش صوتی شما (%1)</translation>
    </message>
    <message>
        <source>Your written question:</source>
        <translation>پرسش نوشتاری شما:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>بدون موضوع</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>موضوع: %1</translation>
    </message>
    <message>
        <source>May be broadcast on the programme: yes</source>
        <translation>پخش در برنامه: بله</translation>
    </message>
    <message>
        <source>May be broadcast on the programme: no</source>
        <translation>پخش در برنامه: خیر</translation>
    </message>
    <message>
        <source>Prize draw: %1</source>
        <translation>قرعه‌کشی: %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>در حال فرستادن…</translation>
    </message>
    <message>
        <source>Sorry, that did not work. Please tap Send again.</source>
        <translation>متأسفیم، انجام نشد. لطفاً دوباره «فرستادن» را بزنید.</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <source>Spoken help</source>
        <translation>راهنمای گفتاری</translation>
    </message>
    <message>
        <source>Listen to spoken help for this screen</source>
        <translation>شنیدن راهنمای گفتاری این صفحه</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>بازگشت</translation>
    </message>
    <message>
        <source>Back to the previous step</source>
        <translation>بازگشت به مرحلهٔ قبل</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <source>Cancel and delete everything</source>
        <translation>انصراف و پاک کردن همه چیز</translation>
    </message>
</context>
<context>
    <name>SpokenPrompt</name>
    <message>
        <source>Welcome. You can ask the mayor a question, by voice or in writing. Tap Start to begin. The buttons at the bottom change the language.</source>
        <translation>خوش آمدید. می‌توانید پرسش خود را با صدا یا با نوشتن از شهردار بپرسید. برای شروع، دکمه‌ی شروع را بزنید. با دکمه‌های پایین صفحه زبان را عوض کنید.</translation>
    </message>
    <message>
        <source>Please read how your question will be used. Tick the boxes you agree with, then tap Agree.</source>
        <translation>لطفاً بخوانید که پرسش شما چگونه به کار می‌رود. خانه‌هایی را که با آن‌ها موافقید علامت بزنید و سپس دکمه‌ی موافقم را بزنید.</translation>
    </message>
    <message>
        <source>How would you like to ask? Tap the microphone to speak, or the keyboard to type.</source>
        <translation>چگونه می‌خواهید بپرسید؟ برای صحبت کردن دکمه‌ی میکروفون را بزنید، یا برای نوشتن دکمه‌ی صفحه‌کلید را.</translation>
    </message>
    <message>
        <source>Tap Start recording, wait for the beep, then speak your question. Tap Stop when you have finished.</source>
        <translation>دکمه‌ی شروع ضبط را بزنید، صبر کنید تا صدای بوق بیاید و سپس پرسش خود را بگویید. وقتی تمام شد، دکمه‌ی توقف را بزنید.</translation>
    </message>
    <message>
        <source>Type your question with the keyboard on the screen, then tap Continue.</source>
        <translation>پرسش خود را با صفحه‌کلید روی صفحه بنویسید و سپس دکمه‌ی ادامه را بزنید.</translation>
    </message>
    <message>
        <source>Choose the topic that fits your question best.</source>
        <translation>موضوعی را که به پرسش شما نزدیک‌تر است انتخاب کنید.</translation>
    </message>
    <message>
        <source>To take part in the prize draw, enter your mobile number, then tap Continue.</source>
        <translation>برای شرکت در قرعه‌کشی، شماره‌ی تلفن همراه خود را وارد کنید و سپس دکمه‌ی ادامه را بزنید.</translation>
    </message>
    <message>
        <source>Check your question. If everything is right, tap Send.</source>
        <translation>پرسش خود را بررسی کنید. اگر همه چیز درست است، دکمه‌ی فرستادن را بزنید.</translation>
    </message>
    <message>
        <source>Thank you. Your question has been received. Keep your ticket code.</source>
        <translation>سپاسگزاریم. پرسش شما دریافت شد. کد پیگیری خود را نگه دارید.</translation>
    </message>
</context>
<context>
    <name>TakePlayback</name>
    <message>
        <source>Stop listening</source>
        <translation>توقف پخش</translation>
    </message>
    <message>
        <source>Playing your recording; tap to stop</source>
        <translation>صدای شما در حال پخش است؛ برای توقف بزنید</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>گوش دادن</translation>
    </message>
    <message>
        <source>Listen to your recording</source>
        <translation>گوش دادن به صدای ضبط‌شده</translation>
    </message>
    <message>
        <source>Playing your recording</source>
        <translation>صدای شما در حال پخش است</translation>
    </message>
    <message>
        <source>Your recording</source>
        <translation>صدای ضبط‌شدهٔ شما</translation>
    </message>
</context>
<context>
    <name>TextScreen</name>
    <message>
        <source>Write your question</source>
        <translation>پرسش خود را بنویسید</translation>
    </message>
    <message>
        <source>Use the keyboard on the screen. Short and clear questions are easiest to answer.</source>
        <translation>از صفحه‌کلید روی صفحه استفاده کنید. پرسش‌های کوتاه و روشن آسان‌تر پاسخ داده می‌شوند.</translation>
    </message>
    <message>
        <source>Your question…</source>
        <translation>پرسش شما…</translation>
    </message>
    <message>
        <source>Your question</source>
        <translation>پرسش شما</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>ادامه</translation>
    </message>
    <message>
        <source>Continue with this text</source>
        <translation>ادامه با همین متن</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 از %2 نویسه</translation>
    </message>
    <message>
        <source>Too long: please shorten it.</source>
        <translation>خیلی بلند است: لطفاً کوتاهش کنید.</translation>
    </message>
</context>
<context>
    <name>TopicScreen</name>
    <message>
        <source>Traffic</source>
        <translation>ترافیک</translation>
    </message>
    <message>
        <source>Cleanliness</source>
        <translation>پاکیزگی شهر</translation>
    </message>
    <message>
        <source>Parks and green space</source>
        <translation>پارک و فضای سبز</translation>
    </message>
    <message>
        <source>Public transport</source>
        <translation>حمل‌ونقل عمومی</translation>
    </message>
    <message>
        <source>Culture</source>
        <translation>فرهنگ</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>موضوع دیگر</translation>
    </message>
    <message>
        <source>What is it about?</source>
        <translation>موضوع پرسش چیست؟</translation>
    </message>
    <message>
        <source>Choose a topic, or skip this step.</source>
        <translation>یک موضوع انتخاب کنید، یا از این مرحله بگذرید.</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>موضوع: %1</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>بدون موضوع</translation>
    </message>
    <message>
        <source>Skip choosing a topic</source>
        <translation>ادامه بدون انتخاب موضوع</translation>
    </message>
</context>
</TS>
