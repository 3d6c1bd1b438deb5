/**
 * A density found, counted things per unit of area: "Guangzhou has a high canopy cover with a tree density of 150 trees per
 * hectare", "the tree density of the urban land is about 15 trees per 900 m2", "a density of 3.2 nests per km2 was
 * recorded". Ecology, forestry and urban studies report how many trees, nests or animals stand on an area so; the word
 * "density" before the figure is the evidence, and a density the study set ("planted at a density of 2,500 seedlings
 * per ha", "stocked at") is a setting and stays out.
 */
import type { ClaimValue } from './claim-value.ts';
import { allMatches } from '../all-matches.ts';

const NUMBER = String.raw`\d[\d,]*(?:\.\d+)?`;
const AREA = String.raw`(?:${NUMBER}\s?)?(?:hectares?|ha|km2|km²|m2|m²|acres?|square\s(?:kilo)?met(?:er|re)s?)`;
// "density … (of|is|was) (about) 150 trees per hectare": the figure, its counted noun and the area, after "density" and up to
// eight words of what the density is of.
const FOUND = new RegExp(
	String.raw`\bdensit(?:y|ies)\s(?:[\w-]+\s){0,8}?(?:of|is|was|were|are|reached|averaged)\s((?:about|approximately|around|nearly|over|almost|up to|more than|less than)\s)?(${NUMBER}\s(?:[a-z-]+\s){1,2}?per\s${AREA})(?![\w/])`,
	'gi',
);
// "planted at a density of …", "stocked at …": a density the study set.
const SET = /\b(?:planted|sown|stocked|seeded|thinned|spaced|established|maintained)\s(?:\w+\s){0,3}?at\s(?:an?\s)?(?:\w+\s)?$/i;
const CUE = /\bdensit(?:y|ies)\b/i;

/**
 * Every density of counted things per area a sentence reports, with its "about" when it has one.
 *
 * @example findFoundDensities('Guangzhou has a tree density of 150 trees per hectare.') // → [{ index: 32, text: '150 trees per hectare' }]
 */
export function findFoundDensities(text: string): ClaimValue[] {
	if (!CUE.test(text) || !/\bper\s/i.test(text)) return [];
	return allMatches(text, FOUND)
		.filter((m) => !SET.test(text.slice(Math.max(0, m.index - 60), m.index)))
		.map((m) => {
			const value = (m[1] ?? '') + m[2]!;
			return { index: m.index + m[0].length - value.length, text: value };
		});
}
