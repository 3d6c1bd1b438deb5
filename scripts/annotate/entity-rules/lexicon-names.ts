/**
 * Names the curated lexicons list (content/lexicons/): every form of every entry, matched at
 * word boundaries — several-word forms in any case ("proximal policy optimization"), single
 * words exactly as written ("MATH" is a dataset, "math" is not).
 */
import { escapeRegExp } from '../../../src/shared/regexp.ts';
import type { EntityType, LexiconEntry, Lexicons } from '../lexicons.ts';
import type { EntityRule } from './entity-rule.ts';

/** The lexicons compiled for matching. */
export interface LexiconIndex {
	generic: Set<string>;
	/** Form as written (single words) or lower-cased (several words) → entry. */
	lookup: Map<string, { type: EntityType; entry: LexiconEntry }>;
	/** Every form, longest first. */
	matcher: RegExp;
}

// Compiled once per Lexicons object, not once per abstract.
const compiled = new WeakMap<Lexicons, LexiconIndex>();

const isMultiWord = (form: string) => /\s/.test(form);

/** The lexicons compiled for matching; the first entry to claim a form keeps it. */
export function lexiconIndex(lexicons: Lexicons): LexiconIndex {
	const cached = compiled.get(lexicons);
	if (cached) return cached;
	const lookup = new Map<string, { type: EntityType; entry: LexiconEntry }>();
	const types: EntityType[] = ['method', 'algorithm', 'model', 'dataset'];
	for (const type of types) {
		for (const entry of lexicons[type]) {
			for (const form of [entry.name, ...entry.aliases]) {
				const key = isMultiWord(form) ? form.toLowerCase() : form;
				if (!lookup.has(key)) lookup.set(key, { type, entry });
			}
		}
	}
	const forms = [...lookup.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
	const alternatives = forms.map((f) => (isMultiWord(f) ? escapeRegExp(f).replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`).replace(/\s+/g, '\\s+') : escapeRegExp(f)));
	const matcher = new RegExp(`(?<![A-Za-z0-9-])(?:${alternatives.join('|') || '(?!)'})(?![A-Za-z0-9])`, 'g');
	const index = { generic: new Set(lexicons.generic), lookup, matcher };
	compiled.set(lexicons, index);
	return index;
}

/** Lexicon entries the abstract mentions, each with all its forms. */
export const lexiconNames: EntityRule = {
	name: 'lexicon names',
	priority: 2,
	find({ abstract, lexicons, inUrl }) {
		const { lookup, matcher } = lexiconIndex(lexicons);
		const found = [];
		for (const m of abstract.matchAll(matcher)) {
			if (inUrl(m.index)) continue;
			const hit = lookup.get(m[0]) ?? lookup.get(m[0].toLowerCase().replace(/\s+/g, ' '));
			if (hit) found.push({ type: hit.type, name: hit.entry.name, role: 'used' as const, forms: [hit.entry.name, ...hit.entry.aliases] });
		}
		return found;
	},
};
