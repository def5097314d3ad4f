// Persian digits ۰–۹ in a telephone pad (1 2 3 on top, as on a phone), for the mobile-number field
// (dialpad) and digit-only fields. Plain input: each key commits its digit as it is.
import QtQuick
import QtQuick.Layouts
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Components
import QtQuick.VirtualKeyboard.Plugins

KeyboardLayout {
    inputMethod: PlainInputMethod {}
    inputMode: InputEngine.InputMode.Numeric

    KeyboardColumn {
        Layout.fillWidth: false
        Layout.fillHeight: true
        Layout.alignment: Qt.AlignHCenter
        Layout.preferredWidth: height
        KeyboardRow {
            Repeater { model: ["۱", "۲", "۳"]; Key { text: modelData } }
            BackspaceKey {}
        }
        KeyboardRow {
            Repeater { model: ["۴", "۵", "۶"]; Key { text: modelData } }
            Key {
                key: Qt.Key_Space
                text: " "
                displayText: "\u2423"
                showPreview: false
                highlighted: true
            }
        }
        KeyboardRow {
            Repeater { model: ["۷", "۸", "۹"]; Key { text: modelData } }
            HideKeyboardKey { visible: true }
        }
        KeyboardRow {
            Key { text: "+"; key: Qt.Key_Plus }
            Key { text: "۰" }
            Key { text: "-"; key: Qt.Key_Minus }
            EnterKey {}
        }
    }
}
