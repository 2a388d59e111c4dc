"""An SMTP server for the tests, on 127.0.0.1: each message it accepts is written to
DIR as one JSON file per recipient; the recipients listed in $REJECT (comma-separated)
are refused. It runs until its standard input closes."""

import email
import email.policy
import itertools
import json
import os
import sys

from aiosmtpd.controller import Controller

out_dir, port = sys.argv[1], int(sys.argv[2])
reject = {a for a in os.environ.get("REJECT", "").split(",") if a}
numbers = itertools.count()


class Sink:
    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in reject:
            return "550 5.1.1 mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        data = envelope.content.decode("utf-8", "replace")
        # Decoded as a mail reader shows it: the subject and the text, whatever the
        # transfer encoding of non-ASCII words.
        parsed = email.message_from_bytes(envelope.content, policy=email.policy.default)
        body = parsed.get_content().replace("\r\n", "\n")
        shown = {"subject": str(parsed["subject"]), "body": body}
        for rcpt in envelope.rcpt_tos:
            path = os.path.join(out_dir, f"{next(numbers):06d}.json")
            with open(path + ".tmp", "w") as f:
                json.dump({"to": rcpt, "from": envelope.mail_from, "data": data, **shown}, f)
            os.rename(path + ".tmp", path)
        return "250 OK"


controller = Controller(Sink(), hostname="127.0.0.1", port=port)
controller.start()
print("ready", flush=True)
sys.stdin.read()
controller.stop()
