DigitPad {}
