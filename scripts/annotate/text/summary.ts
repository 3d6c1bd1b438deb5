/**
 * The abstract split into its rhetorical parts: problem → approach → results.
 *
 * Each sentence scores each part by cue phrases (`summary-cues.ts`), and this module adds the evidence of its
 * neighbours and of the abstract's form; a Viterbi pass (`summary-search.ts`) then labels the
 * sentences, charging for going back in the problem → approach → results order, so
 * an abstract reads as mostly contiguous parts while a strong cue ("Moreover, we
 * propose …" after first results) can still pull a sentence back to its part.
 * Every sentence lands in exactly one part, in document order within the part, and
 * with three or more sentences no part is left empty, but for the problem of an abstract that opens with
 * the authors' own work ("We have searched for …", "This paper investigates …", a contribution in the passive: "A method
 * is presented for …", or a step of the study in the past passive: "Response surface methodology was used to …", or a
 * structured abstract's first label its aim or methods:
 * "Objective: To examine …"), which may have none, for the approach of an abstract whose authors' first word on their work is
 * what they found ("Using data from two moorings, we find …"), and for the results of a review that ends on what it covers ("The
 * techniques reviewed include …", `review-scope.ts`) or a chapter that ends on what it will do ("This chapter will provide an
 * overview of …", `plan-statement.ts`), which report no findings. A publisher's copyright or
 * licence line stands outside the sequence, with the results (`publisher-line.ts`). Sentences enumerated ("First, …",
 * "Second, …") before the paper first speaks of its own work give the reasons of the gap, and lean to the problem.
 * What others have shown ("Recent studies have shown …"), how a thing is usually done ("This is usually done by hand") and the
 * authors' own earlier work ("In prior work, we introduced …", `own-earlier-work.ts`) lean to the problem too: the state of things
 * the paper starts from. The paper's own method described by its parts or its
 * name after the paper names it ("We propose X. A gating module fuses …") leans to the approach (`method-description.ts`). An
 * abstract that opens with its study stated impersonally ("The ecology of X was investigated at three marshes", "The life cycle
 * of X is described") has no background, and what follows with no cue of any part is what the study found. A state observed,
 * told in the plain past after the paper speaks of its own work ("Males were active most of the day"), leans to the results
 * (`past-observation.ts`).
 *
 * The cue phrases read the first-person voice ("we propose", "experiments show"); the
 * impersonal voice most other fields write in ("A correction technique is proposed", "First, a
 * pool of analog days is chosen", "It is found that …") is read by the kind of statement a
 * sentence makes (`summary-statements.ts`), and both add to the same scores.
 */
import type { Span } from '../../../src/shared/paper-schema.ts';
import { statesAim } from './aim-statement.ts';
import { opensOnPatient, tellsCase } from './case-narrative.ts';
import { OUR, WE } from './first-person.ts';
import { recommendsAsGuideline } from './guideline-recommendation.ts';
import { listLeads } from './list-items.ts';
import { listedParts } from './listed-parts.ts';
import { makesInOpening } from './made-in-opening.ts';
import { componentSentences } from './component-sentences.ts';
import { definesNewName, describesOwnMethod } from './method-description.ts';
import { paperInquires } from './own-subject.ts';
import { paperAsSubject } from './paper-as-subject.ts';
import { recallsOwnEarlierWork } from './own-earlier-work.ts';
import { observesInPast } from './past-observation.ts';
import { reportsPerfectStep } from './perfect-step.ts';
import { statesPlan } from './plan-statement.ts';
import { contributesPassively, studiesInOpening, surveysInOpening } from './passive-contribution.ts';
import { publisherLines } from './publisher-line.ts';
import { statesReviewScope } from './review-scope.ts';
import { partScores } from './summary-cues.ts';
import { ALL_PARTS, APPROACH, APPROACH_AND_RESULTS, APPROACH_PART, labelParts, PROBLEM, RESULTS, RESULTS_PART } from './summary-search.ts';
import { sectionParts } from './summary-sections.ts';
import { statementCues } from './summary-statements.ts';
import type { TextRule } from './text-rule.ts';

/** The `summary` text rule: every sentence in its rhetorical part. */
export const summaryRule: TextRule<'summary'> = {
	field: 'summary',
	needs: [],
	annotate: ({ sentences }) => splitSummary(sentences),
};

