import { describe, expect, it } from 'vitest';
import { clips, compoundInitials, foldInitialismPairs, initialsOf } from './initialism-pairs.ts';
import type { Candidate } from './resolve-mentions.ts';

const candidate = (name: string, role: Candidate['role'] = 'used'): Candidate => ({ type: 'method', name, role, forms: new Set([name]), priority: 1 });
const mapOf = (...list: Candidate[]) => new Map(list.map((c) => [c.name, c]));

describe('initialsOf', () => {
	it('takes the initials of a title-case phrase, hyphen parts counted', () => {
		expect(initialsOf('Language-Centric Omnimodal Embedding')).toBe('LCOE');
		expect(initialsOf('Mixture of Experts')).toBe('ME');
		expect(initialsOf('dense retrieval model')).toBe('');
	});
});

describe('foldInitialismPairs', () => {
	it('makes the phrase a form of the short name right after it', () => {
		const abstract = 'We propose a Language-Centric Omnimodal Embedding framework, termed LCO-Emb. LCO-Emb scales.';
		const candidates = mapOf(candidate('LCO-Emb', 'introduced'), candidate('Language-Centric Omnimodal Embedding'));
		foldInitialismPairs(candidates, abstract, []);
		expect([...candidates.values()].map((c) => [c.name, c.role, [...c.forms]])).toEqual([['LCO-Emb', 'introduced', ['LCO-Emb', 'Language-Centric Omnimodal Embedding']]]);
	});

	it('makes a quoted phrase a form of its initials in brackets right after it', () => {
		// gut microbiology: the quotation marks keep the acronym finder from pairing the two
		const abstract = 'As strength tracked health, we established an “Enterotype Drift Score” (EDS) as a covariate.';
		const candidates = mapOf(candidate('EDS', 'introduced'), candidate('Enterotype Drift Score'));
		foldInitialismPairs(candidates, abstract, []);
		expect([...candidates.values()].map((c) => [c.name, c.role, [...c.forms]])).toEqual([['EDS', 'introduced', ['EDS', 'Enterotype Drift Score']]]);
	});

	it('makes a phrase in brackets after a versioned short name a form of it, a model when headed "Model"', () => {
		const abstract = 'We present RGM 2.0 (Reactive Gesture Model), a system for avatars. RGM 2.0 runs live.';
		const candidates = mapOf(candidate('RGM 2.0', 'introduced'), candidate('Reactive Gesture Model'));
		foldInitialismPairs(candidates, abstract, []);
		expect([...candidates.values()].map((c) => [c.name, c.type, [...c.forms]])).toEqual([['RGM 2.0', 'model', ['RGM 2.0', 'Reactive Gesture Model']]]);
	});

	it('makes a hyphenated compound in brackets that spells out the short name a form of it', () => {
		const abstract = 'We release DeCoder-7B (Dense-Coder-7B), a code model. DeCoder-7B beats StarCoder-7B (Open-Coder-7B).';
		const candidates = mapOf(candidate('DeCoder-7B', 'introduced'), candidate('Dense-Coder-7B', 'introduced'), candidate('StarCoder-7B'), candidate('Open-Coder-7B'));
		foldInitialismPairs(candidates, abstract, []);
		expect([...candidates.values()].map((c) => [c.name, [...c.forms]])).toEqual([
			['DeCoder-7B', ['DeCoder-7B', 'Dense-Coder-7B']],
			['StarCoder-7B', ['StarCoder-7B']],
			['Open-Coder-7B', ['Open-Coder-7B']],
		]);
		expect(compoundInitials('Dense-Coder-7B', 'DeCoder-7B')).toBe('DC');
		expect(compoundInitials('Dense Coder-7B', 'DeCoder-7B')).toBe('');
	});

	it('leaves a short name far from the phrase or of other initials', () => {
		const far = 'The Language-Centric Omnimodal Embedding idea is old, see LCO-Emb and others.';
		const candidates = mapOf(candidate('LCO-Emb'), candidate('Language-Centric Omnimodal Embedding'), candidate('GRSL'));
		foldInitialismPairs(candidates, far, []);
		expect(candidates.size).toBe(3);
	});

	it('leaves a long form the abstract defines in brackets to the acronym rules', () => {
		const abstract = 'We present the Chinese Medical Retrieval Benchmark (CMRB), with ten datasets.';
		const candidates = mapOf(candidate('CMRB'), candidate('Chinese Medical Retrieval Benchmark'));
		foldInitialismPairs(candidates, abstract, [{ short: 'CMRB', long: 'Chinese Medical Retrieval Benchmark', span: { start: 16, end: 59, text: '' } }]);
		expect(candidates.size).toBe(2);
	});
});

describe('foldInitialismPairs on clipped names', () => {
	it('makes a hyphenated name a form of the bracketed name that cuts its parts to their first letters', () => {
		expect(clips('ABC-Swarmlets', 'ABC-S')).toBe(true);
		expect(clips('ABC-Swarmlets', 'ABC')).toBe(false);
		const candidates = mapOf(candidate('ABC-Swarmlets', 'introduced'), candidate('ABC-S', 'introduced'), candidate('ABC'));
		foldInitialismPairs(candidates, 'We extend ABC to create ABC-Swarmlets (ABC-S). ABC-S learns faster than ABC.', []);
		expect([...candidates.keys()]).toEqual(['ABC-S', 'ABC']);
		expect([...candidates.get('ABC-S')!.forms]).toContain('ABC-Swarmlets');
	});
});
