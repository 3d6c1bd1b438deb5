/**
 * The verb by which a sentence names a contribution ("We propose X", "This paper introduces …", "by designing …",
 * "A correction technique is proposed …"): 'primary' for propose, introduce or present, 'other' for the rest.
 * Verbs that only look like one are read out first: "We presented infants with pictures" shows stimuli
 * (`stimulus-presentation.ts`), "we propose that …" and "we propose a paradigm shift" argue, "proposes six hypotheses to be tested" designs
 * (`proposed-hypotheses.ts`), "we describe relationships between …" reports (`described-relations.ts`) and "We formulate
 * allocation as a contextual bandit" casts a problem in a known form (`formulated-as.ts`). What an experiment realizes ("We
 * realize an atomic interferometer …") is what it built.
 * The cue patterns are `tldr-cues.ts`'s.
 */
import { contributesByCount } from './counted-passive.ts';
import { contributesPassively } from './passive-contribution.ts';
import { withoutProposedHypotheses } from './proposed-hypotheses.ts';
import { withoutDescribedRelations } from './described-relations.ts';
import { withoutFormulatedAs } from './formulated-as.ts';
import { withoutStimulusPresentation } from './stimulus-presentation.ts';
import { CUE, OWN_AGENT, PRESENTS_FINDING, TO_MAKE_NEW } from './tldr-cues.ts';

// "We propose that …", "this paper proposes that …": a that-clause makes the verb one of arguing.
// "we propose a data-centric paradigm shift, positing that …", "we propose a paradigm shift by leveraging …": a shift of
// paradigm proposed is a stance the paper takes, argued as a that-clause is; the system it builds on it ("Guided by this
// insight, we present ShotVerse, a … framework") is the contribution.
const PROPOSES_THAT = /\bpropos(?:e|es|ed|ing)\s+(?:that\b|an?\s+(?:[\w-]+\s+){0,2}?paradigm\s+shift\b)/gi;

/**
 * The verb by which the sentence names a contribution ("we propose", "by introducing"):
 * 'primary' for propose, introduce or present, 'other' for the rest, null for none.
 */
export function statedBy(sentence: string): 'primary' | 'other' | null {
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
	// "We formulate allocation as a contextual bandit": a problem cast in a known form, a step (`formulated-as.ts`).
	const text = withoutFormulatedAs(withoutDescribedRelations(withoutProposedHypotheses(presented.replace(PROPOSES_THAT, ''))));
	const stated = CUE.CONTRIBUTION.test(text) || answersWithName(text) || (CUE.BY_INTRODUCING.test(text) && !CUE.DEMONSTRATED_BY.test(text) && OWN_AGENT.test(text)) || CUE.AND_PROPOSE.test(text) || TO_MAKE_NEW.test(text) || CUE.PROVIDES_NEW.test(text) || CUE.REALIZES.test(text) || CUE.DEMONSTRATES_METHOD.test(text) || contributesPassively(text) || contributesByCount(text);
	return !stated ? null : CUE.PRIMARY_VERB.test(text) ? 'primary' : 'other';
}

/** "We bridge this gap with OpenGame, …": an answer in one clause whose means is a name. */
function answersWithName(text: string): boolean {
	const answer = CUE.ANSWERS_IN_CLAUSE.exec(text);
	return answer !== null && CUE.NAME_OPENS.test(text.slice(answer.index + answer[0].length));
}

/** True when the sentence names a contribution with a verb. */
export function states(sentence: string): boolean {
	return statedBy(sentence) !== null;
}
