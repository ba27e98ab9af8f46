"""One module per skill; each offers ``build(analysis) -> list[Candidate]``."""

from quizapp.generation.skills import (
    anonymous_source,
    attribution_verb,
    contributors,
    dateline,
    detail,
    evidence,
    fact_opinion,
    hedge,
    main_event,
    number,
    photo,
    quote_speaker,
    single_source,
    source_credentials,
    source_type,
    true_false,
)

BUILDERS = {
    "main-event": main_event.build,
    "detail": detail.build,
    "number": number.build,
    "true-false": true_false.build,
    "quote-speaker": quote_speaker.build,
    "source-credentials": source_credentials.build,
    "source-type": source_type.build,
    "anonymous-source": anonymous_source.build,
    "single-source": single_source.build,
    "attribution-verb": attribution_verb.build,
    "hedge": hedge.build,
    "fact-opinion": fact_opinion.build,
    "dateline": dateline.build,
    "contributors": contributors.build,
    "photo": photo.build,
    "evidence": evidence.build,
}
