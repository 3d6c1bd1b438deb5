import { describe, expect, it } from 'vitest';
import { entityContext } from '../testing/entity-context.ts';
import { benchmarkShapedNames } from './benchmark-shaped-names.ts';

const found = (abstract: string, known: string[] = []) => benchmarkShapedNames.find(entityContext(abstract, { known: new Set(known) })).map((f) => `${f.name}:${f.type}`);

describe('benchmarkShapedNames', () => {
	it('takes a name ending in "-Bench" or "Bench" as a dataset, wherever it stands', () => {
		expect(found('It reaches 87.04 on QRS-Bench for text-to-image generation and leads StoryBench.')).toEqual(['QRS-Bench:dataset', 'StoryBench:dataset']);
	});

	it('leaves "Bench" alone, a workbench, and names the lexicons hold', () => {
		expect(found('Bench tests on a Workbench and a test bench agree; FooBench is listed.', ['FooBench'])).toEqual([]);
	});
});
