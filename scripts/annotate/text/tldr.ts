/**
 * The TL;DR of a paper: the sentence of its abstract that states the contribution.
 *
 * Abstracts usually open with background ("X is a core component of …") and state the
 * contribution a few sentences later ("We propose …", "This paper introduces …").
 * Each sentence gets a deterministic score from cue phrases, the paper's own name
 * (the "RAMario: …" title prefix) and its overlap with the title; the best one wins,
 * ties going to the earlier sentence. The first sentence that states a contribution gets a
 * bonus: abstracts name the main contribution before its parts ("Specifically, …", "Second, …", "we introduce two key
 * components: …", which lose a little after the system is stated), a definition of the
 * title's system ("OmniLottie is a versatile framework that …") naming it as well as "we propose" does, and an
 * enumeration's first item, with the sentences that go on with it, is a part too (`enumerated-parts.ts`).
 * A finding of the paper's own counts as a contribution (`finding-statement.ts`), and so does an aim
 * stated in so many words ("The main aim of this review is to …", `aim-statement.ts`), and so do a
 * contribution and a study stated in the passive ("A correction technique is proposed …",
 * `passive-contribution.ts`), and one with a counted subject in the past ("Seven measures … were
 * developed", `counted-passive.ts`); a sentence that
 * only defines a theory or reports earlier work loses (`background-statement.ts`), so does one that recalls
 * the authors' own earlier work ("In two previous articles we presented …", `own-earlier-work.ts`), and so does one a
 * structured abstract labels "Background:", while its "Objective:" and "Conclusions:" count as an aim
 * and a finding do (`section-label.ts`); one that only states the prospect the work opens ("… opens
 * opportunities for …") loses too (`outlook-statement.ts`), as does one stating what research still has to do ("It is also
 * necessary to investigate …", `research-need.ts`), even in a labelled conclusion; and "We presented infants with pictures"
 * states a procedure, not a contribution (`stimulus-presentation.ts`), as do "Data were analysed with …"
 * and "We collected …", which earn no study credit (`procedure-step.ts`).
 * A sentence that comes before the paper first speaks of its own work sets the scene, whatever its
 * words ("The Department … has a long history of …"), and loses a little (`scene-setting.ts`).
 * A question the paper asks, a prediction from a hypothesis ("If X, latencies should be shorter"), a
 * copyright line, a licence line ("This is an open-access article distributed under …", `publisher-line.ts`) and the
 * journal's citation line ("(Am Heart J 2019;207:66-75.)") lose too; the paper's
 * own voice in a concession ("Although we focus on TKA in this paper, the method …") earns nothing, its
 * main clause is scored. The answer to a gap pointed back at states the study, with the paper as subject too ("This paper
 * addresses this research gap by mapping …", "This essay seeks to fill this void by …"); a method the paper demonstrates
 * is one it presents; a preliminary study told by what it revealed ("we first present an empirical study revealing that …")
 * is a finding, behind the contribution that answers it. The author telling the inquiry in the third person ("The author reviews …",
 * `own-subject.ts`) states the study as "we" would, and "Here we …" is the frame "In this paper, we …" is; a field study told by the
 * data it used and what it set out to learn ("We used … records to infer …", `data-study.ts`) is the study, not a step of it. An abstract that opens "A method was developed for …" states its contribution
 * there, in the past passive; and a structured abstract's labelled conclusion beats its aim, labelled or not, unless it
 * opens on the gap in earlier work ("Conclusions: Little is known about …"), which sets the scene for the finding after it.
 * An aim label over the scene ("Purpose of review: X is activated by …") leaves its credit to the section's later sentence
 * that states the aim ("This review summarizes …", `aim-section.ts`).
 * Reviews, reference entries and books say what they are otherwise: a review naming its kind ("This scoping review is
 * an overview of …"), counted studies ("Three studies investigated …"), a book's author narrating ("Hale tells the story of …",
 * `own-subject.ts`), an entry defining the thing its bare-name title names (`title-reading.ts`); and a primer's opening
 * burden ("X has devastating consequences for …") is background. Text run on after a dash (a table of contents) never wins.
 * A guideline's issuing body recommending, named as its title names it ("The … Disease Group recommends …", `issuing-body.ts`),
 * speaks as "we" would. A thesis the author defends ("My own view is that …") is the contribution of an essay, as "I argue that …" is; a finding
 * that holds for one setting of the study ("On a simulated array, we find that …") is a part, behind the overall one.
 * The winner is shown without a leading connector clause (`standalone-sentence.ts`), and its
 * span covers exactly the words shown; a sentence whose shown words still open with results pointed
 * back at ("These results show …", `reporting-frame.ts`) loses to any that stands alone.
 * The cue patterns are `tldr-cues.ts`'s; this module weighs them.
 */
