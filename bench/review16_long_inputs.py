"""Review16: the thirteenth round's rules on long inputs. One sentence of n and 2n words built to
hit each new rule (an office after 'its', apposed offices either side of a name, a province's
possessive, 'the admiral', an institution's run, organisation names, 'at the invitation of',
'flew into the capital', 'at the Presidency', a statement's attribution, a recalled visit, a paired
body, a sideline gathering, an unlisted city, 'earlier this month'; round 22's 'later that day' among many triggers), and one report of n and 2n
sentences for the report-wide rules (round 22: many stays). Prints the CPU time of read_report and the ratio 2n / n
(about 2: linear; about 4: quadratic); asserts nothing (the machine is shared).

    python bench/review16_long_inputs.py [--words 1000] [--sentences 300] [RULE ...]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from pakiran_events.extract.report import read_report  # noqa: E402
from places11_table import lexicon  # noqa: E402

HEAD = "Iranian Foreign Minister Abbas Araghchi met Foreign Minister Ishaq Dar "
IN_SENTENCE = {
    "its_office": "its deputy governor, Ali Raza Khan, and ",
    "apposed": "Iran's consul general in Lahore, Kamran Tahir, ",
    "apposed_before": "Kamran Tahir, the deputy minister, ",
    "province_poss": "Kerman's Governor-General Reza Kermani and ",
    "admiral": "the admiral and Rear Admiral Ali Shams and ",
    "institution_run": "Minister of Interior Affairs Security ",
    "foreign_after": "the Deputy Foreign Minister of Tajik Republic State Union ",
    "organisation": "Shanghai Cooperation Organisation Tehran Declaration ",
    "invitation": "at the invitation of the Foreign Office ",
    "capital": "flew into the capital and ",
    "presidency": "at the Presidency ",
    "statement": "said in a statement issued on Friday that ",
    "recalled": "the follow-up to the recent visit of ",
    "paired": "the Iran-Pakistan friendship group chairman, Mr. Ali Raza, ",
    "sidelines": "on the sidelines of the summit in Baku ",
    "hanoi": "in Hanoi ",
    "earlier": "earlier this month ",
    # xleft15: a delegation's list and a companion phrase before many offices
    "received_by": "was received by Deputy Minister Kamran Tahir, ",
    "companion": "Araghchi was accompanied by Deputy Minister Kamran Tahir, ",
    # review22 S1: dates' owners among many cues and triggers in one sentence
    "later_that_day": "Mohsin Naqvi met Eskandar Momeni and later that day went on to Islamabad after the ceremony "
                      "with Major General Mousavi, ",
}
IN_REPORT = {
    "report_admiral": "The admiral met Foreign Minister Ishaq Dar on Monday. ",
    "report_sidelines": HEAD + "on the sidelines of the summit on Monday. ",
    "report_capital": "Iranian Foreign Minister Abbas Araghchi flew into the capital and met Foreign Minister Ishaq Dar on Monday. ",
    "report_office": HEAD + "at the Foreign Office on Monday. ",
    # review22 S2: a trip's length looked for once per reading, not once per visit
    "report_stay": "Eskandar Momeni spent three days in Islamabad and met Mohsin Naqvi. ",
}


def cpu(text: str, lex) -> float:
    t = time.process_time()
    read_report("review16-bench", text, "2024-03-10", lex)
    return time.process_time() - t


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--words", type=int, default=1000)
    ap.add_argument("--sentences", type=int, default=300)
    ap.add_argument("rules", nargs="*")
    args = ap.parse_args()
    lex = lexicon()
    cpu(HEAD + "in Tehran on Monday.", lex)  # warm the lexicon's patterns
    for name in args.rules or [*IN_SENTENCE, *IN_REPORT]:
        if name in IN_SENTENCE:
            unit = IN_SENTENCE[name]
            reps = max(1, args.words // len(unit.split()))
            texts = [HEAD + unit * (reps * k) + "on Monday." for k in (1, 2)]
            size = f"{args.words} / {2 * args.words} words"
        else:
            texts = ["Rear Admiral Shahram Irani arrived in Karachi on Sunday. " + IN_REPORT[name] * (args.sentences * k) for k in (1, 2)]
            size = f"{args.sentences} / {2 * args.sentences} sentences"
        a, b = (cpu(t, lex) for t in texts)
        print(f"{name:18s} {size:24s} {a:8.3f} s {b:8.3f} s  ratio {b / max(a, 1e-6):5.2f}", flush=True)


if __name__ == "__main__":
    main()
