"""The five areas of the main window, one page class per file."""
