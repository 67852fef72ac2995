import sys

from kompas_kiosk.cli import main

sys.exit(main())
