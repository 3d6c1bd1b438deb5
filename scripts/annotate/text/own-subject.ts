/**
 * A sentence whose grammatical subject is the paper itself, whatever its verb: "This paper compares
 * the accuracy of …", "This study adds to our understanding of …", "This tutorial navigates the
 * landscape of …", "The current research examines …", "In this study, we incorporate landscape
 * metrics into …". The verb lists of `tldr.ts` name how papers usually say what they do; this reads
 * the subject instead, so a verb no list holds ("navigates", "incorporate", "adds to") still states
 * what the paper does. A sentence about the paper's layout ("This paper is organized as follows") or
 * its funding is no such statement: the copula and "has/was" are left out; nor is what the paper uses
 * ("This study takes advantage of three wildfires", "This paper draws on …"), which is its material or
 * its means, a step of the method. A review names its kind ("This scoping review is an overview of …"), a
 * psychology paper its counted studies ("Three studies investigated …"), a book's blurb its author ("Hale tells …").
 */

/** The paper named by a noun of its kind: "this paper", "the current research", "this tutorial". */
// Reviews, books and reference works name themselves too: "This review article highlights …", "This book traces …",
// "This entry surveys …", "This perspective argues …".
// The kind of study or review may stand between ("this scoping review", "the present pilot study").
// A practical book names itself by its use: "This practical manual gives the reader …", "This handbook covers …".
export const THIS_WORK = String.raw`(?:this|the (?:present|current))(?: (?:narrative|systematic|scoping|critical|brief|short|comprehensive|pilot|cross-sectional|retrospective|prospective|longitudinal|qualitative|exploratory|observational|practical))? (?:paper|work|study|thesis|research(?: paper)?|article|manuscript|letter|(?:review|survey|research|position|opinion)(?: (?:paper|article))?|tutorial|primer|report|note|chapter|dissertation|book|volume|essay|entry|monograph|commentary|perspective|overview|editorial|manual|handbook|textbook|guidebook)`;
// Opening with the paper as subject, after "Here," or a short fronted phrase ("To address this gap,"),
// then a finite verb in -s that is no auxiliary (an adverb may stand between).
const PAPER_ACTS = new RegExp(
	String.raw`^(?:(?:here|overall|finally|altogether|taken together|to [\w\s-]{1,40}?|in [\w\s-]{1,40}?),\s+)?${THIS_WORK}\s+(?:[a-z]+ly\s+)?(?!(?:is|was|has|does|constitutes|represents|aims|seeks|tries|attempts|uses|employs|utili[sz]es|takes|draws|relies|builds|leverages|exploits|follows|includes|contains|consists)\b)[a-z]+(?:s|es)\b`,
	'i',
);
// A review, a book or a reference work says what it does with "the" too, opening the sentence: "The article discusses
// the potential of …", "The book traces …", "The chapter examines …" ("the study" or "the paper" may be another's).
const THE_WORK_ACTS = new RegExp(
	String.raw`^the (?:article|book|chapter|volume|essay|entry|monograph|review article)\s+(?:[a-z]+ly\s+)?(?!(?:is|was|has|does|uses|takes|draws|relies|builds|follows|includes|contains|consists)\b)[a-z]+(?:s|es)\b`,
	'i',
);
// "In this study, we incorporate …", "Here, we navigate …": the paper's own frame, then "we" and a verb.
const IN_PAPER_WE = new RegExp(String.raw`^(?:in ${THIS_WORK.replace('(?:this|the (?:present|current))', 'this')}|here(?:in)?),?\s+we\s+(?:[a-z]+ly\s+)?(?!(?:are|were|have|had|can|could|will|would|may|might|must|should|do|did)\b)[a-z]+\b`, 'i');

// "This scoping review is an overview of …", "This book is a history of …": the paper saying what kind
// of work it is, with a copula; "This paper is organized as follows" names no kind. "constitutes" and "represents" are
// copulas too: "This review constitutes a synthesis of …" names its kind, "This review constitutes a useful tool for …" only
// praises it, and is no act of the paper's (`PAPER_ACTS`).
const NAMES_ITS_KIND = new RegExp(
	String.raw`^${THIS_WORK}\s+(?:is|constitutes|represents|offers|provides)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:comparison|review|overview|synthesis|survey|account|analysis|examination|investigation|history|introduction|guide|summary|update|appraisal|description|discussion|exploration)\s+of\b`,
	'i',
);

// "This paper is the first comparative study described results of …": the paper calling itself the first of its kind
// names its kind and its novelty at once, whatever follows the noun.
const FIRST_OF_ITS_KIND = new RegExp(
	String.raw`^${THIS_WORK}\s+(?:is|constitutes|represents)\s+the\s+first\s+(?:[\w-]+\s+){0,3}?(?:study|comparison|review|analysis|investigation|attempt|report|description|survey|assessment|evaluation|examination|demonstration|application)\b`,
	'i',
);

/**
 * Whether the sentence has the paper for its subject, saying what kind of work it is.
 *
 * @example namesItsKind('This scoping review is an overview of gait training after stroke.') // true
 * @example namesItsKind('This paper is the first comparative study of wheeled and tracked robots.') // true
 * @example namesItsKind('This paper is organized as follows.') // false
 */
export function namesItsKind(sentence: string): boolean {
	return NAMES_ITS_KIND.test(sentence) || FIRST_OF_ITS_KIND.test(sentence);
}

