"""Names folded for lists and pickers as they are folded everywhere else."""

from hypothesis import given
from hypothesis import strategies as st

from rmentor.models.text.names import fold
from rmentor.models.text.names import fold_text

TRICKY = [
    "Öztürk",
    "Łukasz",
    "İlkay",
    "straße",
    "Æsa ﬁn",
    "Zoë van 't Hof",
    "Nguyễn Thị",
    "a\u00adb",
]


@given(st.lists(st.sampled_from(TRICKY), max_size=3).map(" ".join) | st.text(max_size=30))
def test_a_name_folded_a_character_at_a_time_is_folded_as_a_whole(text):
    assert fold_text(text) == fold(text)[0]


def test_a_name_in_parts_the_list_holds_apart_is_replaced_once():
    from rmentor.models.text.names import NameFinder

    finder = NameFinder.for_people([("Anne-Marie Josephine", "van der Heijden", "")])
    assert finder.replace("Anne-Marie zag het, met Anne Heijden.", "[name]") == (
        "[name] zag het, met [name]."
    )
    # two names apart stay two
    assert finder.replace("Anne en Marie", "[name]") == "[name] en [name]"
