<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>EncryptionHealth</name>
    <message>
        <source>Encryption</source>
        <translation>Encryption</translation>
    </message>
    <message>
        <source>Envelopes are encrypted for the office (%1 recipient).</source>
        <translation>Envelopes are encrypted for the office (%1 recipient).</translation>
    </message>
    <message>
        <source>Earlier, %1 envelope(s) left unencrypted, before the office key was set.</source>
        <translation>Earlier, %1 envelope(s) left unencrypted, before the office key was set.</translation>
    </message>
    <message>
        <source>No office key is set: envelopes leave this kiosk unencrypted.</source>
        <translation>No office key is set: envelopes leave this kiosk unencrypted.</translation>
    </message>
    <message>
        <source>%1 question(s) with a phone number or name are waiting and will not be sent until the office key is set.</source>
        <translation>%1 question(s) with a phone number or name are waiting and will not be sent until the office key is set.</translation>
    </message>
    <message>
        <source>%1 envelope(s) without personal data were already sent unencrypted.</source>
        <translation>%1 envelope(s) without personal data were already sent unencrypted.</translation>
    </message>
    <message>
        <source>What to do: ask the office for its recipient key (%1) and put it in the settings, %2; then restart the kiosk.</source>
        <translation>What to do: ask the office for its recipient key (%1) and put it in the settings, %2; then restart the kiosk.</translation>
    </message>
    <message>
        <source>%1 question(s) with a phone number or name were not copied: no office key is set, and personal data never leaves the kiosk unencrypted. See the Health tab.</source>
        <translation>%1 question(s) with a phone number or name were not copied: no office key is set, and personal data never leaves the kiosk unencrypted. See the Health tab.</translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <source>Audio capture is not installed.</source>
        <translation>Audio capture is not installed.</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Microphone</translation>
    </message>
    <message>
        <source>Free disk</source>
        <translation>Free disk</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Counts</translation>
    </message>
    <message>
        <source>Oldest unsent</source>
        <translation>Oldest unsent</translation>
    </message>
    <message>
        <source>Last delivery</source>
        <translation>Last delivery</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Last error</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Clock</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Kiosk id</source>
        <translation>Kiosk id</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Public key</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>Office settings version</source>
        <translation>Office settings version</translation>
    </message>
    <message>
        <source>Cannot ask for the microphone: {error}</source>
        <translation>Cannot ask for the microphone: {error}</translation>
    </message>
    <message>
        <source>Microphone ready: {name} (device {index}, {rate} Hz).</source>
        <translation>Microphone ready: {name} (device {index}, {rate} Hz).</translation>
    </message>
    <message>
        <source>Cannot look for a microphone until the audio library is installed.</source>
        <translation>Cannot look for a microphone until the audio library is installed.</translation>
    </message>
    <message>
        <source>The microphone works and the level is good.</source>
        <translation>The microphone works and the level is good.</translation>
    </message>
    <message>
        <source>The microphone hears almost nothing. Check it is not muted, speak closer, or raise the input volume.</source>
        <translation>The microphone hears almost nothing. Check it is not muted, speak closer, or raise the input volume.</translation>
    </message>
    <message>
        <source>The sound is too loud and distorts. Lower the input volume or move the microphone away from the speaker.</source>
        <translation>The sound is too loud and distorts. Lower the input volume or move the microphone away from the speaker.</translation>
    </message>
    <message>
        <source>The recorder had a problem. Restart the kiosk; if it happens again, call support.</source>
        <translation>The recorder had a problem. Restart the kiosk; if it happens again, call support.</translation>
    </message>
    <message>
        <source>No microphone is connected. Plug in the USB microphone and run {command} again.</source>
        <translation>No microphone is connected. Plug in the USB microphone and run {command} again.</translation>
    </message>
    <message>
        <source>The microphone set in the settings (number {number}) is not connected. Plug it in, or change audio.device. Found: {found}.</source>
        <translation>The microphone set in the settings (number {number}) is not connected. Plug it in, or change audio.device. Found: {found}.</translation>
    </message>
    <message>
        <source>The microphone named {name} in the settings is not connected. Check the USB cable, or change audio.device. Found: {found}.</source>
        <translation>The microphone named {name} in the settings is not connected. Check the USB cable, or change audio.device. Found: {found}.</translation>
    </message>
    <message>
        <source>The microphone {name} cannot record in the format the kiosk needs ({rate} Hz). Set audio.device to another input, then run {command}.</source>
        <translation>The microphone {name} cannot record in the format the kiosk needs ({rate} Hz). Set audio.device to another input, then run {command}.</translation>
    </message>
    <message>
        <source>No microphone found. Check the USB cable is plugged in firmly, then run {command} again.</source>
        <translation>No microphone found. Check the USB cable is plugged in firmly, then run {command} again.</translation>
    </message>
    <message>
        <source>The audio library is missing, so no microphone can be used. Install the Debian package libportaudio2 and restart the kiosk.</source>
        <translation>The audio library is missing, so no microphone can be used. Install the Debian package libportaudio2 and restart the kiosk.</translation>
    </message>
    <message>
        <source>The microphone stopped working during a recording. What was recorded so far was kept. Check the USB cable, then run {command}.</source>
        <translation>The microphone stopped working during a recording. What was recorded so far was kept. Check the USB cable, then run {command}.</translation>
    </message>
    <message>
        <source>The disk is almost full, so recording is paused. Send or purge old submissions, or free space on the disk.</source>
        <translation>The disk is almost full, so recording is paused. Send or purge old submissions, or free space on the disk.</translation>
    </message>
    <message>
        <source>A recording could not be compressed. The original WAV file was kept; call support if this repeats.</source>
        <translation>A recording could not be compressed. The original WAV file was kept; call support if this repeats.</translation>
    </message>
    <message>
        <source>Free-space checks are not installed.</source>
        <translation>Free-space checks are not installed.</translation>
    </message>
    <message>
        <source>Cannot read the free space of {path}: {error}</source>
        <translation>Cannot read the free space of {path}: {error}</translation>
    </message>
    <message>
        <source>{free} MB free (warning below {warn} MB, stop below {stop} MB).</source>
        <translation>{free} MB free (warning below {warn} MB, stop below {stop} MB).</translation>
    </message>
    <message>
        <source>{free} MB free: space is getting low; deliver or export the queue soon (recording stops below {stop} MB).</source>
        <translation>{free} MB free: space is getting low; deliver or export the queue soon (recording stops below {stop} MB).</translation>
    </message>
    <message>
        <source>{free} MB free: recording is refused until space is freed; deliver or export the queue.</source>
        <translation>{free} MB free: recording is refused until space is freed; deliver or export the queue.</translation>
    </message>
    <message>
        <source>Healthy: {size_kb} kB, audit chain intact ({path}).</source>
        <translation>Healthy: {size_kb} kB, audit chain intact ({path}).</translation>
    </message>
    <message>
        <source>Damaged: integrity {integrity}; {chain} ({path}). Call support.</source>
        <translation>Damaged: integrity {integrity}; {chain} ({path}). Call support.</translation>
    </message>
    <message>
        <source>The database is damaged: {error}</source>
        <translation>The database is damaged: {error}</translation>
    </message>
    <message>
        <source>Cannot open {path}: {error}</source>
        <translation>Cannot open {path}: {error}</translation>
    </message>
    <message>
        <source>The oldest unsent question has waited {hours} hours.</source>
        <translation>The oldest unsent question has waited {hours} hours.</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation>Nothing is waiting to be sent.</translation>
    </message>
    <message>
        <source>No key yet.</source>
        <translation>No key yet.</translation>
    </message>
    <message>
        <source>No office signing key is set: office settings bundles are ignored.</source>
        <translation>No office signing key is set: office settings bundles are ignored.</translation>
    </message>
    <message>
        <source>No office settings bundle applied yet.</source>
        <translation>No office settings bundle applied yet.</translation>
    </message>
    <message>
        <source>Office settings version {version} is active.</source>
        <translation>Office settings version {version} is active.</translation>
    </message>
    <message>
        <source>Office settings version {version} has expired; it is kept until the office publishes a new one.</source>
        <translation>Office settings version {version} has expired; it is kept until the office publishes a new one.</translation>
    </message>
    <message>
        <source>Writable and private to the kiosk user ({path}).</source>
        <translation>Writable and private to the kiosk user ({path}).</translation>
    </message>
    <message>
        <source>Cannot write to the data folder {path}: {error}. Check that the disk is mounted and the kiosk user owns the folder.</source>
        <translation>Cannot write to the data folder {path}: {error}. Check that the disk is mounted and the kiosk user owns the folder.</translation>
    </message>
    <message>
        <source>Other users of this computer can read {names} in {path}. Run any kiosk command as the kiosk user (it closes them), or {command}.</source>
        <translation>Other users of this computer can read {names} in {path}. Run any kiosk command as the kiosk user (it closes them), or {command}.</translation>
    </message>
    <message>
        <source>Delivery is not set up.</source>
        <translation>Delivery is not set up.</translation>
    </message>
    <message>
        <source>Last delivered {when}</source>
        <translation>Last delivered {when}</translation>
    </message>
    <message>
        <source>Last checked {when}, nothing to send</source>
        <translation>Last checked {when}, nothing to send</translation>
    </message>
    <message>
        <source>Nothing delivered yet.</source>
        <translation>Nothing delivered yet.</translation>
    </message>
    <message>
        <source>Delivery has not run yet.</source>
        <translation>Delivery has not run yet.</translation>
    </message>
    <message>
        <source>{n} waiting to be sent</source>
        <translation>{n} waiting to be sent</translation>
    </message>
    <message>
        <source>No errors.</source>
        <translation>No errors.</translation>
    </message>
    <message>
        <source>The error of {when} is resolved: {error}</source>
        <translation>The error of {when} is resolved: {error}</translation>
    </message>
    <message>
        <source>Delivery stopped and needs a person ({when}): {error}</source>
        <translation>Delivery stopped and needs a person ({when}): {error}</translation>
    </message>
    <message>
        <source>Retrying since {when}: {error}</source>
        <translation>Retrying since {when}: {error}</translation>
    </message>
    <message>
        <source>Mic level</source>
        <translation>Mic level</translation>
    </message>
    <message>
        <source>Listening: speak and the bar moves.</source>
        <translation>Listening: speak and the bar moves.</translation>
    </message>
    <message>
        <source>No microphone: {detail}</source>
        <translation>No microphone: {detail}</translation>
    </message>
    <message>
        <source>The microphone stopped: {detail}</source>
        <translation>The microphone stopped: {detail}</translation>
    </message>
