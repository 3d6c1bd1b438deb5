/**
 * The TL;DR of a paper: the sentence of its abstract that states the contribution.
 *
 * Abstracts usually open with background ("X is a core component of …") and state the
 * contribution a few sentences later ("We propose …", "This paper introduces …").
 * Each sentence gets a deterministic score from cue phrases, the paper's own name
 * (the "RAMario: …" title prefix) and its overlap with the title; the best one wins,
 * ties going to the earlier sentence (`contribution-score.ts` says what each cue weighs). The first sentence that states
 * a contribution gets a bonus, as abstracts name the main contribution before its parts; an enumeration's first item, a
 * secondary contribution after the main one, a sentence that sets the scene or leans on the one before lose here (and the
 * bonus waits for a later statement naming the title's system, "We introduce PaperRecon, …"), and a
 * structured abstract's labelled conclusion beats its aim (`conclusion-section.ts`), and its sections of worth, reach or limits
 * ("Originality/value:", `worth-section.ts`) lose to the section that states the work.
 * The winner is shown without a leading connector clause (`standalone-sentence.ts`), and its
 * span covers exactly the words shown; a sentence whose shown words still open with results pointed
 * back at ("These results show …", `reporting-frame.ts`) loses to any that stands alone, and so does one that says nothing
 * beyond the paper's frame ("This paper presents the major achievements of the project.", `frame-only.ts`).
 */
import type { Span } from '../../../src/shared/paper-schema.ts';
import { escapeRegExp } from '../../../src/shared/regexp.ts';
import { aimLabelsBeforeTheAim } from './aim-section.ts';
import { leansOnPrevious, pointsBackAtObject } from './anaphora.ts';
import { conclusionSection, findingsBeforeConclusion, labelledRole } from './conclusion-section.ts';
import { contributionScore, STUDY_CREDIT } from './contribution-score.ts';
import { states } from './contribution-verb.ts';
import { isEnumeratedPart } from './enumerated-parts.ts';
import { saysOnlyFrame } from './frame-only.ts';
import { recommendsAsTitledBody } from './issuing-body.ts';
import { aimsAsPronoun } from './pronoun-aim.ts';
import { answersOpeningQuestion } from './question-answer.ts';
import { achievesOwnInOpening, inOwnVoice } from './own-voice.ts';
import { contributesInPastOpening, studiesInOpening, studiesInPresent } from './passive-contribution.ts';
import { makesInOpening } from './made-in-opening.ts';
import { publisherLines } from './publisher-line.ts';
import { measuresInOpening, studiesInPerfectOpening } from './perfect-opening.ts';
import { opensWithSummarySubject } from './reporting-frame.ts';
import { statesResearchNeed } from './research-need.ts';
import { settingScene } from './scene-setting.ts';
import { isStructured, sectionBody } from './section-label.ts';
import { statesProcedureStep } from './procedure-step.ts';
import { opensWithConnector, splitGluedSentences, withoutConnector } from './standalone-sentence.ts';
import type { TextRule } from './text-rule.ts';
import { titleName } from './title-name.ts';
import { readTitle } from './title-reading.ts';
import { CUE } from './tldr-cues.ts';
import { worthSections } from './worth-section.ts';

/** The `tldr` text rule: the contribution sentence. */
export const tldrRule: TextRule<'tldr'> = {
	field: 'tldr',
	needs: [],
	annotate: ({ sentences, title }) => selectTldr(sentences, title),
};

/** Penalty of a sentence whose shown words need the sentence before it ("These initiatives are …"). */
const LEANS_ON_PREVIOUS = 3;
/**
 * Further penalty when the shown words still open with results pointed back at ("These results show a strong
 * effect"): no frame could be left out, and a TL;DR must never open so; more than a finding or a contribution verb earns.
 */
const SUMMARY_SUBJECT = 12;
/**
 * Penalty of a sentence whose shown words say nothing beyond the paper's frame ("This paper presents the major achievements
 * of the project.", `frame-only.ts`): its contribution verb earns it more than most sentences, and it tells the reader nothing.
 */
