/**
 * A statistic the abstract writes only as its symbol set equal to a value ("Fst = 0.110", "Fst =
 * 0.082") reports a result, not a method the paper names: the symbol stands for the number, and
 * a page for the lexicon's long name ("fixation index") would name what the text never writes.
 * Population genetics, ecology and medicine report their statistics so; where the text also
 * writes the statistic's name, or the symbol anywhere but before "=", "<" or ">" and a number, it
 * is named and kept.
 */
import { forLastText } from '../last-text.ts';
import type { NameFilter } from './entity-rule.ts';
import { boundedStarts } from './name-occurrences.ts';

/** A symbol: one short token, no space ("Fst", "FST", "Ho"). */
const SYMBOL = /^[A-Za-z][A-Za-z0-9_]{0,4}$/;
/** A value right after the symbol: "= 0.110", "< 0.05", "≥ 2". */
const VALUE_AFTER = /^\s*[=<>≤≥]\s*[-−]?\d/;

/** The text lower-cased, once per abstract: a long form is looked for in it once per candidate name. */
const lowerOf = forLastText((text: string) => text.toLowerCase());

/** Whether every form the text writes is a symbol, each time before a value. */
export function onlyReportedSymbol(forms: Iterable<string>, text: string): boolean {
	let written = 0;
	for (const form of forms) {
		const uses = SYMBOL.test(form) ? boundedStarts(form, text) : (lowerOf(text).includes(form.toLowerCase()) ? [-1] : []);
		for (const at of uses) {
			if (at < 0 || !VALUE_AFTER.test(text.slice(at + form.length, at + form.length + 12))) return false;
			written += 1;
		}
	}
	return written > 0;
}

/** Drops a statistic written only as its symbol equal to a value. */
export const reportedSymbols: NameFilter = {
	name: 'reported symbols',
	rejects: ({ forms }, { abstract }) => onlyReportedSymbol(forms, abstract),
};