</context>
<context>
    <name>ModerationView</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PromptsPanel</name>
    <message>
        <source>Spoken help</source>
        <translation>Spoken help</translation>
    </message>
    <message>
        <source>Language of the prompts</source>
        <translation>Language of the prompts</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Screens</translation>
    </message>
    <message>
        <source>Each citizen screen has a short spoken help. Record it in the city&apos;s own voice: pick the screen, tap Record, read the words below, tap Stop.</source>
        <translation>Each citizen screen has a short spoken help. Record it in the city&apos;s own voice: pick the screen, tap Record, read the words below, tap Stop.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Restore the shipped prompt</source>
        <translation>Restore the shipped prompt</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Speak or type</source>
        <translation>Speak or type</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Recording</translation>
    </message>
    <message>
        <source>Typing</source>
        <translation>Typing</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Prize draw</source>
        <translation>Prize draw</translation>
    </message>
    <message>
        <source>Check and send</source>
        <translation>Check and send</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>recorded here</source>
        <translation>recorded here</translation>
    </message>
    <message>
        <source>shipped voice</source>
        <translation>shipped voice</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>Recording… read the words, then tap Stop.</source>
        <translation>Recording… read the words, then tap Stop.</translation>
    </message>
    <message>
        <source>nothing was recorded</source>
        <translation>nothing was recorded</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Saved: this screen now plays your recording. Tap Preview to hear it.</source>
        <translation>Saved: this screen now plays your recording. Tap Preview to hear it.</translation>
    </message>
    <message>
        <source>It did not work: %1</source>
        <translation>It did not work: %1</translation>
    </message>
    <message>
        <source>Playing…</source>
        <translation>Playing…</translation>
    </message>
    <message>
        <source>The shipped prompt plays again.</source>
        <translation>The shipped prompt plays again.</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>Idle timeout (s)</source>
        <translation>Idle timeout (s)</translation>
    </message>
    <message>
        <source>Moderation on</source>
        <translation>Moderation on</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Export logs</source>
        <translation>Export logs</translation>
    </message>
    <message>
        <source>Exit kiosk</source>
        <translation>Exit kiosk</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <source>Logs exported to {path}</source>
        <translation>Logs exported to {path}</translation>
    </message>
    <message>
        <source>The logs could not be exported: {error}</source>
        <translation>The logs could not be exported: {error}</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Cannot play (no sound device?)</source>
        <translation>Cannot play (no sound device?)</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Reject reason</source>
        <translation>Reject reason</translation>
    </message>
    <message>
        <source>Choose a reason</source>
        <translation>Choose a reason</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Constructive ★</source>
        <translation>Constructive ★</translation>
    </message>
    <message>
        <source>Personal data ⚠</source>
        <translation>Personal data ⚠</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>Consent (version {version}): {scopes}</source>
        <translation>Consent (version {version}): {scopes}</translation>
    </message>
    <message>
        <source>Reject reason: {reason} ({by})</source>
        <translation>Reject reason: {reason} ({by})</translation>
    </message>
    <message>
        <source>Staff entry</source>
        <translation>Staff entry</translation>
    </message>
    <message>
        <source>Enter the staff PIN</source>
        <translation>Enter the staff PIN</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Test mic</source>
        <translation>Test mic</translation>
    </message>
    <message>
        <source>Locked; try again in {n} s.</source>
        <translation>Locked; try again in {n} s.</translation>
    </message>
    <message>
        <source>No PIN is set yet: {command}</source>
        <translation>No PIN is set yet: {command}</translation>
    </message>
    <message>
        <source>Wrong PIN. {n} tries left.</source>
        <translation>Wrong PIN. {n} tries left.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Done: {ticket} is now {status}.</source>
        <translation>Done: {ticket} is now {status}.</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Approved questions not yet delivered are copied to a USB stick for the office; each file is read back and checked, and a signed list is written next to them.</source>
        <translation>Approved questions not yet delivered are copied to a USB stick for the office; each file is read back and checked, and a signed list is written next to them.</translation>
    </message>
    <message>
        <source>Connected media</source>
        <translation>Connected media</translation>
    </message>
    <message>
        <source>Target folder</source>
        <translation>Target folder</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Look again</translation>
    </message>
    <message>
        <source>Count as delivered (the stick is this site&apos;s only route to the office)</source>
        <translation>Count as delivered (the stick is this site&apos;s only route to the office)</translation>
    </message>
    <message>
        <source>Copy to USB</source>
        <translation>Copy to USB</translation>
    </message>
    <message>
        <source>Copy progress</source>
        <translation>Copy progress</translation>
    </message>
    <message>
        <source>{gb} GB free</source>
        <translation>{gb} GB free</translation>
    </message>
    <message>
        <source>No stick found; plug one in or type a folder.</source>
        <translation>No stick found; plug one in or type a folder.</translation>
    </message>
    <message>
        <source>Pick a stick or a folder first.</source>
        <translation>Pick a stick or a folder first.</translation>
    </message>
    <message>
        <source>Nothing to copy: every approved question has been delivered.</source>
        <translation>Nothing to copy: every approved question has been delivered.</translation>
    </message>
    <message>
        <source>They count as delivered.</source>
        <translation>They count as delivered.</translation>
    </message>
    <message>
        <source>The copy could not start: {error}</source>
        <translation>The copy could not start: {error}</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Purged</source>
        <translation>Purged</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voice</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Moderator</translation>
    </message>
    <message>
        <source>PIN pad</source>
        <translation>PIN pad</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <source>Start-up recovery</source>
        <translation>Start-up recovery</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Command line</translation>
    </message>
    <message>
        <source>Offensive</source>
        <translation>Offensive</translation>
    </message>
    <message>
        <source>Off topic</source>
        <translation>Off topic</translation>
    </message>
    <message>
        <source>Cannot be understood</source>
        <translation>Cannot be understood</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Test entry</source>
        <translation>Test entry</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>Contains personal data</source>
        <translation>Contains personal data</translation>
    </message>
    <message>
        <source>Question sent by a citizen</source>
        <translation>Question sent by a citizen</translation>
    </message>
    <message>
        <source>Delivered to the office</source>
        <translation>Delivered to the office</translation>
    </message>
    <message>
        <source>Recording and text deleted</source>
        <translation>Recording and text deleted</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Undone</translation>
    </message>
    <message>
        <source>Marked constructive</source>
        <translation>Marked constructive</translation>
    </message>
    <message>
        <source>Marked as personal data</source>
        <translation>Marked as personal data</translation>
    </message>
    <message>
        <source>Unfinished question deleted</source>
        <translation>Unfinished question deleted</translation>
    </message>
    <message>
        <source>Recording waits to be compressed</source>
        <translation>Recording waits to be compressed</translation>
    </message>
    <message>
        <source>Recording compressed</source>
        <translation>Recording compressed</translation>
    </message>
    <message>
        <source>Recording could not be compressed</source>
        <translation>Recording could not be compressed</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <source>Staff signed in</source>
        <translation>Staff signed in</translation>
    </message>
    <message>
        <source>Staff PIN set</source>
        <translation>Staff PIN set</translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation>Wrong PIN</translation>
    </message>
    <message>
        <source>PIN refused</source>
        <translation>PIN refused</translation>
    </message>
    <message>
        <source>PIN pad locked</source>
        <translation>PIN pad locked</translation>
    </message>
    <message>
        <source>PIN pad unlocked</source>
        <translation>PIN pad unlocked</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>Setting changed</translation>
    </message>
    <message>
        <source>Logs exported</source>
        <translation>Logs exported</translation>
    </message>
    <message>
        <source>Copied to USB</source>
        <translation>Copied to USB</translation>
    </message>
    <message>
        <source>Signed and sealed for the office</source>
        <translation>Signed and sealed for the office</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Kiosk closed by an admin</source>
        <translation>Kiosk closed by an admin</translation>
    </message>
    <message>
        <source>was: {status}</source>
        <translation>was: {status}</translation>
    </message>
    <message>
        <source>now: {status}</source>
        <translation>now: {status}</translation>
    </message>
    <message>
        <source>Reject reason: {reason}</source>
        <translation>Reject reason: {reason}</translation>
    </message>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
</context>
<context>
    <name>UsbExportPanel</name>
    <message numerus="yes">
        <source>%n of {total} question(s) copied to {target} and checked.</source>
        <translation>
            <numerusform>%n of {total} question copied to {target} and checked.</numerusform>
            <numerusform>%n of {total} questions copied to {target} and checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s):</source>
        <translation>
            <numerusform>%n error:</numerusform>
            <numerusform>%n errors:</numerusform>
        </translation>
    </message>
</context>
</TS>
