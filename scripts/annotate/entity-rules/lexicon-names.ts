/**
 * Names the curated lexicons list (content/lexicons/): every form of every entry, matched at
 * word boundaries — several-word forms and lower-case compounds in any case ("proximal policy
 * optimization", "Expectation-Maximization"), other single words exactly as written ("MATH" is a
 * dataset, "math" is not). A short form the abstract
 * defines as something else than the entry's long forms is not the entry.
 *
 * The lexicons hold hundreds of entries across fields, so the abstract is scanned once, word by
 * word, and each word looks up only the forms that begin with it: the cost grows with the
 * abstract, not with the lexicons.
 */
import { isBasedCompoundHead } from './based-compound-heads.ts';
import type { Acronym } from '../../../src/shared/paper-schema.ts';
import { escapeRegExp } from '../../../src/shared/regexp.ts';
import type { EntityType, LexiconEntry, Lexicons } from '../lexicons.ts';
import type { EntityRule } from './entity-rule.ts';
import { isWhiteSpace } from '../white-space.ts';

/** A lexicon hit: the entry a form belongs to, and its type. */
export interface LexiconHit {
	type: EntityType;
	entry: LexiconEntry;
}

/** One form ready to test where a word begins: its lookup key and a pattern anchored there. */
interface IndexedForm {
	key: string;
	/** Sticky: matches the form at `lastIndex` and nothing longer (no letter or digit after it). */
	pattern: RegExp;
}

/** The lexicons compiled for matching. */
export interface LexiconIndex {
	generic: Set<string>;
	/** Form as written (single words) or lower-cased (several words, lower-case compounds) → entry. */
	lookup: Map<string, LexiconHit>;
	/** First word (lower-cased) → the forms that begin with it, longest first. */
	byFirstWord: Map<string, IndexedForm[]>;
}

// Compiled once per Lexicons object, not once per abstract.
const compiled = new WeakMap<Lexicons, LexiconIndex>();

const isMultiWord = (form: string) => /\s/.test(form);
/**
 * Forms matched in any case: several words, or lower-case words joined by hyphens, which a title
 * or a long form capitalises word by word ("Expectation-Maximization") as it does spaced ones.
 */
const isCaseFree = (form: string) => isMultiWord(form) || /^[a-z]+(?:[-–][a-z]+)+$/.test(form);

/**
 * Where a match may begin, and the word it begins with: a run of letters and digits, or a single
 * other character (a form may open with one). Whitespace never opens a form (forms are trimmed).
 */
const WORD_SOURCE = String.raw`[A-Za-z0-9]+|[^A-Za-z0-9\s]`;
const FIRST_WORD = new RegExp(WORD_SOURCE);

/** A letter or digit as `[A-Za-z0-9]` reads it. */
const isAlphanumeric = (code: number) => (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);

/** Whether the text joins `start` to the letter before it by an en dash ("Bose–Hubbard"), as a hyphen would; after a digit it closes a range ("1–3"). */
const joinedByEnDash = (text: string, start: number) => start > 1 && text.charCodeAt(start - 1) === 8211 && ((text.charCodeAt(start - 2) | 32) >= 97 && (text.charCodeAt(start - 2) | 32) <= 122);

/** The word a form or a text begins with, as the index keys it. */
function firstWord(text: string): string {
	return (FIRST_WORD.exec(text)?.[0] ?? '').toLowerCase();
}

