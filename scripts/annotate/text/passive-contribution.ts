/**
 * A contribution or a study stated in the passive, as the earth sciences, the physical sciences and older journals
 * write them: "A correction technique is proposed in order to …", "A new technique for
 * statistically downscaling … is introduced", "A simple … etching process … is reported", "Here, such a risk is
 * investigated with …".
 * The subject is one thing the paper brings or looks at (an indefinite "a", "this", "such a"; after "In this
 * paper," or "Here," also "the": "In this paper, the test results of a … prototype are reported"), the verb in the
 * present tense: "Many methods are proposed", "a method was proposed by …" and
 * "has been proposed" report others' work and stay out.
 */

// The paper named as the sentence's frame: "Here,", "In this study,", "In the present paper,", "In the presented paper,".
const FRAME = String.raw`(?:here|in (?:this|the (?:present|presented|current)) (?:paper|work|study|article))`;
// "Here, a …", "In this study, a …", "A …", "This …", "Such a …"; after the label "Abstract" some
// journals' exports open the abstract with ("Abstract A new technique … is introduced").
const SUBJECT = String.raw`^(?:abstract[:.]?\s+)?(?:${FRAME},?\s+)?(?:an?|this|such an?)\s`;
// The subject's words up to its verb: no sentence break, no quantity of others' work (a ratio's colon, "1:20", is no break).
const SUBJECT_WORDS = String.raw`(?:(?!\b(?:variety|number|range|lot|host|series) of\b)[^;.:]|\.\d|(?<=\d):(?=\d)){0,240}?`;
const VERB = String.raw`\s(?:is|are)\s+(?:here\s+|also\s+|first\s+|then\s+|\w+ly\s+)?`;

// "A simple and fast etching process … is reported": a thing the paper brings, reported in the present as a chemist or a
// physicist writes it ("We report …" in the passive).
const CONTRIBUTION = new RegExp(String.raw`${SUBJECT}${SUBJECT_WORDS}${VERB}(?:propos|introduc|present|develop|formulat|devis|report)ed\b`, 'i');
// "In this paper, the test results of a … prototype are reported", "In this paper a rate equation approach is described, which
// …": with the paper named as the sentence's frame, a definite subject is the paper's own too, and reporting or describing it
// (whatever its article) is what the paper brings.
const FRAMED = new RegExp(
	String.raw`^${FRAME},?\s+(?:the|these|our|an?|this)\s${SUBJECT_WORDS}${VERB}(?:propos|introduc|present|develop|report|describ)ed\b`,
	'i',
);
// "Here, a calibration scheme has been developed for …", "In this review, the main sampling methods have been discussed": with the paper named as
// the frame, the perfect passive is the paper's own (without it, "has been proposed" reports others' work).
const FRAMED_PERFECT = new RegExp(
	String.raw`^(?:here|in this (?:paper|work|study|article|review)),?\s+(?:an?|the|this|these|our)\s${SUBJECT_WORDS}\s(?:has|have)\s+been\s+(?:propos|introduc|present|develop|formulat|devis|describ|discuss|review)ed\b`,
	'i',
);
// "A quality predictive model of stored fish was proposed in this paper": the paper named after the verb makes the
// contribution its own whatever the tense and the subject's article (without it, "was proposed" may report others' work).
const IN_THIS_PAPER = /\b(?:is|are|was|were)\s+(?:\w+ly\s+|also\s+|first\s+)?(?:propos|introduc|present|develop|describ|formulat|devis|design)ed\s+(?:in|by)\s+(?:this|the present)\s+(?:paper|work|study|article|thesis|research)\b/i;
const STUDY = new RegExp(String.raw`${SUBJECT}${SUBJECT_WORDS}${VERB}(?:investigated|examined|studied|assessed|analy[sz]ed|explored|quantified)\b`, 'i');

/**
 * Whether `sentence` states in the passive what the paper brings: "A correction technique is proposed …", "In this
 * paper, the test results of the prototype are reported".
 */
export function contributesPassively(sentence: string): boolean {
	return CONTRIBUTION.test(sentence) || FRAMED.test(sentence) || FRAMED_PERFECT.test(sentence) || IN_THIS_PAPER.test(sentence);
}

