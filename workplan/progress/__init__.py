"""Progress tracking (督查督办): the store, the 台账 read back, lights, rates and the bulletin.

`Corpus` (and its `Selection`) is imported here and nowhere else in the package, so moving it is a one-line
change."""

from ..corpus import Corpus, Selection

__all__ = ["Corpus", "Selection"]
