"""Content that belongs on one page, shrunk a little to stay there."""

from reportlab.platypus import KeepInFrame
from reportlab.platypus import KeepTogether
from reportlab.platypus.flowables import _listWrapOn

SMALLEST = 0.88  # shrunk no further: its small print must stay readable


class OnOnePage(KeepInFrame):
    """A page's content (a report's page 1, its notes on how figures are counted) on that
    one page: a little smaller where it runs a few lines over (a Dutch anonymised report
    left two lines alone on a page of their own, twice); where it runs far over, it flows
    on as it is rather than in small print."""

    def __init__(self, content: list):
        # a KeepTogether, one page or not, says it needs any height (to be split): within
        # one page its parts are together anyway
        super().__init__(0, 0, list(_parts(content)), mode="shrink")
        self.content = content
        self.flows = False

    def wrap(self, available_width, available_height):
        self.maxWidth, self.maxHeight = available_width, available_height
        _width, needed = _listWrapOn(self._content, available_width, self.canv)
        self.flows = needed * SMALLEST > available_height
        if self.flows:  # too tall: the frame splits it into its own parts
            return available_width, needed
        return super().wrap(available_width, available_height)

    def split(self, available_width, available_height):
        if self.flows:
            return list(self.content)
        return super().split(available_width, available_height)


def _parts(flowables: list):
    for flowable in flowables:
        if isinstance(flowable, KeepTogether):
            yield from _parts(flowable._content)
        else:
            yield flowable
