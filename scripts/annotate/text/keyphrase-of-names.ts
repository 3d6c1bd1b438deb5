/**
 * A capitalised name with "of" or "for" inside ("Internet of Things", "Web of Science", "Survey of Consumer
 * Finances", "Isle of Wight", "Draft Standard for Trial Use") is one name, but a noun-phrase run ends at "of": the candidates were
 * its pieces ("Internet", "Things", "Isle", "Wight"), each naming nothing, or a piece run on past it
 * ("Science database"). The name becomes a candidate whole, in place of the pieces inside it, and a
 * candidate that runs on past it starts where the name does ("Web of Science database").
 * A name headed by a feature of land or sea or a division of a country ("Isle", "Gulf", "Lake",
 * "Province") is a place: places are no keyphrases (`keyphrase-places.ts`), so it is left out
 * with its pieces. `keyphrase-long-forms.ts` does the same for a defined acronym's long form.
 */
import type { Span } from '../../../src/shared/paper-schema.ts';
import { allMatches } from '../all-matches.ts';
import { DIVISION_NOUNS, namesPlace } from '../entity-rules/place-names.ts';

// Up to three title-case words before "of" or "for" (and "the"), up to three after: "Bay of Bengal", "Survey of Consumer
// Finances", "Draft Standard for Trial Use". Words in capitals are left out on either side: "XANES of Pb" is an acronym's
// reading of a sample. A one- or two-digit number closes the name as it does any name ("… Trial Use Version 2"), unless a
// colon or bracket makes it a volume or a reference.
const OF = / (?:of|for) (?:the )?/g;
const BEFORE_OF = /(?<![\p{L}\d'’-])(?:\p{Lu}\p{Ll}[\p{L}'’-]* +){0,2}\p{Lu}\p{Ll}[\p{L}'’-]*$/u;
const AFTER_OF = /^\p{Lu}\p{Ll}[\p{L}\d'’-]*(?: +\p{Lu}\p{Ll}[\p{L}\d'’-]*){0,2}(?: \d{1,2}(?![\d.,:(]| \())?(?![\p{L}\d'’-])/u;

/** Title-case words that open a sentence or a noun phrase without being part of a name. */
const OPENERS = new Set(['The', 'A', 'An', 'This', 'These', 'Those', 'Its', 'Our', 'Their', 'In', 'On', 'For', 'With', 'By', 'From', 'At', 'To', 'And', 'Or', 'As']);

/** Heads of a place's name before "of": a feature of land or sea, a division of a country. */
const PLACE_HEADS = new Set([
	'Isle', 'Isles', 'Island', 'Islands', 'Gulf', 'Bay', 'Lake', 'Lakes', 'Mount', 'Mountains', 'Cape', 'Strait', 'Straits', 'Sea', 'Sound',
	'Firth', 'Vale', 'Valley', 'Bight', 'Peninsula', 'Coast', 'River', 'Port', 'City', 'Region', 'Republic', 'Kingdom', 'State', 'Commonwealth',
	...DIVISION_NOUNS,
]);

/** A name with "of" or "for" inside, as a span of the abstract, whether it names a place, and whether "for" joins it. */
interface OfName extends Span {
	place: boolean;
	purpose: boolean;
}

/** The capitalised names with "of" inside of `text`, in text order. */
export function namesWithOf(text: string): OfName[] {
	const names: OfName[] = [];
	for (const of of allMatches(text, OF)) {
		const before = BEFORE_OF.exec(text.slice(Math.max(0, of.index - 80), of.index));
		const after = AFTER_OF.exec(text.slice(of.index + of[0].length, of.index + of[0].length + 80));
		if (!before || !after) continue;
		let start = of.index - before[0].length;
		let left = before[0].split(/ +/);
		// "The Internet of Things": the opener is no part of the name.
		while (left.length > 1 && OPENERS.has(left[0]!)) {
			start += left[0]!.length + 1;
			left = left.slice(1);
		}
		if (OPENERS.has(left[0]!)) continue;
		// A capital that opens a sentence may only be the sentence's ("Effects of COVID-19 on …"), so no name starts there.
		if (/(?:^|[.!?:]\s*)$/.test(text.slice(Math.max(0, start - 3), start))) continue;
		// A name joined by "for" names what it is for ("Standard for Trial Use"), never a place of a region.
		const place = of[0].startsWith(' of') && PLACE_HEADS.has(left.at(-1)!);
		// "Late Miocene of Spain": a thing of a place is no name of its own.
		if (!place && namesPlace([after[0]])) continue;
		const end = of.index + of[0].length + after[0].length;
		const purpose = !of[0].startsWith(' of');
		// A method's long form beside its acronym ("OPSDC (On-Policy Self-Distillation for Reasoning Compression)")
		// is `keyphrase-long-forms.ts`'s to read: what the method is for ("Reasoning Compression") is a subject of its own.
		if (purpose && (ACRONYM_BEFORE.test(text.slice(Math.max(0, start - 20), start)) || ACRONYM_AFTER.test(text.slice(end, end + 20)))) continue;
		names.push({ start, end, text: text.slice(start, end), place, purpose });
	}
	return names;
}

/**
 * `candidates` with each capitalised name with "of" inside put whole in place of the candidates
 * inside it (a candidate running on past it made to start with it), a place's pieces left out,
 * in text order, each form once.
 *
 * @example withWholeOfNames(extractKeyphraseCandidates(text), text) // text 'We read the Web of Science database.' → [{ text: 'Web of Science', … }, { text: 'Web of Science database', … }]
 */
export function withWholeOfNames(candidates: readonly Span[], text: string): Span[] {
	if (!text.includes(' of ') && !text.includes(' for ')) return [...candidates];
	const names = namesWithOf(text);
	if (names.length === 0) return [...candidates];
	const out: Span[] = [];
	for (const candidate of candidates) {
		// A candidate that begins before the name ("middle Helvetian" of "middle Helvetian of Sansan") stays as it is.
		const name = names.find((n) => candidate.start >= n.start && candidate.start < n.end);
		if (!name || keepsPiece(name, candidate, text)) out.push(candidate);
		else if (candidate.end > name.end) out.push({ start: name.start, end: candidate.end, text: text.slice(name.start, candidate.end) });
	}
	for (const name of names) if (!name.place) out.push({ start: name.start, end: name.end, text: name.text });
	const seen = new Set<string>();
	return out
		.sort((a, b) => a.start - b.start || a.end - b.end)
		.filter((span) => {
			const key = span.text.toLowerCase();
			if (seen.has(key)) return false;
			seen.add(key);
			return true;
		});
}

/**
 * Whether a piece of a name joined by "for" stays a candidate beside the name: what the name is for
 * is a subject of its own when the text also writes it in lower case. A piece of an "of" name never
 * is ("Things"), nor one of a standard's name the text writes nowhere else ("Trial Use Version 2").
 */
function keepsPiece(name: OfName, candidate: Span, text: string): boolean {
	if (!name.purpose || candidate.end > name.end) return false;
	const lower = candidate.text.toLowerCase();
	return lower !== candidate.text && text.includes(lower);
}

// An acronym and its long form in brackets, either way round: "OPSDC (On-Policy …", "… Compression (OPSDC)".
const ACRONYM_BEFORE = /\p{Lu}[\p{L}\d-]*\p{Lu}[\p{L}\d-]* \($/u;
const ACRONYM_AFTER = /^ \(\p{Lu}[\p{L}\d-]*\p{Lu}/u;