// "The effects of taphonomic deformation are investigated in two ankylosaurid taxa": a definite subject studied in the
// present passive is the paper's own study wherever it stands; others' study is told in the past or the perfect, or
// marked as often done ("is widely studied", "are investigated by many authors", "in previous studies"). How the paper studies
// it may stand before the verb ("are theoretically studied within the framework of …"), as it may after it.
const DEFINITE_STUDY = new RegExp(
	String.raw`^the\s${SUBJECT_WORDS}\s(?:is|are)\s+(?:here\s+)?(?:(?:theoretically|experimentally|numerically|analytically|computationally|empirically|systematically|quantitatively|qualitatively|statistically)\s+)?(?:investigated|examined|studied|analy[sz]ed|explored|quantified)\b(?!\s+(?:by|in\s(?:many|several|previous|prior|earlier|recent|the literature)|extensively|widely))`,
	'i',
);
const OFTEN = /\b(?:widely|extensively|often|frequently|commonly|intensively|increasingly|traditionally|usually)\s+(?:been\s+)?(?:investigated|examined|studied|analy[sz]ed|explored|quantified)\b/i;

// "In this study, this technology is applied to a passive solar system …": with the paper named as the frame, what is
// applied to what is the study an application paper makes (without the frame, "X is applied to three datasets" is a step).
const FRAMED_APPLICATION = new RegExp(
	String.raw`^${FRAME},?\s+(?:the|these|this|our|an?)\s${SUBJECT_WORDS}${VERB}applied\s+(?:to|in)\b`,
	'i',
);

// "In this study, the aerodynamic … characteristics of multirotor aircraft … are compared using two control methods": with the
// paper named as the frame, a definite subject studied, compared or evaluated in the present passive is the paper's study.
const FRAMED_STUDY = new RegExp(
	String.raw`^${FRAME},?\s+(?:the|these|our)\s${SUBJECT_WORDS}${VERB}(?:investigated|examined|studied|assessed|analy[sz]ed|explored|quantified|compared|evaluated|characteri[sz]ed)\b`,
	'i',
);
// "To address these limitations, the use of a flexible fibre bundle … has been investigated": the answer to the gap the
// abstract has just stated, told in the passive, is the paper's own study or contribution, in the present or the perfect
// (others' work is not the answer to the limitations the paper sets out).
const ANSWERED = new RegExp(
	String.raw`^to (?:address|overcome|tackle|solve|mitigate|remedy|alleviate) (?:this|these|such|the above)\b[^,;.]*,\s+(?:the|a|an|this)\s${SUBJECT_WORDS}\s(?:is|are|has been|have been)\s+(?:\w+ly\s+)?(?:investigated|studied|examined|explored|proposed|developed|introduced|presented|designed)\b`,
	'i',
);

/** Whether `sentence` states in the passive what the paper studies: "Here, such a risk is investigated …". */
export function studiesPassively(sentence: string): boolean {
	return STUDY.test(sentence) || FRAMED_APPLICATION.test(sentence) || FRAMED_STUDY.test(sentence) || ANSWERED.test(sentence);
}

/**
 * Whether a sentence after the opening states in the present passive, with a definite subject, what the paper
 * studies: "The effects of taphonomic deformation are investigated in two taxa" (the opening one is `studiesInOpening`).
 */
export function studiesInPresent(sentence: string): boolean {
	return DEFINITE_STUDY.test(sentence) && !OFTEN.test(sentence);
}

// "A method was developed for registering …", "An algorithm was designed to …": the past passive of a
// contribution with an indefinite subject, no agent and no time before now ("recently", "previously").
// "The first national single-step genetic evaluation was developed for …": a first or new thing, opening the abstract, is
// the paper's own too.
const PAST_SUBJECT = String.raw`(?:${SUBJECT}|^the\s(?:first|new|novel)\s)`;
const PAST_OPENING = new RegExp(
	String.raw`${PAST_SUBJECT}${SUBJECT_WORDS}\s(?:was|were)\s+(?:first\s+)?(?:developed|proposed|designed|introduced|devised|formulated|constructed|implemented)\b(?!\s+(?:by|in\s(?:19|20)\d\d)\b)`,
	'i',
);

const EARLIER = /\b(?:recently|previously|earlier|already|formerly)\b/i;

/**
 * Whether the opening sentence of an abstract states in the past passive what the paper brings: "A method
 * was developed for registering …". Only the opening sentence: later, "a method was proposed" may report
 * what others did, as it does after "by".
 */
export function contributesInPastOpening(sentence: string): boolean {
	return PAST_OPENING.test(sentence) && !EARLIER.test(sentence);
}

