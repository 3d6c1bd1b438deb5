/**
 * Whether a sentence speaks in the paper's own voice: what sets the scene before it (`scene-setting.ts`) and which
 * secondary contributions come after it are read by this.
 */
import { statesAim } from './aim-statement.ts';
import { speaksOfOwnWork } from './background-statement.ts';
import { labelledRole } from './conclusion-section.ts';
import { statesFinding } from './finding-statement.ts';
import { actsAsPaper, authorNarrates, namesItsKind, paperInquires, studiesByCount } from './own-subject.ts';
import { achievesInOpening, studiesPassively } from './passive-contribution.ts';
import { statesPlan } from './plan-statement.ts';
import { tellsOwnWork } from './scene-setting.ts';
import { sharedWords } from './title-reading.ts';
import { states } from './contribution-verb.ts';
import { CUE } from './tldr-cues.ts';

/** How much of the title's content an opening must restate to be the paper's own achievement (`achievesInOpening`). */
const RESTATES_TITLE = 0.6;

/**
 * Whether a sentence is in the paper's own voice: it states a contribution, an aim, a study or a
 * finding of the paper's own, or speaks of the paper ("we", "this study", "here"), or tells it in the
 * third person ("A two-year study evaluates …", "The present study tests …", `scene-setting.ts`), or tells its plan ("This
 * workshop will provide …", `plan-statement.ts`).
 */
export function inOwnVoice(sentence: string): boolean {
	const section = labelledRole(sentence);
	return states(sentence) || CUE.STUDY.test(sentence) || CUE.THESIS.test(sentence) || studiesByCount(sentence) || authorNarrates(sentence) || statesAim(sentence) || actsAsPaper(sentence) || paperInquires(sentence) || namesItsKind(sentence) || studiesPassively(sentence) || statesFinding(sentence) || section === 'aim' || section === 'conclusion' || speaksOfOwnWork(sentence) || tellsOwnWork(sentence) || statesPlan(sentence);
}

/**
 * Whether an opening sentence restates the title as a thing achieved by a means (`achievesInOpening`): "Nano-texturing of
 * a silicon surface has been achieved via one-step copper-assisted chemical etching" under a title naming both.
 */
export function achievesOwnInOpening(sentence: string, titleWords: ReadonlySet<string>): boolean {
	return titleWords.size > 0 && achievesInOpening(sentence) && sharedWords(sentence, titleWords) >= RESTATES_TITLE * titleWords.size;
}
