/**
 * A finding the authors name as they state it: "we uncover a critical mechanism: Negative Gradient
 * Damping (NGD) within Foo drives …", "we identify a new phenomenon: Reward Echo (RE)". Where
 * authors find rather than build, a colon after what they found (a mechanism, a phenomenon, an
 * effect) introduces the name they give it, with its acronym; the name is theirs, as a proposed
 * method's is.
 */
import type { NameHit, NameRule } from './name-rule.ts';
import { SUBJECT } from './contribution-statement.ts';

const NAMED = /\b(?:uncover|identify|discover|reveal|observe|find)(?:s|ed)?\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:mechanism|phenomenon|effect|property|principle|component|regime|behaviou?r)\s*:\s*$/i;

/** Acronyms defined right after "we uncover a … mechanism:", as names the paper gives. */
export const namedFinding: NameRule = {
	name: 'named finding',
	scope: 'sentence',
	find(sentence, { abstract, acronyms, isGeneric, isKnown }) {
		const subject = SUBJECT.exec(sentence.text);
		if (!subject) return [];
		const hits: NameHit[] = [];
		for (const acronym of acronyms) {
			if (acronym.span.start < sentence.start + subject.index || acronym.span.end > sentence.end) continue;
			if (isGeneric(acronym.short) || isKnown(acronym.short) || isKnown(acronym.long)) continue;
			if (NAMED.test(abstract.slice(sentence.start, acronym.span.start))) hits.push({ name: acronym.short, forms: [acronym.short, acronym.long], type: 'method' });
		}
		return hits;
	},
};
