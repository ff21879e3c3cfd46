"""Back and Forward as a reader presses them: the page each press shows, and when the buttons are live."""

from __future__ import annotations

from core.history import History


def buttons(history: History) -> tuple[bool, bool]:
    return history.can_go_back(), history.can_go_forward()


def test_a_fresh_history_shows_home_with_both_buttons_off() -> None:
    history = History("home")
    assert history.current == "home" and buttons(history) == (False, False)
    assert history.back() == "home" and history.forward() == "home"  # pressing a dead button changes nothing
    assert buttons(history) == (False, False)


def test_visiting_a_new_page_turns_back_on_and_says_it_moved() -> None:
    history = History("home")
    assert history.visit("area:neck") is True
    assert history.current == "area:neck" and buttons(history) == (True, False)
    assert history.visit("area:neck") is False  # the page already shown: nothing to go back to
    assert history.back() == "home" and buttons(history) == (False, True)


def test_back_after_forward_returns_to_the_page_before() -> None:
    history = History("home")
    for ref in ("area:neck", "topic:faq", "area:jaw"):
        history.visit(ref)
    assert [history.back(), history.back()] == ["topic:faq", "area:neck"]
    assert history.forward() == "topic:faq" and buttons(history) == (True, True)
    assert history.back() == "area:neck"
    assert [history.forward(), history.forward()] == ["topic:faq", "area:jaw"]
    assert buttons(history) == (True, False)
    assert history.forward() == "area:jaw"
    assert [history.back(), history.back(), history.back()] == ["topic:faq", "area:neck", "home"]
    assert history.back() == "home" and buttons(history) == (False, True)


def test_a_new_page_after_going_back_drops_the_forward_pages() -> None:
    history = History("home")
    history.visit("area:neck")
    history.visit("topic:faq")
    history.back()
    history.visit("area:jaw")
    assert buttons(history) == (True, False)
    assert history.forward() == "area:jaw"
    assert history.back() == "area:neck" and history.back() == "home"


def test_reset_starts_over_at_home_with_no_history() -> None:
    history = History("home")
    history.visit("area:neck")
    history.visit("topic:faq")
    history.back()
    history.reset()
    assert history.current == "home" and buttons(history) == (False, False)
    assert history.visit("area:jaw") and history.back() == "home"
