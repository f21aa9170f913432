"""VIP Desk: ``python main.py --help`` lists what it can do."""

import sys

from vipdesk.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
