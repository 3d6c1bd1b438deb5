/**
 * A short name built from the initials of a title-case phrase just before it, with no bracket:
 * "we propose a Language-Centric Omnimodal Embedding framework, termed LCO-Emb". The acronym
 * finder reads only "Long Form (LF)"; here the phrase is the name spelled out, and two entities
 * would list one framework twice. The phrase becomes a form of the short name when the short
 * name's capitals are the phrase's initials and a naming word ("termed", "called", "named",
 * "dubbed", "or") brings it in right after the phrase and its kind noun; "the Weighted Interval
 * Score with scores such as the … WIS" names nothing. The phrase may also follow the name in
 * brackets, spelling it out ("we present LPM 1.0 (Large Performance Model)"), which the acronym
 * finder does not read when a version follows the short name, or be a hyphenated compound in
 * brackets whose parts spell out the short name's capitals, a shared size or version tail aside
 * ("we introduce InCoder-32B (Industrial-Coder-32B)"), or be quoted before the short name in brackets
 * ("an “Enterotype Drift Score” (EDS)"), or be a hyphenated name whose parts the bracket after it cuts to
 * their first letters ("DGM-Hyperagents (DGM-H)").
 */
import type { Acronym } from '../../../src/shared/paper-schema.ts';
import { typeOfLongForm } from './long-form-heads.ts';
import type { Candidate } from './resolve-mentions.ts';

const SMALL_WORD = /^(?:a|an|the|of|for|in|on|to|and|or|with|via|by)$/;
/** What stands between the phrase and the short name: a kind noun or two, then a naming word ("… Embedding framework, termed LCO-Emb"). */
const NAMING = /^\s+(?:[a-z]+\s*){0,2}?,?\s*(?:termed|called|named|dubbed|or)\s+["“']?$/;

/** The initials of a title-case phrase of two words or more, hyphen parts counted ("Language-Centric" → "LC"); "" if it is not one. */
export function initialsOf(phrase: string): string {
	const words = phrase.split(/\s+/);
	if (words.length < 2 || !words.every((w) => SMALL_WORD.test(w) || /^[A-Z]/.test(w))) return '';
	return words
		.filter((w) => !SMALL_WORD.test(w))
		.flatMap((w) => w.split('-').filter(Boolean))
		.map((part) => part[0]!.toUpperCase())
		.join('');
}

/**
 * The initials of a hyphenated compound of capitalised parts, less a tail it shares with `short`
 * ("Industrial-Coder-32B" beside "InCoder-32B" → "IC"); "" if it is not one.
 *
 * @example compoundInitials('Industrial-Coder-32B', 'InCoder-32B') // 'IC'
 */
export function compoundInitials(compound: string, short: string): string {
	const parts = compound.split('-');
	const tail = short.lastIndexOf('-') > 0 ? short.slice(short.lastIndexOf('-')) : '';
	const head = tail && compound.endsWith(tail) ? parts.slice(0, -1) : parts;
	if (/\s/.test(compound) || head.length < 2 || !head.every((part) => /^[A-Z][a-z]+$/.test(part))) return '';
	return head.map((part) => part[0]).join('');
}

/**
 * Whether `short` is `name` with its hyphenated parts cut to their first letters, one part at least:
 * "DGM-H" of "DGM-Hyperagents".
 *
 * @example clips('DGM-Hyperagents', 'DGM-H') // true
 * @example clips('DGM-Hyperagents', 'DGM') // false
 */
export function clips(name: string, short: string): boolean {
	const parts = name.split('-');
	const cut = short.split('-');
	return parts.length >= 2 && parts.length === cut.length && short.length < name.length && cut.every((part, i) => part.length > 0 && parts[i]!.startsWith(part));
}

/** The capitals of a short name, less a hyphenated tail: "InCoder-32B" → "IC". */
const capitalsOf = (short: string) => (short.lastIndexOf('-') > 0 ? short.slice(0, short.lastIndexOf('-')) : short).replace(/[^A-Z]/g, '');

/** Folds each title-case phrase candidate into the candidate named by its initials right after it, in place. */
export function foldInitialismPairs(candidates: Map<string, Candidate>, abstract: string, acronyms: readonly Acronym[]): void {
	// A short name is one token, or one and a version ("LPM 1.0").
	const shorts = [...candidates.values()].filter((c) => /^\S+(?:\s+v?\d+(?:\.\d+)*)?$/.test(c.name) && /[A-Z].*[A-Z]/.test(c.name));
	if (shorts.length === 0) return;
	for (const [phraseKey, phrase] of candidates) {
		// "extending DGM to create DGM-Hyperagents (DGM-H)": the name, then in brackets its parts cut to their first letters.
		const cut = shorts.find((s) => s !== phrase && clips(phrase.name, s.name) && abstract.includes(`${phrase.name} (${s.name})`));
		if (cut) {
			for (const form of [phrase.name, ...phrase.forms]) cut.forms.add(form);
			candidates.delete(phraseKey);
			continue;
		}
		const initials = initialsOf(phrase.name);
		// A long form the abstract defines in brackets is the acronym rules' pair already.
		const compound = initials.length < 2 && /^[A-Z][a-z]+-[A-Z][a-z]/.test(phrase.name);
		if ((initials.length < 2 && !compound) || acronyms.some((a) => a.long === phrase.name)) continue;
		const at = abstract.indexOf(phrase.name);
		if (at < 0) continue;
		const after = abstract.slice(at + phrase.name.length, at + phrase.name.length + 60);
		const before = abstract.slice(Math.max(0, at - 40), at);
		const short = shorts.find((s) => {
			if (s === phrase) return false;
			// "InCoder-32B (Industrial-Coder-32B)": a compound in brackets right after the name it spells out.
			if (compound) return before.endsWith(`${s.name} (`) && compoundInitials(phrase.name, s.name).length >= 2 && compoundInitials(phrase.name, s.name) === capitalsOf(s.name);
			if (s.name.replace(/[^A-Z]/g, '') !== initials) return false;
			// "we present LPM 1.0 (Large Performance Model)": the phrase spells out the name in brackets after it.
			if (before.endsWith(`${s.name} (`)) return true;
			const gap = after.indexOf(s.name);
			// "an “Enterotype Drift Score” (EDS)": a quoted phrase and its initials in brackets, which the
			// acronym finder does not pair across the quotation mark.
			return gap >= 0 && (NAMING.test(after.slice(0, gap)) || /^["”’]\s*\($/.test(after.slice(0, gap)));
		});
		if (!short) continue;
		for (const form of [phrase.name, ...phrase.forms]) short.forms.add(form);
		// The words around the phrase that stated its type state the short name's; a spelled-out
		// name headed "Model" says the short name is one ("Large Performance Model").
		if (phrase.statedType && !short.statedType) Object.assign(short, { type: phrase.type, statedType: true });
		else if (!short.statedType && short.type === 'method' && typeOfLongForm(phrase.name) === 'model') short.type = 'model';
		candidates.delete(phraseKey);
	}
}
