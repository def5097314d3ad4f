<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AttractScreen</name>
    <message>
        <source>Citizen and Mayor</source>
        <translation>Citizen and Mayor</translation>
    </message>
    <message>
        <source>Ask the mayor your question, by voice or in writing. It takes about two minutes.</source>
        <translation>Ask the mayor your question, by voice or in writing. It takes about two minutes.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Start asking a question</source>
        <translation>Start asking a question</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>Persian</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabic</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Language: %1</translation>
    </message>
    <message>
        <source>One moment, please: the kiosk is getting ready.</source>
        <translation>One moment, please: the kiosk is getting ready.</translation>
    </message>
    <message numerus="yes">
        <source>Thank you for your interest! Please wait %n second(s) before the next question.</source>
        <translation>
            <numerusform>Thank you for your interest! Please wait %n second before the next question.</numerusform>
            <numerusform>Thank you for your interest! Please wait %n seconds before the next question.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>We have received many questions this hour. Please come back in %n minute(s).</source>
        <translation>
            <numerusform>We have received many questions this hour. Please come back in %n minute.</numerusform>
            <numerusform>We have received many questions this hour. Please come back in %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChooseScreen</name>
    <message>
        <source>How would you like to ask?</source>
        <translation>How would you like to ask?</translation>
    </message>
    <message>
        <source>Speak into the microphone, or type on the screen.</source>
        <translation>Speak into the microphone, or type on the screen.</translation>
    </message>
    <message>
        <source>Speak</source>
        <translation>Speak</translation>
    </message>
    <message>
        <source>Speak: record your question</source>
        <translation>Speak: record your question</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Type: write your question</source>
        <translation>Type: write your question</translation>
    </message>
    <message>
        <source>Speaking is not possible right now (no microphone). You can type instead.</source>
        <translation>Speaking is not possible right now (no microphone). You can type instead.</translation>
    </message>
    <message>
        <source>Recording is temporarily unavailable. You can type instead.</source>
        <translation>Recording is temporarily unavailable. You can type instead.</translation>
    </message>
    <message>
        <source>Checking the microphone…</source>
        <translation>Checking the microphone…</translation>
    </message>
    <message>
        <source>Sorry, questions cannot be taken right now. Please ask the staff for help.</source>
        <translation>Sorry, questions cannot be taken right now. Please ask the staff for help.</translation>
    </message>
</context>
<context>
    <name>ConsentScreen</name>
    <message>
        <source>Before you start</source>
        <translation>Before you start</translation>
    </message>
    <message>
        <source>Required: my question is recorded and sent to the communications office.</source>
        <translation>Required: my question is recorded and sent to the communications office.</translation>
    </message>
    <message>
        <source>It may be played or read out on the live programme (optional)</source>
        <translation>It may be played or read out on the live programme (optional)</translation>
    </message>
    <message>
        <source>Enter me in the prize draw; I will give a mobile number (optional)</source>
        <translation>Enter me in the prize draw; I will give a mobile number (optional)</translation>
    </message>
    <message>
        <source>I am 18 or older, or a parent or guardian is with me</source>
        <translation>I am 18 or older, or a parent or guardian is with me</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>I agree</translation>
    </message>
    <message>
        <source>I agree and continue</source>
        <translation>I agree and continue</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Back to the start</translation>
    </message>
    <message>
        <source>To continue, tick “%1”.</source>
        <translation>To continue, tick “%1”.</translation>
    </message>
</context>
<context>
    <name>DiscardConfirm</name>
    <message>
        <source>Discard your question?</source>
        <translation>Discard your question?</translation>
    </message>
    <message>
        <source>What you recorded or wrote will be deleted.</source>
        <translation>What you recorded or wrote will be deleted.</translation>
    </message>
    <message>
        <source>No, keep it</source>
        <translation>No, keep it</translation>
    </message>
    <message>
        <source>No, keep my question</source>
        <translation>No, keep my question</translation>
    </message>
    <message>
        <source>Yes, discard</source>
        <translation>Yes, discard</translation>
    </message>
    <message>
        <source>Yes, delete my question</source>
        <translation>Yes, delete my question</translation>
    </message>
</context>
<context>
    <name>DrawScreen</name>
    <message>
        <source>Prize draw</source>
        <translation>Prize draw</translation>
    </message>
    <message>
        <source>We will call you only if you win.</source>
        <translation>We will call you only if you win.</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <source>Your name (optional)</source>
        <translation>Your name (optional)</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Continue to the summary</source>
        <translation>Continue to the summary</translation>
    </message>
    <message>
        <source>Please enter your mobile number.</source>
        <translation>Please enter your mobile number.</translation>
    </message>
    <message>
        <source>A mobile number has only digits.</source>
        <translation>A mobile number has only digits.</translation>
    </message>
    <message>
        <source>An Iranian mobile number has 11 digits, like 0912 345 6789.</source>
        <translation>An Iranian mobile number has 11 digits, like 0912 345 6789.</translation>
    </message>
    <message>
        <source>An Iranian mobile number starts with 09.</source>
        <translation>An Iranian mobile number starts with 09.</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation>Are you still there?</translation>
    </message>
    <message>
        <source>If not, everything you entered will be deleted in %1 seconds.</source>
        <translation>If not, everything you entered will be deleted in %1 seconds.</translation>
    </message>
    <message>
        <source>I am still here</source>
        <translation>I am still here</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Persian</source>
        <translation>Persian</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabic</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>broadcast on the programme</source>
        <translation>broadcast on the programme</translation>
    </message>
    <message>
        <source>prize draw</source>
        <translation>prize draw</translation>
    </message>
    <message>
        <source>recording</source>
        <translation>recording</translation>
    </message>
