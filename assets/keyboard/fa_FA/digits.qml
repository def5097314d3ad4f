PersianDigitPad {}
