// The Persian layout's second layer: Persian digits ۱…۰ and Persian punctuation. Written for this project.
import QtQuick
import QtQuick.Layouts
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Components

KeyboardLayout {
    id: layout
    keyWeight: 160
    readonly property real normalKeyWidth: normalKey.width

    KeyboardRow {
        Key {
            id: normalKey
            text: "۱"
        }
        Repeater {
            model: ["۲", "۳", "۴", "۵", "۶", "۷", "۸", "۹", "۰"]
            Key { text: modelData }
        }
    }
    KeyboardRow {
        Repeater {
            model: ["!", "؟", "،", "؛", ":", "«", "»", "(", ")", "ـ"]
            Key { text: modelData }
        }
    }
    KeyboardRow {
        Repeater {
            model: ["@", "#", "٪", "/", "+", "-", "=", "*", "\""]
            Key { text: modelData }
        }
        BackspaceKey {}
    }
    KeyboardRow {
        SymbolModeKey {
            displayText: "الفبا"
            weight: layout.normalKeyWidth * 1.5
            Layout.fillWidth: false
        }
        ChangeLanguageKey {
            weight: layout.normalKeyWidth
            Layout.fillWidth: false
        }
        SpaceKey {}
        Key {
            key: Qt.Key_Period
            text: "."
            weight: layout.normalKeyWidth
            Layout.fillWidth: false
            highlighted: true
        }
        HideKeyboardKey {
            weight: layout.normalKeyWidth
            Layout.fillWidth: false
        }
        EnterKey {
            weight: layout.normalKeyWidth * 1.5
            Layout.fillWidth: false
        }
    }
}
