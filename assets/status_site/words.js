// Every string the status page shows, in the ES5 that lupdate reads: lupdate extracts these qsTr()
// calls into assets/i18n/status_*.ts; `kiosk office publish` turns the translations into strings.json.
"use strict";
var strings = {};
var lang = "fa";

function qsTr(source) {
  var table = strings[lang] || {};
  return table[source] || source;
}

// Every string the page shows, listed once so that lupdate finds them.
function words() {
  return {
    title: qsTr("Follow up your question"),
    intro: qsTr("Type the ticket code printed on your receipt, or scan its QR code."),
    label: qsTr("Ticket code"),
    button: qsTr("Show status"),
    privacy: qsTr("This page shows only the stage of a question. It never shows what was said, nor any name or phone number."),
    heading: qsTr("Ticket %1"),
    invalidLength: qsTr("A ticket code has 8 digits, like 1234-5678. Please check what you typed."),
    invalidCheck: qsTr("This code has a typing mistake: its last digit does not match. Please check each digit on your receipt."),
    unknown: qsTr("No question with this code has reached the programme yet. New questions appear here a few days after they were sent. Please check the code and try again later."),
    offline: qsTr("The status could not be loaded. Please check your connection and try again."),
    insecure: qsTr("This page must be opened over a secure (https) address."),
    received: qsTr("Received"),
    review: qsTr("Under review"),
    selected: qsTr("Selected for the live programme"),
    answered: qsTr("Answered live"),
    not_selected: qsTr("Not selected for broadcast"),
    receivedOn: qsTr("Received on %1."),
    reviewText: qsTr("The programme's team is reviewing your question."),
    selectedText: qsTr("Your question is planned for the live programme on %1."),
    selectedAt: qsTr("%1 at %2"),
    answeredText: qsTr("The mayor answered your question live on %1."),
    answered_together: qsTr("It was answered together with similar questions."),
    referred: qsTr("It was referred to the responsible department of the municipality."),
    outside_remit: qsTr("It is outside the municipality's remit."),
    not_suitable: qsTr("It was not suitable for broadcast."),
    drawEntered: qsTr("You are entered in the prize draw."),
    drawWinner: qsTr("You won the prize draw! The programme's team will call you."),
    drawReserve: qsTr("You are a reserve in the prize draw."),
    minutes: qsTr("Signed minutes of the draw"),
  };
}

