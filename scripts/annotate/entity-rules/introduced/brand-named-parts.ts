/**
 * The paper's own system named by a brand and a part: "We introduce Voxtral TTS, an expressive
 * text-to-speech model … encoded with Voxtral Codec, a speech tokenizer". A rule reading an
 * apposition takes the coined token ("TTS") for the name; when the abstract writes that token only
 * after one and the same capitalised word, the word is the name's first ("Voxtral TTS"), and the
 * brand's other capitalised parts are released with it ("Voxtral Codec"). The brand must stand in the
 * title and once inside a sentence, so a capitalised sentence opener ("Our TTS …") is no brand.
 */
import { escapeRegExp } from '../../../../src/shared/regexp.ts';
import type { NameHit, NameRule } from './name-rule.ts';
import { allMatches } from '../../all-matches.ts';

/** A capitalised word that may be a brand: "Voxtral", "Gemini". */
const BRAND = /^[A-Z][a-z]+[A-Za-z0-9]*$/;
/** A one-token name the rules found: "TTS", "Codec-2", "XNet". */
const TOKEN = /^[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*$/;

/** The one capitalised word before every mention of `token`, if it is the same each time. */
function brandBefore(token: string, abstract: string): string | undefined {
	const mentions = allMatches(abstract, new RegExp(String.raw`(?<![\w-])${escapeRegExp(token)}(?![\w-])`, 'g'));
	const words = new Set(mentions.map((m) => /(\S+) $/.exec(abstract.slice(Math.max(0, m.index - 40), m.index))?.[1] ?? ''));
	const [word] = words;
	return words.size === 1 && word && BRAND.test(word) ? word : undefined;
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
			if (!brand || isGeneric(brand) || isKnown(brand) || !new RegExp(String.raw`\b${brand}\b`).test(title)) continue;
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
