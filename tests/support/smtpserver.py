#!/usr/bin/python3
"""An SMTP server for the tests: Debian's aiosmtpd (python3-aiosmtpd) on a
free port of 127.0.0.1, which it prints as "port N" once it listens. It runs
until it is killed.

Each message it accepts is saved in the folder as NNN.eml, its bytes as they
came, and NNN.json: its envelope and what Python's own e-mail parser
(email.policy.default) reads of it — the headers decoded, the text, each
attachment's name, type, size and SHA-256, and every defect the parser
found. The JSON is written before the server answers 250, so a message the
client was told went is there.

Options:
  --refuse ADDRESS      answer RCPT TO for ADDRESS with 550 (repeatable)
  --user U --password P require a login (AUTH PLAIN or LOGIN), also without
                        TLS: auth_require_tls=False, for the tests only
  --starttls CERT KEY   offer STARTTLS with this certificate, and require it
  --tls CERT KEY        TLS from the first byte (SMTPS)
  --silent              accept connections and never say a word
"""

import argparse
import asyncio
import email
import email.policy
import email.utils
import hashlib
import json
import logging
import os
import ssl
import sys
import warnings

from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword


def describe(raw):
    message = email.message_from_bytes(raw, policy=email.policy.default)
    defects = [type(d).__name__ for d in message.defects]
    for part in message.walk():
        defects += [type(d).__name__ for d in part.defects]
    headers = {}
    for name in ("From", "To", "Cc", "Bcc", "Subject", "Date", "Message-ID", "MIME-Version"):
        if message[name] is not None:
            headers[name] = str(message[name])
    to = message["To"]
    addresses = [[a.display_name, a.addr_spec] for a in to.addresses] if to is not None else []
    try:
        date_valid = email.utils.parsedate_to_datetime(message["Date"]).tzinfo is not None
    except (TypeError, ValueError):
        date_valid = False
    body = message.get_body(preferencelist=("plain",))
    attachments = []
    for part in message.iter_attachments():
        data = part.get_payload(decode=True) or b""
        attachments.append({
            "filename": part.get_filename(),
            "content_type": part.get_content_type(),
            "size": len(data),
            "sha256": hashlib.sha256(data).hexdigest(),
            "starts": data[:5].decode("latin-1"),
        })
    lines = raw.split(b"\r\n")
    return {
        "headers": headers,
        "to": addresses,
        "date_valid": date_valid,
        "text": body.get_content() if body is not None else None,
        "text_charset": body.get_content_charset() if body is not None else None,
        "attachments": attachments,
        "defects": defects,
        "longest_line": max(len(line) for line in lines),
        "bare_newlines": raw.replace(b"\r\n", b"").count(b"\n"),
    }


class Handler:
    def __init__(self, folder, refused):
        self.folder = folder
        self.refused = {address.lower() for address in refused}
        self.count = 0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.lower() in self.refused:
            return "550 5.1.1 <%s>: Recipient address rejected: User unknown" % address
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        stem = os.path.join(self.folder, "%03d" % self.count)
        raw = envelope.original_content or envelope.content
        with open(stem + ".eml", "wb") as file:
            file.write(raw)
        summary = describe(raw)
        summary["mail_from"] = envelope.mail_from
        summary["rcpt_tos"] = envelope.rcpt_tos
        summary["login"] = session.auth_data.login.decode() if isinstance(session.auth_data, LoginPassword) else None
        summary["tls"] = session.ssl is not None or server.transport.get_extra_info("ssl_object") is not None
        with open(stem + ".tmp", "w", encoding="utf-8") as file:
            json.dump(summary, file, ensure_ascii=False)
        os.replace(stem + ".tmp", stem + ".json")
        return "250 2.0.0 OK: queued as %03d" % self.count


def context(certificate, key):
    tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    tls.load_cert_chain(certificate, key)
    return tls


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--dir", required=True)
    parser.add_argument("--refuse", action="append", default=[])
    parser.add_argument("--user")
    parser.add_argument("--password")
    parser.add_argument("--starttls", nargs=2)
    parser.add_argument("--tls", nargs=2)
    parser.add_argument("--silent", action="store_true")
    options = parser.parse_args()
    # aiosmtpd warns that a login without TLS is unsafe: this server asks
    # for it so on purpose, for the tests.
    warnings.simplefilter("ignore")
    logging.getLogger("mail.log").setLevel(logging.ERROR)
    loop = asyncio.get_running_loop()

    if options.silent:
        async def listen(reader, writer):
            await reader.read()
        server = await asyncio.start_server(listen, "127.0.0.1", 0)
    else:
        handler = Handler(options.dir, options.refuse)

        def authenticate(server, session, envelope, mechanism, data):
            ok = (isinstance(data, LoginPassword) and data.login.decode() == options.user
                  and data.password.decode() == options.password)
            # Refused: aiosmtpd answers 535 itself (handled=False).
            return AuthResult(success=ok, handled=ok, auth_data=data)

        def protocol():
            settings = {"hostname": "smtp.test", "loop": loop}
            if options.user:
                settings.update(auth_required=True, auth_require_tls=False, authenticator=authenticate)
            if options.starttls:
                settings.update(tls_context=context(*options.starttls), require_starttls=True)
            return SMTP(handler, **settings)

        tls = context(*options.tls) if options.tls else None
        server = await loop.create_server(protocol, "127.0.0.1", 0, ssl=tls)
    print("port %d" % server.sockets[0].getsockname()[1], flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        sys.exit(0)