import type { Span } from '../../../src/shared/paper-schema.ts';
import { statesAim } from './aim-statement.ts';
import { aimLabelsBeforeTheAim } from './aim-section.ts';
import { leansOnPrevious } from './anaphora.ts';
import { speaksOfOwnWork, statesBackground, statesGap } from './background-statement.ts';
import { statesFinding } from './finding-statement.ts';
import { statesOutlook } from './outlook-statement.ts';
import { statesResearchNeed } from './research-need.ts';
import { actsAsPaper, authorNarrates, namesItsKind, paperInquires, studiesByCount } from './own-subject.ts';
import { recallsOwnEarlierWork } from './own-earlier-work.ts';
import { contributesByCount } from './counted-passive.ts';
import { achievesInOpening, contributesInPastOpening, contributesPassively, studiesInOpening, studiesInPresent, studiesPassively } from './passive-contribution.ts';
import { statesProcedureStep } from './procedure-step.ts';
import { withoutProposedHypotheses } from './proposed-hypotheses.ts';
import { withoutDescribedRelations } from './described-relations.ts';
import { studiesFromData } from './data-study.ts';
import { settingScene, tellsOwnWork } from './scene-setting.ts';
import { opensWithSummarySubject } from './reporting-frame.ts';
import { publisherLines } from './publisher-line.ts';
import { isStructured, opensEmeraldFindings, opensWithHeading, sectionBody, sectionRole, type SectionRole } from './section-label.ts';
import { opensWithConnector, splitGluedSentences, withoutConnector } from './standalone-sentence.ts';
import { withoutStimulusPresentation } from './stimulus-presentation.ts';
import { titleName } from './title-name.ts';
import { definesTitledThing, readTitle, sharedWords } from './title-reading.ts';
import { isEnumeratedPart } from './enumerated-parts.ts';
import { recommendsAsTitledBody } from './issuing-body.ts';
import type { TextRule } from './text-rule.ts';
import { CUE, OWN_AGENT, PRESENTS_FINDING, TO_MAKE_NEW } from './tldr-cues.ts';

/** The `tldr` text rule: the contribution sentence. */
export const tldrRule: TextRule<'tldr'> = {
	field: 'tldr',
	needs: [],
	annotate: ({ sentences, title }) => selectTldr(sentences, title),
};

// "We propose that …", "this paper proposes that …": a that-clause makes the verb one of arguing.
const PROPOSES_THAT = /\bpropos(?:e|es|ed|ing)\s+that\b/gi;
/** Penalty of a sentence that recalls the authors' earlier work (`own-earlier-work.ts`): more than a contribution verb earns. */
const OWN_EARLIER_WORK = 12;
/** Penalty of a sentence that only defines a theory or reports earlier work (`background-statement.ts`). */
const BACKGROUND = 4;
/** Penalty of a sentence whose shown words need the sentence before it ("These initiatives are …"). */
const LEANS_ON_PREVIOUS = 3;
/**
 * Further penalty when the shown words still open with results pointed back at ("These results show a strong
 * effect"): no frame could be left out, and a TL;DR must never open so; more than a finding or a contribution verb earns.
 */
