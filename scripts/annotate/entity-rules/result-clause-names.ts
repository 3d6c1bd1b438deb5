/**
 * Names a result clause gives and nothing else does, typed by the clause's shape: benchmarks a
 * sentence opens with before its result ("On ARC (logic) and DART (math), Dr.LLM improves accuracy
 * by up to +3.4%p"), data a reached performance is measured on ("achieving state-of-the-art
 * performance in tasks like … retrosynthesis on USPTO-50k"), and a model a method is run on,
 * called state of the art itself ("on the state-of-the-art Lumina-DiMOO, it achieves over 4x
 * acceleration"). Hugging Face abstracts name their benchmarks and base models this way in every
 * subfield; the clause around the name is the only evidence, so the name must be coined (capitals,
 * digits, a hyphen), never a plain word, and neither generic nor known (a known name has its type).
 */
import { isCoinedName } from './coined-name.ts';
import type { EntityRule, FoundName } from './entity-rule.ts';
import { PARAMETER_COUNT } from './type-evidence.ts';
import { allMatches } from '../all-matches.ts';

/** A coined name as these clauses write it ("USPTO-50k", "Lumina-DiMOO", "ARC"). */
const NAME = String.raw`[A-Z][\w.+-]*[\w+]`;
/** A verb of a reached result. */
const RESULT = /\b(?:achiev|reach|improv|outperform|surpass|attain|obtain|deliver|yield|boost|gain|accelerat|set)\w*\b/i;
/** "On X (task), Y and Z (task)," opening a sentence: the names, each with an optional bracketed task. */
const OPENING_LIST = new RegExp(String.raw`^On\s+(?:the\s+)?(${NAME}(?:\s+\([^)]{1,30}\))?(?:\s*,\s*${NAME}(?:\s+\([^)]{1,30}\))?)*(?:,?\s+and\s+${NAME}(?:\s+\([^)]{1,30}\))?)?)\s*,`);
/** "performance / accuracy … on X": data a result is measured on, within one clause (no comma, no semicolon). */
const MEASURED_ON = new RegExp(String.raw`\b(?:performance|accuracy|results?|scores?)\b[^,;.]{0,90}?\bon\s+(?:the\s+)?(${NAME})(?=\s*(?:[,;.)]|$|\s+and\s))`, 'g');
/** "on the state-of-the-art X, <it> achieves": a model the method is applied to. */
const APPLIED_ON_MODEL = new RegExp(String.raw`\bon\s+the\s+(?:state-of-the-art|SOTA|strong|latest|leading|frontier)\s+(${NAME})\s*,`, 'g');

/** Names of result clauses: benchmarks and data as datasets, a state-of-the-art base model as a model. */
export const resultClauseNames: EntityRule = {
	name: 'result-clause names',
	priority: 1,
	find({ sentences, isGeneric, isKnown }) {
		const found: FoundName[] = [];
		const take = (name: string, type: 'dataset' | 'model') => {
			if (!isCoinedName(name) || isGeneric(name) || isKnown(name)) return;
			if (type === 'dataset' && PARAMETER_COUNT.test(name)) return; // "on Qwen3-8B" reports a backbone
			found.push({ type, name, role: 'used', forms: [] });
		};
		for (const { text } of sentences) {
			if (!RESULT.test(text)) continue;
			const opening = OPENING_LIST.exec(text)?.[1];
			if (opening) for (const m of allMatches(opening.replace(/\([^)]*\)/g, ''), new RegExp(NAME, 'g'))) take(m[0], 'dataset');
			for (const m of allMatches(text, MEASURED_ON)) take(m[1]!, 'dataset');
			for (const m of allMatches(text, APPLIED_ON_MODEL)) take(m[1]!, 'model');
		}
		return found;
	},
};
