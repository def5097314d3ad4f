<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
  <context>
    <name>ChannelQuestionDialog</name>
    <message>
      <location filename="../../ui/office/channel_dialog.py" line="45" />
      <source>A question from another channel</source>
      <translation>A question from another channel</translation>
    </message>
    <message>
      <location filename="../../ui/office/channel_dialog.py" line="46" />
      <source>Instagram</source>
      <translation>Instagram</translation>
    </message>
    <message>
      <location filename="../../ui/office/channel_dialog.py" line="46" />
      <source>Phone call</source>
      <translation>Phone call</translation>
    </message>
    <message>
      <location filename="../../ui/office/channel_dialog.py" line="46" />
      <source>Other channel</source>
      <translation>Other channel</translation>
    </message>
    <message>
      <location filename="../../ui/office/channel_dialog.py" line="50" />
      <location filename="../../ui/office/channel_dialog.py" line="57" />
      <source>Channel</source>
      <translation>Channel</translation>
    </message>
    <message>
      <location filename="../../ui/office/channel_dialog.py" line="50" />
      <location filename="../../ui/office/channel_dialog.py" line="57" />
      <source>Question</source>
      <translation>Question</translation>
    </message>
    <message>
      <location filename="../../ui/office/channel_dialog.py" line="50" />
      <location filename="../../ui/office/channel_dialog.py" line="57" />
      <source>Handle</source>
      <translation>Handle</translation>
    </message>
    <message>
      <location filename="../../ui/office/channel_dialog.py" line="51" />
      <location filename="../../ui/office/channel_dialog.py" line="58" />
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../ui/office/channel_dialog.py" line="51" />
      <location filename="../../ui/office/channel_dialog.py" line="58" />
      <source>Received on</source>
      <translation>Received on</translation>
    </message>
    <message>
      <location filename="../../ui/office/channel_dialog.py" line="51" />
      <source>Draw</source>
      <translation>Draw</translation>
    </message>
    <message>
      <location filename="../../ui/office/channel_dialog.py" line="53" />
      <location filename="../../ui/office/channel_dialog.py" line="59" />
      <source>The person agreed to enter the prize draw</source>
      <translation>The person agreed to enter the prize draw</translation>
    </message>
    <message>
      <location filename="../../ui/office/channel_dialog.py" line="54" />
      <source>today, or 1405-09-05</source>
      <translation>today, or 1405-09-05</translation>
    </message>
    <message>
      <location filename="../../ui/office/channel_dialog.py" line="55" />
      <location filename="../../ui/office/channel_dialog.py" line="56" />
      <source>only if they agreed to be contacted</source>
      <translation>only if they agreed to be contacted</translation>
    </message>
    <message>
      <location filename="../../ui/office/channel_dialog.py" line="60" />
      <source>Save the question</source>
      <translation>Save the question</translation>
    </message>
    <message>
      <location filename="../../ui/office/channel_dialog.py" line="61" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../ui/office/channel_dialog.py" line="66" />
      <source>Type the question first.</source>
      <translation>Type the question first.</translation>
    </message>
    <message>
      <location filename="../../ui/office/channel_dialog.py" line="67" />
      <source>The question is too long.</source>
      <translation>The question is too long.</translation>
    </message>
    <message>
      <location filename="../../ui/office/channel_dialog.py" line="68" />
      <source>That is not a phone number.</source>
      <translation>That is not a phone number.</translation>
    </message>
    <message>
      <location filename="../../ui/office/channel_dialog.py" line="69" />
      <source>To enter the draw, give a phone number or a handle to contact the person.</source>
      <translation>To enter the draw, give a phone number or a handle to contact the person.</translation>
    </message>
    <message>
      <location filename="../../ui/office/channel_dialog.py" line="70" />
      <source>The date received cannot be in the future.</source>
      <translation>The date received cannot be in the future.</translation>
    </message>
    <message>
      <location filename="../../ui/office/channel_dialog.py" line="71" />
      <source>Write the date as 1405-09-05 or 2026-11-26.</source>
      <translation>Write the date as 1405-09-05 or 2026-11-26.</translation>
    </message>
  </context>
  <context>
    <name>PresenterView</name>
    <message>
      <location filename="../../ui/office/presenter.py" line="140" />
      <location filename="../../ui/office/presenter.py" line="193" />
      <source>Play / pause</source>
      <translation>Play / pause</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="140" />
      <source>Play or pause the recording</source>
      <translation>Play or pause the recording</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="141" />
      <source>Previous</source>
      <translation>Previous</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="141" />
      <source>Previous question</source>
      <translation>Previous question</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="142" />
      <source>Next</source>
      <translation>Next</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="142" />
      <source>Next question without marking</source>
      <translation>Next question without marking</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="143" />
      <source>Answered</source>
      <translation>Answered</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="143" />
      <source>Mark answered and go on</source>
      <translation>Mark answered and go on</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="144" />
      <source>Skip</source>
      <translation>Skip</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="144" />
      <source>Mark skipped and go on</source>
      <translation>Mark skipped and go on</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="148" />
      <source>Mirror text</source>
      <translation>Mirror text</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="149" />
      <source>Mirror the text for a teleprompter glass</source>
      <translation>Mirror the text for a teleprompter glass</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="150" />
      <source>Not for broadcast — paraphrase only</source>
      <translation>Not for broadcast — paraphrase only</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="151" />
      <source>Presenter view</source>
      <translation>Presenter view</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="168" />
      <source>The rundown is empty.</source>
      <translation>The rundown is empty.</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="174" />
      <source>Kiosk %1</source>
      <translation>Kiosk %1</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="175" />
      <source>Instagram</source>
      <translation>Instagram</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="175" />
      <source>Phone call</source>
      <translation>Phone call</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="176" />
      <source>Other channel</source>
      <translation>Other channel</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="177" />
      <source>answered</source>
      <translation>answered</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="177" />
      <source>skipped</source>
      <translation>skipped</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="182" />
      <source>(text shown only on the presenter's screen)</source>
      <translation>(text shown only on the presenter's screen)</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="183" />
      <source>(voice question: play the recording)</source>
      <translation>(voice question: play the recording)</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="193" />
      <source>Pause</source>
      <translation>Pause</translation>
    </message>
  </context>
  <context>
    <name>ProgrammeTab</name>
    <message>
      <location filename="../../ui/office/programme.py" line="28" />
      <source>Library</source>
      <translation>Library</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="28" />
      <source>Programme</source>
      <translation>Programme</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="128" />
      <source>Show</source>
      <translation>Show</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="129" />
      <source>New show</source>
      <translation>New show</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="129" />
      <source>Create a show with this date and title</source>
      <translation>Create a show with this date and title</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="130" />
      <source>Add to rundown</source>
      <translation>Add to rundown</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="130" />
      <source>Add the chosen question to the rundown</source>
      <translation>Add the chosen question to the rundown</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="131" />
      <source>Remove</source>
      <translation>Remove</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="131" />
      <source>Remove the chosen question from the rundown</source>
      <translation>Remove the chosen question from the rundown</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="132" />
      <source>Move up</source>
      <translation>Move up</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="132" />
      <source>Move the chosen question earlier</source>
      <translation>Move the chosen question earlier</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="133" />
      <source>Move down</source>
      <translation>Move down</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="133" />
      <source>Move the chosen question later</source>
      <translation>Move the chosen question later</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="134" />
      <source>Presenter screen is on air</source>
      <translation>Presenter screen is on air</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="134" />
      <source>The presenter screen is seen on air</source>
      <translation>The presenter screen is seen on air</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="135" />
      <source>Open presenter view</source>
      <translation>Open presenter view</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="135" />
      <source>Open the presenter view of this show</source>
      <translation>Open the presenter view of this show</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="136" />
      <source>Add a question from Instagram or phone…</source>
      <translation>Add a question from Instagram or phone…</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="137" />
      <source>Type in a question that came by Instagram, phone or another channel</source>
      <translation>Type in a question that came by Instagram, phone or another channel</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="138" />
      <location filename="../../ui/office/programme.py" line="323" />
      <location filename="../../ui/office/programme.py" line="327" />
      <source>Import a CSV of questions…</source>
      <translation>Import a CSV of questions…</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="139" />
      <source>Import questions from another channel from a CSV file</source>
      <translation>Import questions from another channel from a CSV file</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="140" />
      <source>Why the chosen question is not broadcast</source>
      <translation>Why the chosen question is not broadcast</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="141" />
      <source>Set reason</source>
      <translation>Set reason</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="141" />
      <source>Set the reason on the chosen question</source>
      <translation>Set the reason on the chosen question</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="142" />
      <source>Search the library</source>
      <translation>Search the library</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="143" />
      <source>Questions not yet in a rundown</source>
      <translation>Questions not yet in a rundown</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="144" />
      <source>Rundown of the show</source>
      <translation>Rundown of the show</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="145" />
      <source>Date of the new show</source>
      <translation>Date of the new show</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="146" />
      <source>Title of the new show</source>
      <translation>Title of the new show</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="152" />
      <source>Search, then press Enter</source>
      <translation>Search, then press Enter</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="155" />
      <source>Not broadcast because… (no reason)</source>
      <translation>Not broadcast because… (no reason)</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="156" />
      <source>Answered together with similar questions</source>
      <translation>Answered together with similar questions</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="157" />
      <source>Referred to a department</source>
      <translation>Referred to a department</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="158" />
      <source>Outside the municipality's remit</source>
      <translation>Outside the municipality's remit</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="159" />
      <source>Not suitable for broadcast</source>
      <translation>Not suitable for broadcast</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="162" />
      <source>1405-09-13</source>
      <translation>1405-09-13</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="163" />
      <source>Title</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="189" />
      <source>(no title)</source>
      <translation>(no title)</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="201" />
      <source>Could not create the show: %1</source>
      <translation>Could not create the show: %1</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="205" />
      <source>Show created.</source>
      <translation>Show created.</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="209" />
      <source>voice</source>
      <translation>voice</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="209" />
      <source>text</source>
      <translation>text</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="214" />
      <location filename="../../ui/office/programme.py" line="326" />
      <source>Instagram</source>
      <translation>Instagram</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="214" />
      <location filename="../../ui/office/programme.py" line="326" />
      <source>Phone call</source>
      <translation>Phone call</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="214" />
      <location filename="../../ui/office/programme.py" line="326" />
      <source>Other channel</source>
      <translation>Other channel</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="217" />
      <source>broadcast allowed</source>
      <translation>broadcast allowed</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="217" />
      <source>not for broadcast</source>
      <translation>not for broadcast</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="226" />
      <source>answered</source>
      <translation>answered</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="226" />
      <source>skipped</source>
      <translation>skipped</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="234" />
      <source>%1 questions, audio %2:%3</source>
      <translation>%1 questions, audio %2:%3</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="267" />
      <location filename="../../ui/office/programme.py" line="307" />
      <source>Choose a question in the library first.</source>
      <translation>Choose a question in the library first.</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="269" />
      <source>Added to the rundown.</source>
      <translation>Added to the rundown.</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="275" />
      <location filename="../../ui/office/programme.py" line="284" />
      <source>Choose a question in the rundown first.</source>
      <translation>Choose a question in the rundown first.</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="277" />
      <source>Removed from the rundown.</source>
      <translation>Removed from the rundown.</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="286" />
      <source>Moved.</source>
      <translation>Moved.</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="310" />
      <source>Reason saved.</source>
      <translation>Reason saved.</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="316" />
      <source>Added as ticket %1.</source>
      <translation>Added as ticket %1.</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="327" />
      <source>Channel</source>
      <translation>Channel</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="343" />
      <source>The file could not be read: %1</source>
      <translation>The file could not be read: %1</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="346" />
      <source>Added %1, already there %2.</source>
      <translation>Added %1, already there %2.</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="349" />
      <source>Rows with problems (line numbers): %1</source>
      <translation>Rows with problems (line numbers): %1</translation>
    </message>
  </context>
</TS>