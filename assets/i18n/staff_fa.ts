<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR" sourcelanguage="en">
<context>
    <name>EncryptionHealth</name>
    <message>
        <source>Encryption</source>
        <translation>رمزنگاری</translation>
    </message>
    <message>
        <source>Envelopes are encrypted for the office (%1 recipient).</source>
        <translation>بسته‌ها برای دفتر رمزنگاری می‌شوند (%1 گیرنده).</translation>
    </message>
    <message>
        <source>Earlier, %1 envelope(s) left unencrypted, before the office key was set.</source>
        <translation>پیش‌تر، پیش از تنظیم کلید دفتر، %1 بسته بدون رمزنگاری ارسال شده است.</translation>
    </message>
    <message>
        <source>No office key is set: envelopes leave this kiosk unencrypted.</source>
        <translation>کلید دفتر تنظیم نشده است: بسته‌ها بدون رمزنگاری از این کیوسک خارج می‌شوند.</translation>
    </message>
    <message>
        <source>%1 question(s) with a phone number or name are waiting and will not be sent until the office key is set.</source>
        <translation>%1 پرسش دارای شماره تلفن یا نام در انتظار است و تا تنظیم کلید دفتر ارسال نمی‌شود.</translation>
    </message>
    <message>
        <source>%1 envelope(s) without personal data were already sent unencrypted.</source>
        <translation>%1 بسته بدون اطلاعات شخصی پیش‌تر بدون رمزنگاری ارسال شده است.</translation>
    </message>
    <message>
        <source>What to do: ask the office for its recipient key (%1) and put it in the settings, %2; then restart the kiosk.</source>
        <translation>چه باید کرد: کلید گیرنده را از دفتر بگیرید (%1)، آن را در تنظیمات، %2، بگذارید و سپس کیوسک را دوباره راه‌اندازی کنید.</translation>
    </message>
    <message>
        <source>%1 question(s) with a phone number or name were not copied: no office key is set, and personal data never leaves the kiosk unencrypted. See the Health tab.</source>
        <translation>%1 پرسش دارای شماره تلفن یا نام کپی نشد: کلید دفتر تنظیم نشده است و اطلاعات شخصی هرگز بدون رمزنگاری از کیوسک خارج نمی‌شود. زبانه‌ی سلامت را ببینید.</translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <source>Audio capture is not installed.</source>
        <translation>ضبط صدا نصب نشده است.</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>میکروفون</translation>
    </message>
    <message>
        <source>Free disk</source>
        <translation>فضای دیسک</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>پایگاه داده</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>شمار موارد</translation>
    </message>
    <message>
        <source>Oldest unsent</source>
        <translation>قدیمی‌ترین ارسال‌نشده</translation>
    </message>
    <message>
        <source>Last delivery</source>
        <translation>آخرین ارسال</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>آخرین خطا</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>ساعت</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>نسخه</translation>
    </message>
    <message>
        <source>Kiosk id</source>
        <translation>شناسه کیوسک</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>اثر کلید عمومی</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>پوشه‌ی داده‌ها</translation>
    </message>
    <message>
        <source>Office settings version</source>
        <translation>نسخه‌ی تنظیمات دفتر</translation>
    </message>
    <message>
        <source>Cannot ask for the microphone: {error}</source>
        <translation>پرسش از میکروفون ممکن نشد: {error}</translation>
    </message>
    <message>
        <source>Microphone ready: {name} (device {index}, {rate} Hz).</source>
        <translation>میکروفون آماده است: {name} (دستگاه {index}، {rate} هرتز).</translation>
    </message>
    <message>
        <source>Cannot look for a microphone until the audio library is installed.</source>
        <translation>تا کتابخانه صدا نصب نشود، جستجوی میکروفون ممکن نیست.</translation>
    </message>
    <message>
        <source>The microphone works and the level is good.</source>
        <translation>میکروفون کار می‌کند و بلندی صدا خوب است.</translation>
    </message>
    <message>
        <source>The microphone hears almost nothing. Check it is not muted, speak closer, or raise the input volume.</source>
        <translation>میکروفون تقریباً چیزی نمی‌شنود. ببینید بی‌صدا نباشد، نزدیک‌تر حرف بزنید یا بلندی ورودی را بیشتر کنید.</translation>
    </message>
    <message>
        <source>The sound is too loud and distorts. Lower the input volume or move the microphone away from the speaker.</source>
        <translation>صدا بیش از حد بلند است و خراب می‌شود. بلندی ورودی را کم کنید یا میکروفون را از بلندگو دور کنید.</translation>
    </message>
    <message>
        <source>The recorder had a problem. Restart the kiosk; if it happens again, call support.</source>
        <translation>ضبط صدا دچار مشکل شد. کیوسک را دوباره راه‌اندازی کنید؛ اگر تکرار شد با پشتیبانی تماس بگیرید.</translation>
    </message>
    <message>
        <source>No microphone is connected. Plug in the USB microphone and run {command} again.</source>
        <translation>هیچ میکروفونی وصل نیست. میکروفون USB را وصل و دوباره {command} را اجرا کنید.</translation>
    </message>
    <message>
        <source>The microphone set in the settings (number {number}) is not connected. Plug it in, or change audio.device. Found: {found}.</source>
        <translation>میکروفون تعیین‌شده در تنظیمات (شماره {number}) وصل نیست. آن را وصل کنید یا audio.device را تغییر دهید. پیداشده‌ها: {found}.</translation>
    </message>
    <message>
        <source>The microphone named {name} in the settings is not connected. Check the USB cable, or change audio.device. Found: {found}.</source>
        <translation>میکروفون {name} که در تنظیمات آمده وصل نیست. کابل USB را بررسی کنید یا audio.device را تغییر دهید. پیداشده‌ها: {found}.</translation>
    </message>
    <message>
        <source>The microphone {name} cannot record in the format the kiosk needs ({rate} Hz). Set audio.device to another input, then run {command}.</source>
        <translation>میکروفون {name} نمی‌تواند با قالب لازم کیوسک ({rate} هرتز) ضبط کند. audio.device را روی ورودی دیگری بگذارید و سپس {command} را اجرا کنید.</translation>
    </message>
    <message>
        <source>No microphone found. Check the USB cable is plugged in firmly, then run {command} again.</source>
        <translation>میکروفونی پیدا نشد. ببینید کابل USB محکم وصل باشد، سپس دوباره {command} را اجرا کنید.</translation>
    </message>
    <message>
        <source>The audio library is missing, so no microphone can be used. Install the Debian package libportaudio2 and restart the kiosk.</source>
        <translation>کتابخانه صدا نصب نیست و هیچ میکروفونی به کار نمی‌آید. بسته دبیان libportaudio2 را نصب و کیوسک را دوباره راه‌اندازی کنید.</translation>
    </message>
    <message>
        <source>The microphone stopped working during a recording. What was recorded so far was kept. Check the USB cable, then run {command}.</source>
        <translation>میکروفون هنگام ضبط از کار افتاد. آنچه تا آن لحظه ضبط شده بود نگه داشته شد. کابل USB را بررسی و سپس {command} را اجرا کنید.</translation>
    </message>
    <message>
        <source>The disk is almost full, so recording is paused. Send or purge old submissions, or free space on the disk.</source>
        <translation>دیسک تقریباً پر است و ضبط متوقف شده است. موارد قدیمی را ارسال یا پاک کنید، یا فضای دیسک را آزاد کنید.</translation>
    </message>
    <message>
        <source>A recording could not be compressed. The original WAV file was kept; call support if this repeats.</source>
        <translation>یک ضبط فشرده نشد. فایل اصلی WAV نگه داشته شد؛ اگر تکرار شد با پشتیبانی تماس بگیرید.</translation>
    </message>
    <message>
        <source>Free-space checks are not installed.</source>
        <translation>بررسی فضای آزاد نصب نشده است.</translation>
    </message>
    <message>
        <source>Cannot read the free space of {path}: {error}</source>
        <translation>خواندن فضای آزاد {path} ممکن نشد: {error}</translation>
    </message>
    <message>
        <source>{free} MB free (warning below {warn} MB, stop below {stop} MB).</source>
        <translation>{free} مگابایت آزاد (هشدار زیر {warn} مگابایت، توقف زیر {stop} مگابایت).</translation>
    </message>
    <message>
        <source>{free} MB free: space is getting low; deliver or export the queue soon (recording stops below {stop} MB).</source>
        <translation>{free} مگابایت آزاد: فضا رو به کاهش است؛ به‌زودی صف را ارسال یا خروجی بگیرید (ضبط زیر {stop} مگابایت متوقف می‌شود).</translation>
    </message>
    <message>
        <source>{free} MB free: recording is refused until space is freed; deliver or export the queue.</source>
        <translation>{free} مگابایت آزاد: تا آزاد شدن فضا ضبط انجام نمی‌شود؛ صف را ارسال یا خروجی بگیرید.</translation>
    </message>
    <message>
        <source>Healthy: {size_kb} kB, audit chain intact ({path}).</source>
        <translation>سالم: {size_kb} کیلوبایت، زنجیره رویدادها دست‌نخورده ({path}).</translation>
    </message>
    <message>
        <source>Damaged: integrity {integrity}; {chain} ({path}). Call support.</source>
        <translation>آسیب‌دیده: یکپارچگی {integrity}؛ {chain} ({path}). با پشتیبانی تماس بگیرید.</translation>
    </message>
    <message>
        <source>The database is damaged: {error}</source>
        <translation>پایگاه داده آسیب دیده است: {error}</translation>
    </message>
    <message>
        <source>Cannot open {path}: {error}</source>
        <translation>باز کردن {path} ممکن نشد: {error}</translation>
    </message>
    <message>
        <source>The oldest unsent question has waited {hours} hours.</source>
        <translation>قدیمی‌ترین پرسش ارسال‌نشده {hours} ساعت منتظر مانده است.</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation>چیزی در انتظار ارسال نیست.</translation>
    </message>
    <message>
        <source>No key yet.</source>
        <translation>هنوز کلیدی ساخته نشده است.</translation>
    </message>
    <message>
        <source>No office signing key is set: office settings bundles are ignored.</source>
        <translation>کلید امضای دفتر تنظیم نشده است: بسته‌های تنظیمات دفتر نادیده گرفته می‌شوند.</translation>
    </message>
    <message>
        <source>No office settings bundle applied yet.</source>
        <translation>هنوز هیچ بسته‌ی تنظیمات دفتر به کار نرفته است.</translation>
    </message>
    <message>
        <source>Office settings version {version} is active.</source>
        <translation>نسخه‌ی {version} تنظیمات دفتر فعال است.</translation>
    </message>
    <message>
        <source>Office settings version {version} has expired; it is kept until the office publishes a new one.</source>
        <translation>نسخه‌ی {version} تنظیمات دفتر منقضی شده است؛ تا انتشار نسخه‌ی تازه از سوی دفتر نگه داشته می‌شود.</translation>
    </message>
    <message>
        <source>Writable and private to the kiosk user ({path}).</source>
        <translation>نوشتنی و فقط در دسترس کاربر کیوسک ({path}).</translation>
    </message>
    <message>
        <source>Cannot write to the data folder {path}: {error}. Check that the disk is mounted and the kiosk user owns the folder.</source>
        <translation>در پوشه‌ی داده‌ها {path} نمی‌توان نوشت: {error}. بررسی کنید دیسک وصل باشد و پوشه از آنِ کاربر کیوسک باشد.</translation>
    </message>
    <message>
        <source>Other users of this computer can read {names} in {path}. Run any kiosk command as the kiosk user (it closes them), or {command}.</source>
        <translation>کاربران دیگر این رایانه می‌توانند {names} را در {path} بخوانند. یکی از فرمان‌های کیوسک را با کاربر کیوسک اجرا کنید (دسترسی را می‌بندد) یا {command}.</translation>
    </message>
    <message>
        <source>Delivery is not set up.</source>
        <translation>ارسال راه‌اندازی نشده است.</translation>
    </message>
    <message>
        <source>Last delivered {when}</source>
        <translation>آخرین ارسال موفق: {when}</translation>
    </message>
    <message>
        <source>Last checked {when}, nothing to send</source>
        <translation>آخرین بررسی موفق: {when} (چیزی برای ارسال نبود)</translation>
    </message>
    <message>
        <source>Nothing delivered yet.</source>
        <translation>هنوز چیزی ارسال نشده است.</translation>
    </message>
    <message>
        <source>Delivery has not run yet.</source>
        <translation>ارسال هنوز اجرا نشده است.</translation>
    </message>
    <message>
        <source>{n} waiting to be sent</source>
        <translation>{n} مورد در انتظار ارسال</translation>
    </message>
    <message>
        <source>No errors.</source>
        <translation>خطایی نیست.</translation>
    </message>
    <message>
        <source>The error of {when} is resolved: {error}</source>
        <translation>خطای {when} برطرف شده است: {error}</translation>
    </message>
    <message>
        <source>Delivery stopped and needs a person ({when}): {error}</source>
        <translation>ارسال متوقف است و به اقدام کارکنان نیاز دارد ({when}): {error}</translation>
    </message>
    <message>
        <source>Retrying since {when}: {error}</source>
        <translation>از {when} دوباره تلاش می‌شود: {error}</translation>
    </message>
    <message>
        <source>Mic level</source>
        <translation>صدای میکروفون</translation>
    </message>
    <message>
        <source>Listening: speak and the bar moves.</source>
        <translation>میکروفون روشن است: حرف بزنید تا نوار حرکت کند.</translation>
    </message>
    <message>
        <source>No microphone: {detail}</source>
        <translation>میکروفون در دسترس نیست: {detail}</translation>
    </message>
    <message>
        <source>The microphone stopped: {detail}</source>
        <translation>میکروفون از کار افتاد: {detail}</translation>
    </message>
