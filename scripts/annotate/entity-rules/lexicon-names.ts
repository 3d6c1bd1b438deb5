/**
 * Names the curated lexicons list (content/lexicons/): every form of every entry, matched at
 * word boundaries — several-word forms in any case ("proximal policy optimization"), single
 * words exactly as written ("MATH" is a dataset, "math" is not). A short form the abstract
 * defines as something else than the entry's long forms is not the entry.
 */
import { escapeRegExp } from '../../../src/shared/regexp.ts';
import type { Acronym } from '../../../src/shared/paper-schema.ts';
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

/**
 * Short forms the abstract defines as something other than the lexicon entry they spell: "The
 * Sequence Alignment/Map (SAM) format" is no Segment Anything Model, "Spectral Angle Mapper (SAM)"
 * neither. An entry whose long forms the lexicon gives is told apart by them; one without any
 * ("BERT") is trusted.
 */
function redefined(short: string, entry: LexiconEntry, acronyms: readonly Acronym[]): boolean {
	const longForms = [entry.name, ...entry.aliases].filter(isMultiWord).map(normalised);
	if (longForms.length === 0) return false;
	const defined = acronyms.filter((a) => a.short === short);
	return defined.length > 0 && defined.every((a) => !longForms.includes(normalised(a.long)));
}

const normalised = (form: string) => form.toLowerCase().replace(/[\s-]+/g, ' ');

/** Whether the abstract defines the lexicon's short form `short` as something other than its entry (see `redefined`). */
export function redefinesKnownShort(short: string, lexicons: Lexicons, acronyms: readonly Acronym[]): boolean {
	const hit = lexiconIndex(lexicons).lookup.get(short);
	return hit !== undefined && !isMultiWord(short) && redefined(short, hit.entry, acronyms);
}

/** Lexicon entries the abstract mentions, each with all its forms. */
export const lexiconNames: EntityRule = {
	name: 'lexicon names',
	priority: 2,
	find({ abstract, lexicons, acronyms, inUrl }) {
		const { lookup, matcher } = lexiconIndex(lexicons);
		const found = [];
		for (const m of abstract.matchAll(matcher)) {
			if (inUrl(m.index)) continue;
			const hit = lookup.get(m[0]) ?? lookup.get(m[0].toLowerCase().replace(/\s+/g, ' '));
			if (!hit || (!isMultiWord(m[0]) && redefined(m[0], hit.entry, acronyms))) continue;
			found.push({ type: hit.type, name: hit.entry.name, role: 'used' as const, forms: [hit.entry.name, ...hit.entry.aliases] });
		}
		return found;
	},
};
