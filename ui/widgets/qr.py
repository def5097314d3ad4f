"""A QR code painted from the `qrcode` package's module matrix (no image plugin needed)."""
from __future__ import annotations

import qrcode
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap


def qr_pixmap(data: str, size_px: int = 240) -> QPixmap:
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=2)
    code.add_data(data)
    code.make(fit=True)
    matrix = code.get_matrix()
    n = len(matrix)
    scale = max(1, size_px // n)
    image = QImage(n * scale, n * scale, QImage.Format_RGB32)
    image.fill(Qt.white)
    p = QPainter(image)
    black = QColor("black")
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                p.fillRect(x * scale, y * scale, scale, scale, black)
    p.end()
    return QPixmap.fromImage(image)
