#!/usr/bin/env python3
"""Entry point: `python run.py COMMAND` is the same as the installed `mailbot COMMAND`."""

from mailbot.cli import main

if __name__ == "__main__":
    main()