</context>
<context>
    <name>ProgrammePanel</name>
    <message>
        <source>Next live answers: %1</source>
        <translation>Next live answers: %1</translation>
    </message>
    <message>
        <source>%1 questions from this tribune have been answered live</source>
        <translation>%1 questions from this tribune have been answered live</translation>
    </message>
</context>
<context>
    <name>ReceiptScreen</name>
    <message>
        <source>Thank you!</source>
        <translation>Thank you!</translation>
    </message>
    <message>
        <source>Your question has been received.</source>
        <translation>Your question has been received.</translation>
    </message>
    <message>
        <source>Your ticket code:</source>
        <translation>Your ticket code:</translation>
    </message>
    <message>
        <source>QR code of your ticket</source>
        <translation>QR code of your ticket</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Done, back to the start</source>
        <translation>Done, back to the start</translation>
    </message>
    <message>
        <source>Ticket code %1</source>
        <translation>Ticket code %1</translation>
    </message>
    <message>
        <source>Keep this code to follow your question. This screen closes in %1 seconds.</source>
        <translation>Keep this code to follow your question. This screen closes in %1 seconds.</translation>
    </message>
</context>
<context>
    <name>RecordScreen</name>
    <message>
        <source>Speak your question</source>
        <translation>Speak your question</translation>
    </message>
    <message>
        <source>Start recording</source>
        <translation>Start recording</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>Stop recording</translation>
    </message>
    <message>
        <source>Record again</source>
        <translation>Record again</translation>
    </message>
    <message>
        <source>Type instead</source>
        <translation>Type instead</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Continue with this recording</source>
        <translation>Continue with this recording</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>Microphone level</translation>
    </message>
    <message>
        <source>Tap Start. After the tone, say your question. Tap Stop when you are done.</source>
        <translation>Tap Start. After the tone, say your question. Tap Stop when you are done.</translation>
    </message>
    <message>
        <source>Get ready…</source>
        <translation>Get ready…</translation>
    </message>
    <message>
        <source>Recording. Speak now.</source>
        <translation>Recording. Speak now.</translation>
    </message>
    <message>
        <source>Recording. Ten seconds left.</source>
        <translation>Recording. Ten seconds left.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Well done. Listen to it, record again, or continue.</source>
        <translation>Well done. Listen to it, record again, or continue.</translation>
    </message>
    <message>
        <source>That was very short. Please record again and speak a little longer.</source>
        <translation>That was very short. Please record again and speak a little longer.</translation>
    </message>
    <message>
        <source>We could hardly hear you. Please come closer to the microphone and record again.</source>
        <translation>We could hardly hear you. Please come closer to the microphone and record again.</translation>
    </message>
    <message>
        <source>That was too loud. Please step back a little and record again.</source>
        <translation>That was too loud. Please step back a little and record again.</translation>
    </message>
    <message>
        <source>The microphone stopped. What you said so far is kept: listen to it or record again.</source>
        <translation>The microphone stopped. What you said so far is kept: listen to it or record again.</translation>
    </message>
    <message>
        <source>Nothing was recorded. Please try again.</source>
        <translation>Nothing was recorded. Please try again.</translation>
    </message>
    <message>
        <source>Speaking is not possible right now (no microphone). You can type instead.</source>
        <translation>Speaking is not possible right now (no microphone). You can type instead.</translation>
    </message>
    <message>
        <source>Recording is temporarily unavailable. You can type instead.</source>
        <translation>Recording is temporarily unavailable. You can type instead.</translation>
    </message>
    <message>
        <source>Recording did not work. Please try again, or type instead.</source>
        <translation>Recording did not work. Please try again, or type instead.</translation>
    </message>
    <message>
        <source>Length: %1</source>
        <translation>Length: %1</translation>
    </message>
    <message>
        <source>%1 recorded, %2 left</source>
        <translation>%1 recorded, %2 left</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>Check and send</source>
        <translation>Check and send</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Send my question</source>
        <translation>Send my question</translation>
    </message>
    <message>
        <source>Your spoken question (%1)</source>
        <translation>Your spoken question (%1)</translation>
    </message>
    <message>
        <source>Your written question:</source>
        <translation>Your written question:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>Topic: %1</translation>
    </message>
    <message>
        <source>May be broadcast on the programme: yes</source>
        <translation>May be broadcast on the programme: yes</translation>
    </message>
    <message>
        <source>May be broadcast on the programme: no</source>
        <translation>May be broadcast on the programme: no</translation>
    </message>
    <message>
        <source>Prize draw: %1</source>
        <translation>Prize draw: %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>Sorry, that did not work. Please tap Send again.</source>
        <translation>Sorry, that did not work. Please tap Send again.</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <source>Spoken help</source>
        <translation>Spoken help</translation>
    </message>
    <message>
        <source>Listen to spoken help for this screen</source>
        <translation>Listen to spoken help for this screen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Back to the previous step</source>
        <translation>Back to the previous step</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancel and delete everything</source>
        <translation>Cancel and delete everything</translation>
    </message>
