import sys

from kompas_kiosk.cli.main import main

sys.exit(main())
