"""The customer's e-mail over SMTP: "we received your return, here is what we found", in their language.

Texts are data (resources/notices/customer_email.yaml), Hebrew right to left. One photo goes along when the
shop allows it (the destination's ``photo``) and the customer has not opted out. The Message-ID is made from
the idempotency key, so a mail sent twice after a lost answer is recognisably the same message.
"""

from __future__ import annotations

import html
import smtplib
from email.message import EmailMessage
from email.utils import formataddr
from functools import cache
from pathlib import Path
from typing import Any, Protocol

import yaml

from station.outbound.answers import Answer, short
from station.outbound.config import EmailDestination, secret

TEXTS = Path(__file__).resolve().parents[3] / "resources" / "notices" / "customer_email.yaml"


class Lookups(Protocol):
    def contact(self, rma_number: str) -> dict[str, Any] | None: ...

    def photo(self, sha256: str) -> bytes | None: ...


@cache
def texts() -> dict[str, Any]:
    return dict(yaml.safe_load(TEXTS.read_text(encoding="utf-8")))


def compose(payload: dict[str, Any], contact: dict[str, Any], sender: str, key: str,
            photo: bytes | None) -> EmailMessage:
    data = payload["data"]
    language = str(contact.get("language") or "en")
    words = texts().get(language) or texts()["en"]
    refund = data.get("refund") or {}
    values = {"name": contact.get("name") or "", "rma": payload.get("rma_number") or "", "sku": data.get("sku") or "",
              "grade": data.get("grade") or "", "amount": refund.get("amount") or "",
              "settlement": refund.get("settlement") or ""}
    lines = [words["greeting"], words["received"], words["found"]]
    settlement = refund.get("settlement") or "none"
    lines.append(words["settlement"].get(settlement, words["settlement"]["none"]))
    if photo is not None:
        lines.append(words["photo"])
    lines.append(words["closing"])
    shown = [line.format(**values) for line in lines]
    message = EmailMessage()
    message["Subject"] = words["subject"].format(**values)
    message["From"] = sender
    message["To"] = formataddr((str(contact.get("name") or ""), str(contact["email"])))
    message["Message-ID"] = f"<{key}@{sender.rpartition('@')[2] or 'returns'}>"
    message["Content-Language"] = language
    message.set_content("\n\n".join(shown))
    direction = words.get("direction", "ltr")
    body = "".join(f"<p>{html.escape(line)}</p>" for line in shown)
    message.add_alternative(f'<!DOCTYPE html><html lang="{language}" dir="{direction}"><body dir="{direction}" '
                            f'style="text-align:{"right" if direction == "rtl" else "left"}">{body}</body></html>',
                            subtype="html")
    if photo is not None:
        message.add_attachment(photo, maintype="image", subtype="jpeg", filename="item.jpg")
    return message


class EmailSender:
    def __init__(self, destination: EmailDestination, client: Any = None) -> None:
        self.destination = destination
        self.username = secret(destination.name, destination.username_env)
        self.password = secret(destination.name, destination.password_env)

    def send(self, payload: dict[str, Any], key: str, extras: Lookups) -> Answer:
        rma = payload.get("rma_number")
        contact = extras.contact(str(rma)) if rma else None
        if not contact:
            return Answer("refused", f"no customer e-mail address is known for RMA {rma or '(none)'}")
        photo = None
        photos = payload["data"].get("photos") or []
        if self.destination.photo and contact.get("photo_allowed", True) and photos:
            photo = extras.photo(str(photos[0]["sha256"]))
        message = compose(payload, contact, self.destination.sender, key, photo)
        d = self.destination
        try:
            with smtplib.SMTP(d.smtp_host, d.smtp_port, timeout=30) as smtp:
                if d.starttls:
                    smtp.starttls()
                if self.username:
                    smtp.login(self.username, str(self.password))
                refused = smtp.send_message(message)
        except smtplib.SMTPRecipientsRefused as exc:
            return Answer("refused", short(f"the mail server refused {contact['email']}: {exc.recipients}"))
        except smtplib.SMTPResponseException as exc:
            said = short(f"SMTP {exc.smtp_code}: {exc.smtp_error!r}")
            return Answer("refused" if 500 <= exc.smtp_code < 600 else "retry", said, exc.smtp_code)
        except (OSError, smtplib.SMTPException) as exc:
            return Answer("retry", short(f"{exc.__class__.__name__}: {exc}"))
        if refused:
            return Answer("refused", short(f"the mail server refused {refused}"))
        return Answer("delivered", f"mail to {contact['email']}")
