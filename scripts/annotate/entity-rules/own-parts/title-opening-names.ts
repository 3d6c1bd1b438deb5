/**
 * A name the title opens with is what the paper is about: "The XZZX surface code", "Random
 * Forests", "The Sequence Alignment/Map format and SAMtools", "MS-FPN-Based Pavement Defect
 * Identification Algorithm". A title that starts with a name the lexicons do not know presents
 * that thing, or builds on it as its own part, where a title about someone else's work names it
 * after a verb or a preposition ("… Using Composite Drought Index", "Evidence from the DEA and
 * fsQCA"). The name may be written in the title by its long form, in any case, with a kind noun
 * inside it ("XZZX surface code" for "XZZX code") or a plural "s"; what follows it must end the
 * name: the title's end, a colon, "and", "-based", or a kind noun. A name the lexicons know is the
 * paper's own only where the title is that name alone, as the paper that first described it is
 * titled ("Random Forests").
 */
import type { OwnPartRule } from './own-part-rule.ts';

/** A kind noun a title may add inside or after a name ("surface code", "… format"). */
const KIND = /^(?:surface|code|codes|format|formats|method|methods|model|models|algorithm|algorithms|framework|system|approach|technique|architecture)$/i;
/** What may follow a name the title opens with: nothing, a colon or dash, "and", "-based". */
const NAME_END = /^(?:$|\s*[:—–]|\s+and\s|\s+&\s|-based\b)/i;

const words = (text: string) => text.toLowerCase().split(/\s+/).filter(Boolean);
const singular = (word: string) => word.replace(/s$/, '');

/**
 * Whether the title, its article aside, opens with `form` (kind nouns allowed inside and after it, a plural aside);
 * `whole` asks that nothing follow it.
 */
export function titleOpensWith(title: string, form: string, whole = false): boolean {
	const rest = title.replace(/^(?:the|an?)\s+/i, '');
	const want = words(form);
	if (want.length === 0) return false;
	const parts = rest.split(/(\s+)/);
	let i = 0;
	let at = 0;
	for (let w = 0; w < parts.length && i < want.length; w += 2) {
		const word = parts[w]!.toLowerCase();
		const last = i === want.length - 1;
		const joined = last ? word.replace(/-based$/, '') : word;
		if (joined === want[i] || (last && singular(joined) === singular(want[i]!))) {
			i++;
			at = parts.slice(0, w + 1).join('').length - (word.length - joined.length);
		} else if (i === 0 || !KIND.test(word)) return false;
	}
	if (i < want.length) return false;
	let tail = rest.slice(at);
	// A kind noun after the name ("The Sequence Alignment/Map format and …").
	tail = tail.replace(/^\s+(\S+)/, (all, word: string) => (KIND.test(word) ? '' : all));
	return whole ? /^\s*$/.test(tail) : NAME_END.test(tail);
}

/** A used name, unknown to the lexicons, that the title opens with, by itself or its long form. */
export const titleOpeningNames: OwnPartRule = {
	name: 'title-opening names',
	isOwn({ name, forms }, { title, acronyms, isKnown }) {
		const longs = acronyms.filter((a) => a.short === name).map((a) => a.long);
		const all = [name, ...forms, ...longs].filter((form) => form.length >= 3);
		// A known name is the paper's own only where the title is that name and nothing else ("Random Forests").
		const known = all.some((form) => isKnown(form));
		return all.some((form) => titleOpensWith(title, form, known));
	},
};
