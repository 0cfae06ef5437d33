"""The Qt user interface.

The domain modules the window needs at start are imported here, before Qt is: PySide
reads the source of every module imported after it, looking for its __feature__
switches (some 50 ms of a start-up for the window's seventy-odd modules)."""

from rmentor.models.figures import attention  # noqa: F401
from rmentor.models.outreach import mail_texts  # noqa: F401
from rmentor.models.programme import journal  # noqa: F401
from rmentor.models.programme import programmes  # noqa: F401
from rmentor.models.storage import datafile  # noqa: F401
