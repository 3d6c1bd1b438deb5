/**
 * The name before the colon of the title, "RAMario: Experimental Approach to …", "Taipan:
 * Efficient and Expressive …", when the abstract uses it as a name: a coined name or several
 * words anywhere, a plain word ("Taipan", "Framer", "Unbounded") written as in the title
 * somewhere other than the start of a sentence, where any word is capitalised.
 */
import { escapeRegExp } from '../../../../src/shared/regexp.ts';
import { titleName } from '../../text/tldr.ts';
import { isCoinedName } from '../coined-name.ts';
import { hit, type NameContext, type NameRule } from './name-rule.ts';

/** The title's "Name:" prefix, if the abstract uses it. */
export const titlePrefix: NameRule = {
	name: 'title prefix',
	scope: 'paper',
	find(context) {
		const name = titleName(context.title);
		if (!name || !context.abstract.includes(name)) return [];
		return isCoinedName(name) || name.includes(' ') || usedAsName(name, context) ? [hit(name)] : [];
	},
};

/** Whether the abstract writes `name` as in the title, word-bounded, somewhere a sentence does not begin. */
function usedAsName(name: string, { abstract, sentences }: NameContext): boolean {
	const starts = new Set(sentences.map((s) => s.start));
	const pattern = new RegExp(`(?<![\\w-])${escapeRegExp(name)}(?![\\w-])`, 'g');
	return [...abstract.matchAll(pattern)].some((m) => !starts.has(m.index));
}