const SUMMARY_SUBJECT = 12;

/** Penalty of a sentence that only states a prospect the work opens (`outlook-statement.ts`). */
const OUTLOOK = 4;
/** Penalty of a sentence that states research still to be done (`research-need.ts`): as much as a prospect's. */
const RESEARCH_NEED = 4;
/** Penalty of a sentence that states a step of the procedure (`procedure-step.ts`). */
const PROCEDURE_STEP = 2;
/** Penalty of a sentence that sets the scene before the paper first speaks of its own work (`scene-setting.ts`). */
const SCENE_SETTING = 3;
/** Bonus of a sentence whose subject is the system the title names. */
const NAMED_SUBJECT = 2;
/** Bonus of the first sentence that states a contribution. */
const FIRST_CONTRIBUTION = 2;
/** Penalty of an enumeration's first item and the sentences that go on with it: as much as a later part's. */
const FIRST_OF_STEPS = 6;
/** Penalty of a finding that holds for one setting of the study ("On a simulated array, we find that …"): less than a part's. */
const QUALIFIED_FINDING = 2;
/** Penalty of a publisher's copyright or licence line (`publisher-line.ts`): as much as other boilerplate. */
const PUBLISHER_LINE = 20;
/** Penalty of a question or a prediction a hypothesis makes. */
const ASKED_OR_PREDICTED = 3;
/** Bonus of an abstract's opening sentence that states a contribution in the past passive ("A method was developed for …"). */
const OPENING_PAST_CONTRIBUTION = 6;
/** What a sentence stating the paper's study, aim or finding earns (`contributionScore`). */
const STUDY_CREDIT = 4;
/** Further penalty of a secondary contribution ("We further introduce …") after a sentence in the paper's own voice. */
const SECONDARY_AFTER_MAIN = 2;
/**
 * Bonus of a structured abstract's labelled conclusion over its stated aim or design: more than the title's words
 * can earn an aim that restates the title ("AIM: To analyse the influence of X on Y …" under "Influence of X on Y").
 */
const CONCLUSION_OVER_AIM = 4;
/** How much of the title's content an opening must restate to be the paper's own achievement (`achievesInOpening`). */
const RESTATES_TITLE = 0.6;
/** An association stated, as cohort and case-control studies state what they found. */
const ASSOCIATION = /\b(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:not\s+)?associated\s+with\b/i;
/** A dash opening the text shown, as a list or an aside run on from the sentence before does. */
const DASH_OPENING = /^[–—-]/;

/**
 * The role of the sentence's section label for the TL;DR: a "Conclusions:" section that opens on the gap in earlier work or
 * what others hold ("Conclusions: Little is known about …", `background-statement.ts`) sets the scene for the
 * conclusion after it, and counts as background, not as the conclusion.
 */
function labelledRole(sentence: string): SectionRole | null {
	const role = sectionRole(sentence);
	return role === 'conclusion' && statesGap(sectionBody(sentence)) ? 'background' : role;
}

/** Whether the sentence opens with the title's end-named system and defines it as new (`DEFINES_NEW`). */
function definesAsNew(sentence: string, opening: (sentence: string) => number): boolean {
	const at = opening(sentence);
	return at > 0 && CUE.DEFINES_NEW.test(sentence.slice(at));
}

/**
 * The verb by which the sentence names a contribution ("we propose", "by introducing"):
 * 'primary' for propose, introduce or present, 'other' for the rest, null for none.
 */
function statedBy(sentence: string): 'primary' | 'other' | null {
	// One abstract asks of each sentence up to three times (its score, its voice, the first-contribution bonus).
	const known = statedOf.get(sentence);
	if (known !== undefined) return known;
	if (statedOf.size > 200) statedOf.clear();
	const verb = readStatedBy(sentence);
	statedOf.set(sentence, verb);
	return verb;
}

