import { describe, expect, it } from 'vitest';
import { ANNOTATE_COMPONENTS, OTHER, REBUILD_COMPONENTS, profileShares, type CpuProfile } from './profile-shares.ts';

// A profile as `node --cpu-prof` writes it: a tree of frames, and the frame each sample was in.
const frame = (id: number, functionName: string, children: number[] = []) => ({ id, callFrame: { functionName, url: 'file:///x.ts', lineNumber: 0 }, children });
const profile: CpuProfile = {
	nodes: [
		frame(1, '(root)', [2, 7, 8, 9]),
		frame(2, 'annotatePaper', [3, 6]),
		frame(3, 'annotateText', [4, 5]),
		frame(4, 'readDoc', [10]),
		frame(5, 'extractEntities', [11]),
		frame(6, 'keyphraseFeaturesOf'),
		frame(7, '(garbage collector)'),
		frame(8, 'completeCollection', [12]),
		frame(9, '(program)'),
		frame(10, 'lookup'),
		frame(11, 'RegExp: \\bwe\\b'),
		frame(12, 'findRelatedPapersReusing'),
	],
	samples: [10, 10, 4, 11, 5, 6, 7, 12, 8, 9, 3],
};

describe('profileShares', () => {
	it('counts each sample once, under the first component found from its frame up', () => {
		const { samples, shares } = profileShares(profile, ANNOTATE_COMPONENTS);
		expect(samples).toBe(11);
		expect(shares).toEqual([
			{ label: 'wink-nlp readDoc', samples: 3 },
			{ label: 'entity rules', samples: 2 },
			{ label: 'complete: other', samples: 1 },
			{ label: 'complete: related papers', samples: 1 },
			{ label: 'GC', samples: 1 },
			{ label: 'keyphrase features (per paper)', samples: 1 },
			{ label: OTHER, samples: 1 },
			{ label: 'per paper, other', samples: 1 },
		]);
	});

	it('names what no component holds as other, and adds up to every sample', () => {
		const { samples, shares } = profileShares(profile, [{ label: 'GC', functions: ['(garbage collector)'] }]);
		expect(shares).toEqual([
			{ label: OTHER, samples: 10 },
			{ label: 'GC', samples: 1 },
		]);
		expect(shares.reduce((sum, s) => sum + s.samples, 0)).toBe(samples);
	});

	it('gives a sample to the innermost component on its stack, whatever the order they are listed in', () => {
		const outerFirst = profileShares(profile, [
			{ label: 'per paper', functions: ['annotatePaper'] },
			{ label: 'wink', functions: ['readDoc'] },
		]);
		expect(outerFirst.shares).toEqual([
			{ label: OTHER, samples: 4 },
			{ label: 'per paper', samples: 4 },
			{ label: 'wink', samples: 3 },
		]);
	});
});

// A rebuild's generate: the rule modules are imported inside `annotatePapers`, and the wink-nlp
// model is read by a module's top-level code, so what is innermost must win over both.
const rebuild: CpuProfile = {
	nodes: [
		frame(1, '(root)', [2, 12]),
		frame(2, 'generate', [3, 10, 11]),
		frame(3, 'annotatePapers', [4, 8]),
		frame(4, 'evaluate', [5, 6]),
		frame(5, 'readModel'),
		frame(6, 'compileSourceTextModule'),
		frame(8, 'prepareCollection', [9]),
		frame(9, 'collectTextFeatures'),
		frame(10, 'readEntries'),
		frame(11, 'parseListing'),
		frame(12, '(garbage collector)'),
	],
	samples: [5, 5, 4, 6, 9, 9, 9, 8, 10, 11, 12, 3],
};

describe('REBUILD_COMPONENTS', () => {
	it('puts module loading, the model and the collection steps apart, inside the stage that imports them', () => {
		expect(profileShares(rebuild, REBUILD_COMPONENTS).shares).toEqual([
			{ label: 'collection: text features', samples: 3 },
			{ label: 'module init: wink-nlp model', samples: 2 },
			{ label: 'cache read (content-hash cache)', samples: 1 },
			{ label: 'collection: prepare, other', samples: 1 },
			{ label: 'GC', samples: 1 },
			{ label: 'listing parsed', samples: 1 },
			{ label: 'module init: top-level code', samples: 1 },
			{ label: 'modules: compiled (compile cache)', samples: 1 },
			{ label: 'the changed papers annotated, other', samples: 1 },
		]);
	});
});
