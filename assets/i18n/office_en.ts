<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
  <context>
    <name>AttractScreen</name>
    <message>
      <source>Citizen and Mayor</source>
      <translation>Citizen and Mayor</translation>
    </message>
  </context>
  <context>
    <name>ChannelQuestionDialog</name>
    <message>
      <source>A question from another channel</source>
      <translation>A question from another channel</translation>
    </message>
    <message>
      <source>Instagram</source>
      <translation>Instagram</translation>
    </message>
    <message>
      <source>Phone call</source>
      <translation>Phone call</translation>
    </message>
    <message>
      <source>Other channel</source>
      <translation>Other channel</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>Channel</translation>
    </message>
    <message>
      <source>Question</source>
      <translation>Question</translation>
    </message>
    <message>
      <source>Handle</source>
      <translation>Handle</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <source>Received on</source>
      <translation>Received on</translation>
    </message>
    <message>
      <source>Draw</source>
      <translation>Draw</translation>
    </message>
    <message>
      <source>The person agreed to enter the prize draw</source>
      <translation>The person agreed to enter the prize draw</translation>
    </message>
    <message>
      <source>today, or 1405-09-05</source>
      <translation>today, or 1405-09-05</translation>
    </message>
    <message>
      <source>only if they agreed to be contacted</source>
      <translation>only if they agreed to be contacted</translation>
    </message>
    <message>
      <source>Save the question</source>
      <translation>Save the question</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Type the question first.</source>
      <translation>Type the question first.</translation>
    </message>
    <message>
      <source>The question is too long.</source>
      <translation>The question is too long.</translation>
    </message>
    <message>
      <source>That is not a phone number.</source>
      <translation>That is not a phone number.</translation>
    </message>
    <message>
      <source>To enter the draw, give a phone number or a handle to contact the person.</source>
      <translation>To enter the draw, give a phone number or a handle to contact the person.</translation>
    </message>
    <message>
      <source>The date received cannot be in the future.</source>
      <translation>The date received cannot be in the future.</translation>
    </message>
    <message>
      <source>Write the date as 1405-09-05 or 2026-11-26.</source>
      <translation>Write the date as 1405-09-05 or 2026-11-26.</translation>
    </message>
  </context>
  <context>
    <name>FleetTab</name>
    <message>
      <source>Kiosks</source>
      <translation>Kiosks</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <source>Warning</source>
      <translation>Warning</translation>
    </message>
    <message>
      <source>Silent</source>
      <translation>Silent</translation>
    </message>
    <message>
      <source>no heartbeat for more than three intervals</source>
      <translation>no heartbeat for more than three intervals</translation>
    </message>
    <message>
      <source>no heartbeat received yet</source>
      <translation>no heartbeat received yet</translation>
    </message>
    <message>
      <source>disk below the kiosk's warning floor</source>
      <translation>disk below the kiosk's warning floor</translation>
    </message>
    <message>
      <source>microphone missing</source>
      <translation>microphone missing</translation>
    </message>
    <message>
      <source>unsent questions waiting too long</source>
      <translation>unsent questions waiting too long</translation>
    </message>
    <message>
      <source>clock off by more than two minutes</source>
      <translation>clock off by more than two minutes</translation>
    </message>
    <message>
      <source>other problem</source>
      <translation>other problem</translation>
    </message>
    <message>
      <source>Kiosk</source>
      <translation>Kiosk</translation>
    </message>
    <message>
      <source>State</source>
      <translation>State</translation>
    </message>
    <message>
      <source>Last seen</source>
      <translation>Last seen</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>Why</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>Version</translation>
    </message>
    <message>
      <source>Settings version</source>
      <translation>Settings version</translation>
    </message>
    <message>
      <source>Waiting to send</source>
      <translation>Waiting to send</translation>
    </message>
    <message>
      <source>Questions per day</source>
      <translation>Questions per day</translation>
    </message>
    <message>
      <source>Kiosks of the fleet</source>
      <translation>Kiosks of the fleet</translation>
    </message>
    <message>
      <source>Refresh</source>
      <translation>Refresh</translation>
    </message>
    <message>
      <source>Refresh the fleet view</source>
      <translation>Refresh the fleet view</translation>
    </message>
    <message>
      <source>Could not read the fleet: %1</source>
      <translation>Could not read the fleet: %1</translation>
    </message>
    <message>
      <source>OK: %1 — warning: %2 — silent: %3</source>
      <translation>OK: %1 — warning: %2 — silent: %3</translation>
    </message>
    <message>
      <source>never</source>
      <translation>never</translation>
    </message>
  </context>
  <context>
    <name>Office</name>
    <message>
      <source>Saved: selected for the programme.</source>
      <translation>Saved: selected for the programme.</translation>
    </message>
    <message>
      <source>Saved: no longer selected.</source>
      <translation>Saved: no longer selected.</translation>
    </message>
    <message>
      <source>Saved: answered date.</source>
      <translation>Saved: answered date.</translation>
    </message>
    <message>
      <source>Notes saved.</source>
      <translation>Notes saved.</translation>
    </message>
    <message>
      <source>All</source>
      <translation>All</translation>
    </message>
    <message>
      <source>Communications office — Citizen and Mayor</source>
      <translation>Communications office — Citizen and Mayor</translation>
    </message>
    <message>
      <source>Search text or ticket</source>
      <translation>Search text or ticket</translation>
    </message>
    <message>
      <source>From (YYYY-MM-DD)</source>
      <translation>From (YYYY-MM-DD)</translation>
    </message>
    <message>
      <source>To (YYYY-MM-DD)</source>
      <translation>To (YYYY-MM-DD)</translation>
    </message>
    <message>
      <source>Status filter</source>
      <translation>Status filter</translation>
    </message>
    <message>
      <source>Consent filter</source>
      <translation>Consent filter</translation>
    </message>
    <message>
      <source>Kiosk filter</source>
      <translation>Kiosk filter</translation>
    </message>
    <message>
      <source>Topic filter</source>
      <translation>Topic filter</translation>
    </message>
    <message>
      <source>From date</source>
      <translation>From date</translation>
    </message>
    <message>
      <source>To date</source>
      <translation>To date</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Language</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation>Progress</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Questions</source>
      <translation>Questions</translation>
    </message>
    <message>
      <source>Import…</source>
      <translation>Import…</translation>
    </message>
    <message>
      <source>Export CSV…</source>
      <translation>Export CSV…</translation>
    </message>
    <message>
      <source>Export broadcast audio…</source>
      <translation>Export broadcast audio…</translation>
    </message>
    <message>
      <source>Live draw…</source>
      <translation>Live draw…</translation>
    </message>
    <message>
      <source>Bad date: write it as YYYY-MM-DD.</source>
      <translation>Bad date: write it as YYYY-MM-DD.</translation>
    </message>
    <message>
      <source>Failed: {error}</source>
      <translation>Failed: {error}</translation>
    </message>
    <message>
      <source>Working… {done} of {total}</source>
      <translation>Working… {done} of {total}</translation>
    </message>
    <message>
      <source>, </source>
      <translation>, </translation>
    </message>
    <message>
      <source>Folder, USB export or s3://bucket/prefix</source>
      <translation>Folder, USB export or s3://bucket/prefix</translation>
    </message>
    <message>
      <source>S3 endpoint URL (optional)</source>
      <translation>S3 endpoint URL (optional)</translation>
    </message>
    <message>
      <source>Questions per day and per topic</source>
      <translation>Questions per day and per topic</translation>
    </message>
    <message>
      <source>Per day</source>
      <translation>Per day</translation>
    </message>
    <message>
      <source>Per topic</source>
      <translation>Per topic</translation>
    </message>
    <message>
      <source>Pause</source>
      <translation>Pause</translation>
    </message>
    <message>
      <source>Play</source>
      <translation>Play</translation>
    </message>
    <message>
      <source>Cannot play (no sound device?)</source>
      <translation>Cannot play (no sound device?)</translation>
    </message>
    <message>
      <source>Selected for the programme</source>
      <translation>Selected for the programme</translation>
    </message>
    <message>
      <source>Answered live on</source>
      <translation>Answered live on</translation>
    </message>
    <message>
      <source>Save notes</source>
      <translation>Save notes</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>Question details</source>
      <translation>Question details</translation>
    </message>
    <message>
      <source>Play the recording</source>
      <translation>Play the recording</translation>
    </message>
    <message>
      <source>Question text</source>
      <translation>Question text</translation>
    </message>
    <message>
      <source>Answered on date</source>
      <translation>Answered on date</translation>
    </message>
    <message>
      <source>No audio</source>
      <translation>No audio</translation>
    </message>
    <message>
      <source>Prize draw of “{programme}”</source>
      <translation>Prize draw of “{programme}”</translation>
    </message>
    <message>
      <source>Announced commitment (SHA-256)</source>
      <translation>Announced commitment (SHA-256)</translation>
    </message>
    <message>
      <source>Witness input</source>
      <translation>Witness input</translation>
    </message>
    <message>
      <source>Add witness input</source>
      <translation>Add witness input</translation>
    </message>
    <message>
      <source>Remove the chosen input</source>
      <translation>Remove the chosen input</translation>
    </message>
    <message>
      <source>Public beacon (optional)</source>
      <translation>Public beacon (optional)</translation>
    </message>
    <message>
      <source>Winners</source>
      <translation>Winners</translation>
    </message>
    <message>
      <source>Reserves</source>
      <translation>Reserves</translation>
    </message>
    <message>
      <source>Run the draw</source>
      <translation>Run the draw</translation>
    </message>
    <message>
      <source>Reveal next winner</source>
      <translation>Reveal next winner</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>Witness inputs</source>
      <translation>Witness inputs</translation>
    </message>
    <message>
      <source>Add at least one witness input first.</source>
      <translation>Add at least one witness input first.</translation>
    </message>
    <message>
      <source>Seed: {seed}</source>
      <translation>Seed: {seed}</translation>
    </message>
    <message>
      <source>Signed minutes: {path}</source>
      <translation>Signed minutes: {path}</translation>
    </message>
    <message>
      <source>Winner {n}</source>
      <translation>Winner {n}</translation>
    </message>
    <message>
      <source>Reserve {n}</source>
      <translation>Reserve {n}</translation>
    </message>
    <message>
      <source>Ticket</source>
      <translation>Ticket</translation>
    </message>
    <message>
      <source>Kiosk</source>
      <translation>Kiosk</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>Received</translation>
    </message>
    <message>
      <source>Topic</source>
      <translation>Topic</translation>
    </message>
    <message>
      <source>Consent</source>
      <translation>Consent</translation>
    </message>
    <message>
      <source>Question</source>
      <translation>Question</translation>
    </message>
    <message>
      <source>New</source>
      <translation>New</translation>
    </message>
    <message>
      <source>Selected</source>
      <translation>Selected</translation>
    </message>
    <message>
      <source>Answered</source>
      <translation>Answered</translation>
    </message>
    <message>
      <source>Withdrawn</source>
      <translation>Withdrawn</translation>
    </message>
    <message>
      <source>Submitted (UTC)</source>
      <translation>Submitted (UTC)</translation>
    </message>
    <message>
      <source>Submitted (Jalali)</source>
      <translation>Submitted (Jalali)</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>Personal data</source>
      <translation>Personal data</translation>
    </message>
    <message>
      <source>Answered on</source>
      <translation>Answered on</translation>
    </message>
    <message>
      <source>Audio file</source>
      <translation>Audio file</translation>
    </message>
  </context>
  <context>
    <name>OfficeConsole</name>
    <message numerus="yes">
      <source>%n question(s)</source>
      <translation>
        <numerusform>%n question</numerusform>
        <numerusform>%n questions</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n new question(s) imported</source>
      <translation>
        <numerusform>%n new question imported</numerusform>
        <numerusform>%n new questions imported</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n envelope(s) quarantined</source>
      <translation>
        <numerusform>%n envelope quarantined</numerusform>
        <numerusform>%n envelopes quarantined</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n question(s) written to {path}</source>
      <translation>
        <numerusform>%n question written to {path}</numerusform>
        <numerusform>%n questions written to {path}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n recording(s) written to {path}</source>
      <translation>
        <numerusform>%n recording written to {path}</numerusform>
        <numerusform>%n recordings written to {path}</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PresenterView</name>
    <message>
      <source>Play / pause</source>
      <translation>Play / pause</translation>
    </message>
    <message>
      <source>Play or pause the recording</source>
      <translation>Play or pause the recording</translation>
    </message>
    <message>
      <source>Previous</source>
      <translation>Previous</translation>
    </message>
    <message>
      <source>Previous question</source>
      <translation>Previous question</translation>
    </message>
    <message>
      <source>Next</source>
      <translation>Next</translation>
    </message>
    <message>
      <source>Next question without marking</source>
      <translation>Next question without marking</translation>
    </message>
    <message>
      <source>Answered</source>
      <translation>Answered</translation>
    </message>
    <message>
      <source>Mark answered and go on</source>
      <translation>Mark answered and go on</translation>
    </message>
    <message>
      <source>Skip</source>
      <translation>Skip</translation>
    </message>
    <message>
      <source>Mark skipped and go on</source>
      <translation>Mark skipped and go on</translation>
    </message>
    <message>
      <source>Mirror text</source>
      <translation>Mirror text</translation>
    </message>
    <message>
      <source>Mirror the text for a teleprompter glass</source>
      <translation>Mirror the text for a teleprompter glass</translation>
    </message>
    <message>
      <source>Not for broadcast — paraphrase only</source>
      <translation>Not for broadcast — paraphrase only</translation>
    </message>
    <message>
      <source>Presenter view</source>
      <translation>Presenter view</translation>
    </message>
    <message>
      <source>The rundown is empty.</source>
      <translation>The rundown is empty.</translation>
    </message>
    <message>
      <source>Kiosk %1</source>
      <translation>Kiosk %1</translation>
    </message>
    <message>
      <source>Instagram</source>
      <translation>Instagram</translation>
    </message>
    <message>
      <source>Phone call</source>
      <translation>Phone call</translation>
    </message>
    <message>
      <source>Other channel</source>
      <translation>Other channel</translation>
    </message>
    <message>
      <source>answered</source>
      <translation>answered</translation>
    </message>
    <message>
      <source>skipped</source>
      <translation>skipped</translation>
    </message>
    <message>
      <source>(text shown only on the presenter's screen)</source>
      <translation>(text shown only on the presenter's screen)</translation>
    </message>
    <message>
      <source>(voice question: play the recording)</source>
      <translation>(voice question: play the recording)</translation>
    </message>
    <message>
      <source>Pause</source>
      <translation>Pause</translation>
    </message>
  </context>
  <context>
    <name>ProgrammeTab</name>
    <message>
      <source>Library</source>
      <translation>Library</translation>
    </message>
    <message>
      <source>Programme</source>
      <translation>Programme</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>Show</translation>
    </message>
    <message>
      <source>New show</source>
      <translation>New show</translation>
    </message>
    <message>
      <source>Create a show with this date and title</source>
      <translation>Create a show with this date and title</translation>
    </message>
    <message>
      <source>Add to rundown</source>
      <translation>Add to rundown</translation>
    </message>
    <message>
      <source>Add the chosen question to the rundown</source>
      <translation>Add the chosen question to the rundown</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Remove</translation>
    </message>
    <message>
      <source>Remove the chosen question from the rundown</source>
      <translation>Remove the chosen question from the rundown</translation>
    </message>
    <message>
      <source>Move up</source>
      <translation>Move up</translation>
    </message>
    <message>
      <source>Move the chosen question earlier</source>
      <translation>Move the chosen question earlier</translation>
    </message>
    <message>
      <source>Move down</source>
      <translation>Move down</translation>
    </message>
    <message>
      <source>Move the chosen question later</source>
      <translation>Move the chosen question later</translation>
    </message>
    <message>
      <source>Presenter screen is on air</source>
      <translation>Presenter screen is on air</translation>
    </message>
    <message>
      <source>The presenter screen is seen on air</source>
      <translation>The presenter screen is seen on air</translation>
    </message>
    <message>
      <source>Open presenter view</source>
      <translation>Open presenter view</translation>
    </message>
    <message>
      <source>Open the presenter view of this show</source>
      <translation>Open the presenter view of this show</translation>
    </message>
    <message>
      <source>Add a question from Instagram or phone…</source>
      <translation>Add a question from Instagram or phone…</translation>
    </message>
    <message>
      <source>Type in a question that came by Instagram, phone or another channel</source>
      <translation>Type in a question that came by Instagram, phone or another channel</translation>
    </message>
    <message>
      <source>Import a CSV of questions…</source>
      <translation>Import a CSV of questions…</translation>
    </message>
    <message>
      <source>Import questions from another channel from a CSV file</source>
      <translation>Import questions from another channel from a CSV file</translation>
    </message>
    <message>
      <source>Why the chosen question is not broadcast</source>
      <translation>Why the chosen question is not broadcast</translation>
    </message>
    <message>
      <source>Set reason</source>
      <translation>Set reason</translation>
    </message>
    <message>
      <source>Set the reason on the chosen question</source>
      <translation>Set the reason on the chosen question</translation>
    </message>
    <message>
      <source>Search the library</source>
      <translation>Search the library</translation>
    </message>
    <message>
      <source>Questions not yet in a rundown</source>
      <translation>Questions not yet in a rundown</translation>
    </message>
    <message>
      <source>Rundown of the show</source>
      <translation>Rundown of the show</translation>
    </message>
    <message>
      <source>Date of the new show</source>
      <translation>Date of the new show</translation>
    </message>
    <message>
      <source>Title of the new show</source>
      <translation>Title of the new show</translation>
    </message>
    <message>
      <source>Search, then press Enter</source>
      <translation>Search, then press Enter</translation>
    </message>
    <message>
      <source>Not broadcast because… (no reason)</source>
      <translation>Not broadcast because… (no reason)</translation>
    </message>
    <message>
      <source>Answered together with similar questions</source>
      <translation>Answered together with similar questions</translation>
    </message>
    <message>
      <source>Referred to a department</source>
      <translation>Referred to a department</translation>
    </message>
    <message>
      <source>Outside the municipality's remit</source>
      <translation>Outside the municipality's remit</translation>
    </message>
    <message>
      <source>Not suitable for broadcast</source>
      <translation>Not suitable for broadcast</translation>
    </message>
    <message>
      <source>1405-09-13</source>
      <translation>1405-09-13</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Title</translation>
    </message>
    <message>
      <source>(no title)</source>
      <translation>(no title)</translation>
    </message>
    <message>
      <source>Could not create the show: %1</source>
      <translation>Could not create the show: %1</translation>
    </message>
    <message>
      <source>Show created.</source>
      <translation>Show created.</translation>
    </message>
    <message>
      <source>spoken</source>
      <translation>spoken</translation>
    </message>
    <message>
      <source>typed</source>
      <translation>typed</translation>
    </message>
    <message>
      <source>Instagram</source>
      <translation>Instagram</translation>
    </message>
    <message>
      <source>Phone call</source>
      <translation>Phone call</translation>
    </message>
    <message>
      <source>Other channel</source>
      <translation>Other channel</translation>
    </message>
    <message>
      <source>broadcast allowed</source>
      <translation>broadcast allowed</translation>
    </message>
    <message>
      <source>not for broadcast</source>
      <translation>not for broadcast</translation>
    </message>
    <message>
      <source>answered</source>
      <translation>answered</translation>
    </message>
    <message>
      <source>skipped</source>
      <translation>skipped</translation>
    </message>
    <message>
      <source>%1 questions, audio %2:%3</source>
      <translation>%1 questions, audio %2:%3</translation>
    </message>
    <message>
      <source>Choose a question in the library first.</source>
      <translation>Choose a question in the library first.</translation>
    </message>
    <message>
      <source>Added to the rundown.</source>
      <translation>Added to the rundown.</translation>
    </message>
    <message>
      <source>Choose a question in the rundown first.</source>
      <translation>Choose a question in the rundown first.</translation>
    </message>
    <message>
      <source>Removed from the rundown.</source>
      <translation>Removed from the rundown.</translation>
    </message>
    <message>
      <source>Moved.</source>
      <translation>Moved.</translation>
    </message>
    <message>
      <source>Reason saved.</source>
      <translation>Reason saved.</translation>
    </message>
    <message>
      <source>Added as ticket %1.</source>
      <translation>Added as ticket %1.</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>Channel</translation>
    </message>
    <message>
      <source>The file could not be read: %1</source>
      <translation>The file could not be read: %1</translation>
    </message>
    <message>
      <source>Added %1, already there %2.</source>
      <translation>Added %1, already there %2.</translation>
    </message>
    <message>
      <source>Rows with problems (line numbers): %1</source>
      <translation>Rows with problems (line numbers): %1</translation>
    </message>
  </context>
</TS>