// "This article examines …", "The article investigates …": the paper opening the sentence with a verb of inquiry, what it
// sets out to do; "This work lays a basis for …", "This study uncovers …" close an abstract on what it found. The humanities
// and the field sciences say it with a verb of taking issue too ("This article challenges X's diagnosis …", "The present
// study concerns …"). The social sciences state the study by the association it tests, in either tense ("This study tested
// the temporal association between …"): "this study" is the paper's own, where "we tested" may be one step of several.
// A teaching case calls itself "the case" ("The case describes how two women started up …"); a clinical case report
// "illustrates" or "highlights" what its case teaches, a verb no list here holds. "This article delves into …", "This chapter
// looks at …": an inquiry in other words.
const PAPER_INQUIRES = new RegExp(
	String.raw`^(?:here,?\s+)?(?:${THIS_WORK}|the (?:article|book|chapter|essay|entry|monograph)|(?:this|the) (?:teaching )?case)\s+(?:[a-z]+ly\s+)?(?:examines|investigates|explores|analy[sz]es|asks|traces|surveys|reviews|studies|considers|discusses|describes|offers|outlines|measures|compares|assesses|evaluates|addresses|focuses|maps|documents|reconstructs|concerns|challenges|questions|revisits|rethinks|interrogates|critiques|problemati[sz]es|test(?:s|ed)|delves\s+into|looks\s+(?:into|at))\b`,
	'i',
);

// "This study investigated pure stands and mixtures of …", "The present study analyzed the response of …": the field sciences
// tell their study in the past with the paper as subject; "this study" is the paper's own in either tense (the past of
// "the article" or "the case" may be another's, and stays out).
const PAPER_INQUIRED = new RegExp(
	String.raw`^(?:here,?\s+)?${THIS_WORK}\s+(?:[a-z]+ly\s+)?(?:examined|investigated|explored|analy[sz]ed|studied|surveyed|reviewed|compared|assessed|evaluated|characteri[sz]ed|quantified)\b`,
	'i',
);

// "The author reviews the relationship of …", "The authors examine …": a single author, or the authors, telling their own
// inquiry in the third person, as older papers in the natural and medical sciences do; the present tense of a verb of
// inquiry is the paper's, where another's work would be reported in the past or the perfect.
const AUTHOR_INQUIRES =
	/^(?:here,?\s+)?the (?:author\s+(?:[a-z]+ly\s+)?(?:examines|investigates|explores|analy[sz]es|traces|surveys|reviews|studies|considers|discusses|describes|outlines|compares|assesses|evaluates|addresses|documents)|authors\s+(?:[a-z]+ly\s+)?(?:examine|investigate|explore|analy[sz]e|trace|survey|review|study|consider|discuss|describe|outline|compare|assess|evaluate|address|document))\b/i;

/**
 * Whether the sentence opens with the paper, or its author in the third person, as the subject of a verb of inquiry
 * ("This article examines …", "The present study analyzed …", "The author reviews …").
 *
 * @example paperInquires('This article examines youth clubs in the 1970s.') // true
 * @example paperInquires('The author reviews the ecology of lungworms in elk.') // true
 * @example paperInquires('This work lays a basis for adaptive control.') // false
 */
export function paperInquires(sentence: string): boolean {
	return PAPER_INQUIRES.test(sentence) || PAPER_INQUIRED.test(sentence) || AUTHOR_INQUIRES.test(sentence);
}

/**
 * Whether the sentence has the paper for its subject, saying what it does.
 *
 * @example actsAsPaper('This tutorial navigates the landscape of modern robot learning.') // true
 * @example actsAsPaper('In this study, we incorporate landscape metrics into dasymetric mapping.') // true
 * @example actsAsPaper('This paper is organized as follows.') // false
 */
export function actsAsPaper(sentence: string): boolean {
	return PAPER_ACTS.test(sentence) || IN_PAPER_WE.test(sentence) || THE_WORK_ACTS.test(sentence);
}

// "Three studies investigated the effects of …", "Two experiments tested whether …": psychology states its own studies by
// their count, opening the sentence with no "we" ("Three studies have examined …" reports earlier ones: no auxiliary).
const COUNTED_STUDIES =
	/^(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (?:(?:online|field|laboratory|longitudinal|cross-sectional)\s)?(?:studies|experiments|surveys)\s(?:\w+ly\s)?(?:investigat(?:e|ed)|examin(?:e|ed)|explor(?:e|ed)|test(?:ed)?|assess(?:ed)?|evaluat(?:e|ed)|studied|compar(?:e|ed)|measur(?:e|ed)|address(?:ed)?)\b/i;

/**
 * Whether the sentence opens with the paper's own studies counted, and what they studied.
 *
 * @example studiesByCount('Three studies investigated the effects of priming on seating distance.') // true
 * @example studiesByCount('Three studies have examined seating distance.') // false
 */
export function studiesByCount(sentence: string): boolean {
	return COUNTED_STUDIES.test(sentence);
}

// "Hale tells the story of …", "Smith traces how …": a book's blurb names its author, by surname, as the
// subject of a verb of narrating; no one else's work is told with these verbs in an abstract.
const AUTHOR_NARRATES = /^[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s(?:tells|recounts|narrates|chronicles|traces|retraces|paints|charts)\s(?:the|a|an|how|why|what)\b/;

/**
 * Whether the sentence opens with a surname narrating, as a book's blurb says what its author does.
 *
 * @example authorNarrates('Hale tells the story of the river towns from 1800 to 1900.') // true
 * @example authorNarrates('The river tells the story of erosion.') // false
 */
export function authorNarrates(sentence: string): boolean {
	return AUTHOR_NARRATES.test(sentence);
}
