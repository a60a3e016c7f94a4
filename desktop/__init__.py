"""Vivier's front ends over :mod:`catalog`: the command line and the Qt desktop app."""
