import { allMatches } from './all-matches.ts';
/**
 * Sentence ends that wink-nlp misses because it glues the full stop to a short token and reads the
 * pair as an abbreviation ("J." of "J. Smith", "p." of "p. 12", "etc."). A unit symbol ending a
 * sentence is such a short token ("… at 26.5°N. The …", "… 8 cm/s. The …", "… 1–41 m. We …"), and
 * so is a one-letter variable ("… grows with p. We …", "… Recall at K. Results …"); no abbreviation or initial stands where
 * they do. Each rule is a pattern whose match ends where the next sentence starts.
 */

/** One kind of full stop that ends a sentence although wink-nlp read an abbreviation. */
export interface GluedStopRule {
	name: string;
	/** A global pattern; each match is the whitespace between the two sentences. */
	pattern: RegExp;
	/** Optional veto, given the text and the match's index (the character after the stop). */
	keep?: (text: string, at: number) => boolean;
}

// The next sentence opens with a capitalised word ("The", "In"), not an acronym or a number.
const NEXT = String.raw`\s+(?=[A-Z][a-z])`;

// A unit after a number: letters (SI and customary symbols, µ and Ω among them), optionally after a
// degree sign and joined by "/" or "·" ("cm/s", "W/kg", "mmol/L", "°N", "ºC", "%p" percentage points).
const UNIT = String.raw`(?:[°º]\s?)?(?:%p|[A-Za-zµμΩ]{1,4}(?:\s?[/·⋅]\s?[A-Za-zµμΩ]{1,4})*)`;

// Abbreviations that do follow numbers mid-sentence ("Model 3 vs. Model 4", "in 2019 St. Louis").
const NOT_UNITS = new Set(['vs', 'cf', 'al', 'ca', 'pp', 'no', 'No', 'Eq', 'Fig', 'Sec', 'Ref', 'St', 'Dr', 'Mr', 'Ms', 'Mrs', 'Jr', 'Sr', 'Vol', 'Ch', 'Tab']);

function wordBeforeStop(text: string, at: number): string {
	const before = text.slice(Math.max(0, at - 12), at).trimEnd();
	return /([A-Za-z]+)\.$/.exec(before)?.[1] ?? '';
}

/** The kinds of glued full stop that end a sentence; adding one is one entry. */
export const GLUED_STOP_RULES: GluedStopRule[] = [
	{
		name: 'unit after a number',
		pattern: new RegExp(String.raw`(?<=\d\s?${UNIT}\.)${NEXT}`, 'g'),
		keep: (text, at) => !NOT_UNITS.has(wordBeforeStop(text, at)),
	},
	// A lower-case letter alone is a symbol, never an initial ("v." of "Roe v. Wade" is a word).
	{ name: 'one-letter symbol', pattern: new RegExp(String.raw`(?<=\s[a-uw-z]\.)${NEXT}`, 'g') },
	// "… reporting hit rate, MRR, and Recall at K. Results show …": a capital letter after a preposition of a quantity's
	// setting ("at K", "top N", "than M") is a variable, not an initial, which follows a name, "by" or "and" ("by J. Smith",
	// "in J. Chem. Phys." keep theirs).
	{ name: 'capital variable after a preposition', pattern: new RegExp(String.raw`(?<=\s(?:at|on|for|than|over|under|top)\s[A-Z]\.)${NEXT}`, 'g') },
	// A temperature whose degree sign an export wrote out ("… at 21 degrees C. Survival …", "… 15-35 degrees C. We …"): the
	// scale's letter after "degrees" is a unit, never a person's initial, which follows a name or a first initial.
	{ name: 'temperature scale after degrees', pattern: new RegExp(String.raw`(?<=\d\s?(?:degrees?|deg\.?)\s?[CFK]\.)${NEXT}`, 'g') },
	// A full stop doubled where an export lost what stood between ("… for E. coli. . Random forest …", an italic name's
	// last stop and the sentence's own): wink-nlp reads the pair as no end; an ellipsis ("...") is left as it reads it.
	{ name: 'doubled full stop', pattern: new RegExp(String.raw`(?<=[^.\s]\.\s?\.)${NEXT}`, 'g') },
	// A list cut short ends its sentence when a capitalised word follows ("… smoke, etc. Measuring …").
	{ name: 'etc.', pattern: new RegExp(String.raw`(?<=\betc\.)${NEXT}`, 'g') },
];

/**
 * Where sentences start inside `text.slice(start, end)` after a glued full stop: the offsets of the
 * whitespace that separates them, in order. Cheap: a full stop followed by a space is checked first.
 *
 * @example gluedStopBreaks('It flows at 8 cm/s. The rest.', 0, 29) // [19]
 */
export function gluedStopBreaks(text: string, start: number, end: number): number[] {
	const slice = text.slice(start, end);
	if (!/\.\s+[A-Z]/.test(slice)) return [];
	const cuts: number[] = [];
	for (const rule of GLUED_STOP_RULES) {
		for (const m of allMatches(slice, rule.pattern)) {
			if (!rule.keep || rule.keep(slice, m.index)) cuts.push(start + m.index);
		}
	}
	return [...new Set(cuts)].sort((a, b) => a - b);
}