/** The answers of `statedBy` for the sentences of the abstract at hand. */
const statedOf = new Map<string, 'primary' | 'other' | null>();

function readStatedBy(sentence: string): 'primary' | 'other' | null {
	// "We presented infants with pictures" shows stimuli (`stimulus-presentation.ts`): no contribution verb.
	// "We present numerical evidence that …" reports a finding: its "present" names no contribution.
	const shown = withoutStimulusPresentation(sentence);
	const presented = CUE.PRESENTS.test(shown) ? shown.replace(PRESENTS_FINDING, '') : shown;
	// "We propose that greater awareness … is needed": a proposition argued, not a thing contributed.
	// "This paper proposes six hypotheses to be tested": a step of the design (`proposed-hypotheses.ts`).
	// "We describe relationships between X and Y": what was found (`described-relations.ts`).
	const text = withoutDescribedRelations(withoutProposedHypotheses(presented.replace(PROPOSES_THAT, '')));
	const stated = CUE.CONTRIBUTION.test(text) || answersWithName(text) || (CUE.BY_INTRODUCING.test(text) && !CUE.DEMONSTRATED_BY.test(text) && OWN_AGENT.test(text)) || CUE.AND_PROPOSE.test(text) || TO_MAKE_NEW.test(text) || CUE.PROVIDES_NEW.test(text) || CUE.DEMONSTRATES_METHOD.test(text) || contributesPassively(text) || contributesByCount(text);
	return !stated ? null : CUE.PRIMARY_VERB.test(text) ? 'primary' : 'other';
}


/** "We bridge this gap with OpenGame, …": an answer in one clause whose means is a name. */
function answersWithName(text: string): boolean {
	const answer = CUE.ANSWERS_IN_CLAUSE.exec(text);
	return answer !== null && CUE.NAME_OPENS.test(text.slice(answer.index + answer[0].length));
}

/** True when the sentence names a contribution with a verb. */
function states(sentence: string): boolean {
	return statedBy(sentence) !== null;
}

/**
 * Whether a sentence is in the paper's own voice: it states a contribution, an aim, a study or a
 * finding of the paper's own, or speaks of the paper ("we", "this study", "here"), or tells it in the
 * third person ("A two-year study evaluates …", "The present study tests …", `scene-setting.ts`).
 */
function inOwnVoice(sentence: string): boolean {
	const section = labelledRole(sentence);
	return states(sentence) || CUE.STUDY.test(sentence) || CUE.THESIS.test(sentence) || studiesByCount(sentence) || authorNarrates(sentence) || statesAim(sentence) || actsAsPaper(sentence) || paperInquires(sentence) || namesItsKind(sentence) || studiesPassively(sentence) || statesFinding(sentence) || section === 'aim' || section === 'conclusion' || speaksOfOwnWork(sentence) || tellsOwnWork(sentence);
}