/** A form's own pattern: several words (or a lower-case compound) in any case and spacing, a single word exactly as written. */
function formPattern(form: string): RegExp {
	const body = isCaseFree(form) ? escapeRegExp(form).replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`).replace(/\s+/g, '\\s+') : escapeRegExp(form);
	return new RegExp(`${body}(?![A-Za-z0-9])`, 'y');
}

/** The lexicons compiled for matching; the first entry to claim a form keeps it. */
export function lexiconIndex(lexicons: Lexicons): LexiconIndex {
	const cached = compiled.get(lexicons);
	if (cached) return cached;
	const lookup = new Map<string, LexiconHit>();
	const types: EntityType[] = ['method', 'algorithm', 'model', 'dataset'];
	for (const type of types) {
		for (const entry of lexicons[type]) {
			for (const form of [entry.name, ...entry.aliases]) {
				const key = isCaseFree(form) ? form.toLowerCase() : form;
				if (!lookup.has(key)) lookup.set(key, { type, entry });
			}
		}
	}
	// Longest first, as one alternation of every form would try them: at a given word the longest
	// form that fits wins ("Monte Carlo Tree Search" over "Monte Carlo simulation" over nothing).
	const forms = [...lookup.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
	const byFirstWord = new Map<string, IndexedForm[]>();
	for (const key of forms) {
		const word = firstWord(key);
		const list = byFirstWord.get(word) ?? [];
		list.push({ key, pattern: formPattern(key) });
		byFirstWord.set(word, list);
	}
	const index = { generic: new Set(lexicons.generic), lookup, byFirstWord };
	compiled.set(lexicons, index);
	return index;
}

/** A lexicon form where the text writes it. */
export interface LexiconMatch {
	start: number;
	text: string;
	hit: LexiconHit;
}

/**
 * Texts scanned lately and their matches, the oldest dropped first. Three entity rules read each abstract's
 * matches, and each rule runs over a whole group of papers before the next (`extractEntitiesOfPapers`): a
 * memory of the last text alone was another paper's by the time the next rule asked, and every abstract was
 * scanned once per rule. A group is `TEXTS_AT_ONCE` papers; the memory holds more.
 */
const scanned = new Map<string, { index: LexiconIndex; found: readonly LexiconMatch[] }>();
const KEPT_SCANS = 64;

/**
 * Every lexicon form the text writes, left to right and not overlapping: at each word the longest
 * form that begins there, then the scan resumes after it. Shared and not to be changed: the rules
 * that read the lexicon names of an abstract one after the other get the same array, scanned once.
 *
 * @example lexiconMatches('Fitted by simulated annealing.', index) // [{ start: 10, text: 'simulated annealing', hit }]
 */
export function lexiconMatches(text: string, index: LexiconIndex): readonly LexiconMatch[] {
	const kept = scanned.get(text);
	if (kept !== undefined && kept.index === index) return kept.found;
	const found = scanLexiconForms(text, index);
	if (scanned.size >= KEPT_SCANS && kept === undefined) scanned.delete(scanned.keys().next().value!);
	scanned.set(text, { index, found });
	return found;
}

/** `lexiconMatches` without the kept scan. */
function scanLexiconForms(text: string, index: LexiconIndex): LexiconMatch[] {
	const found: LexiconMatch[] = [];
	let resume = 0;
	// The words of WORD_SOURCE, read character by character: the scan visits every word of every
	// abstract, and a match object per word cost more than the lookups themselves.
	for (let at = 0; at < text.length; ) {
		const code = text.charCodeAt(at);
		if (isWhiteSpace(code)) {
			at++;
			continue;
		}
		const start = at;
		at++;
		if (isAlphanumeric(code)) while (at < text.length && isAlphanumeric(text.charCodeAt(at))) at++;
		// A match never starts right after a letter, a digit or a hyphen ("Meta-World", not "World"), nor after an
		// en dash joined to a letter, as physics joins two discoverers' names ("the Bose–Hubbard model", not "Hubbard model").
		if (start < resume || (start > 0 && (isAlphanumeric(text.charCodeAt(start - 1)) || text.charCodeAt(start - 1) === 45 || joinedByEnDash(text, start)))) continue;
		const candidates = index.byFirstWord.get(text.slice(start, at).toLowerCase());
		if (!candidates) continue;
		for (const { key, pattern } of candidates) {
			pattern.lastIndex = start;
			const m = pattern.exec(text);
			if (!m) continue;
			found.push({ start, text: m[0], hit: index.lookup.get(key)! });
			resume = start + m[0].length;
			break;
		}
	}
	return found;
}

/**
 * Whether a match is only part of the long form of an acronym the abstract defines: "a nonlinear
 * model predictive control (NMPC)" names NMPC, not model predictive control, and "group
 * independent component analysis (GICA)" a variant of its own. A match that is the whole long
 * form ("density functional theory (DFT)") is the name itself.
 */
function insideLongerLongForm(start: number, text: string, acronyms: readonly Acronym[]): boolean {
	const end = start + text.length;
	return acronyms.some((a) => {
		const at = a.span.text.lastIndexOf(a.long);
		if (at < 0) return false;
		const longStart = a.span.start + at;
		return start >= longStart && end <= longStart + a.long.length && a.long.length > text.length && a.long.toLowerCase() !== text.toLowerCase();
	});
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
		const found = [];
		for (const { start, text, hit } of lexiconMatches(abstract, lexiconIndex(lexicons))) {
			if (inUrl(start) || insideLongerLongForm(start, text, acronyms)) continue;
			// "an auction-based market model": a "-based" modifier makes a name headed by a kind another thing.
			if (isMultiWord(text) && isBasedCompoundHead(abstract, start, text)) continue;
			if (!isMultiWord(text) && redefined(text, hit.entry, acronyms)) continue;
			// The abstract's own acronym for the name ("molecular dynamics (MD)") is a form of it here,
			// though the lexicon leaves it out for the fields that read it otherwise.
			const spelled = text.toLowerCase().replace(/\s+/g, ' ');
			const shorts = acronyms.filter((a) => a.long.toLowerCase().replace(/\s+/g, ' ') === spelled).map((a) => a.short);
			found.push({ type: hit.type, name: hit.entry.name, role: 'used' as const, forms: [hit.entry.name, ...hit.entry.aliases, ...shorts] });
		}
		return found;
	},
};
