<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>EncryptionHealth</name>
    <message>
        <source>Encryption</source>
        <translation>التشفير</translation>
    </message>
    <message>
        <source>Envelopes are encrypted for the office (%1 recipient).</source>
        <translation>تُشفَّر الطرود للمكتب (%1 مستلم).</translation>
    </message>
    <message>
        <source>Earlier, %1 envelope(s) left unencrypted, before the office key was set.</source>
        <translation>في السابق، أُرسل %1 طرد دون تشفير قبل ضبط مفتاح المكتب.</translation>
    </message>
    <message>
        <source>No office key is set: envelopes leave this kiosk unencrypted.</source>
        <translation>لم يُضبط مفتاح المكتب: تغادر الطرود هذا الكشك دون تشفير.</translation>
    </message>
    <message>
        <source>%1 question(s) with a phone number or name are waiting and will not be sent until the office key is set.</source>
        <translation>%1 سؤال يحمل رقم هاتف أو اسمًا بالانتظار، ولن يُرسل حتى يُضبط مفتاح المكتب.</translation>
    </message>
    <message>
        <source>%1 envelope(s) without personal data were already sent unencrypted.</source>
        <translation>أُرسل %1 طرد بلا بيانات شخصية دون تشفير من قبل.</translation>
    </message>
    <message>
        <source>What to do: ask the office for its recipient key (%1) and put it in the settings, %2; then restart the kiosk.</source>
        <translation>ما العمل: اطلب من المكتب مفتاح المستلم (%1) وضعه في الإعدادات، %2، ثم أعد تشغيل الكشك.</translation>
    </message>
    <message>
        <source>%1 question(s) with a phone number or name were not copied: no office key is set, and personal data never leaves the kiosk unencrypted. See the Health tab.</source>
        <translation>لم يُنسخ %1 سؤال يحمل رقم هاتف أو اسمًا: لم يُضبط مفتاح المكتب، والبيانات الشخصية لا تغادر الكشك دون تشفير أبدًا. انظر تبويب الحالة الفنية.</translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <source>Audio capture is not installed.</source>
        <translation>التقاط الصوت غير مثبّت.</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>الميكروفون</translation>
    </message>
    <message>
        <source>Free disk</source>
        <translation>مساحة القرص</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>الأعداد</translation>
    </message>
    <message>
        <source>Oldest unsent</source>
        <translation>أقدم غير مُرسَل</translation>
    </message>
    <message>
        <source>Last delivery</source>
        <translation>آخر إرسال</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>آخر خطأ</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>الساعة</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Kiosk id</source>
        <translation>معرّف الكشك</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>بصمة المفتاح العام</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>مجلد البيانات</translation>
    </message>
    <message>
        <source>Office settings version</source>
        <translation>إصدار إعدادات المكتب</translation>
    </message>
    <message>
        <source>Cannot ask for the microphone: {error}</source>
        <translation>تعذّر الاستعلام عن الميكروفون: {error}</translation>
    </message>
    <message>
        <source>Microphone ready: {name} (device {index}, {rate} Hz).</source>
        <translation>الميكروفون جاهز: {name} (الجهاز {index}، {rate} هرتز).</translation>
    </message>
    <message>
        <source>Cannot look for a microphone until the audio library is installed.</source>
        <translation>لا يمكن البحث عن ميكروفون قبل تثبيت مكتبة الصوت.</translation>
    </message>
    <message>
        <source>The microphone works and the level is good.</source>
        <translation>الميكروفون يعمل ومستوى الصوت جيد.</translation>
    </message>
    <message>
        <source>The microphone hears almost nothing. Check it is not muted, speak closer, or raise the input volume.</source>
        <translation>الميكروفون لا يكاد يسمع شيئًا. تأكد أنه غير مكتوم، أو تكلّم عن قرب، أو ارفع مستوى الإدخال.</translation>
    </message>
    <message>
        <source>The sound is too loud and distorts. Lower the input volume or move the microphone away from the speaker.</source>
        <translation>الصوت عالٍ جدًا ومشوَّه. اخفض مستوى الإدخال أو أبعد الميكروفون عن مكبّر الصوت.</translation>
    </message>
    <message>
        <source>The recorder had a problem. Restart the kiosk; if it happens again, call support.</source>
        <translation>حدثت مشكلة في التسجيل. أعد تشغيل الكشك؛ وإن تكررت فاتصل بالدعم.</translation>
    </message>
    <message>
        <source>No microphone is connected. Plug in the USB microphone and run {command} again.</source>
        <translation>لا يوجد ميكروفون موصول. صِل ميكروفون USB ثم شغّل {command} مرة أخرى.</translation>
    </message>
    <message>
        <source>The microphone set in the settings (number {number}) is not connected. Plug it in, or change audio.device. Found: {found}.</source>
        <translation>الميكروفون المحدد في الإعدادات (رقم {number}) غير موصول. صِله أو غيّر audio.device. الموجود: {found}.</translation>
    </message>
    <message>
        <source>The microphone named {name} in the settings is not connected. Check the USB cable, or change audio.device. Found: {found}.</source>
        <translation>الميكروفون {name} المحدد في الإعدادات غير موصول. افحص كابل USB أو غيّر audio.device. الموجود: {found}.</translation>
    </message>
    <message>
        <source>The microphone {name} cannot record in the format the kiosk needs ({rate} Hz). Set audio.device to another input, then run {command}.</source>
        <translation>لا يستطيع الميكروفون {name} التسجيل بالصيغة التي يحتاجها الكشك ({rate} هرتز). اضبط audio.device على مدخل آخر ثم شغّل {command}.</translation>
    </message>
    <message>
        <source>No microphone found. Check the USB cable is plugged in firmly, then run {command} again.</source>
        <translation>لم يُعثر على ميكروفون. تأكد من توصيل كابل USB جيدًا، ثم شغّل {command} مرة أخرى.</translation>
    </message>
    <message>
        <source>The audio library is missing, so no microphone can be used. Install the Debian package libportaudio2 and restart the kiosk.</source>
        <translation>مكتبة الصوت غير موجودة، فلا يمكن استخدام أي ميكروفون. ثبّت حزمة دبيان libportaudio2 وأعد تشغيل الكشك.</translation>
    </message>
    <message>
        <source>The microphone stopped working during a recording. What was recorded so far was kept. Check the USB cable, then run {command}.</source>
        <translation>توقف الميكروفون أثناء التسجيل. حُفظ ما سُجّل حتى تلك اللحظة. افحص كابل USB ثم شغّل {command}.</translation>
    </message>
    <message>
        <source>The disk is almost full, so recording is paused. Send or purge old submissions, or free space on the disk.</source>
        <translation>القرص ممتلئ تقريبًا فتوقف التسجيل. أرسل المشاركات القديمة أو احذفها، أو حرّر مساحة على القرص.</translation>
    </message>
    <message>
        <source>A recording could not be compressed. The original WAV file was kept; call support if this repeats.</source>
        <translation>تعذّر ضغط تسجيل. حُفظ ملف WAV الأصلي؛ اتصل بالدعم إن تكرر ذلك.</translation>
    </message>
    <message>
        <source>Free-space checks are not installed.</source>
        <translation>فحص المساحة الحرة غير مثبّت.</translation>
    </message>
    <message>
        <source>Cannot read the free space of {path}: {error}</source>
        <translation>تعذّرت قراءة المساحة الحرة في {path}: {error}</translation>
    </message>
    <message>
        <source>{free} MB free (warning below {warn} MB, stop below {stop} MB).</source>
        <translation>{free} ميغابايت حرة (تنبيه تحت {warn} ميغابايت، توقف تحت {stop} ميغابايت).</translation>
    </message>
    <message>
        <source>{free} MB free: space is getting low; deliver or export the queue soon (recording stops below {stop} MB).</source>
        <translation>{free} ميغابايت حرة: المساحة تنفد؛ أرسل القائمة أو صدّرها قريبًا (يتوقف التسجيل تحت {stop} ميغابايت).</translation>
    </message>
    <message>
        <source>{free} MB free: recording is refused until space is freed; deliver or export the queue.</source>
        <translation>{free} ميغابايت حرة: يُرفض التسجيل حتى تتحرر مساحة؛ أرسل القائمة أو صدّرها.</translation>
    </message>
    <message>
        <source>Healthy: {size_kb} kB, audit chain intact ({path}).</source>
        <translation>سليمة: {size_kb} كيلوبايت، سلسلة السجل سليمة ({path}).</translation>
    </message>
    <message>
        <source>Damaged: integrity {integrity}; {chain} ({path}). Call support.</source>
        <translation>متضررة: السلامة {integrity}؛ {chain} ({path}). اتصل بالدعم.</translation>
    </message>
    <message>
        <source>The database is damaged: {error}</source>
        <translation>قاعدة البيانات متضررة: {error}</translation>
    </message>
    <message>
        <source>Cannot open {path}: {error}</source>
        <translation>تعذّر فتح {path}: {error}</translation>
    </message>
    <message>
        <source>The oldest unsent question has waited {hours} hours.</source>
        <translation>أقدم سؤال غير مُرسَل ينتظر منذ {hours} ساعة.</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation>لا شيء بانتظار الإرسال.</translation>
    </message>
    <message>
        <source>No key yet.</source>
        <translation>لا يوجد مفتاح بعد.</translation>
    </message>
    <message>
        <source>No office signing key is set: office settings bundles are ignored.</source>
        <translation>لم يُضبط مفتاح توقيع المكتب: تُتجاهل حزم إعدادات المكتب.</translation>
    </message>
    <message>
        <source>No office settings bundle applied yet.</source>
        <translation>لم تُطبَّق أي حزمة إعدادات من المكتب بعد.</translation>
    </message>
    <message>
        <source>Office settings version {version} is active.</source>
        <translation>إصدار إعدادات المكتب {version} مفعّل.</translation>
    </message>
    <message>
        <source>Office settings version {version} has expired; it is kept until the office publishes a new one.</source>
        <translation>انتهت صلاحية إصدار إعدادات المكتب {version}؛ ويُحتفظ به حتى ينشر المكتب إصدارًا جديدًا.</translation>
    </message>
    <message>
        <source>Writable and private to the kiosk user ({path}).</source>
        <translation>قابل للكتابة وخاص بمستخدم الكشك ({path}).</translation>
    </message>
    <message>
        <source>Cannot write to the data folder {path}: {error}. Check that the disk is mounted and the kiosk user owns the folder.</source>
        <translation>لا يمكن الكتابة في مجلد البيانات {path}: {error}. تأكد من أن القرص مركَّب وأن المجلد ملك لمستخدم الكشك.</translation>
    </message>
    <message>
        <source>Other users of this computer can read {names} in {path}. Run any kiosk command as the kiosk user (it closes them), or {command}.</source>
        <translation>يستطيع مستخدمون آخرون لهذا الحاسوب قراءة {names} في {path}. شغّل أي أمر للكشك بصفة مستخدم الكشك (فهو يغلقها)، أو {command}.</translation>
    </message>
    <message>
        <source>Delivery is not set up.</source>
        <translation>الإرسال غير مُعَدّ.</translation>
    </message>
    <message>
        <source>Last delivered {when}</source>
        <translation>آخر إرسال ناجح: {when}</translation>
    </message>
    <message>
        <source>Last checked {when}, nothing to send</source>
        <translation>آخر فحص ناجح: {when} (لا شيء للإرسال)</translation>
    </message>
    <message>
        <source>Nothing delivered yet.</source>
        <translation>لم يُرسَل شيء بعد.</translation>
    </message>
    <message>
        <source>Delivery has not run yet.</source>
        <translation>لم يعمل الإرسال بعد.</translation>
    </message>
    <message>
        <source>{n} waiting to be sent</source>
        <translation>{n} بانتظار الإرسال</translation>
    </message>
    <message>
        <source>No errors.</source>
        <translation>لا أخطاء.</translation>
    </message>
    <message>
        <source>The error of {when} is resolved: {error}</source>
        <translation>تم حل خطأ {when}: {error}</translation>
    </message>
    <message>
        <source>Delivery stopped and needs a person ({when}): {error}</source>
        <translation>توقف الإرسال ويحتاج إلى تدخل الموظفين ({when}): {error}</translation>
    </message>
    <message>
        <source>Retrying since {when}: {error}</source>
        <translation>إعادة المحاولة منذ {when}: {error}</translation>
    </message>
    <message>
        <source>Mic level</source>
        <translation>صوت الميكروفون</translation>
    </message>
    <message>
        <source>Listening: speak and the bar moves.</source>
        <translation>الميكروفون يعمل: تكلّم ليتحرك الشريط.</translation>
    </message>
    <message>
        <source>No microphone: {detail}</source>
        <translation>لا يوجد ميكروفون: {detail}</translation>
    </message>
    <message>
        <source>The microphone stopped: {detail}</source>
        <translation>توقف الميكروفون: {detail}</translation>
    </message>
