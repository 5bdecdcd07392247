"""A reading's time budget survives a swallowed alarm (breaker of round 24): Python drops an
exception raised inside a __del__ or gc callback, so the budget's timer must fire again."""

import signal
import time

import pytest

from pakiran_events.extract.run import OverBudget, budget

pytestmark = pytest.mark.skipif(not hasattr(signal, "setitimer"), reason="no SIGALRM interval timer on this platform")


def test_the_budget_fires_again_after_its_first_alarm_is_swallowed():
    swallowed = 0
    with pytest.raises(OverBudget), budget(0.05):
        give_up = time.monotonic() + 30  # a bound so a broken timer fails the test instead of hanging it
        while time.monotonic() < give_up:
            try:
                while time.monotonic() < give_up:
                    pass
            except OverBudget:
                swallowed += 1  # as a __del__ would: the first alarm is lost
                if swallowed > 1:
                    raise
    assert swallowed == 2


def test_no_alarm_is_left_armed_after_the_budget():
    with budget(5):
        pass
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
