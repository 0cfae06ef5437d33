"""The window's tabs. The overview, shown first, is built with the window; the others
when first shown or asked for, their modules imported then, so start-up builds and
imports only what its first paint shows. Until then each has a blank page of its name."""

from PySide6.QtWidgets import QWidget

from rmentor.ui.common import mnemonics

ORDER = ("overview", "participants", "pairings", "journal", "follow_up")


def _participants() -> QWidget:
    from rmentor.ui.tabs.participants_tab import ParticipantsTab

    return ParticipantsTab()


def _pairings() -> QWidget:
    from rmentor.ui.tabs.pairings_tab import PairingsTab

    return PairingsTab()


def _journal() -> QWidget:
    from rmentor.ui.tabs.journal_tab import JournalTab

    return JournalTab()


def _follow_up() -> QWidget:
    from rmentor.ui.tabs.follow_up_tab import FollowUpTab

    return FollowUpTab()


LATER = {
    "participants": _participants,
    "pairings": _pairings,
    "journal": _journal,
    "follow_up": _follow_up,
}


class TabPages:
    def __init__(self, window, overview: QWidget, titles: dict[str, str]):
        self.window = window
        self.built: dict[str, QWidget] = {"overview": overview}
        self.letters: set = set()  # the menus' Alt letters, which a tab's buttons avoid
        self.showing = None  # (file or server, programme id) the tabs' rows are of
        for name in ORDER:
            page = self.built.get(name) or QWidget()
            page.setObjectName(name)
            window.tabs.addTab(page, titles[name])

    def get(self, name: str) -> QWidget:
        if name not in self.built:
            self.built[name] = self._build(name)
        return self.built[name]

    def all(self) -> list[QWidget]:
        """The tabs built so far: a tab built later takes the window's state then."""
        return [self.built[name] for name in ORDER if name in self.built]

    def programme_shown(self, showing: tuple) -> None:
        """Another programme or file: no row picked in the one before stays picked. The
        same id there is someone else, and the Reports menu's pair documents (which
        follow the pairings tab's row) would name one pair and print another."""
        if showing != self.showing:
            self.showing = showing
            for tab in self.all():
                view = getattr(tab, "view", None)
                if view is not None:
                    view.clearSelection()

    def shown(self) -> QWidget:
        return self.get(self.window.tabs.currentWidget().objectName())

    def _build(self, name: str) -> QWidget:
        w = self.window
        tab = LATER[name]()
        tab.setObjectName(name)
        tab.changed.connect(w.history.collect)  # a change made outside a named step
        tab.changed.connect(lambda: w.mark_changed(tab))
        if name == "pairings":
            tab.open_journal.connect(w.show_journal)
            for action, menu_action in (
                (tab.agreement_pdf_action, w.agreement_pdf_action),
                (tab.summary_pdf_action, w.summary_pdf_action),
            ):  # the Reports menu's items do what the tab's do, when they can
                action.changed.connect(lambda a=action, m=menu_action: m.setEnabled(a.isEnabled()))
                menu_action.setEnabled(action.isEnabled())
        elif name == "follow_up":
            tab.open_meeting.connect(w.show_meeting)
        mnemonics.assign(tab, self.letters)
        tab.set_read_only(w.session.read_only)
        tabs = w.tabs
        index = ORDER.index(name)
        page, shown = tabs.widget(index), tabs.currentIndex() == index
        tooltip = tabs.tabToolTip(index)
        tabs.blockSignals(True)  # the window loads the tab when it is shown, as any other
        tabs.insertTab(index, tab, tabs.tabText(index))
        tabs.removeTab(index + 1)
        tabs.setTabToolTip(index, tooltip)
        if shown:
            tabs.setCurrentIndex(index)
        tabs.blockSignals(False)
        page.deleteLater()
        w.stale.add(tab)  # never read yet
        return tab
