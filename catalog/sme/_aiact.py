"""A short guided questionnaire that gives an AI project's likely AI Act risk class (Regulation (EU) 2024/1689).

It is an orientation for the programme finder (sandboxes suit high-risk and general-purpose AI), not
legal advice: the answer says which question decided it. Questions are asked from the most to the
least severe class, and the first "yes" decides:

1. a prohibited practice (Art. 5: social scoring, manipulation, untargeted facial scraping, ...) -> unacceptable
2. providing a general-purpose AI model (Art. 51-55) -> gpai
3. a safety component of a regulated product, or an Annex III use (employment, education, credit,
   essential services, law enforcement, migration, justice, critical infrastructure, biometrics) -> high
4. talking with people, generating content or recognising emotions (Art. 50 transparency) -> limited
5. otherwise -> minimal. Any question left unanswered before a "yes" makes the result ``unknown``.
"""

from __future__ import annotations

from dataclasses import dataclass

from catalog.text.programmes import AI_ACT_APPLIES, AI_ACT_QUESTIONS


@dataclass(frozen=True)
class Question:
    id: str
    risk: str            # the class a "yes" gives

    def text(self, language: str) -> str:
        """The question in ``language`` ("fr", anything else: English)."""
        return AI_ACT_QUESTIONS[self.id]["fr" if language == "fr" else "en"]


QUESTIONS: tuple[Question, ...] = (
    Question("prohibited", "unacceptable"),
    Question("gpai", "gpai"),
    Question("high", "high"),
    Question("limited", "limited"),
)


@dataclass(frozen=True)
class RiskAnswer:
    """The class the answers give and the question that decided it (None: no "yes", or unanswered)."""

    risk: str
    decided_by: str | None

    def applies(self, language: str) -> str:
        """When the obligations of this class apply, in ``language`` (empty for ``unknown``)."""
        dates = AI_ACT_APPLIES.get(self.risk)
        return dates["fr" if language == "fr" else "en"] if dates else ""


def classify_ai_act_risk(answers: dict[str, bool | None]) -> RiskAnswer:
    """The likely AI Act risk class for ``answers`` (question id -> True / False / None for "don't know").

    Raises :class:`ValueError` naming an unknown question id.
    """
    unknown = sorted(set(answers) - {q.id for q in QUESTIONS})
    if unknown:
        raise ValueError(f"unknown question(s) {', '.join(unknown)}; expected {', '.join(q.id for q in QUESTIONS)}")
    for question in QUESTIONS:
        answer = answers.get(question.id)
        if answer is None:
            return RiskAnswer("unknown", question.id)
        if answer:
            return RiskAnswer(question.risk, question.id)
    return RiskAnswer("minimal", None)


__all__ = ["QUESTIONS", "Question", "RiskAnswer", "classify_ai_act_risk"]
