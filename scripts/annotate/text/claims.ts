/**
 * Quantitative claims: each number that states a result ("up to 4.55%", "50x",
 * "12.1times faster", "~2300", "a 6.3-point gain", "30 to 200 times faster"), with
 * its sentence and the entities that sentence names.
 *
 * A number counts only with a result unit (%, x, times, -fold, points, a metric such
 * as BLEU), as an approximate value ("~2300") or as the value of a score ("a return
 * above 870"), so enumerations "(1)", years, model sizes ("LLaMA2-7B"), section
 * numbers and "Part I" never become claims.
 */
import type { Claim, Entity, Span } from '../../../src/shared/paper-schema.ts';
import { entityKey } from '../../../src/shared/urls.ts';
import type { TextRule } from './text-rule.ts';

/** The `claims` text rule: numbers stating results, tied to the entities of their sentence. */
export const claimsRule: TextRule<'claims', 'entities'> = {
	field: 'claims',
	needs: ['entities'],
	annotate: ({ abstract, sentences }, { entities }) => extractClaims(abstract, sentences, entities),
};

const NUMBER = String.raw`[+\-−]?\d+(?:,\d{3})*(?:\.\d+)?`;
const UNIT = String.raw`(?:\s?\\?%|[xX×](?![A-Za-z0-9])|\s?times\b|-?fold\b|(?:\s|-)points?\b|\s?pp\b)`;
const CLAIM = new RegExp(
	String.raw`(?<![\w.@^/])(?:` +
		// "4.55%", "50x", "12.1times", "6.3-point", "30 to 200 times", "~2300"
		String.raw`${NUMBER}(?:\s?(?:to|-|–)\s?${NUMBER})?${UNIT}|~\s?${NUMBER}(?:${UNIT})?` +
		// "by 28.8 and 28.5 points": the first number shares the unit of the last
		String.raw`|${NUMBER}(?=(?:\s?,\s?${NUMBER})*,?\s(?:and|or)\s${NUMBER}${UNIT})` +
		// "a normalized return above 870", "a BLEU score of 41.8"
		String.raw`|(?<=\b(?:above|exceeding|(?:score|accuracy|return|reward|rate) of)\s)${NUMBER}(?![\w.])` +
		// "28.4 BLEU", "51.3 mIoU", "93.2 F1": a number with a metric as its unit
		String.raw`|${NUMBER}\s(?:BLEU|ROUGE(?:-[\w]+)?|F1|AP|mAP|mIoU|FID|PSNR|dB|Dice|AUC|EM)\b` +
		')',
	'g',
);
// The paper's own method, referred to without its name.
const SELF_REFERENCE = /\b(?:[Oo]ur|[Tt]he proposed) (?:method|approach|framework|model|algorithm|system|agent)s?\b|^(?:It|This method|This approach)\b/;

/** Extracts the quantitative claims of an abstract. */
export function extractClaims(abstract: string, sentences: Span[], entities: Entity[]): Claim[] {
	const urls = [...abstract.matchAll(/https?:\/\/\S+/g)].map((m) => [m.index, m.index + m[0].length] as const);
	// Numbers inside entity names ("GPT-4o", "TD3") are names, not results.
	const named = entities.flatMap((e) => e.spans);
	const inside = (at: number, ranges: readonly (readonly [number, number])[]) => ranges.some(([s, e]) => at >= s && at < e);
	const introduced = entities.filter((e) => e.role === 'introduced').map((e) => entityKey(e.type, e.id));
	const claims: Claim[] = [];
	for (const sentence of sentences) {
		const text = sentence.text;
		let about: string[] | null = null;
		for (const m of text.matchAll(CLAIM)) {
			const start = sentence.start + m.index;
			if (inside(start, urls) || named.some((s) => start >= s.start && start < s.end)) continue;
			const value = m[0].trimEnd();
			about ??= aboutOf(sentence, entities, SELF_REFERENCE.test(text) ? introduced : []);
			claims.push({ value: { start, end: start + value.length, text: value }, sentence, about });
		}
	}
	return claims;
}

/** Entity refs (`type/id`) named in a sentence, in order of first mention. */
function aboutOf(sentence: Span, entities: Entity[], implied: string[]): string[] {
	const mentions: { ref: string; at: number }[] = [];
	for (const entity of entities) {
		const span = entity.spans.find((s) => s.start >= sentence.start && s.end <= sentence.end);
		if (span) mentions.push({ ref: entityKey(entity.type, entity.id), at: span.start });
	}
	const refs = mentions.sort((a, b) => a.at - b.at).map((m) => m.ref);
	for (const ref of implied) if (!refs.includes(ref)) refs.push(ref);
	return refs;
}
