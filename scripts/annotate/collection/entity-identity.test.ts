import { describe, expect, it } from 'vitest';
import type { Claim, Entity } from '../../../src/shared/paper-schema.ts';
import { unifyEntityKeys, withUnifiedKeys } from './entity-identity.ts';

const entity = (name: string, type: Entity['type'], id = name.toLowerCase().replace(/\s+/g, '-'), start = 0): Entity => ({
	id,
	name,
	type,
	role: 'used',
	spans: [{ start, end: start + name.length, text: name }],
});
const paper = (entities: Entity[], acronyms: { short: string; long: string }[] = []) => ({ entities, acronyms });

describe('unifyEntityKeys', () => {
	it('gives an id the type more papers give it than any other', () => {
		const papers = [paper([entity('GRPO', 'algorithm')]), paper([entity('GRPO', 'algorithm')]), paper([entity('GRPO', 'method')])];
		expect(unifyEntityKeys(papers)).toEqual(new Map([['method/grpo', { type: 'algorithm', id: 'grpo' }]]));
	});

	it('leaves a tie of types as each paper typed it', () => {
		expect(unifyEntityKeys([paper([entity('MRI', 'method')]), paper([entity('MRI', 'dataset')])]).size).toBe(0);
	});

	it('joins a written-out name to the acronym papers define it as', () => {
		const papers = [
			paper([entity('CT', 'method')], [{ short: 'CT', long: 'computed tomography' }]),
			paper([entity('computed tomography', 'method')]),
			paper([entity('Computed Tomography', 'method', 'computed-tomography-2')]),
		];
		expect(unifyEntityKeys(papers)).toEqual(
			new Map([
				['method/computed-tomography', { type: 'method', id: 'ct' }],
				['method/computed-tomography-2', { type: 'method', id: 'ct' }],
			]),
		);
	});

	it('joins no name to an acronym of another type, nor to one of several acronyms or ids', () => {
		const otherType = [paper([entity('CT', 'dataset')], [{ short: 'CT', long: 'computed tomography' }]), paper([entity('computed tomography', 'method')])];
		expect(unifyEntityKeys(otherType).size).toBe(0);
		const twoAcronyms = [
			paper([entity('CT', 'method')], [{ short: 'CT', long: 'computed tomography' }]),
			paper([entity('CAT', 'method')], [{ short: 'CAT', long: 'computed tomography' }]),
			paper([entity('computed tomography', 'method')]),
		];
		expect(unifyEntityKeys(twoAcronyms).size).toBe(0);
	});

	it('makes one entity of the spellings of one name, under the id more papers write', () => {
		const papers = [
			paper([entity('GLMs', 'method')]),
			paper([entity('GLM', 'method')]),
			paper([entity('G.L.M.', 'method', 'glm-dotted')]),
			paper([entity('GLM', 'method')]),
			paper([entity('Generalised Linear Model', 'method')]),
			paper([entity('Generalized Linear Models', 'method')]),
			paper([entity('Bose–Einstein condensate', 'method', 'boseeinstein-condensate')]),
			paper([entity('Bose-Einstein condensates', 'method')]),
		];
		expect(unifyEntityKeys(papers)).toEqual(
			new Map([
				['method/glms', { type: 'method', id: 'glm' }],
				['method/glm-dotted', { type: 'method', id: 'glm' }],
				['method/generalized-linear-models', { type: 'method', id: 'generalised-linear-model' }],
				['method/bose-einstein-condensates', { type: 'method', id: 'boseeinstein-condensate' }],
			]),
		);
	});

	it('keeps apart names that differ by more than spelling, and spellings of two types', () => {
		const papers = [
			paper([entity('ScanNet', 'dataset'), entity('ScanNet++', 'dataset', 'scannetpp'), entity('AMPS', 'method'), entity('Llama 2', 'model')]),
			paper([entity('AMP', 'method'), entity('Llama 3', 'model'), entity('CLIPs', 'dataset')]),
			paper([entity('CLIP', 'model')]),
		];
		expect(unifyEntityKeys(papers).size).toBe(0);
	});
});

describe('withUnifiedKeys', () => {
	const claim = (about: string[]): Claim => ({ value: { start: 0, end: 1, text: '5' }, sentence: { start: 0, end: 1, text: '5' }, about, measure: null });

	it('returns the paper itself when none of its keys changes', () => {
		const own = { entities: [entity('PPO', 'algorithm')], claims: [claim(['algorithm/ppo'])] };
		expect(withUnifiedKeys(own, new Map([['method/grpo', { type: 'algorithm', id: 'grpo' }]]))).toBe(own);
	});

	it('rekeys entities and the claims about them, merging two that become one', () => {
		const renames = new Map([['method/computed-tomography', { type: 'method' as const, id: 'ct' }]]);
		const own = {
			entities: [{ ...entity('CT', 'method', 'ct', 40) }, { ...entity('computed tomography', 'method', 'computed-tomography', 3), role: 'introduced' as const }],
			claims: [claim(['method/computed-tomography', 'method/ct']), claim(['algorithm/ppo'])],
		};
		const { entities, claims } = withUnifiedKeys(own, renames);
		expect(entities).toEqual([{ id: 'ct', name: 'CT', type: 'method', role: 'introduced', spans: [own.entities[1]!.spans[0], own.entities[0]!.spans[0]] }]);
		expect(claims.map((c) => c.about)).toEqual([['method/ct'], ['algorithm/ppo']]);
		expect(claims[1]).toBe(own.claims[1]);
	});
});