// "The electronic behavior of various metals … is investigated by means of density functional theory": the present
// passive of a verb of study with a definite subject, opening the abstract. Natural history and older journals state the
// study so in the past as well ("The natural ecology of X was investigated at three marshes during 1986–1989"), and a life
// cycle or a behaviour "is described"; another's study opening an abstract names its author ("was examined by Smith").
// Field sciences open so with a bare plural or mass noun too, and bracket a taxon's order in it ("Anopheles (Diptera:
// Culicidae) species composition and distribution were studied using …"); a quantifier opening ("Many species were
// studied …") speaks of others' work.
const OPENING_SUBJECT = String.raw`(?:the\s|(?!(?:many|few|several|some|most|numerous|various|these|those|such|previous|earlier|recent|other|it|this|there)\b))`;
const BRACKETED_SUBJECT_WORDS = String.raw`(?:\([^();]{0,80}\)|(?!\b(?:variety|number|range|lot|host|series) of\b)[^;.:()]|\.\d){0,240}?`;
// "Gait is studied widely": how much a subject is studied speaks of the field, not of this paper.
const NOT_HOW_OFTEN = String.raw`(?!\s+(?:widely|extensively|intensively|frequently|often|commonly|increasingly|rarely|poorly|little|well)\b)`;
const OPENING_STUDY = new RegExp(
	String.raw`^(?:abstract[:.]?\s+)?${OPENING_SUBJECT}${BRACKETED_SUBJECT_WORDS}\s(?:is|are|was|were)\s+(?:here\s+|also\s+|first\s+)?(?:investigated|examined|studied|analy[sz]ed|explored|quantified|described)\b${NOT_HOW_OFTEN}`,
	'i',
);
// "… was examined by Smith": the study's author named after it, capitalised (case matters here, so apart from the pattern above).
const BY_AUTHOR = /^\s+by\s+[A-Z]/;

/**
 * Whether the opening sentence of an abstract states in the passive what the paper studies: "The effect of X on Y is
 * examined.", "The ecology of X was investigated at three sites." Nothing comes before it that it could report
 * ("was examined by Smith" names another's study, and is left out).
 */
export function studiesInOpening(sentence: string): boolean {
	const study = OPENING_STUDY.exec(sentence);
	return study !== null && !BY_AUTHOR.test(sentence.slice(study.index + study[0].length));
}

// "Nano-texturing of a silicon surface has been achieved via one-step copper-assisted chemical etching (CACE), which …": a
// thing achieved, in the perfect passive, and the means it was achieved by.
const ACHIEVED_BY = /^[^;:]{3,160}?\s(?:has|have)\s+been\s+(?:\w+ly\s+)?(?:achieved|realized|realised|accomplished|attained)\s+(?:via|by|using|through|with)\s/i;
const SOME_TIME = /\b(?:recent(?:ly)?|previously|decades?|years?|past|so far|to date|already)\b/i;

/**
 * Whether an opening sentence states, in the perfect passive, a thing achieved by a means: "Nano-texturing of a silicon
 * surface has been achieved via one-step copper-assisted chemical etching (CACE), …". Others' achievements open abstracts
 * too ("Remarkable success has been achieved by deep networks in recent years"), so the caller asks also that the sentence
 * restate the title; a time before now ("recently", "over the past decade") marks the field's progress, never the paper's.
 */
export function achievesInOpening(sentence: string): boolean {
	return ACHIEVED_BY.test(sentence) && !SOME_TIME.test(sentence);
}

// "Adult mosquitoes of the X group were surveyed from different regions of Thailand …", "Species composition and distribution
// were studied using landing catch data over a 35-yr period": field surveys open with what was studied, often without an
// article (`studiesInOpening` asks for "the"), in the past passive and with where, when or how it was done. A quantifier or a time before now marks others' work ("Many
// species were studied in the 1960s", "were previously surveyed"), and stays out.
const SURVEY_OPENING =
	/^[A-Z](?:\([^()]{0,60}\)|[^;.:?()]){0,200}?\s(?:was|were)\s+(?:\w+ly\s+)?(?:investigated|examined|studied|surveyed|analy[sz]ed|explored|quantified|sampled|monitored)\s+(?:using|with|from|at|in|during|over|across|throughout)\b/;
const QUANTIFIED = /^(?:many|several|most|some|few|these|those|such|other|previous|prior|earlier|recent|past)\b/i;

/**
 * Whether the opening sentence of an abstract states a field survey in the past passive, with where, when or how it was
 * done: "Adult mosquitoes were surveyed from different regions of Thailand …".
 */
export function surveysInOpening(sentence: string): boolean {
	return SURVEY_OPENING.test(sentence) && !QUANTIFIED.test(sentence) && !EARLIER.test(sentence) && !OFTEN.test(sentence);
}
