// A telephone pad (1 2 3 on top, as on a phone) in the language's own digits, Persian ۰–۹ unless a
// layout gives others (ar_AR/dialpad.qml), for the mobile-number field (dialpad) and digit-only
// fields. Plain input: each key commits its digit as it is.
import QtQuick
import QtQuick.Layouts
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Components
import QtQuick.VirtualKeyboard.Plugins

KeyboardLayout {
    property var digits: ["۰", "۱", "۲", "۳", "۴", "۵", "۶", "۷", "۸", "۹"]
    inputMethod: PlainInputMethod {}
    inputMode: InputEngine.InputMode.Numeric

    KeyboardColumn {
        Layout.fillWidth: false
        Layout.fillHeight: true
        Layout.alignment: Qt.AlignHCenter
        Layout.preferredWidth: height
        KeyboardRow {
            Repeater { model: digits.slice(1, 4); Key { text: modelData } }
            BackspaceKey {}
        }
        KeyboardRow {
            Repeater { model: digits.slice(4, 7); Key { text: modelData } }
            Key {
                key: Qt.Key_Space
                text: " "
                displayText: "\u2423"
                showPreview: false
                highlighted: true
            }
        }
        KeyboardRow {
            Repeater { model: digits.slice(7, 10); Key { text: modelData } }
            HideKeyboardKey { visible: true }
        }
        KeyboardRow {
            Key { text: "+"; key: Qt.Key_Plus }
            Key { text: digits[0] }
            Key { text: "-"; key: Qt.Key_Minus }
            EnterKey {}
        }
    }
}
