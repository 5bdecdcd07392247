"""`python -m pakiran_events` runs the same entry point as the `pakiran-events` console script
(same messages, same exit codes, one line for any error)."""

from pakiran_events.cli_entry import main

main()
