"""The frozen kiosk's entry point (PyInstaller runs this file as `kompas-kiosk`).

`kompas-kiosk --smoke-test [--lang en]` goes straight to kompas_kiosk.cli.smoke, so the bundle can
prove itself even before (and independently of) the command line knowing the flag; everything
else is the normal command line, exactly as `python -m kompas_kiosk`.
"""

import sys


def main() -> int:
    argv = sys.argv[1:]
    if argv[:1] == ["--smoke-test"]:
        from kompas_kiosk.cli.smoke import main as smoke_main

        return smoke_main(argv[1:])
    from kompas_kiosk.cli.main import main as cli_main

    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main())
