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
      <location filename="../../ui/office/programme.py" line="112" />
      <source>Show</source>
      <translation>Show</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="113" />
      <source>New show</source>
      <translation>New show</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="113" />
      <source>Create a show with this date and title</source>
      <translation>Create a show with this date and title</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="114" />
      <source>Add to rundown</source>
      <translation>Add to rundown</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="114" />
      <source>Add the chosen question to the rundown</source>
      <translation>Add the chosen question to the rundown</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="115" />
      <source>Remove</source>
      <translation>Remove</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="115" />
      <source>Remove the chosen question from the rundown</source>
      <translation>Remove the chosen question from the rundown</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="116" />
      <source>Move up</source>
      <translation>Move up</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="116" />
      <source>Move the chosen question earlier</source>
      <translation>Move the chosen question earlier</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="117" />
      <source>Move down</source>
      <translation>Move down</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="117" />
      <source>Move the chosen question later</source>
      <translation>Move the chosen question later</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="118" />
      <source>Presenter screen is on air</source>
      <translation>Presenter screen is on air</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="118" />
      <source>The presenter screen is seen on air</source>
      <translation>The presenter screen is seen on air</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="119" />
      <source>Open presenter view</source>
      <translation>Open presenter view</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="119" />
      <source>Open the presenter view of this show</source>
      <translation>Open the presenter view of this show</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="120" />
      <source>Search the library</source>
      <translation>Search the library</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="121" />
      <source>Questions not yet in a rundown</source>
      <translation>Questions not yet in a rundown</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="122" />
      <source>Rundown of the show</source>
      <translation>Rundown of the show</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="123" />
      <source>Date of the new show</source>
      <translation>Date of the new show</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="124" />
      <source>Title of the new show</source>
      <translation>Title of the new show</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="130" />
      <source>Search, then press Enter</source>
      <translation>Search, then press Enter</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="131" />
      <source>1405-09-13</source>
      <translation>1405-09-13</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="132" />
      <source>Title</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="158" />
      <source>(no title)</source>
      <translation>(no title)</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="170" />
      <source>Could not create the show: %1</source>
      <translation>Could not create the show: %1</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="174" />
      <source>Show created.</source>
      <translation>Show created.</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="178" />
      <source>voice</source>
      <translation>voice</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="178" />
      <source>text</source>
      <translation>text</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="183" />
      <source>Instagram</source>
      <translation>Instagram</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="183" />
      <source>Phone call</source>
      <translation>Phone call</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="183" />
      <source>Other channel</source>
      <translation>Other channel</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="186" />
      <source>broadcast allowed</source>
      <translation>broadcast allowed</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="186" />
      <source>not for broadcast</source>
      <translation>not for broadcast</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="195" />
      <source>answered</source>
      <translation>answered</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="195" />
      <source>skipped</source>
      <translation>skipped</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="203" />
      <source>%1 questions, audio %2:%3</source>
      <translation>%1 questions, audio %2:%3</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="236" />
      <source>Choose a question in the library first.</source>
      <translation>Choose a question in the library first.</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="238" />
      <source>Added to the rundown.</source>
      <translation>Added to the rundown.</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="244" />
      <location filename="../../ui/office/programme.py" line="253" />
      <source>Choose a question in the rundown first.</source>
      <translation>Choose a question in the rundown first.</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="246" />
      <source>Removed from the rundown.</source>
      <translation>Removed from the rundown.</translation>
    </message>
    <message>
      <location filename="../../ui/office/programme.py" line="255" />
      <source>Moved.</source>
      <translation>Moved.</translation>
    </message>
  </context>
</TS>