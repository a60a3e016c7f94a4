"""Entry script of the frozen build (build.spec): the same ``vivier`` command the package installs.

PyInstaller runs its entry script as ``__main__`` outside any package, so ``desktop/__main__.py``
(which uses a relative import) cannot serve; this file imports the entry point absolutely.
"""

import sys

from desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
