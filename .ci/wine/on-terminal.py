"""Runs a command on a new pseudo-terminal, types KEYS once it shows its prompt, and
prints what the terminal showed; exits with the command's status (killed after 30
seconds). For .ci/windows-smoke: Wine gives the program a Windows console on it.

    on-terminal.py KEYS COMMAND [ARG]...
"""
import os
import pty
import re
import select
import sys
import time

ESCAPES = re.compile(rb"\x1b\[[0-9;?]*[A-Za-z]")


def main():
    keys, argv = sys.argv[1].encode(), sys.argv[2:]
    pid, fd = pty.fork()
    if pid == 0:
        os.execv(argv[0], argv)
    shown = b""
    status = None

    def read(seconds, done):
        nonlocal shown, status
        end = time.time() + seconds
        while time.time() < end and not done():
            ready, _, _ = select.select([fd], [], [], 0.1)
            if ready:
                try:
                    chunk = os.read(fd, 4096)
                except OSError:
                    chunk = b""
                shown += chunk
            if status is None:
                reaped, st = os.waitpid(pid, os.WNOHANG)
                if reaped:
                    status = st

    # Keys typed before the console is up may be dropped: wait for the prompt.
    def prompted():
        text = ESCAPES.sub(b"", shown).rstrip(b"\r\n")
        return status is not None or text.endswith((b" ", b":", b"]"))

    read(20, prompted)
    time.sleep(0.5)
    os.write(fd, keys)
    read(30, lambda: status is not None)
    if status is None:
        os.kill(pid, 9)
        _, status = os.waitpid(pid, 0)
    read(0.5, lambda: False)
    sys.stdout.buffer.write(shown)
    sys.exit(os.waitstatus_to_exitcode(status))


main()
