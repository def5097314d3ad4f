// Citizen Tribune's Persian layout: the standard Persian (ISIRI 9147) letter order, every letter of
// the alphabet on this one layer (پ چ ژ گ ث ض ظ ئ included, no long-press needed), a half-space
// (ZWNJ) key and Persian digits ۱…۰ on a long press of the top row. Written for this project.
import QtQuick
import QtQuick.Layouts
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Components

KeyboardLayout {
    id: layout
    inputMode: InputEngine.InputMode.Arabic
    keyWeight: 160
    smallTextVisible: true
    readonly property real normalKeyWidth: normalKey.width
    readonly property var persianDigits: "۱۲۳۴۵۶۷۸۹۰"
    // Long press: the variants a Persian writer may need (آ, Arabic ي/ك/ة for quotations, hamzas).
    readonly property var variants: ({"ا": "اآأإ", "ی": "یيئى", "ک": "کك", "ه": "هۀة", "و": "وؤ",
                                      "ئ": "ئءؤ", "ت": "تة"})
    // The variant shown small on a key: only the Persian ones (not Arabic ي ك ة, still on long press).
    readonly property var hints: ({"ا": "آ", "و": "ؤ", "ئ": "ء"})

    KeyboardRow {
        // The first ten keys also give a Persian digit on a long press, as labelled.
        Key {
            id: normalKey
            text: "ض"
            smallText: layout.persianDigits[0]
            alternativeKeys: text + smallText
        }
        Repeater {
            model: ["ص", "ث", "ق", "ف", "غ", "ع", "ه", "خ", "ح", "ج", "چ"]
            Key {
                text: modelData
                smallText: index < 9 ? layout.persianDigits[index + 1] : ""
                alternativeKeys: index < 9 ? modelData + smallText : (layout.variants[modelData] || "")
            }
        }
    }
    KeyboardRow {
        Repeater {
            model: ["ش", "س", "ی", "ب", "ل", "ا", "ت", "ن", "م", "ک", "گ"]
            Key {
                text: modelData
                alternativeKeys: layout.variants[modelData] || ""
                smallText: layout.hints[modelData] || ""
            }
        }
    }
    KeyboardRow {
        Repeater {
            model: ["ظ", "ط", "ژ", "ز", "ر", "ذ", "د", "پ", "و", "ئ"]
            Key {
                text: modelData
                alternativeKeys: layout.variants[modelData] || ""
                smallText: layout.hints[modelData] || ""
            }
        }
        BackspaceKey {}
    }
    KeyboardRow {
        SymbolModeKey {
            displayText: "۱۲۳؟"
            weight: layout.normalKeyWidth * 1.5
            Layout.fillWidth: false
        }
        ChangeLanguageKey {
            weight: layout.normalKeyWidth
            Layout.fillWidth: false
        }
        Key {
            // Half-space (نیم‌فاصله): "می‌خواهم", "خانه‌ها" are written with it.
            objectName: "zwnjKey"
            text: "\u200C"
            displayText: "نیم\u200Cفاصله"
            weight: layout.normalKeyWidth * 1.5
            Layout.fillWidth: false
            highlighted: true
        }
        SpaceKey {}
        Key {
            key: Qt.Key_Period
            text: "."
            alternativeKeys: ".،؛:!؟"
            weight: layout.normalKeyWidth
            Layout.fillWidth: false
            highlighted: true
        }
        Key {
            text: "؟"
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
