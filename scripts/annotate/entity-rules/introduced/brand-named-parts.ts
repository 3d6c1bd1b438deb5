/**
 * The paper's own system named by a brand and a part: "We introduce Voxtral TTS, an expressive
 * text-to-speech model … encoded with Voxtral Codec, a speech tokenizer". A rule reading an
 * apposition takes the coined token ("TTS") for the name; when the abstract writes that token only
 * after one and the same capitalised word, the word is the name's first ("Voxtral TTS"), and the
 * brand's other capitalised parts are released with it ("Voxtral Codec"). The brand must stand in the
 * title and once inside a sentence, so a capitalised sentence opener ("Our TTS …") is no brand. A maker's
 * brand may be two or three words ("We introduce Fish Audio S2, an … text-to-speech system"): the brand is
 * the capitalised words every mention of the token shares, not only the last of them.
 */
import { escapeRegExp } from '../../../../src/shared/regexp.ts';
import type { NameHit, NameRule } from './name-rule.ts';
import { allMatches } from '../../all-matches.ts';

/** A capitalised word that may be a brand: "Voxtral", "Gemini". */
const BRAND = /^[A-Z][a-z]+[A-Za-z0-9]*$/;
/** A one-token name the rules found: "TTS", "Codec-2", "XNet". */
const TOKEN = /^[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*$/;

/** Words a brand holds at most: "Fish Audio", "Acme Speech Labs". */
const MAX_BRAND_WORDS = 3;

/**
 * The capitalised words right before every mention of `token` that all its mentions share, if any:
 * "Fish Audio" of "We introduce Fish Audio S2 …". A mention after a word of another shape shares none.
 */
function brandBefore(token: string, abstract: string): string | undefined {
	const mentions = allMatches(abstract, new RegExp(String.raw`(?<![\w-])${escapeRegExp(token)}(?![\w-])`, 'g'));
	let shared: string[] | undefined;
	for (const m of mentions) {
		// The capitalised words before this mention, nearest last, up to the first word of another shape.
		const before = abstract.slice(Math.max(0, m.index - 80), m.index);
		if (!before.endsWith(' ')) return undefined;
		const words = before.trimEnd().split(' ');
		const run: string[] = [];
		while (run.length < MAX_BRAND_WORDS && words.length > 0 && BRAND.test(words.at(-1)!)) run.unshift(words.pop()!);
		shared = shared === undefined ? run : sharedTail(shared, run);
		if (shared.length === 0) return undefined;
	}
	return shared?.join(' ') || undefined;
}

/** The longest run of words both end with. */
function sharedTail(a: readonly string[], b: readonly string[]): string[] {
	let n = 0;
	while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
	return a.slice(a.length - n);
}

/** "Voxtral TTS" for a found "TTS" written only after "Voxtral", and the brand's other parts ("Voxtral Codec"). */
export const brandNamedParts: NameRule = {
	name: 'brand-named parts',
	scope: 'paper',
	find({ title, abstract, isGeneric, isKnown }, found) {
		const hits: NameHit[] = [];
		for (const own of found) {
			if (!TOKEN.test(own.name)) continue;
			const brand = brandBefore(own.name, abstract);
			if (!brand || brand.split(' ').some((word) => isGeneric(word) || isKnown(word)) || isKnown(brand) || !new RegExp(String.raw`\b${brand}\b`).test(title)) continue;
			// Inside a sentence: a lower-case word or a comma before the brand.
			if (!new RegExp(String.raw`(?:[a-z,]) ${brand} ${escapeRegExp(own.name)}\b`).test(abstract)) continue;
			for (const m of allMatches(abstract, new RegExp(String.raw`(?<![\w-])${brand} ([A-Z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*)(?![\w-])`, 'g'))) {
				const name = `${brand} ${m[1]!}`;
				if (isGeneric(m[1]!) || hits.some((h) => h.name === name)) continue;
				hits.push({ name, forms: [name], type: own.type });
			}
		}
		return hits;
	},
};