</context>
<context>
    <name>ModerationView</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n مورد</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PromptsPanel</name>
    <message>
        <source>Spoken help</source>
        <translation>راهنمای گفتاری</translation>
    </message>
    <message>
        <source>Language of the prompts</source>
        <translation>زبان راهنماها</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>صفحه‌ها</translation>
    </message>
    <message>
        <source>Each citizen screen has a short spoken help. Record it in the city&apos;s own voice: pick the screen, tap Record, read the words below, tap Stop.</source>
        <translation>هر صفحه‌ی شهروندی یک راهنمای گفتاری کوتاه دارد. آن را با صدای خود شهر ضبط کنید: صفحه را انتخاب کنید، «ضبط» را بزنید، متن زیر را بخوانید و «توقف» را بزنید.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>ضبط</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>توقف</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>پیش‌شنود</translation>
    </message>
    <message>
        <source>Restore the shipped prompt</source>
        <translation>بازگرداندن راهنمای اصلی</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>خوش‌آمد</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>رضایت</translation>
    </message>
    <message>
        <source>Speak or type</source>
        <translation>گفتن یا نوشتن</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>ضبط صدا</translation>
    </message>
    <message>
        <source>Typing</source>
        <translation>نوشتن</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <source>Prize draw</source>
        <translation>قرعه‌کشی</translation>
    </message>
    <message>
        <source>Check and send</source>
        <translation>بررسی و ارسال</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>رسید</translation>
    </message>
    <message>
        <source>recorded here</source>
        <translation>ضبط‌شده در اینجا</translation>
    </message>
    <message>
        <source>shipped voice</source>
        <translation>صدای اصلی</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>موجود نیست</translation>
    </message>
    <message>
        <source>Recording… read the words, then tap Stop.</source>
        <translation>در حال ضبط… متن را بخوانید و سپس «توقف» را بزنید.</translation>
    </message>
    <message>
        <source>nothing was recorded</source>
        <translation>چیزی ضبط نشد</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>در حال ذخیره…</translation>
    </message>
    <message>
        <source>Saved: this screen now plays your recording. Tap Preview to hear it.</source>
        <translation>ذخیره شد: این صفحه اکنون صدای ضبط‌شده‌ی شما را پخش می‌کند. برای شنیدن، «پیش‌شنود» را بزنید.</translation>
    </message>
    <message>
        <source>It did not work: %1</source>
        <translation>انجام نشد: %1</translation>
    </message>
    <message>
        <source>Playing…</source>
        <translation>در حال پخش…</translation>
    </message>
    <message>
        <source>The shipped prompt plays again.</source>
        <translation>راهنمای اصلی دوباره پخش می‌شود.</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>Idle timeout (s)</source>
        <translation>زمان بیکاری (ثانیه)</translation>
    </message>
    <message>
        <source>Moderation on</source>
        <translation>بررسی پیش از ارسال</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>بلندی صدا</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>اعمال</translation>
    </message>
    <message>
        <source>Export logs</source>
        <translation>خروجی گزارش‌ها</translation>
    </message>
    <message>
        <source>Exit kiosk</source>
        <translation>خروج از کیوسک</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>تنظیمات ذخیره شد.</translation>
    </message>
    <message>
        <source>Logs exported to {path}</source>
        <translation>گزارش‌ها در {path} ذخیره شد.</translation>
    </message>
    <message>
        <source>The logs could not be exported: {error}</source>
        <translation>خروجی گرفتن از گزارش‌ها ممکن نشد: {error}</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>پخش</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>مکث</translation>
    </message>
    <message>
        <source>Cannot play (no sound device?)</source>
        <translation>پخش صدا ممکن نیست (کارت صدا؟)</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>پرسش</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>تأیید</translation>
    </message>
    <message>
        <source>Reject reason</source>
        <translation>دلیل رد</translation>
    </message>
    <message>
        <source>Choose a reason</source>
        <translation>دلیل رد را انتخاب کنید</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>رد</translation>
    </message>
    <message>
        <source>Constructive ★</source>
        <translation>سازنده (قرعه‌کشی) ★</translation>
    </message>
    <message>
        <source>Personal data ⚠</source>
        <translation>اطلاعات شخصی ⚠</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>واگرد</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} ثانیه</translation>
    </message>
    <message>
        <source>Consent (version {version}): {scopes}</source>
        <translation>رضایت (نسخه {version}): {scopes}</translation>
    </message>
    <message>
        <source>Reject reason: {reason} ({by})</source>
        <translation>دلیل رد: {reason} ({by})</translation>
    </message>
    <message>
        <source>Staff entry</source>
        <translation>ورود کارکنان</translation>
    </message>
    <message>
        <source>Enter the staff PIN</source>
        <translation>رمز کارکنان را وارد کنید</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>پاک</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>تأیید</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>در حال بررسی…</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>سلامت</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تازه‌سازی</translation>
    </message>
    <message>
        <source>Test mic</source>
        <translation>آزمایش میکروفون</translation>
    </message>
    <message>
        <source>Locked; try again in {n} s.</source>
        <translation>قفل است؛ {n} ثانیه دیگر دوباره امتحان کنید.</translation>
    </message>
    <message>
        <source>No PIN is set yet: {command}</source>
        <translation>هنوز رمزی تعیین نشده: {command}</translation>
    </message>
    <message>
        <source>Wrong PIN. {n} tries left.</source>
        <translation>رمز نادرست است. {n} بار دیگر مانده.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>همه</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>۷ روز اخیر</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>۳۰ روز اخیر</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>جستجو</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>صف بررسی</translation>
    </message>
    <message>
        <source>Done: {ticket} is now {status}.</source>
        <translation>انجام شد: وضعیت {ticket} اکنون «{status}» است.</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>کد رسید</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>نشان</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>قفل و خروج</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>رویدادها</translation>
    </message>
    <message>
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>مدیریت</translation>
    </message>
    <message>
        <source>Approved questions not yet delivered are copied to a USB stick for the office; each file is read back and checked, and a signed list is written next to them.</source>
        <translation>پرسش‌های تأییدشده‌ای که هنوز به دفتر نرسیده‌اند روی حافظه USB کپی می‌شوند؛ هر فایل پس از کپی بازخوانی و بررسی می‌شود و فهرستی امضاشده کنار آن‌ها نوشته می‌شود.</translation>
    </message>
    <message>
        <source>Connected media</source>
        <translation>حافظه‌های وصل‌شده</translation>
    </message>
    <message>
        <source>Target folder</source>
        <translation>پوشه مقصد</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>جستجوی دوباره</translation>
    </message>
    <message>
        <source>Count as delivered (the stick is this site&apos;s only route to the office)</source>
        <translation>ارسال‌شده حساب شود (حافظه تنها راه رساندن به دفتر است)</translation>
    </message>
    <message>
        <source>Copy to USB</source>
        <translation>کپی روی USB</translation>
    </message>
    <message>
        <source>Copy progress</source>
        <translation>پیشرفت کپی</translation>
    </message>
    <message>
        <source>{gb} GB free</source>
        <translation>{gb} گیگابایت آزاد</translation>
    </message>
    <message>
        <source>No stick found; plug one in or type a folder.</source>
        <translation>حافظه‌ای پیدا نشد؛ حافظه را وصل کنید یا مسیر را بنویسید.</translation>
    </message>
    <message>
        <source>Pick a stick or a folder first.</source>
        <translation>اول یک حافظه یا پوشه انتخاب کنید.</translation>
    </message>
    <message>
        <source>Nothing to copy: every approved question has been delivered.</source>
        <translation>چیزی برای کپی نیست: همه پرسش‌های تأییدشده ارسال شده‌اند.</translation>
    </message>
    <message>
        <source>They count as delivered.</source>
        <translation>این موارد ارسال‌شده حساب شدند.</translation>
    </message>
    <message>
        <source>The copy could not start: {error}</source>
        <translation>کپی شروع نشد: {error}</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>در انتظار</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>تأییدشده</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>ردشده</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>ارسال‌شده</translation>
    </message>
    <message>
        <source>Purged</source>
        <translation>پاک‌شده</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>پیش‌نویس</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>صوتی</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>متنی</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>مدیر</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>بررسی‌کننده</translation>
    </message>
    <message>
        <source>PIN pad</source>
        <translation>صفحه رمز</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>شهروند</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>کیوسک</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>ارسال</translation>
    </message>
    <message>
        <source>Start-up recovery</source>
        <translation>بازیابی هنگام راه‌اندازی</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>دفتر</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>خط فرمان</translation>
    </message>
    <message>
        <source>Offensive</source>
        <translation>توهین‌آمیز</translation>
    </message>
    <message>
        <source>Off topic</source>
        <translation>نامرتبط</translation>
    </message>
    <message>
        <source>Cannot be understood</source>
        <translation>نامفهوم</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>تکراری</translation>
    </message>
    <message>
        <source>Test entry</source>
        <translation>آزمایشی</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>هرزنامه</translation>
    </message>
    <message>
        <source>Contains personal data</source>
        <translation>دارای اطلاعات شخصی</translation>
    </message>
    <message>
        <source>Question sent by a citizen</source>
        <translation>پرسش شهروند ثبت شد</translation>
    </message>
    <message>
        <source>Delivered to the office</source>
        <translation>به دفتر رسید</translation>
    </message>
    <message>
        <source>Recording and text deleted</source>
        <translation>صدا و متن پاک شد</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>واگرد شد</translation>
    </message>
    <message>
        <source>Marked constructive</source>
        <translation>سازنده علامت خورد</translation>
    </message>
    <message>
        <source>Marked as personal data</source>
        <translation>دارای اطلاعات شخصی علامت خورد</translation>
    </message>
    <message>
        <source>Unfinished question deleted</source>
        <translation>پرسش ناتمام پاک شد</translation>
    </message>
    <message>
        <source>Recording waits to be compressed</source>
        <translation>ضبط در انتظار فشرده‌سازی</translation>
    </message>
    <message>
        <source>Recording compressed</source>
        <translation>ضبط فشرده شد</translation>
    </message>
    <message>
        <source>Recording could not be compressed</source>
        <translation>ضبط فشرده نشد</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>نیازمند رسیدگی</translation>
    </message>
    <message>
        <source>Staff signed in</source>
        <translation>ورود کارکنان</translation>
    </message>
    <message>
        <source>Staff PIN set</source>
        <translation>رمز کارکنان تعیین شد</translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation>رمز نادرست</translation>
    </message>
    <message>
        <source>PIN refused</source>
        <translation>رمز پذیرفته نشد</translation>
    </message>
    <message>
        <source>PIN pad locked</source>
        <translation>صفحه رمز قفل شد</translation>
    </message>
    <message>
        <source>PIN pad unlocked</source>
        <translation>قفل صفحه رمز باز شد</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>تنظیم تغییر کرد</translation>
    </message>
    <message>
        <source>Logs exported</source>
        <translation>خروجی گزارش‌ها گرفته شد</translation>
    </message>
    <message>
        <source>Copied to USB</source>
        <translation>روی USB کپی شد</translation>
    </message>
    <message>
        <source>Signed and sealed for the office</source>
        <translation>برای دفتر امضا و رمزگذاری شد</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>ارسال شد</translation>
    </message>
    <message>
        <source>Kiosk closed by an admin</source>
        <translation>کیوسک به دست مدیر بسته شد</translation>
    </message>
    <message>
        <source>was: {status}</source>
        <translation>پیش‌تر: {status}</translation>
    </message>
    <message>
        <source>now: {status}</source>
        <translation>اکنون: {status}</translation>
    </message>
    <message>
        <source>Reject reason: {reason}</source>
        <translation>دلیل رد: {reason}</translation>
    </message>
    <message>
        <source>on</source>
        <translation>روشن</translation>
    </message>
    <message>
        <source>off</source>
        <translation>خاموش</translation>
    </message>
</context>
<context>
    <name>UsbExportPanel</name>
    <message numerus="yes">
        <source>%n of {total} question(s) copied to {target} and checked.</source>
        <translation>
            <numerusform>%n از {total} پرسش روی {target} کپی و بررسی شد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s):</source>
        <translation>
            <numerusform>%n خطا:</numerusform>
        </translation>
    </message>
</context>
</TS>
