"""Password protection for a finished PDF: AES-256 (PDF 2.0, revision 6), never RC4.

This module owns ``protect_pdf``. ReportLab's own encryption defaults to 40-bit RC4
(SECURITY.md L-5), so protection is applied afterwards with pikepdf (qpdf). The document info is
made neutral on the way (producer and creator "Forum Kit", no author, no XMP packet that could
name the tool chain or the user), and the output is written atomically.
"""

from __future__ import annotations

import io
import secrets
from pathlib import Path

import pikepdf

from forum_kit.errors import InvalidInput
from forum_kit.i18n import _
from forum_kit.reports.output import PRODUCER, write_atomic

MIN_PASSWORD_LENGTH = 8


def protect_pdf(path_in: Path | str, path_out: Path | str, password: str) -> None:
    """Encrypt ``path_in`` with AES-256 (R6) under ``password`` and write it to ``path_out``.

    Opening needs the password; printing and copying are allowed once open. The owner password
    is random and thrown away: nobody holds a key that lifts the restrictions without the user's.
    """
    if not isinstance(password, str) or len(password) < MIN_PASSWORD_LENGTH:
        raise InvalidInput(_("password: use at least {MIN_PASSWORD_LENGTH} "
                             "characters.").format(MIN_PASSWORD_LENGTH=MIN_PASSWORD_LENGTH))
    source = Path(path_in)
    if not source.is_file():
        raise InvalidInput(_("path_in: the PDF to protect does not exist."))
    try:
        pdf = pikepdf.open(source)
    except pikepdf.PasswordError:
        raise InvalidInput(_("path_in: this PDF is already password protected.")) from None
    except pikepdf.PdfError:
        raise InvalidInput(_("path_in: this file is not a readable PDF.")) from None
    with pdf:
        info = pdf.docinfo
        for key in list(info.keys()):
            if key not in ("/Title", "/CreationDate", "/ModDate"):
                del info[key]
        info["/Producer"] = PRODUCER
        info["/Creator"] = PRODUCER
        if "/Metadata" in pdf.Root:
            del pdf.Root["/Metadata"]
        encryption = pikepdf.Encryption(
            owner=secrets.token_urlsafe(32),
            user=password,
            R=6,
            aes=True,
            metadata=True,
        )
        buffer = io.BytesIO()
        pdf.save(buffer, encryption=encryption, fix_metadata_version=False)
    write_atomic(Path(path_out), buffer.getvalue())
