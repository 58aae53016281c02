"""The closed sets people type and read (roles, kinds, statuses, lights, output words): one class that
parses English or Chinese in any case and width, with no other dependency, so that matching and the
model can both use it."""

from __future__ import annotations

import enum
import unicodedata


class Vocabulary(str, enum.Enum):
    """A closed set: the English value is the JSON and option word, `label` the Chinese one people read.

    `parse` accepts either, in any case and width, plus the extra Chinese words a member lists."""

    label: str
    synonyms: tuple[str, ...]

    def __new__(cls, value: str, label: str, *synonyms: str) -> Vocabulary:
        member = str.__new__(cls, value)
        member._value_ = value
        member.label = label
        member.synonyms = synonyms
        return member

    @staticmethod
    def word(text: str) -> str:
        """A word as the vocabularies compare it: any width, any case, no surrounding space."""
        return unicodedata.normalize("NFKC", text).strip().casefold()

    @classmethod
    def parse(cls, text: str) -> Vocabulary | None:
        word = cls.word(text)
        for member in cls:
            if word in (member.value, member.label, *member.synonyms):
                return member
        return None

    @classmethod
    def words(cls) -> list[str]:
        """Every accepted spelling, for help and error messages: value|label."""
        return [f"{m.value}|{m.label}" for m in cls]