/** Scores how clearly `sentence` states the paper's contribution. */
export function contributionScore(sentence: string, title: string): number {
	const concession = CUE.OWN_CONCESSION.exec(sentence);
	if (concession) return contributionScore(sentence.slice(concession[0].length), title);
	let score = 0;
	// A structured abstract's label says what its sentence is ("Background: …", "Conclusions: …").
	const section = labelledRole(sentence);
	const verb = statedBy(sentence);
	const { name, words: titleWords, opening, tailOpening } = readTitle(title);
	// Where the sentence goes on after the title's system as its subject ("The CommonRoad Drivability
	// Checker— an open-source toolbox—unifies …"): 0 when it does not open with it.
	const subject = opening?.(sentence) ?? 0;
	if (verb) score += verb === 'primary' ? 10 : 8;
	// "Data were analysed with …": a step of the method earns no study credit (`procedure-step.ts`).
	// "We used 30 years of banding records to estimate …": a study told by its data and what it set out to learn (`data-study.ts`).
	else if (statesProcedureStep(sentence) && !studiesFromData(sentence)) score -= PROCEDURE_STEP;
	// A finding of the paper's own ("our study suggests that …") says what it contributes as an aim does.
	else if (CUE.STUDY.test(sentence) || studiesByCount(sentence) || authorNarrates(sentence) || CUE.USES_TO_TEST.test(sentence) || CUE.PAPER_USES_IN_ANSWER.test(sentence) || studiesFromData(sentence) || statesAim(sentence) || actsAsPaper(sentence) || paperInquires(sentence) || namesItsKind(sentence) || studiesPassively(sentence) || statesFinding(sentence) || (CUE.PRESENTS.test(sentence) && CUE.PRESENTS_FINDING.test(sentence)) || CUE.SHOWN_HERE.test(sentence) || CUE.ANSWERS_IN_CLAUSE.test(sentence) || CUE.THESIS.test(sentence) || section === 'aim' || section === 'conclusion' || recommendsAsTitledBody(sentence, title)) score += STUDY_CREDIT;
	// "Anton 2 is a second-generation supercomputer …": what the title's system is, not background.
	else if (subject && CUE.DEFINES.test(sentence.slice(subject))) score += 4;
	// "Guillain-Barré syndrome is an acute polyneuropathy …" under that bare title: a reference entry defining its subject.
	else if (definesTitledThing(sentence, title)) score += 4;
	// "BWA-MEM is a new alignment algorithm …" of a title ending "… with BWA-MEM": the paper's system defined as new.
	else if (tailOpening && definesAsNew(sentence, tailOpening)) score += 4 + NAMED_SUBJECT;
	else if (statesBackground(sentence) || section === 'background') score -= BACKGROUND;
	// "In this paper it is shown that …": the frame is part of the impersonal finding, credited once.
	if (CUE.IN_THIS_WORK.test(sentence) && !CUE.SHOWN_HERE.test(sentence)) score += 2;
	// An answer to the problem counts as a contribution even without a naming verb.
	if (CUE.ANSWER.test(sentence) || CUE.ANSWERS_IN_CLAUSE.test(sentence)) score += score === 0 ? 3 : 2;
	if (CUE.SECONDARY.test(sentence)) score -= 2;
	if (CUE.QUALIFIED_FINDING.test(sentence)) score -= QUALIFIED_FINDING;
	if (CUE.PART.test(sentence)) score -= 6;
	if (CUE.CONSEQUENCE.test(sentence)) score -= 3;
	if (CUE.FUTURE.test(sentence)) score -= 8;
	if (!verb && statesOutlook(sentence)) score -= OUTLOOK;
	// "It will be important to further characterize …", "Further studies are needed …": what is left to do.
	if (!verb && statesResearchNeed(sentence)) score -= RESEARCH_NEED;
	if (recallsOwnEarlierWork(sentence)) score -= OWN_EARLIER_WORK;
	if (CUE.EVALUATION.test(sentence)) score -= 2;
	if (CUE.QUESTION.test(sentence) || CUE.PREDICTION.test(sentence)) score -= ASKED_OR_PREDICTED;
	if (CUE.NOVELTY.test(sentence)) score += 1;
	if (CUE.NAMED.test(sentence)) score += 1;
	if (name && sentence.includes(name)) score += 2;
	if (subject) score += NAMED_SUBJECT;
	if (CUE.RESULT.test(sentence)) score -= 2;
	// A link in the sentence that states the contribution is a citation, not boilerplate.
	if (CUE.BOILERPLATE.test(sentence) && !(CUE.CONTRIBUTION.test(sentence) && !/\bavailable\b/i.test(sentence))) score -= 20;
	if (titleWords.size > 0) {
		score += (3 * sharedWords(sentence, titleWords)) / titleWords.size;
	}
	return score;
}

/**
 * Picks the contribution sentence of an abstract as its TL;DR, as the span of the words shown:
 * the sentence without its leading connector clause.
 * Falls back to the sentence closest to the title, then to the first sentence.
 */
