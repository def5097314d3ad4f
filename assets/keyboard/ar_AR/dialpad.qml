// The mobile-number pad in Arabic-Indic digits: Qt's Arabic layout has no dialpad of its own, and
// its fallback is Latin. The pad itself is the Persian layout's (fa_FA/DigitPad.qml).
import "../fa_FA"

DigitPad {
    digits: ["٠", "١", "٢", "٣", "٤", "٥", "٦", "٧", "٨", "٩"]
}