</context>
<context>
    <name>ModerationView</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>لا عناصر</numerusform>
            <numerusform>عنصر واحد</numerusform>
            <numerusform>عنصران</numerusform>
            <numerusform>%n عناصر</numerusform>
            <numerusform>%n عنصرًا</numerusform>
            <numerusform>%n عنصر</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PromptsPanel</name>
    <message>
        <source>Spoken help</source>
        <translation>المساعدة الصوتية</translation>
    </message>
    <message>
        <source>Language of the prompts</source>
        <translation>لغة الإرشادات</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>الشاشات</translation>
    </message>
    <message>
        <source>Each citizen screen has a short spoken help. Record it in the city&apos;s own voice: pick the screen, tap Record, read the words below, tap Stop.</source>
        <translation>لكل شاشة من شاشات المواطن إرشاد صوتي قصير. سجّله بصوت المدينة نفسها: اختر الشاشة، واضغط «تسجيل»، واقرأ النص أدناه، ثم اضغط «إيقاف».</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>تسجيل</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <source>Restore the shipped prompt</source>
        <translation>استعادة الإرشاد الأصلي</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>الترحيب</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <source>Speak or type</source>
        <translation>الكلام أو الكتابة</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>التسجيل</translation>
    </message>
    <message>
        <source>Typing</source>
        <translation>الكتابة</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Prize draw</source>
        <translation>السحب على الجوائز</translation>
    </message>
    <message>
        <source>Check and send</source>
        <translation>المراجعة والإرسال</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>الإيصال</translation>
    </message>
    <message>
        <source>recorded here</source>
        <translation>مسجّل هنا</translation>
    </message>
    <message>
        <source>shipped voice</source>
        <translation>الصوت الأصلي</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>غير موجود</translation>
    </message>
    <message>
        <source>Recording… read the words, then tap Stop.</source>
        <translation>جارٍ التسجيل… اقرأ النص ثم اضغط «إيقاف».</translation>
    </message>
    <message>
        <source>nothing was recorded</source>
        <translation>لم يُسجَّل شيء</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Saved: this screen now plays your recording. Tap Preview to hear it.</source>
        <translation>حُفظ: تعرض هذه الشاشة الآن تسجيلك. اضغط «معاينة» لسماعه.</translation>
    </message>
    <message>
        <source>It did not work: %1</source>
        <translation>لم ينجح ذلك: %1</translation>
    </message>
    <message>
        <source>Playing…</source>
        <translation>جارٍ التشغيل…</translation>
    </message>
    <message>
        <source>The shipped prompt plays again.</source>
        <translation>يُشغَّل الإرشاد الأصلي من جديد.</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>Idle timeout (s)</source>
        <translation>مهلة الخمول (ثانية)</translation>
    </message>
    <message>
        <source>Moderation on</source>
        <translation>المراجعة قبل الإرسال</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>مستوى الصوت</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>تطبيق</translation>
    </message>
    <message>
        <source>Export logs</source>
        <translation>تصدير السجلات</translation>
    </message>
    <message>
        <source>Exit kiosk</source>
        <translation>الخروج من الكشك</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>حُفظت الإعدادات.</translation>
    </message>
    <message>
        <source>Logs exported to {path}</source>
        <translation>صُدّرت السجلات إلى {path}</translation>
    </message>
    <message>
        <source>The logs could not be exported: {error}</source>
        <translation>تعذّر تصدير السجلات: {error}</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>تشغيل</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Cannot play (no sound device?)</source>
        <translation>لا يمكن التشغيل (لا جهاز صوت؟)</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>قبول</translation>
    </message>
    <message>
        <source>Reject reason</source>
        <translation>سبب الرفض</translation>
    </message>
    <message>
        <source>Choose a reason</source>
        <translation>اختر سبب الرفض</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>رفض</translation>
    </message>
    <message>
        <source>Constructive ★</source>
        <translation>بنّاء (السحب) ★</translation>
    </message>
    <message>
        <source>Personal data ⚠</source>
        <translation>بيانات شخصية ⚠</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} ثانية</translation>
    </message>
    <message>
        <source>Consent (version {version}): {scopes}</source>
        <translation>الموافقة (الإصدار {version}): {scopes}</translation>
    </message>
    <message>
        <source>Reject reason: {reason} ({by})</source>
        <translation>سبب الرفض: {reason} ({by})</translation>
    </message>
    <message>
        <source>Staff entry</source>
        <translation>دخول الموظفين</translation>
    </message>
    <message>
        <source>Enter the staff PIN</source>
        <translation>أدخل رمز الموظفين</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>تأكيد</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>الحالة الفنية</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Test mic</source>
        <translation>اختبار الميكروفون</translation>
    </message>
    <message>
        <source>Locked; try again in {n} s.</source>
        <translation>مقفل؛ حاول مرة أخرى بعد {n} ثانية.</translation>
    </message>
    <message>
        <source>No PIN is set yet: {command}</source>
        <translation>لم يُعيَّن أي رمز بعد: {command}</translation>
    </message>
    <message>
        <source>Wrong PIN. {n} tries left.</source>
        <translation>الرمز غير صحيح. بقيت {n} محاولات.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>آخر ٧ أيام</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>آخر ٣٠ يومًا</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>قائمة المراجعة</translation>
    </message>
    <message>
        <source>Done: {ticket} is now {status}.</source>
        <translation>تم: حالة {ticket} الآن «{status}».</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>رمز الإيصال</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>علامات</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>قفل وخروج</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>الإدارة</translation>
    </message>
    <message>
        <source>Approved questions not yet delivered are copied to a USB stick for the office; each file is read back and checked, and a signed list is written next to them.</source>
        <translation>تُنسخ الأسئلة المقبولة التي لم تصل بعد إلى المكتب إلى ذاكرة USB؛ يُعاد قراءة كل ملف والتحقق منه، وتُكتب بجانبها قائمة موقّعة.</translation>
    </message>
    <message>
        <source>Connected media</source>
        <translation>الوسائط الموصولة</translation>
    </message>
    <message>
        <source>Target folder</source>
        <translation>المجلد الهدف</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>بحث مجددًا</translation>
    </message>
    <message>
        <source>Count as delivered (the stick is this site&apos;s only route to the office)</source>
        <translation>اعتباره مُرسَلًا (الذاكرة هي الطريق الوحيد إلى المكتب)</translation>
    </message>
    <message>
        <source>Copy to USB</source>
        <translation>نسخ إلى USB</translation>
    </message>
    <message>
        <source>Copy progress</source>
        <translation>تقدّم النسخ</translation>
    </message>
    <message>
        <source>{gb} GB free</source>
        <translation>{gb} غيغابايت حرة</translation>
    </message>
    <message>
        <source>No stick found; plug one in or type a folder.</source>
        <translation>لم يُعثر على ذاكرة؛ صِلها أو اكتب المسار.</translation>
    </message>
    <message>
        <source>Pick a stick or a folder first.</source>
        <translation>اختر ذاكرة أو مجلدًا أولًا.</translation>
    </message>
    <message>
        <source>Nothing to copy: every approved question has been delivered.</source>
        <translation>لا شيء للنسخ: أُرسلت كل الأسئلة المقبولة.</translation>
    </message>
    <message>
        <source>They count as delivered.</source>
        <translation>اعتُبرت مُرسَلة.</translation>
    </message>
    <message>
        <source>The copy could not start: {error}</source>
        <translation>تعذّر بدء النسخ: {error}</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>بانتظار المراجعة</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>مُرسَل</translation>
    </message>
    <message>
        <source>Purged</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>صوتي</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>نصي</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>المدير</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>المراجع</translation>
    </message>
    <message>
        <source>PIN pad</source>
        <translation>لوحة الرمز</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>المواطن</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>الكشك</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>الإرسال</translation>
    </message>
    <message>
        <source>Start-up recovery</source>
        <translation>الاستعادة عند التشغيل</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>سطر الأوامر</translation>
    </message>
    <message>
        <source>Offensive</source>
        <translation>مسيء</translation>
    </message>
    <message>
        <source>Off topic</source>
        <translation>خارج الموضوع</translation>
    </message>
    <message>
        <source>Cannot be understood</source>
        <translation>غير مفهوم</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>مكرر</translation>
    </message>
    <message>
        <source>Test entry</source>
        <translation>إدخال تجريبي</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>رسائل مزعجة</translation>
    </message>
    <message>
        <source>Contains personal data</source>
        <translation>يحتوي على بيانات شخصية</translation>
    </message>
    <message>
        <source>Question sent by a citizen</source>
        <translation>أرسل مواطن سؤالًا</translation>
    </message>
    <message>
        <source>Delivered to the office</source>
        <translation>وصل إلى المكتب</translation>
    </message>
    <message>
        <source>Recording and text deleted</source>
        <translation>حُذف التسجيل والنص</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>تم التراجع</translation>
    </message>
    <message>
        <source>Marked constructive</source>
        <translation>وُسم بنّاءً</translation>
    </message>
    <message>
        <source>Marked as personal data</source>
        <translation>وُسم بأنه يحتوي بيانات شخصية</translation>
    </message>
    <message>
        <source>Unfinished question deleted</source>
        <translation>حُذف سؤال غير مكتمل</translation>
    </message>
    <message>
        <source>Recording waits to be compressed</source>
        <translation>التسجيل بانتظار الضغط</translation>
    </message>
    <message>
        <source>Recording compressed</source>
        <translation>ضُغط التسجيل</translation>
    </message>
    <message>
        <source>Recording could not be compressed</source>
        <translation>تعذّر ضغط التسجيل</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>يحتاج إلى متابعة</translation>
    </message>
    <message>
        <source>Staff signed in</source>
        <translation>دخل أحد الموظفين</translation>
    </message>
    <message>
        <source>Staff PIN set</source>
        <translation>عُيّن رمز الموظفين</translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation>رمز غير صحيح</translation>
    </message>
    <message>
        <source>PIN refused</source>
        <translation>رُفض الرمز</translation>
    </message>
    <message>
        <source>PIN pad locked</source>
        <translation>قُفلت لوحة الرمز</translation>
    </message>
    <message>
        <source>PIN pad unlocked</source>
        <translation>فُتحت لوحة الرمز</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>تغيّر إعداد</translation>
    </message>
    <message>
        <source>Logs exported</source>
        <translation>صُدّرت السجلات</translation>
    </message>
    <message>
        <source>Copied to USB</source>
        <translation>نُسخ إلى USB</translation>
    </message>
    <message>
        <source>Signed and sealed for the office</source>
        <translation>وُقّع وشُفّر للمكتب</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>أُرسل</translation>
    </message>
    <message>
        <source>Kiosk closed by an admin</source>
        <translation>أغلق المدير الكشك</translation>
    </message>
    <message>
        <source>was: {status}</source>
        <translation>سابقًا: {status}</translation>
    </message>
    <message>
        <source>now: {status}</source>
        <translation>الآن: {status}</translation>
    </message>
    <message>
        <source>Reject reason: {reason}</source>
        <translation>سبب الرفض: {reason}</translation>
    </message>
    <message>
        <source>on</source>
        <translation>مفعّل</translation>
    </message>
    <message>
        <source>off</source>
        <translation>معطّل</translation>
    </message>
</context>
<context>
    <name>UsbExportPanel</name>
    <message numerus="yes">
        <source>%n of {total} question(s) copied to {target} and checked.</source>
        <translation>
            <numerusform>لم يُنسخ أي سؤال من {total} إلى {target}.</numerusform>
            <numerusform>نُسخ سؤال واحد من {total} إلى {target} وتم التحقق منه.</numerusform>
            <numerusform>نُسخ سؤالان من {total} إلى {target} وتم التحقق منهما.</numerusform>
            <numerusform>نُسخت %n أسئلة من {total} إلى {target} وتم التحقق منها.</numerusform>
            <numerusform>نُسخ %n سؤالًا من {total} إلى {target} وتم التحقق منها.</numerusform>
            <numerusform>نُسخ %n سؤال من {total} إلى {target} وتم التحقق منها.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s):</source>
        <translation>
            <numerusform>لا أخطاء:</numerusform>
            <numerusform>خطأ واحد:</numerusform>
            <numerusform>خطآن:</numerusform>
            <numerusform>%n أخطاء:</numerusform>
            <numerusform>%n خطأً:</numerusform>
            <numerusform>%n خطأ:</numerusform>
        </translation>
    </message>
</context>
</TS>