const FRAME_ONLY = 12;
/** Penalty of a sentence that sets the scene before the paper first speaks of its own work (`scene-setting.ts`). */
const SCENE_SETTING = 3;
/** Bonus of the first sentence that states a contribution. */
const FIRST_CONTRIBUTION = 2;
/** Penalty of an enumeration's first item and the sentences that go on with it: as much as a later part's. */
const FIRST_OF_STEPS = 6;
/** Penalty of a publisher's copyright or licence line (`publisher-line.ts`): as much as other boilerplate. */
const PUBLISHER_LINE = 20;
/** Bonus of an abstract's opening sentence that states a contribution in the past passive ("A method was developed for …"). */
const OPENING_PAST_CONTRIBUTION = 6;
/** Bonus of an opening that states the experiment as what was measured: a study's credit, and the step's penalty back. */
const OPENING_MEASUREMENT = STUDY_CREDIT + 2;
/** Penalty of a contribution whose fronted purpose points back at the main one ("To make such … feasible, we introduce …"): a part's. */
const PART_AFTER_MAIN = 6;
/** A fronted purpose pointing back at what the sentences before set out: "To make such …,", "To keep this tractable,". */
const PURPOSE_BACK = /^(?:in order )?to\s[^,;]*?\b(?:this|these|those|such|it)\b/i;
/** Further penalty of a secondary contribution ("We further introduce …") after a sentence in the paper's own voice. */
const SECONDARY_AFTER_MAIN = 2;
/**
 * Bonus of a structured abstract's labelled conclusion over its stated aim or design: more than the title's words
 * can earn an aim that restates the title ("AIM: To analyse the influence of X on Y …" under "Influence of X on Y").
 */
const CONCLUSION_OVER_AIM = 4;
/**
 * Penalty of a sentence in a section of the paper's worth, reach or limits ("Originality/value: This study provides a unique
 * integration of …", `worth-section.ts`): more than the title's words can earn a restatement over the "Purpose:" it restates.
 */