/** The sentences of an abstract by rhetorical part, each in document order. */
export interface Summary {
	problem: Span[];
	approach: Span[];
	results: Span[];
}

type Part = keyof Summary;

const PARTS: Part[] = ['problem', 'approach', 'results'];
/** A part's place in a sentence's three scores. */
const PART_INDEX: Record<Part, number> = { problem: 0, approach: 1, results: 2 };

// "We have searched for …", "(Abridged) We aim to …", "Here we use …", "In this article, we study …", "In this paper, the authors
// discuss …", "In this meta-ethnography, we explore …": an abstract that opens with the authors' own work has no background to
// tell first, and its problem part may stay empty (a gap stated later still scores as the problem); a review, a chapter, an
// essay and a meta-analysis name themselves so as a paper does. "In this work/study, we …" is left out: it as often opens an abstract
// that states its gaps between its steps, and keeps a problem part.
// "In the present study we report how …": the paper named as "the present" or "the current" one, as a study or work too.
const OPENS_WITH_OWN_WORK = new RegExp(
	String.raw`^(?:\(abridged\)\s*)?(?:here,?\s+|(?:in this (?:paper|article|note|letter|response|communication|review|chapter|essay|meta-(?:analysis|ethnography|synthesis))|in the (?:present|current) (?:paper|article|study|work)),?\s+)?(?:${WE}|the authors?)\s`,
	'i',
);
// "This paper investigates singing interaction by …", "This research paper presents …": the paper as the subject of its own
// verb opens with its work too.
const OPENS_WITH_PAPER = /^(?:this|the present) (?:(?:research|review|case|pilot) )?(?:paper|study|article|work|research) (?:\w+ly )?[a-z]+(?:s|ed)\b/i;
// "This study shows that …": the paper as the subject of a verb of showing opens on its finding instead.
const PAPER_FINDS = /^(?:this|the present) (?:(?:research|review|case|pilot) )?(?:paper|study|article|work|research) (?:\w+ly )?(?:shows|showed|finds|found|demonstrates|demonstrated|reveals|revealed|suggests|argues|confirms|indicates)\b/i;
/** Evidence for the approach of an opening whose subject is the paper doing its work. */
const OPENING_PAPER = 1.5;
// "Response surface methodology (RSM) was used for the determination of …": a step of the study in the past passive,
// which reports what the authors did.
const PAST = /\b(?:was|were)\b/;
// "We find that units are more likely to …", "We show that reinforcement learning …": an abstract that opens on its finding
// (as finance and economics abstracts often do) tells no background first, and may state no method apart from it.
const OPENS_WITH_FINDING = new RegExp(String.raw`^(?:here,?\s+)?${WE}\s+(?:also\s+|first\s+)?(?:find|show|document|report|demonstrate|observe)\s+that\b`, 'i');
/** Evidence for the results of an opening that states the paper's finding. */
const OPENING_FINDING = 1.5;
/** Evidence for the approach of an opening in which the authors do their work. */
const OPENING_OWN_WORK = 1;
// "Using data from two mooring sites, we find a rapid intensification of …", "Here we show, using 25 years of demographic
// data, that …": the authors' first word on their own work is what they found, the data or means it rests on told in passing;
// such an abstract (as letters and short reports in the natural and social sciences write them) may state no method apart.
const FINDING_FIRST = new RegExp(
	String.raw`^(?:(?:here|in this (?:paper|work|study|article)),?\s+)?(?:(?:using|with|through|from|based on)\s[^;:]{1,160}?,\s+)?${WE}\s+(?:also\s+|first\s+)?(?:find|show|document|demonstrate|observe)\b(?!\s+(?:how|the\s+(?:use|usage|utility|usefulness|applicability|feasibility)\b))`,
	'i',
);
// "In this study, we investigated the impact of …": the study framed and told in the past has been done, and the abstract
// opens on it (in the present, "In this work, we …" as often opens an abstract that states its gaps between its steps).
const STUDY_DONE = new RegExp(String.raw`^in this (?:study|work|research),?\s+${WE}\s+(?:\w+ly\s+)?[a-z]+ed\b`, 'i');
// "The durability of bonded joints has been investigated by undertaking cyclic-fatigue tests …", "An epoxy resin has been
// modified by the addition of …": an opening that tells, in the perfect passive, what was studied or made and the means it
// was done by is the study itself, as materials and engineering papers open (others' work is told without the means, or
// with its authors: "has been widely studied", "has been investigated by Smith").
const OPENS_WITH_STUDY_DONE =
	/^[^,;]{0,160}?(?:,[^,;]{0,80},)?[^,;]{0,80}?\b(?:has|have) been (?:\w+ly )?(?:modified|investigated|studied|examined|prepared|synthesi[sz]ed|fabricated|characteri[sz]ed|measured|tested|evaluated|assessed|analy[sz]ed|explored) (?:by (?:the )?(?:[a-z]+ing|use|addition|means)\b|using\b|via\b|through\b)/i;
