import pytest
from hypothesis import given, settings as hsettings, strategies as st

from kiosk import text


def test_search_key_folds_zwnj_and_space_variants():
    keys = {text.search_key(s) for s in ("ویژهبرنامه", "ویژه برنامه", "ویژه\u200cبرنامه", "ويژه‌برنامه")}
    assert len(keys) == 1


def test_search_key_folds_alef_and_arabic_letters():
    assert text.search_key("آب") == text.search_key("اب")
    assert text.search_key("كتاب") == text.search_key("کتاب")
    assert text.search_key("علي") == text.search_key("علی")


def test_display_form_keeps_the_citizens_letters_and_digits_and_records_what_it_stripped():
    c = text.clean("سلام\u202eكي ۱۲٣\u200b\u200b\x07")
    assert c.display == "سلامكي ۱۲٣"  # Arabic ك ي and the digits as typed: folded for search only
    assert text.search_key(c.display) == text.search_key("سلامکی 123")
    assert c.raw == "سلام\u202eكي ۱۲٣\u200b\u200b\x07"
    assert c.stripped == {"U+202E": 1, "U+200B": 2, "U+0007": 1}


def test_display_keeps_zwnj_and_newlines():
    c = text.clean("می\u200cخواهم\nبگویم")
    assert c.display == "می\u200cخواهم\nبگویم" and not c.changed


def test_digits():
    assert text.normalize_digits("۰۹۱۲٣٤٥6789") == "09123456789"
    assert text.localize_digits("1234-5678", "fa") == "۱۲۳۴-۵۶۷۸"
    assert text.localize_digits("1234-5678", "ar") == "١٢٣٤-٥٦٧٨"


def test_length_cap_message():
    with pytest.raises(text.TextTooLong, match="at most 10 are allowed"):
        text.check_length("x" * 11, 10)


HOSTILE = [
    "invoice\u202efdp.exe", "\u200b" * 10000, "a" * 1_000_000, "".join(chr(c) for c in range(32)),
    "\ud800 lone \udfff surrogates", "<script>alert(1)</script><b>bold</b>", "\u2066\u2067\u2068\u2069\u061c",
    "\ufeffBOM", "e\u0301\u0301\u0301", "\U0001f600" * 100, "\x00nul", "\u202a\u202b\u202c\u202d",
]


@pytest.mark.parametrize("sample", HOSTILE)
def test_hostile_text_never_crashes_and_display_is_clean(sample):
    c = text.clean(sample)
    assert c.raw == text.storable(sample)
    c.raw.encode("utf-8")  # storable
    for ch in c.display:
        assert ch == "\n" or ch == "\u200c" or ch.isprintable() or ch == " ", repr(ch)
    assert "\u202e" not in c.display and "\u200b" not in c.display
    text.search_key(sample)
    text.reveal_invisible(sample)


def test_reveal_invisible_shows_every_hidden_character_in_order():
    shown = text.reveal_invisible("ab\u202ecd\u200be")
    assert shown == "ab⟦U+202E⟧cd⟦U+200B⟧e"


def test_zwnj_and_zwj_are_ordinary_persian_never_revealed_or_stripped():
    word = "نیم\u200cفاصله و \u200dـه"
    assert text.reveal_invisible(word) == word
    assert "\u200c" in text.clean(word).display and "\u200d" in text.clean(word).display


@hsettings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_has_clean_display_and_stable_key(sample):
    c = text.clean(sample)
    assert all(ch in "\n\u200c" or ch.isprintable() for ch in c.display)
    assert text.search_key(sample) == text.search_key(c.display)
