"""Script extraction: news reports -> candidate event records with evidence (review_status
script-extracted), in the package's own schemas.

    corpus -> document.py (one report: mentions, engagements, dates, commitments; pure, parallel)
           -> cluster.py (reports of one engagement -> one event; a visit and its meetings)
           -> write.py (tables in the published schemas, validated, moved into place)

Knowledge lives in data: people and places in the package's gazetteers, words and phrases in
`dictionaries/*.yaml` (extendable with `--dictionary`). Nothing here names a person or a date.
"""