const OTHERS_AT_WORK = /\b(?:widely|extensively|often|frequently|commonly|intensively|increasingly|traditionally|previously|recently)\b/i;
const DEFINES_TERM = new RegExp(String.raw`^${WE}\s+define\s+[^,;]{1,80}?\s+as\b`, 'i');

/** Whether an abstract opens with the authors' own work, so that it has no background to tell first. */
function opensWithOwnWork(first: string): boolean {
	// "The author reviews …", "This article examines …": the paper or its author inquiring (`own-subject.ts`).
	// "The ecology of X was investigated at three sites", "The life cycle of X is described": the study stated impersonally
	// (`passive-contribution.ts`); "FastTag is a new tagger for …": the paper's own system defined as new (`method-description.ts`);
	// "A method is presented for …": the paper's contribution stated in the passive, as "We present a method for …" states it.
	// "The aim of this study was to …", "The work presented in this manuscript has the purpose to …": an opening aim (`aim-statement.ts`).
	if (statesAim(first) || OPENS_WITH_OWN_WORK.test(first) || STUDY_DONE.test(first) || opensWithStudyDone(first) || OPENS_WITH_PAPER.test(first) || opensOnPatient(first) || paperInquires(first) || studiesInOpening(first) || surveysInOpening(first) || contributesPassively(first) || definesNewName(first) || makesInOpening(first)) return true;
	return PAST.test(first) && statementCues(first).approach > 0;
}

// Every match of `OPENS_WITH_STUDY_DONE` holds " been ", looked for first in one pass: that pattern tries every split of the
// sentence's first 320 characters before it looks for "been", some 17 µs an opening that has none.
const SAYS_BEEN = / been /i;
/** Whether the opening tells in the perfect passive the study done and its means (`OPENS_WITH_STUDY_DONE`). */
const opensWithStudyDone = (first: string) => SAYS_BEEN.test(first) && OPENS_WITH_STUDY_DONE.test(first) && !OTHERS_AT_WORK.test(first);

// "First, many tests derive their questions from …", "Second, evaluations often ignore …" before the paper first speaks of its own work:
// the items enumerate what is wrong with the state of things, the reasons of the gap, not steps of a method not yet named.
const ENUMERATED = /^(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|fourth|finally|lastly),\s/i;
const OWN_WORK = new RegExp(String.raw`\b(?:${WE}|${OUR}|this (?:paper|work|study|article|survey|review|thesis))\b`, 'i');
const ENUMERATED_BEFORE_OWN_WORK = 1.5;
// "Can unified models imagine the intermediate states?", "What are the obstacles to …?": a question asked before the paper
// first speaks of its own work is what it sets out from; after that it is as often the study's research question.
const QUESTION = /\?\s*$/;
const QUESTION_BEFORE_OWN_WORK = 1;
// "Are there common patterns of violations?", "When does it require expert knowledge?": a question, wherever it stands, asks
// what the paper sets out from or what it will answer, and reports nothing found (none of the 45 questions of the evaluation's
// gold is a result); it leans away from the results however late it comes.
const QUESTION_NO_FINDING = 1;
/**
 * Evidence for the problem of a sentence recalling the authors' earlier work ("In prior work, we introduced X, …"): more than the
 * contribution verb it holds gives the approach, as the paper starts from that work and says after it what is new.
 */
const OWN_EARLIER_WORK = 3;
/** Evidence for the results of a state observed in the plain past after the paper speaks of its own work. */
const PAST_OBSERVATION = 1;
/** Evidence for the approach of a step told in the present perfect passive after the paper speaks of its own work. */
const PERFECT_STEP = 2.5;

