import { describe, expect, it } from 'vitest';
import type { GoldClaim } from './gold.ts';
import { locate, sameMeasure, scoreClaims, type PredictedClaim } from './score-claims.ts';

const abstract = 'ZIP-FIT reaches the loss up to 85.1% faster and selects two orders of magnitude faster than D4 on 1,000 tasks.';
const claim = (text: string, about: string[] = []): PredictedClaim => {
	const range = locate(abstract, text)!;
	return { value: { ...range, text }, about };
};
const forms = new Map([
	['method/zip-fit', ['ZIP-FIT']],
	['method/d4', ['D4']],
]);
const gold: GoldClaim[] = [
	{ value: '85.1', subject: ['ZIP-FIT'], measure: 'speed-up' },
	{ value: 'two orders of magnitude', subject: ['ZIP-FIT'], measure: 'selection speed' },
];

describe('scoreClaims', () => {
	it('finds a gold value through any overlapping predicted value and checks its subject', () => {
		const score = scoreClaims(abstract, [claim('85.1%', ['method/zip-fit'])], forms, gold, []);
		expect(score).toMatchObject({ gold: 2, found: 1, withSubject: 1, subjectRight: 1, predicted: 1, correct: 1, missed: ['two orders of magnitude'] });
	});

	it('marks a found claim about the wrong entity', () => {
		const score = scoreClaims(abstract, [claim('two orders of magnitude', ['method/d4'])], forms, gold, []);
		expect(score.subjectRight).toBe(0);
		expect(score.wrongSubject).toEqual(['two orders of magnitude → method/d4 (gold ZIP-FIT)']);
	});

	it('counts a subject right alone only when the claim names no other system besides; a dataset may stand beside it', () => {
		const alone = scoreClaims(abstract, [claim('85.1%', ['method/zip-fit'])], forms, gold, []);
		expect(alone).toMatchObject({ subjectRight: 1, subjectAlone: 1, extraSubjects: [] });
		const besides = scoreClaims(abstract, [claim('85.1%', ['method/zip-fit', 'method/d4'])], forms, gold, []);
		expect(besides).toMatchObject({ subjectRight: 1, subjectAlone: 0 });
		expect(besides.extraSubjects).toEqual(['85.1 → method/zip-fit, method/d4 (gold ZIP-FIT)']);
		expect(scoreClaims(abstract, [claim('85.1%')], forms, gold, [])).toMatchObject({ subjectRight: 0, subjectAlone: 0, extraSubjects: [] });
		expect(scoreClaims(abstract, [claim('85.1%', ['method/zip-fit', 'dataset/gsm8k'])], forms, gold, [])).toMatchObject({ subjectAlone: 1 });
	});

	it('counts a number that is no result as a false positive unless it is optional', () => {
		expect(scoreClaims(abstract, [claim('1,000')], forms, gold, []).falsePositives).toEqual(['1,000']);
		expect(scoreClaims(abstract, [claim('1,000')], forms, gold, ['1,000'])).toMatchObject({ predicted: 0, falsePositives: [] });
	});

	it('counts a later use of a gold value written twice nowhere, and a longer number that holds it as a false positive', () => {
		const text = 'The AUCs of A, B, C and D are 0.99, 0.97, 0.96, and 0.97, respectively, and E reaches 0.971.';
		const at = (value: string, from = 0): PredictedClaim => {
			const start = text.indexOf(value, from);
			return { value: { start, end: start + value.length, text: value }, about: [] };
		};
		const twice: GoldClaim[] = [{ value: '0.97', subject: null, measure: 'AUC' }];
		const score = scoreClaims(text, [at('0.97'), at('0.97', text.indexOf('0.96')), at('0.971')], new Map(), twice, []);
		expect(score).toMatchObject({ found: 1, predicted: 2, correct: 1, falsePositives: ['0.971'] });
	});

	it('leaves claims without a named subject out of subject accuracy', () => {
		const score = scoreClaims(abstract, [claim('85.1%')], forms, [{ value: '85.1', subject: null, measure: 'speed-up' }], []);
		expect(score).toMatchObject({ found: 1, withSubject: 0, subjectRight: 0 });
	});

	it('counts found claims that state a measure and those that agree with the gold one', () => {
		const measured = (text: string, measure: string | null) => ({ ...claim(text), measure: measure === null ? null : { text: measure } });
		const score = scoreClaims(abstract, [measured('85.1%', 'loss'), measured('two orders of magnitude', null)], forms, gold, []);
		expect(score).toMatchObject({ found: 2, measureStated: 1, measureRight: 0 });
		expect(score.wrongMeasure).toEqual(['85.1 → loss (gold speed-up)', 'two orders of magnitude → none (gold selection speed)']);
		expect(scoreClaims(abstract, [measured('two orders of magnitude', 'faster selections')], forms, gold, [])).toMatchObject({ measureRight: 1 });
	});

	it('takes two measures as one when they share a content word, plurals folded', () => {
		expect(sameMeasure('reduction in memory', 'memory reduction')).toBe(true);
		expect(sameMeasure('success rates in novel environments', 'success rate')).toBe(true);
		expect(sameMeasure('the overall score', 'gain on the MATH')).toBe(false);
	});

	it('counts a gold value the parsed abstract lost as missed', () => {
		const score = scoreClaims(abstract, [claim('85.1%')], forms, [{ value: '99%', subject: null, measure: 'x' }], []);
		expect(score).toMatchObject({ gold: 1, found: 0, missed: ['99% (not in the parsed abstract)'], falsePositives: ['85.1%'] });
	});
});
