"""Screenshots of the Programme tab and the presenter view (fa, en) into docs/screens/.

    .venv/bin/python scripts/programme_screenshots.py   (offscreen; no display needed)
"""
from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from kiosk.office import keys  # noqa: E402
from kiosk.office.channels import add_question  # noqa: E402
from kiosk.office.library import open_library  # noqa: E402
from kiosk.office.shows import Shows  # noqa: E402
from kiosk.store.tickets import new_ticket  # noqa: E402
from tests.office.helpers import add_item  # noqa: E402

QUESTIONS = ["چرا چراغ‌های پارک محله‌ی ما شب‌ها خاموش است؟", "ایستگاه اتوبوس خیابان صفاییه سایه‌بان ندارد.",
             "کی آسفالت کوچه‌ی ما تمام می‌شود؟", "پیشنهاد می‌کنم کنار حرم سطل زباله‌ی بیشتری بگذارید."]


def main() -> None:
    out = ROOT / "docs" / "screens"
    app = QApplication(sys.argv[:1])
    from ui.app import apply_language, setup_application
    setup_application(app, "fa")
    tmp = Path(tempfile.mkdtemp())
    lib = open_library(tmp / "office")
    keys.generate(lib.keys_dir)
    items = [add_item(lib, i, ticket=new_ticket(), text=q, topic=("green_space", "public_transport", "traffic",
                                                                     "cleanliness")[i],
                      scopes=("record", "broadcast", "draw") if i != 1 else ("record",), audio=b"x")
             for i, q in enumerate(QUESTIONS)]
    insta = add_question(lib.db, "instagram", "ساعت کار کتابخانه‌ی شهرداری را بیشتر کنید.", handle="@qom_citizen",
                         draw=True)
    for n in range(4, 9):
        add_item(lib, n, ticket=new_ticket(), text=f"پرسش شماره‌ی {n} درباره‌ی ترافیک")
    shows = Shows(lib.db)
    show = shows.create(date(2026, 12, 3), "شهروند و شهردار", "20:00")
    shows.add(show, [items[0]["ticket"], items[1]["ticket"], insta["ticket"], items[2]["ticket"]])
    from ui.office.console import OfficeConsole
    from ui.office.presenter_window import open_presenter_window
    from ui.screens.topic import topic_label
    console = OfficeConsole(lib.root)
    console.resize(1280, 800)
    console.show()
    console.tabs.setCurrentWidget(console.programme)
    for _ in range(50):
        app.processEvents()
    console.programme.rundown.setCurrentRow(1)
    console.grab().save(str(out / "office_programme.png"))
    for lang in ("fa", "en"):
        apply_language(app, lang)
        view = open_presenter_window(lib, show, False, lang, topic_label, fullscreen=False)
        view.resize(1920, 1080)
        view.go(1 if lang == "fa" else 0)
        for _ in range(20):
            app.processEvents()
        view.grab().save(str(out / f"office_presenter_{lang}.png"))
        view.close()
    console.close()
    print("wrote office_programme.png, office_presenter_fa.png, office_presenter_en.png")


if __name__ == "__main__":
    main()