const PURPOSE = /^purpose\s?:\s*/i;
/** Evidence for the approach of an opening that defines the paper's own system as new ("FastTag is a new tagger …"). */
const NEW_NAME_DEFINED = 1.5;
/** Evidence for the approach of an opening that states the study in the passive: as much as a passive contribution gets. */
const OPENING_STUDY = 3;
/** Evidence for the results of a sentence with no cue after such an opening: as much as the position prior's range. */
const DESCRIBED_AFTER_STUDY = 0.5;
/** Evidence for the approach of a sentence that states a review's scope (`review-scope.ts`). */
const REVIEW_SCOPE = 1.5;
/** Evidence for the approach of a sentence describing the paper's own method by its parts (`method-description.ts`). */
const OWN_METHOD_DESCRIBED = 1.5;
/** Evidence for the approach of a sentence whose subject is the paper as a law review or a chapter names it (`paper-as-subject.ts`). */
const PAPER_AS_SUBJECT = 1.5;
/** Evidence for the approach of a guideline's recommendation (`guideline-recommendation.ts`). */
const RECOMMENDATION = 2;
/** Evidence for the approach of the paper's plan told in the future (`plan-statement.ts`). */
const PLANNED = 1.5;
/** Evidence for the approach of a case report's presentation, work-up and treatment (`case-narrative.ts`). */
const CASE_TOLD = 2;
/** Evidence for the part of a list's lead-in, given to each later item of the list (`list-items.ts`). */
const LIST_ITEM = 1.5;

// Weight of a section label for its own sentence, and for the unlabelled sentences after it.
const SECTION_LABELLED = 3;
const SECTION_CARRIED = 2;

/**
 * Splits sentences into problem / approach / results, preserving order.
 * With fewer than three sentences a part may be empty.
 */
export function splitSummary(sentences: Span[]): Summary {
	// A publisher's line ("© 2019 Elsevier B.V.") says nothing of the work: it takes no part in the sequence of
	// parts, and goes with the results, after which publishers print it (`publisher-line.ts`).
	const publisher = publisherLines(sentences);
	if (!publisher.includes(true)) return splitWork(sentences);
	const work = splitWork(sentences.filter((_, i) => !publisher[i]));
	const part = new Map<Span, Part>(PARTS.flatMap((p) => work[p].map((s) => [s, p] as const)));
	const summary: Summary = { problem: [], approach: [], results: [] };
	sentences.forEach((sentence, i) => summary[publisher[i] ? 'results' : part.get(sentence)!].push(sentence));
	return summary;
}

