<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
  <context>
    <name>PresenterView</name>
    <message>
      <location filename="../../ui/office/presenter.py" line="131" />
      <location filename="../../ui/office/presenter.py" line="180" />
      <source>Play / pause</source>
      <translation>Play / pause</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="131" />
      <source>Play or pause the recording</source>
      <translation>Play or pause the recording</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="132" />
      <source>Previous</source>
      <translation>Previous</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="132" />
      <source>Previous question</source>
      <translation>Previous question</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="133" />
      <source>Next</source>
      <translation>Next</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="133" />
      <source>Next question without marking</source>
      <translation>Next question without marking</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="134" />
      <source>Answered</source>
      <translation>Answered</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="134" />
      <source>Mark answered and go on</source>
      <translation>Mark answered and go on</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="135" />
      <source>Skip</source>
      <translation>Skip</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="135" />
      <source>Mark skipped and go on</source>
      <translation>Mark skipped and go on</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="139" />
      <source>Mirror text</source>
      <translation>Mirror text</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="140" />
      <source>Mirror the text for a teleprompter glass</source>
      <translation>Mirror the text for a teleprompter glass</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="141" />
      <source>Not for broadcast — paraphrase only</source>
      <translation>Not for broadcast — paraphrase only</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="142" />
      <source>Presenter view</source>
      <translation>Presenter view</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="159" />
      <source>The rundown is empty.</source>
      <translation>The rundown is empty.</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="165" />
      <source>Kiosk %1</source>
      <translation>Kiosk %1</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="166" />
      <source>Instagram</source>
      <translation>Instagram</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="166" />
      <source>Phone call</source>
      <translation>Phone call</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="167" />
      <source>Other channel</source>
      <translation>Other channel</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="168" />
      <source>answered</source>
      <translation>answered</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="168" />
      <source>skipped</source>
      <translation>skipped</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="173" />
      <source>(text shown only on the presenter's screen)</source>
      <translation>(text shown only on the presenter's screen)</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="174" />
      <source>(voice question: play the recording)</source>
      <translation>(voice question: play the recording)</translation>
    </message>
    <message>
      <location filename="../../ui/office/presenter.py" line="180" />
      <source>Pause</source>
      <translation>Pause</translation>
    </message>
  </context>
  <context>
    <name>ProgrammeTab</name>
    <message>
      <location filename="../../ui/office/programme.py" line="27" />
      <source>Library</source>
      <translation>Library</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="27" />
      <source>Programme</source>
      <translation>Programme</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="119" />
      <source>Show</source>
      <translation>Show</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="120" />
      <source>New show</source>
      <translation>New show</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="120" />
      <source>Create a show with this date and title</source>
      <translation>Create a show with this date and title</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="121" />
      <source>Add to rundown</source>
      <translation>Add to rundown</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="121" />
      <source>Add the chosen question to the rundown</source>
      <translation>Add the chosen question to the rundown</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="122" />
      <source>Remove</source>
      <translation>Remove</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="122" />
      <source>Remove the chosen question from the rundown</source>
      <translation>Remove the chosen question from the rundown</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="123" />
      <source>Move up</source>
      <translation>Move up</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="123" />
      <source>Move the chosen question earlier</source>
      <translation>Move the chosen question earlier</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="124" />
      <source>Move down</source>
      <translation>Move down</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="124" />
      <source>Move the chosen question later</source>
      <translation>Move the chosen question later</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="125" />
      <source>Presenter screen is on air</source>
      <translation>Presenter screen is on air</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="125" />
      <source>The presenter screen is seen on air</source>
      <translation>The presenter screen is seen on air</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="126" />
      <source>Open presenter view</source>
      <translation>Open presenter view</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="126" />
      <source>Open the presenter view of this show</source>
      <translation>Open the presenter view of this show</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="127" />
      <source>Why the chosen question is not broadcast</source>
      <translation>Why the chosen question is not broadcast</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="128" />
      <source>Set reason</source>
      <translation>Set reason</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="128" />
      <source>Set the reason on the chosen question</source>
      <translation>Set the reason on the chosen question</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="129" />
      <source>Search the library</source>
      <translation>Search the library</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="130" />
      <source>Questions not yet in a rundown</source>
      <translation>Questions not yet in a rundown</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="131" />
      <source>Rundown of the show</source>
      <translation>Rundown of the show</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="132" />
      <source>Date of the new show</source>
      <translation>Date of the new show</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="133" />
      <source>Title of the new show</source>
      <translation>Title of the new show</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="139" />
      <source>Search, then press Enter</source>
      <translation>Search, then press Enter</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="142" />
      <source>Not broadcast because… (no reason)</source>
      <translation>Not broadcast because… (no reason)</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="143" />
      <source>Answered together with similar questions</source>
      <translation>Answered together with similar questions</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="144" />
      <source>Referred to a department</source>
      <translation>Referred to a department</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="145" />
      <source>Outside the municipality's remit</source>
      <translation>Outside the municipality's remit</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="146" />
      <source>Not suitable for broadcast</source>
      <translation>Not suitable for broadcast</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="149" />
      <source>1405-09-13</source>
      <translation>1405-09-13</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="150" />
      <source>Title</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="176" />
      <source>(no title)</source>
      <translation>(no title)</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="188" />
      <source>Could not create the show: %1</source>
      <translation>Could not create the show: %1</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="192" />
      <source>Show created.</source>
      <translation>Show created.</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="196" />
      <source>voice</source>
      <translation>voice</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="196" />
      <source>text</source>
      <translation>text</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="201" />
      <source>Instagram</source>
      <translation>Instagram</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="201" />
      <source>Phone call</source>
      <translation>Phone call</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="201" />
      <source>Other channel</source>
      <translation>Other channel</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="204" />
      <source>broadcast allowed</source>
      <translation>broadcast allowed</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="204" />
      <source>not for broadcast</source>
      <translation>not for broadcast</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="213" />
      <source>answered</source>
      <translation>answered</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="213" />
      <source>skipped</source>
      <translation>skipped</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="221" />
      <source>%1 questions, audio %2:%3</source>
      <translation>%1 questions, audio %2:%3</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="254" />
      <location filename="../../ui/office/programme.py" line="294" />
      <source>Choose a question in the library first.</source>
      <translation>Choose a question in the library first.</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="256" />
      <source>Added to the rundown.</source>
      <translation>Added to the rundown.</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="262" />
      <location filename="../../ui/office/programme.py" line="271" />
      <source>Choose a question in the rundown first.</source>
      <translation>Choose a question in the rundown first.</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="264" />
      <source>Removed from the rundown.</source>
      <translation>Removed from the rundown.</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="273" />
      <source>Moved.</source>
      <translation>Moved.</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="297" />
      <source>Reason saved.</source>
      <translation>Reason saved.</translation>
    </message>
  </context>
</TS>