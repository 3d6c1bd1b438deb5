import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../../lexicons.ts';
import { extractEntities } from '../../text/entities.ts';
import { isOwnEarlierName } from './own-earlier-names.ts';

describe('isOwnEarlierName', () => {
	it('reads "our prior|previous|earlier" before the name, one word between allowed', () => {
		expect(isOwnEarlierName('TAB', 'The first part, inherited from our prior TAB benchmark, evaluates precision.')).toBe(true);
		expect(isOwnEarlierName('FooNet', 'We extend our previous FooNet to video.')).toBe(true);
		expect(isOwnEarlierName('TAB', 'We propose TAB, a benchmark for agents.')).toBe(false);
	});

	it('reads a sentence that dates the authors\' introducing the name to earlier work', () => {
		expect(isOwnEarlierName('KiteNorm', 'In prior work, we introduced KiteNorm, a layer for sparse models. Here we study its limits.')).toBe(true);
		expect(isOwnEarlierName('KiteNorm', 'Previously, we proposed KiteNorm. We now scale it.')).toBe(true);
		expect(isOwnEarlierName('KiteNorm', 'In this work, we introduce KiteNorm, a layer for sparse models.')).toBe(false);
	});
});

describe('own earlier names in extractEntities', () => {
	it('leaves a name the title or an acronym gives as used when the authors call it their earlier work', () => {
		const title = 'TAB-3: Benchmarking Tool Agents Broadly';
		const abstract =
			'We propose TAB-3, a hierarchical benchmark for Tool Agents Broadly (TAB). (i) TAB-Short, inherited from our prior TAB benchmark, evaluates short tasks.';
		const roles = extractEntities(title, abstract, emptyLexicons()).map((e) => `${e.name}:${e.role}`);
		expect(roles).toContain('TAB-3:introduced');
		expect(roles).not.toContain('TAB:introduced');
	});

	it('leaves the earlier work and a name on its stem as used', () => {
		const title = 'KiteBwd: A Trainable Sparse Attention';
		const abstract =
			'Sparse attention, such as KiteAttention, speeds up inference. In prior work, we introduced KiteBwd, a trainable sparse attention. In this work, we study why KiteBwd lags behind dense attention in pre-training.';
		const roles = extractEntities(title, abstract, emptyLexicons()).map((e) => `${e.name}:${e.role}`);
		expect(roles).toContain('KiteBwd:used');
		expect(roles).toContain('KiteAttention:used');
	});
});