/** `splitSummary` of the sentences that state the work. */
function splitWork(sentences: Span[]): Summary {
	const n = sentences.length;
	const summary: Summary = { problem: [], approach: [], results: [] };
	if (n === 0) return summary;
	// scores[i * 3 + part]: sentence i's score for the part; cued[i]: whether a cue spoke for any.
	const scores = new Float64Array(n * 3);
	const cued = new Uint8Array(n);
	for (let i = 0; i < n; i++) cued[i] = partScores(sentences[i]!.text, i, n, scores, i * 3) ? 1 : 0;
	const ownFrom = sentences.findIndex((s) => OWN_WORK.test(s.text));
	for (let i = 1; i < (ownFrom === -1 ? 0 : ownFrom); i++) if (ENUMERATED.test(sentences[i]!.text)) scores[i * 3 + PROBLEM] += ENUMERATED_BEFORE_OWN_WORK;
	for (let i = 0; i < (ownFrom === -1 ? n : ownFrom); i++) if (QUESTION.test(sentences[i]!.text)) scores[i * 3 + PROBLEM] += QUESTION_BEFORE_OWN_WORK;
	for (let i = 0; i < n; i++) if (QUESTION.test(sentences[i]!.text)) scores[i * 3 + RESULTS] -= QUESTION_NO_FINDING;
	// "In prior work, we introduced SageBwd, …", "We have previously shown …": the authors' earlier work is where the paper starts
	// from, its problem, as `own-earlier-work.ts` keeps it from the TL;DR.
	for (let i = 0; i < n; i++) if (recallsOwnEarlierWork(sentences[i]!.text)) scores[i * 3 + PROBLEM] += OWN_EARLIER_WORK;
	// "The ecology of X was investigated at three sites.": the opening states the study, as "We investigated …" would.
	// A field survey opens so too: "Adult mosquitoes were surveyed from different regions of …" (`surveysInOpening`).
	// What follows such an opening with no cue of any part ("Spores germinate in the midgut", "The parasite has a seasonal
	// cycle") is what the study found: descriptive natural history reports its findings in the plain present or past.
	// "FastTag is a new tagger for …": a report that opens by defining its own system as new opens with its work.
	if (definesNewName(sentences[0]!.text)) scores[APPROACH] += NEW_NAME_DEFINED;
	// "This study combines DEA and fsQCA to assess …": an opening whose subject is the paper states its work, whatever the verb
	// (the cue table knows only "presents", "proposes" and their kin); one that "shows" or "finds" opens on its finding.
	if (OPENS_WITH_PAPER.test(sentences[0]!.text) && !PAPER_FINDS.test(sentences[0]!.text)) scores[APPROACH] += OPENING_PAPER;
	// "The durability of the joints has been investigated by undertaking fatigue tests …": the study done, told with its means.
	if (opensWithStudyDone(sentences[0]!.text)) scores[APPROACH] += OPENING_PAPER;
	// "A new catalyst was prepared using …", "X were added to enhance …": the opening tells what the study made (`made-in-opening.ts`).
	if (makesInOpening(sentences[0]!.text)) scores[APPROACH] += OPENING_PAPER;
	const opensWithFinding = OPENS_WITH_FINDING.test(sentences[0]!.text);
	if (opensWithFinding) scores[RESULTS] += OPENING_FINDING;
	// "We probe the strength of …", "In this paper, we address how to …": the authors opening the abstract with their own work
	// state what they do, whatever the verb (the cue table knows only the common ones); "We define supply chains as …" opens
	// on the field's term, as "A supply chain is …" would.
	else if (OPENS_WITH_OWN_WORK.test(sentences[0]!.text) && !DEFINES_TERM.test(sentences[0]!.text)) scores[APPROACH] += OPENING_OWN_WORK;
	if (studiesInOpening(sentences[0]!.text) || surveysInOpening(sentences[0]!.text)) {
		scores[APPROACH] += OPENING_STUDY;
		for (let i = 1; i < n; i++) if (cued[i] === 0) scores[i * 3 + RESULTS] += DESCRIBED_AFTER_STUDY;
	}
	// "We propose X. A gating module fuses …": the method's parts described after the paper names it (`method-description.ts`).
	describesOwnMethod(sentences.map((s) => s.text)).forEach((described, i) => {
		if (described) scores[i * 3 + APPROACH] += OWN_METHOD_DESCRIBED;
	});
	// "GEMS is built upon three core components. Agent Loop introduces …": the parts a sentence counted, told one a sentence.
	componentSentences(sentences.map((s) => s.text)).forEach((told, i) => {
		if (told) scores[i * 3 + APPROACH] += OWN_METHOD_DESCRIBED;
	});
	// "The proposed system consists of four sensor nodes, a wireless gateway and … The gateway collects …": a listed part told
	// with itself as the subject describes the design too (`listed-parts.ts`).
	listedParts(sentences.map((s) => s.text)).forEach((told, i) => {
		if (told) scores[i * 3 + APPROACH] += OWN_METHOD_DESCRIBED;
	});
	// "Males were active most of the day", "Two genera were paraphyletic": a state observed, told in the plain past after the
	// paper has spoken of its own work, is what it found (`past-observation.ts`); before that it may be history, the background.
	for (let i = ownFrom + 1; ownFrom !== -1 && i < n; i++) if (observesInPast(sentences[i]!.text)) scores[i * 3 + RESULTS] += PAST_OBSERVATION;
	// "Cells have been fabricated on such substrates": a step of the study in the present perfect passive, once the paper has
	// said what it does; before that the same tense tells what others did (`perfect-step.ts`).
	for (let i = ownFrom + 1; ownFrom !== -1 && i < n; i++) if (reportsPerfectStep(sentences[i]!.text)) scores[i * 3 + APPROACH] += PERFECT_STEP;
	// "The Article explains how …", "It also proffers …": the paper as the subject, as law reviews and chapters go on naming it.
	paperAsSubject(sentences.map((s) => s.text)).forEach((acts, i) => {
		if (acts) scores[i * 3 + APPROACH] += PAPER_AS_SUBJECT;
	});
	// "Surgical drainage is indicated in …", "The Group recommends …": a guideline's recommendations are what it sets out.
	const recommends = recommendsAsGuideline(sentences.map((s) => s.text));
	recommends.forEach((recommendation, i) => {
		if (recommendation) scores[i * 3 + APPROACH] += RECOMMENDATION;
	});
	// "The techniques reviewed include …", "… are discussed": a review's scope is its approach (`review-scope.ts`).
	const scope = statesReviewScope(sentences.map((s) => s.text));
	scope.forEach((states, i) => {
		if (states) scores[i * 3 + APPROACH] += REVIEW_SCOPE;
	});
	// "This chapter will provide an overview of …": the paper's plan is what it does (`plan-statement.ts`).
	const plans = sentences.map((s) => statesPlan(s.text));
	plans.forEach((plan, i) => {
		if (plan) scores[i * 3 + APPROACH] += PLANNED;
	});
	// A structured abstract's labels outweigh the cues: the authors said which part it is.
	const sections = sectionParts(sentences.map((s) => s.text));
	sections.forEach((mark, i) => {
		if (mark) scores[i * 3 + PART_INDEX[mark.part]] += mark.labelled ? SECTION_LABELLED : SECTION_CARRIED;
	});
	// "A 43-year-old woman was evaluated for …", "Aspiration revealed purulent fluid", "She underwent drainage": a case report's
	// story up to its outcome is its approach, where no heading says so (`case-narrative.ts`).
	tellsCase(sentences.map((s) => s.text)).forEach((told, i) => {
		if (told && !sections[i]) scores[i * 3 + APPROACH] += CASE_TOLD;
	});
	// "(b) Reasoning: It conducts …" after "It integrates three capabilities: (a) …": a list's later items go where the sentence
	// that led into it goes, the part its evidence clearly favours (`list-items.ts`); a lead-in no cue speaks for leaves them be.
	listLeads(sentences.map((s) => s.text)).forEach((lead, i) => {
		if (lead < 0) return;
		const at = lead * 3;
		const part = scores[at + RESULTS]! > scores[at + APPROACH]! ? (scores[at + RESULTS]! > scores[at]! ? RESULTS : PROBLEM) : scores[at + APPROACH]! > scores[at]! ? APPROACH : PROBLEM;
		const others = [PROBLEM, APPROACH, RESULTS].filter((p) => p !== part).map((p) => scores[at + p]!);
		if (scores[at + part]! - Math.max(...others) >= 1) scores[i * 3 + part] += LIST_ITEM;
	});
	// "Objective: To examine …", "Methods: …" as the first label: a structured abstract without a background section has none to
	// tell. A first "Purpose:" holds the background as often as the aim ("Purpose: Falls are common in …"), and keeps it, unless
	// what it holds opens with the authors' own work ("Purpose: The authors study …") or states the aim ("Purpose: The purpose of
	// this paper is to evaluate …", `aim-statement.ts`).
	const purpose = PURPOSE.exec(sentences[0]!.text);
	const opensLabelledApproach =
		sections[0]?.labelled === true && sections[0].part === 'approach' && (!purpose || opensWithOwnWork(sentences[0]!.text.slice(purpose[0].length)) || statesAim(sentences[0]!.text.slice(purpose[0].length)));
	let required = opensWithFinding ? RESULTS_PART : opensWithOwnWork(sentences[0]!.text) || opensLabelledApproach ? APPROACH_AND_RESULTS : ALL_PARTS;
	// The authors' first word on their own work a finding: the approach may stay empty.
	if (ownFrom !== -1 && FINDING_FIRST.test(sentences[ownFrom]!.text)) required &= ~APPROACH_PART;
	// A review that ends on what it covers ("The techniques reviewed include …") reports no findings: its results may stay empty.
	if (scope[n - 1]) required &= ~RESULTS_PART;
	// A guideline that ends on a recommendation reports no findings either.
	if (recommends[n - 1]) required &= ~RESULTS_PART;
	// A chapter that ends on what it will do, after its background, reports none either.
	if (plans[n - 1]) required &= ~RESULTS_PART;
	const labels = labelParts(scores, n, required);
	sentences.forEach((sentence, i) => summary[PARTS[labels[i]!]!].push(sentence));
	return summary;
}
