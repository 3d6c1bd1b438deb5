import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../lexicons.ts';
import { extractEntities } from '../text/entities.ts';
import { onlyInHeadings } from './inline-headings.ts';

// unseen-round30 drug repurposing (Expert Opinion's headings in MEDLINE text): "AREAS COVERED: This article reviews key drugs …".
const ABSTRACT =
	'INTRODUCTION: Many drugs failed. AREAS COVERED: This article reviews key drugs that were discontinued. EXPERT OPINION: Alternative targets should be pursued.';

describe('onlyInHeadings', () => {
	it("knows a capital word written only in a heading that opens a sentence and ends in a colon", () => {
		expect(onlyInHeadings('AREAS', ABSTRACT)).toBe(true);
		expect(onlyInHeadings('EXPERT OPINION', ABSTRACT)).toBe(true);
	});

	it('keeps a name also written in a sentence, and one that is no word of capitals', () => {
		expect(onlyInHeadings('GWAS', 'METHODS: We ran GWAS. GWAS: the hits replicate.')).toBe(false);
		expect(onlyInHeadings('Areas', ABSTRACT)).toBe(false);
		expect(onlyInHeadings('AREAS', 'The AREAS COVERED: list.')).toBe(false);
	});
});

describe('inline headings in extractEntities', () => {
	it("drops a heading's word however a rule took it", () => {
		expect(extractEntities('Discontinued therapies', ABSTRACT, emptyLexicons()).map((e) => e.name)).not.toContain('AREAS');
	});
});
