import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../lexicons.ts';
import { extractEntities } from '../text/entities.ts';
import { entityId } from './entity-ids.ts';

// A lexicon rule that knows the base work, and a pattern rule that finds its successor.
const rule = (name: string, priority: number, type: 'dataset' | 'method', found: string) => ({ name, priority, find: () => [{ type, name: found, role: 'used' as const, forms: [] }] });

describe('entityId', () => {
	it('keeps "++" in the slug, and a lone "+" that ends the name', () => {
		expect(entityId('KITTI++')).toBe('kittipp');
		expect(entityId('KITTI')).toBe('kitti');
		expect(entityId('RefCOCO+')).toBe('refcocoplus');
		expect(entityId('TD3+BC')).toBe('td3bc');
	});

	it('reads a dash or slash joining two words as a break, so both spellings are one entity', () => {
		expect(entityId('Expectation–Maximization algorithm')).toBe(entityId('Expectation-Maximization algorithm'));
		expect(entityId('Expectation–Maximization algorithm')).toBe('expectation-maximization-algorithm');
		expect(entityId('CAD/CAM')).toBe('cad-cam');
	});
});

describe('"++" names in extractEntities', () => {
	it('keeps the successor of a work apart from the work, and shows it whole', () => {
		const abstract = 'We outperform the baselines by 2 dB on the KITTI++ dataset.';
		const entities = extractEntities('T', abstract, emptyLexicons(), [], undefined, [rule('known', 2, 'dataset', 'KITTI'), rule('cue', 0, 'dataset', 'KITTI++')]);
		expect(entities.map((e) => [e.id, e.name, e.spans.map((s) => s.text)])).toEqual([['kittipp', 'KITTI++', ['KITTI++']]]);
	});
});

describe('"+" names in extractEntities', () => {
	it('keeps a dataset ending in "+" apart from the one it extends, in a list of both', () => {
		const abstract = 'Models score high on RefCOCO, RefCOCO+, and RefCOCOg.';
		const entities = extractEntities('T', abstract, emptyLexicons(), [], undefined, [rule('known', 2, 'dataset', 'RefCOCO'), rule('cue', 0, 'dataset', 'RefCOCO+')]);
		expect(entities.map((e) => [e.id, e.name, e.spans.map((s) => s.text)])).toEqual([
			['refcoco', 'RefCOCO', ['RefCOCO']],
			['refcocoplus', 'RefCOCO+', ['RefCOCO+']],
		]);
	});
});
