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


@dataclass(frozen=True)
class Question:
    id: str
    risk: str            # the class a "yes" gives
    text_fr: str
    text_en: str

    def text(self, language: str) -> str:
        return self.text_fr if language == "fr" else self.text_en


QUESTIONS: tuple[Question, ...] = (
    Question("prohibited", "unacceptable",
             "Le système note-t-il socialement des personnes, manipule-t-il des comportements ou collecte-t-il "
             "des visages sans ciblage (pratiques interdites, art. 5) ?",
             "Does the system score people socially, manipulate behaviour or scrape faces untargeted "
             "(prohibited practices, Art. 5)?"),
    Question("gpai", "gpai",
             "Fournissez-vous un modèle d'IA à usage général (un grand modèle réutilisable par d'autres) ?",
             "Do you provide a general-purpose AI model (a large model others build on)?"),
    Question("high", "high",
             "Est-il utilisé pour l'emploi, l'éducation, le crédit, les services essentiels, la justice, la "
             "migration, les infrastructures critiques, la biométrie, ou comme composant de sécurité d'un "
             "produit réglementé (annexes I et III) ?",
             "Is it used for employment, education, credit, essential services, justice, migration, critical "
             "infrastructure, biometrics, or as a safety component of a regulated product (Annexes I and III)?"),
    Question("limited", "limited",
             "Dialogue-t-il avec des personnes, génère-t-il du texte, des images ou des sons, ou reconnaît-il "
             "des émotions (obligations de transparence, art. 50) ?",
             "Does it talk with people, generate text, images or sound, or recognise emotions (transparency "
             "duties, Art. 50)?"),
)


@dataclass(frozen=True)
class RiskAnswer:
    """The class the answers give and the question that decided it (None: no "yes", or unanswered)."""

    risk: str
    decided_by: str | None


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
