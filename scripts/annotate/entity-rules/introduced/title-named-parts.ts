/**
 * A part of the paper's contribution that the title names too, defined with its acronym in the
 * sentence that presents the contribution: "We present Foo, a self-improving framework, centered on
 * the Verifiable Scene Oracle (VSO)", title "Foo: … via Verifiable Scene Oracles"; "We introduce Bar,
 * a benchmark …, enabled by Simulated Tool Environments (STEs)", title "Bar: … via Simulated Tool
 * Environments". The object of the verb runs on past "centered on" or "enabled by", which end it
 * for other rules (what a method is built on is usually someone else's); a part the title also
 * names is what the paper is about, its own. Title-case long forms, not known to the lexicons, and
 * written in the title as in the abstract, a plural's "s" aside.
 */
import type { NameHit, NameRule } from './name-rule.ts';

const TITLE_CASE = /^[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|of|for|and|in|on|with))*\s+[A-Z][\w-]*$/;

/** Whether `title` writes the long form, in any case, a plural "s" of its last word aside. */
function titleNames(title: string, long: string): boolean {
	const stem = long.toLowerCase().replace(/s$/, '');
	const at = title.toLowerCase().indexOf(stem);
	return at >= 0 && !/\w/.test(title.charAt(at - 1)) && /^s?(?!\w)/.test(title.slice(at + stem.length));
}

/** Acronyms defined in a contribution's sentence whose long form the title names, as the paper's own parts. */
export const titleNamedParts: NameRule = {
	name: 'title-named parts',
	scope: 'object',
	find({ sentence, start }, { title, acronyms, isGeneric, isKnown }) {
		const hits: NameHit[] = [];
		for (const acronym of acronyms) {
			if (acronym.span.start < start || acronym.span.end > sentence.end) continue;
			if (!TITLE_CASE.test(acronym.long) || isGeneric(acronym.short) || isKnown(acronym.short) || isKnown(acronym.long)) continue;
			if (titleNames(title, acronym.long)) hits.push({ name: acronym.short, forms: [acronym.short, acronym.long], type: 'method' });
		}
		return hits;
	},
};
