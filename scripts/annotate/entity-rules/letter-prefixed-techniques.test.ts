import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../fixtures/seed.ts';
import { extractEntities } from '../text/entities.ts';

const entities = (abstract: string) => extractEntities('', abstract, loadLexicons()).map((e) => `${e.name}:${e.type}/${e.role}`);

describe('letterPrefixedTechniques', () => {
	it('finds techniques named by the letters they act on and an operation, as methods used', () => {
		const found = entities('We find that V-clipping stabilises long-context training, while QK-normalization matters only at scale and K-pruning saves memory.');
		expect(found).toContain('V-clipping:method/used');
		expect(found).toContain('QK-normalization:method/used');
		expect(found).toContain('K-pruning:method/used');
	});

	it('leaves things named with a letter and a hyphen', () => {
		const found = entities('X-ray images show a U-shaped curve; the P-wave arrives before the N-body run ends.');
		expect(found.filter((e) => /^[A-Z]{1,2}-/.test(e))).toEqual([]);
	});
});
