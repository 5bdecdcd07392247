"""`python -m pakiran_events` runs the CLI."""

from pakiran_events.cli import main

main()