const WORTH_SECTION = 2;
/** An association stated, as cohort and case-control studies state what they found. */
const ASSOCIATION = /\b(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:not\s+)?associated\s+with\b/i;
/** A dash opening the text shown, as a list or an aside run on from the sentence before does. */
const DASH_OPENING = /^[–—-]/;

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
	// Whether the sentence that took the first-contribution bonus defines the title's system ("SkyReels V4 is a unified …").
	let mainDefinesTitled = false;
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
	// The Lancet's "Findings: … Interpretation: …": the findings section's associations are results listed before the conclusion.
	const findings = findingsBeforeConclusion(candidates.map((sentence) => sentence.text));
	// "Originality/value: …", "Practical implications: …": what the work is worth, not what it is.
	const worth = worthSections(candidates.map((sentence) => sentence.text));
	// "Purpose of review: X is activated by low oxygen … This review summarizes …": the aim is the section's later sentence.
	const beforeAim = structured ? aimLabelsBeforeTheAim(candidates.map((sentence) => sentence.text), inOwnVoice) : [];
	const texts = candidates.map((sentence) => sentence.text);
	// "This paper introduces the first systematic evaluation framework … We introduce Paper Reconstruction Evaluation
	// (PaperRecon), …": a later statement that names the title's system is the main one, the earlier its unnamed announcement.
	// The name as a whole word: "KARLBench" under "KARL: …" is another system.
	const titled = name === null ? null : new RegExp(String.raw`(?<![\w-])${escapeRegExp(name)}(?![\w-])`);
	const namedLater = titled === null ? -1 : candidates.findIndex((sentence) => titled.test(sentence.text) && states(sentence.text));
	for (const [i, sentence] of candidates.entries()) {
		let score = contributionScore(sentence.text, title);
		// "The study collected data of 200 companies … It aimed to: 1) evaluate …": the study's aim, its subject a pronoun; the
		// paper speaking of its own work, so it sets no scene.
		const pronounAim = i > 0 && aimsAsPronoun(sentence.text, candidates[i - 1]!.text);
		if (pronounAim) score += STUDY_CREDIT;
		// "What are the relationships between …? Sperm telomere length is related to …": the answer to the study question the
		// abstract opens with is its finding (`question-answer.ts`).
		if (answersOpeningQuestion(texts, i)) score += STUDY_CREDIT;
		// "Publication rights licensed to ACM.", "This is an open-access article distributed under …": a publisher's line.
		if (publisher[i]) score -= PUBLISHER_LINE;
		if (worth[i]) score -= WORTH_SECTION;
		// An aim label over the scene of the aim (`aim-section.ts`): the label's credit is the aim's, stated later in the section.
		if (beforeAim[i]) score -= STUDY_CREDIT;
		const enumerated = isEnumeratedPart(candidates, i);
		if (enumerated) score -= FIRST_OF_STEPS;
		const firstOfSteps = enumerated && CUE.FIRST_ITEM.test(sentence.text);
		if (scene[i] && !pronounAim) score -= SCENE_SETTING;
		// Nothing comes before the opening sentence that it could report: its past passive is the paper's own.
		// "A new catalyst was prepared using …", "X were added to enhance …": the opening's making or adding is the study's own too.
		if (i === 0 && (contributesInPastOpening(sentence.text) || makesInOpening(sentence.text))) score += OPENING_PAST_CONTRIBUTION;
		// "The effect of X on Y is examined.": an opening present passive of study states what the paper studies, as "we examine" would.
		// "The durability of bonded joints have been investigated by undertaking fatigue tests …": the perfect passive, told by its
		// means, is the paper's own study too (`perfect-opening.ts`).
		else if (i === 0 && (studiesInOpening(sentence.text) || studiesInPerfectOpening(sentence.text))) score += STUDY_CREDIT;
		// "We measured the velocity field caused by …": an experiment opening on what it measured states the study, not a step of
		// it; the step's penalty `contributionScore` gave is taken back.
		else if (i === 0 && measuresInOpening(sentence.text)) score += OPENING_MEASUREMENT;
		// "The effects of X are investigated in two taxa", after a background opening: the paper's study all the same.
		else if (i > 0 && studiesInPresent(sentence.text) && !inOwnVoice(sentence.text)) score += STUDY_CREDIT;
		// "Nano-texturing of a silicon surface has been achieved via one-step copper-assisted chemical etching" under a title
		// naming both: an opening that restates the title as a thing achieved by a means is the paper's own achievement.
		else if (i === 0 && opensOwn) score += STUDY_CREDIT;
		// A structured abstract's labelled conclusion beats its aim or design, labelled or not ("The aim of this study was …" under
		// "Background:", "DESIGN: We conducted …"): the aim says what was to be shown, the conclusion what was.
		// A conclusion that says what the work "will" show (a trial's design paper) states a prospect, not a finding.
		// So does one that says what research still has to do ("It is also necessary to investigate …", `research-need.ts`).
		// So does one that tells a step of the study ("Conclusion: The system's performance was analyzed across the year"): it says
		// what was done, not what was found (`procedure-step.ts`, read without the label).
		if (structured && concluding[i] && !CUE.WILL.test(sentence.text) && !statesResearchNeed(sentence.text) && !statesProcedureStep(sectionBody(sentence.text))) {
			score += CONCLUSION_OVER_AIM;
			// "Poorer X is associated with adverse outcomes": an association stated in the conclusion section is the study's finding,
			// as the label's own sentence is credited one (`contributionScore`); outside it, an association may be background.
			// In a findings section a conclusion follows, it is one result among the others.
			if (labelledRole(sentence.text) !== 'conclusion' && !findings[i] && ASSOCIATION.test(sentence.text)) score += STUDY_CREDIT;
		}
		// "We further introduce X" after the paper has spoken of its own work: a second contribution, behind the first.
		if (i > 0 && CUE.SECONDARY.test(sentence.text) && states(sentence.text) && candidates.slice(0, i).some((before) => inOwnVoice(before.text))) score -= SECONDARY_AFTER_MAIN;
		// "we introduce two novel key components: (i) …" after "we present VGGT-Det, the first framework …": the system's parts.
		else if (i > 0 && CUE.COUNTED_PARTS.test(sentence.text) && candidates.slice(0, i).some((before) => states(before.text))) score -= SECONDARY_AFTER_MAIN;
		// "We address this problem by providing …" points back only at the problem it answers.
		const standing = withoutConnector(sentence);
		const shown = standing.text;
		// "SkyReels V4 is a unified video model … To make such high resolution generation feasible, we introduce an efficiency
		// strategy": after a main statement defining the title's system, a contribution whose purpose points back at it serves
		// that system, a part of it, as "To validate this approach, …" is (`CUE.PART`). After a main statement of anything else
		// ("we introduce PlayEval, a benchmark … To …, we present PlayCoder"), the later one may be the titled system itself.
		if (mainDefinesTitled && states(sentence.text) && PURPOSE_BACK.test(sentence.text.slice(0, standing.start - sentence.start))) score -= PART_AFTER_MAIN;
		if (leansOnPrevious(shown) && !CUE.ANSWERS_IN_CLAUSE.test(sentence.text)) score -= LEANS_ON_PREVIOUS;
		if (opensWithSummarySubject(shown)) score -= SUMMARY_SUBJECT;
		if (saysOnlyFrame(shown)) score -= FRAME_ONLY;
		// The bonus goes to a main statement, never to "Second, we …" or "We further …"; "OmniLottie is a versatile framework
		// that …" under a title naming OmniLottie defines the contribution, and a later "we introduce a … tokenizer" is its part.
		// "This article outlines the effects of such a procurement clause …" names its object by pointing back: it goes on
		// from what the sentence before set out, so it is no first statement of the contribution.
		const announcesNamed = i < namedLater;
		if (firstContribution && !firstOfSteps && !announcesNamed && !pointsBackAtObject(shown) && (states(sentence.text) || definesTitledSystem(sentence.text)) && ![CUE.PART, CUE.SECONDARY, CUE.CONSEQUENCE, CUE.COUNTED_PARTS].some((cue) => cue.test(sentence.text))) {
			firstContribution = false;
			mainDefinesTitled = definesTitledSystem(sentence.text);
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