</context>
<context>
    <name>SpokenPrompt</name>
    <message>
        <source>Welcome. You can ask the mayor a question, by voice or in writing. Tap Start to begin. The buttons at the bottom change the language.</source>
        <translation>Welcome. You can ask the mayor a question, by voice or in writing. Tap Start to begin. The buttons at the bottom change the language.</translation>
    </message>
    <message>
        <source>Please read how your question will be used. Tick the boxes you agree with, then tap Agree.</source>
        <translation>Please read how your question will be used. Tick the boxes you agree with, then tap Agree.</translation>
    </message>
    <message>
        <source>How would you like to ask? Tap the microphone to speak, or the keyboard to type.</source>
        <translation>How would you like to ask? Tap the microphone to speak, or the keyboard to type.</translation>
    </message>
    <message>
        <source>Tap Start recording, wait for the beep, then speak your question. Tap Stop when you have finished.</source>
        <translation>Tap Start recording, wait for the beep, then speak your question. Tap Stop when you have finished.</translation>
    </message>
    <message>
        <source>Type your question with the keyboard on the screen, then tap Continue.</source>
        <translation>Type your question with the keyboard on the screen, then tap Continue.</translation>
    </message>
    <message>
        <source>Choose the topic that fits your question best.</source>
        <translation>Choose the topic that fits your question best.</translation>
    </message>
    <message>
        <source>To take part in the prize draw, enter your mobile number, then tap Continue.</source>
        <translation>To take part in the prize draw, enter your mobile number, then tap Continue.</translation>
    </message>
    <message>
        <source>Check your question. If everything is right, tap Send.</source>
        <translation>Check your question. If everything is right, tap Send.</translation>
    </message>
    <message>
        <source>Thank you. Your question has been received. Keep your ticket code.</source>
        <translation>Thank you. Your question has been received. Keep your ticket code.</translation>
    </message>
</context>
<context>
    <name>TakePlayback</name>
    <message>
        <source>Stop listening</source>
        <translation>Stop listening</translation>
    </message>
    <message>
        <source>Playing your recording; tap to stop</source>
        <translation>Playing your recording; tap to stop</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Listen</translation>
    </message>
    <message>
        <source>Listen to your recording</source>
        <translation>Listen to your recording</translation>
    </message>
    <message>
        <source>Playing your recording</source>
        <translation>Playing your recording</translation>
    </message>
    <message>
        <source>Your recording</source>
        <translation>Your recording</translation>
    </message>
</context>
<context>
    <name>TextScreen</name>
    <message>
        <source>Write your question</source>
        <translation>Write your question</translation>
    </message>
    <message>
        <source>Use the keyboard on the screen. Short and clear questions are easiest to answer.</source>
        <translation>Use the keyboard on the screen. Short and clear questions are easiest to answer.</translation>
    </message>
    <message>
        <source>Your question…</source>
        <translation>Your question…</translation>
    </message>
    <message>
        <source>Your question</source>
        <translation>Your question</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Continue with this text</source>
        <translation>Continue with this text</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 of %2 characters</translation>
    </message>
    <message>
        <source>Too long: please shorten it.</source>
        <translation>Too long: please shorten it.</translation>
    </message>
</context>
<context>
    <name>TopicScreen</name>
    <message>
        <source>Traffic</source>
        <translation>Traffic</translation>
    </message>
    <message>
        <source>Cleanliness</source>
        <translation>Cleanliness</translation>
    </message>
    <message>
        <source>Parks and green space</source>
        <translation>Parks and green space</translation>
    </message>
    <message>
        <source>Public transport</source>
        <translation>Public transport</translation>
    </message>
    <message>
        <source>Culture</source>
        <translation>Culture</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Something else</translation>
    </message>
    <message>
        <source>What is it about?</source>
        <translation>What is it about?</translation>
    </message>
    <message>
        <source>Choose a topic, or skip this step.</source>
        <translation>Choose a topic, or skip this step.</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>Topic: %1</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>Skip choosing a topic</source>
        <translation>Skip choosing a topic</translation>
    </message>
</context>
</TS>
