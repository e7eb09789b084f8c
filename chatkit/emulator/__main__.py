import sys

from chatkit.emulator import main

sys.exit(main())