export function selectTldr(sentences: Span[], title: string): Span {
	if (sentences.length === 0) throw new Error('selectTldr: the abstract has no sentences');
	const candidates = sentences.flatMap(splitGluedSentences);
	let best = candidates[0]!;
	let bestScore = -Infinity;
	// The best of the sentences shown without a connector: a connector kept because too little would be
	// left without it ("To address this, we propose X.") is still shown, so such a sentence never wins
	// while another can stand alone.
	let bestStanding: Span | undefined;
	let bestStandingScore = -Infinity;
	let firstContribution = true;
	// A sentence naming the system the title names ("ObsPy is such a library …") speaks of the paper's own work too.
	const name = titleName(title);
	const { words: titleWords, opening: titleOpening } = readTitle(title);
	// "Anton 2 is a …": a sentence whose subject is the title's system, defined by a copula and an article.
	const definesTitledSystem = (text: string) => {
		const at = titleOpening?.(text) ?? 0;
		return at > 0 && CUE.DEFINES.test(text.slice(at));
	};
	// An opening that restates the title as a thing achieved is the paper's own voice (`achievesInOpening`): it sets no scene.
	const opening = candidates[0]!.text;
	const opensOwn = achievesOwnInOpening(opening, titleWords);
	// "The French Pediatric Infectious Disease Group recommends …" under a title naming that group: the guideline's author speaking.
	const ownVoice = (text: string) => inOwnVoice(text) || (name !== null && text.includes(name)) || (opensOwn && text === opening) || recommendsAsTitledBody(text, title);
	const scene = settingScene(candidates.map((sentence) => sentence.text), ownVoice);
	const structured = isStructured(candidates.map((sentence) => sentence.text));
	const publisher = publisherLines(candidates);
	// The sentences of a labelled conclusion section: its label's own and the unlabelled ones after it, up to the next label.
	const concluding = conclusionSection(candidates.map((sentence) => sentence.text));
	// "Purpose of review: X is activated by low oxygen … This review summarizes …": the aim is the section's later sentence.
	const beforeAim = structured ? aimLabelsBeforeTheAim(candidates.map((sentence) => sentence.text), inOwnVoice) : [];
	for (const [i, sentence] of candidates.entries()) {
		let score = contributionScore(sentence.text, title);
		// "Publication rights licensed to ACM.", "This is an open-access article distributed under …": a publisher's line.
		if (publisher[i]) score -= PUBLISHER_LINE;
		// An aim label over the scene of the aim (`aim-section.ts`): the label's credit is the aim's, stated later in the section.
		if (beforeAim[i]) score -= STUDY_CREDIT;
		const enumerated = isEnumeratedPart(candidates, i);
		if (enumerated) score -= FIRST_OF_STEPS;
		const firstOfSteps = enumerated && CUE.FIRST_ITEM.test(sentence.text);
		if (scene[i]) score -= SCENE_SETTING;
		// Nothing comes before the opening sentence that it could report: its past passive is the paper's own.
		if (i === 0 && contributesInPastOpening(sentence.text)) score += OPENING_PAST_CONTRIBUTION;
		// "The effect of X on Y is examined.": an opening present passive of study states what the paper studies, as "we examine" would.
		else if (i === 0 && studiesInOpening(sentence.text)) score += STUDY_CREDIT;
		// "The effects of X are investigated in two taxa", after a background opening: the paper's study all the same.
		else if (i > 0 && studiesInPresent(sentence.text) && !inOwnVoice(sentence.text)) score += STUDY_CREDIT;
		// "Nano-texturing of a silicon surface has been achieved via one-step copper-assisted chemical etching" under a title
		// naming both: an opening that restates the title as a thing achieved by a means is the paper's own achievement.
		else if (i === 0 && opensOwn) score += STUDY_CREDIT;
		// A structured abstract's labelled conclusion beats its aim or design, labelled or not ("The aim of this study was …" under
		// "Background:", "DESIGN: We conducted …"): the aim says what was to be shown, the conclusion what was.
		// A conclusion that says what the work "will" show (a trial's design paper) states a prospect, not a finding.
		// So does one that says what research still has to do ("It is also necessary to investigate …", `research-need.ts`).
		if (structured && concluding[i] && !CUE.WILL.test(sentence.text) && !statesResearchNeed(sentence.text)) {
			score += CONCLUSION_OVER_AIM;
			// "Poorer X is associated with adverse outcomes": an association stated in the conclusion section is the study's finding,
			// as the label's own sentence is credited one (`contributionScore`); outside it, an association may be background.
			if (labelledRole(sentence.text) !== 'conclusion' && ASSOCIATION.test(sentence.text)) score += STUDY_CREDIT;
		}
		// "We further introduce X" after the paper has spoken of its own work: a second contribution, behind the first.
		if (i > 0 && CUE.SECONDARY.test(sentence.text) && states(sentence.text) && candidates.slice(0, i).some((before) => inOwnVoice(before.text))) score -= SECONDARY_AFTER_MAIN;
		// "we introduce two novel key components: (i) …" after "we present VGGT-Det, the first framework …": the system's parts.
		else if (i > 0 && CUE.COUNTED_PARTS.test(sentence.text) && candidates.slice(0, i).some((before) => states(before.text))) score -= SECONDARY_AFTER_MAIN;
		// "We address this problem by providing …" points back only at the problem it answers.
		const shown = withoutConnector(sentence).text;
		if (leansOnPrevious(shown) && !CUE.ANSWERS_IN_CLAUSE.test(sentence.text)) score -= LEANS_ON_PREVIOUS;
		if (opensWithSummarySubject(shown)) score -= SUMMARY_SUBJECT;
		// The bonus goes to a main statement, never to "Second, we …" or "We further …"; "OmniLottie is a versatile framework
		// that …" under a title naming OmniLottie defines the contribution, and a later "we introduce a … tokenizer" is its part.
		if (firstContribution && !firstOfSteps && (states(sentence.text) || definesTitledSystem(sentence.text)) && ![CUE.PART, CUE.SECONDARY, CUE.CONSEQUENCE, CUE.COUNTED_PARTS].some((cue) => cue.test(sentence.text))) {
			firstContribution = false;
			score += FIRST_CONTRIBUTION;
		}
		if (score > bestScore) {
			best = sentence;
			bestScore = score;
		}
		// "– Conclusion – 2 Hearing the Past …": text opening with a dash goes on a list or an aside, no sentence of its own.
		if (score > bestStandingScore && !opensWithConnector(shown) && !DASH_OPENING.test(shown)) {
			bestStanding = sentence;
			bestStandingScore = score;
		}
	}
	return withoutConnector(bestStanding ?? best);
}

/**
 * Whether an opening sentence restates the title as a thing achieved by a means (`achievesInOpening`): "Nano-texturing of
 * a silicon surface has been achieved via one-step copper-assisted chemical etching" under a title naming both.
 */
function achievesOwnInOpening(sentence: string, titleWords: ReadonlySet<string>): boolean {
	return titleWords.size > 0 && achievesInOpening(sentence) && sharedWords(sentence, titleWords) >= RESTATES_TITLE * titleWords.size;
}

/**
 * Which sentences stand in a labelled conclusion section: "CONCLUSION: X is poor. Poorer X is associated with adverse
 * outcomes, …" states its finding in the sentence after the label as often as in the labelled one, and the section's
 * other cues (the title's words, a finding) choose between them.
 */
function conclusionSection(sentences: readonly string[]): boolean[] {
	let inside = false;
	return sentences.map((sentence) => {
		// Emerald's "Findings" is its results section: the format has no conclusion section to beat its "Purpose".
		if (opensWithHeading(sentence)) inside = labelledRole(sentence) === 'conclusion' && !opensEmeraldFindings(sentence, sentences);
		return inside;
	});
}

