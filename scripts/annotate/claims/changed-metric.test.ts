import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../src/shared/paper-schema.ts';
import { splitSentences } from '../sentences.ts';
import { describeStoredOutputs } from '../testing/stored-outputs.ts';
import { extractClaims } from '../text/claims.ts';
import { isChangedMetric } from './changed-metric.ts';

/** Every claim of the abstract as "value → subjects", the entities placed at each mention of their names. */
function claimsWithSubjects(input: string): string[] {
	const { text, entities } = JSON.parse(input) as { text: string; entities: Pick<Entity, 'name' | 'type' | 'role'>[] };
	const placed: Entity[] = entities.map((e) => ({
		...e,
		id: e.name.toLowerCase(),
		spans: [...text.matchAll(new RegExp(String.raw`\b${e.name}\b`, 'g'))].map((m) => ({ start: m.index, end: m.index + e.name.length, text: e.name })),
	}));
	return extractClaims(text, splitSentences(text), placed).map((c) => `${c.value.text} → ${c.about.join(', ') || 'none'}`);
}

// Invented abstracts of report generation: metrics named like systems that a verb of change raises "by" an amount, and
// two systems "respectively" pairs with their scores; each read through the whole claim pipeline.
describeStoredOutputs(new URL('./fixtures/changed-metric/', import.meta.url), 'isChangedMetric on fixture %s', 'gives the claim subjects of the stored output.json', (file) =>
	claimsWithSubjects(file('input.json')!),
);

describe('isChangedMetric', () => {
	it('reads a name in the list a verb of change takes, before "by" and an amount', () => {
		const text = 'X wins, improving RaTE and SemScore by 6% and 5% respectively.';
		expect(isChangedMetric(text, text.indexOf('RaTE'), text.indexOf('RaTE') + 4)).toBe(true);
		expect(isChangedMetric(text, text.indexOf('SemScore'), text.indexOf('SemScore') + 8)).toBe(true);
		const single = 'It boosts BLEU by up to 2.1 points.';
		expect(isChangedMetric(single, 10, 14)).toBe(true);
	});

	it('leaves the subject of the verb, and a list with no amount after "by"', () => {
		expect(isChangedMetric('RaTE improves recall by 6%.', 0, 4)).toBe(false);
		const text = 'We improve LLaVA by adding a memory.';
		expect(isChangedMetric(text, 11, 16)).toBe(false);
	});
});
