import sys

from chatkit.cli import main

sys.exit(main())
