import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../fixtures/seed.ts';
import { extractEntities } from '../text/entities.ts';

const lexicons = loadLexicons();
const found = (abstract: string) => extractEntities('', abstract, lexicons).map((e) => [e.name, e.spans.map((s) => s.text)]);

describe('foldFamilySizes', () => {
	// Reasoning papers name the families they tried, then report one size of each.
	it('makes a bare family a form of the one size of it the paper ran', () => {
		expect(found('Across two model families (Qwen2.5 and Gemma), our tuning improves Qwen2.5-7B from 30.1% to 41.2% on GSM8K.')).toEqual([
			['Qwen2.5-7B', ['Qwen2.5', 'Qwen2.5-7B']],
			['Gemma', ['Gemma']],
			['GSM8K', ['GSM8K']],
		]);
	});

	it('leaves the family when two of its sizes are named', () => {
		expect(found('Across two model families (Qwen2.5 and Gemma), our tuning improves Qwen2.5-7B and Qwen2.5-14B on GSM8K.').map(([name]) => name)).toEqual([
			'Qwen2.5',
			'Gemma',
			'Qwen2.5-7B',
			'Qwen2.5-14B',
			'GSM8K',
		]);
	});
});
