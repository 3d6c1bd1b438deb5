import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../fixtures/seed.ts';
import { extractEntities } from '../../text/entities.ts';

const lexicons = loadLexicons();
const found = (abstract: string) => extractEntities('', abstract, lexicons).map((e) => [`${e.name}:${e.type}/${e.role}`, e.spans.map((s) => s.text)]);

describe('atKMetrics', () => {
	// Code-generation and retrieval papers coin their metrics after pass@k and Recall@k.
	it('takes an at-sign metric the authors propose, not its cut-off in a result as a mention', () => {
		expect(found('We build a suite of shell tasks. We further propose Solve@k, a metric that counts tasks solved in k tries. Agents reach 31% Solve@5.')).toEqual([
			['Solve@k:method/introduced', ['Solve@k']],
		]);
	});

	it('leaves an at-sign metric the paper only reports with', () => {
		expect(found('Our agent reaches 31% Pass@1 on the suite.')).toEqual([]);
	});
});
