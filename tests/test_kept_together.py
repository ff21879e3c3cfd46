"""A figure stays with its word when a staff panel line wraps: the text shown joins them, nothing else."""

from __future__ import annotations

from core.kept_together import NO_BREAK, citations_kept, kept_together


def test_each_figure_is_joined_to_the_word_after_it() -> None:
    shown = kept_together("1 visitor session, 69 s on average; 2 areas opened; a touch 1 of 2 times; 1 reset")
    assert shown.split(NO_BREAK) == [
        "1",
        "visitor session, 69",
        "s on average; 2",
        "areas opened; a touch 1",
        "of 2",
        "times; 1",
        "reset",
    ]


def test_a_figure_no_word_follows_is_joined_to_the_word_before_it() -> None:
    assert kept_together("Top areas: Calves 1, Chin 12") == f"Top areas: Calves{NO_BREAK}1, Chin{NO_BREAK}12"
    assert kept_together("content version 1.2, reviewed") == f"content version{NO_BREAK}1.2, reviewed"
    assert kept_together("The whole show (3 days)") == f"The whole show (3{NO_BREAK}days)"


def test_file_lines_options_and_words_with_digits_are_left_alone() -> None:
    for text in ("stand.yaml:3: warning_s: 'ten' is not a number", "--set-pin", "pytest-12/usb", "A4 paper"):
        assert kept_together(text) == text
    assert kept_together("") == ""


def test_a_citation_s_kind_is_joined_to_its_source() -> None:
    shown = citations_kept("Source: NuFACE 510(k) summaries · label; 7E Wellness · [salon](topic:sources)")
    assert shown == "Source: NuFACE 510(k) summaries\u00a0·\u00a0label; 7E Wellness\u00a0·\u00a0[salon](topic:sources)"
    assert citations_kept("A·B and C") == "A·B and C"


def test_a_path_breaks_only_after_a_folder_s_slash() -> None:
    shown = kept_together("OK: 19 areas from /work/wt-polish/data")
    assert shown == "OK: 19\u00a0areas from /\u2060work/wt-\u2060polish/data"
    assert kept_together("atlas --settings /srv/a.yaml --set-pin") == "atlas --settings /\u2060srv/a.yaml --set-pin"
