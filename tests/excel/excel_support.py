"""What the Excel tests share (excel_test.py, export_test.py, init_test.py):
running the rerate under test and collecting failures.

Each test sets RERATE from its first argument, calls check() as it goes and
finish() at the end (exit 1 when anything failed)."""
import subprocess
import sys

RERATE = None
failures = []


def run(*args, binary=False):
    """(exit code, stdout, stderr) of rerate ARGS; stdout as bytes when binary."""
    done = subprocess.run([RERATE, *args], capture_output=True)
    out = done.stdout if binary else done.stdout.decode()
    return done.returncode, out, done.stderr.decode()


def check(condition, what):
    if not condition:
        failures.append(what)
        print("FAIL:", what)


def finish():
    if failures:
        print(f"{len(failures)} failed")
        sys.exit(1)
    print("all passed")
