import { describe, expect, it } from 'vitest';
import { foldResolutionVariants } from './resolution-variants.ts';
import type { Candidate } from './resolve-mentions.ts';

const key = (type: string, name: string) => `${type}/${name.toLowerCase()}`;
const candidate = (name: string, type: Candidate['type']): Candidate => ({ type, name, role: 'used', forms: new Set([name]), priority: 1 });
const mapOf = (...list: Candidate[]) => new Map(list.map((c) => [key(c.type, c.name), c]));

describe('foldResolutionVariants', () => {
	it('folds a dataset at a resolution into the dataset', () => {
		const candidates = mapOf(candidate('ImageNet', 'dataset'), candidate('ImageNet-256', 'method'), candidate('ImageNet-512', 'method'));
		foldResolutionVariants(candidates, key);
		expect([...candidates.values()].map((c) => [c.name, [...c.forms]])).toEqual([['ImageNet', ['ImageNet', 'ImageNet-256', 'ImageNet-512']]]);
	});

	it('leaves other numbers, and names with no dataset of their base', () => {
		const candidates = mapOf(candidate('CIFAR', 'dataset'), candidate('CIFAR-100', 'dataset'), candidate('Foo-256', 'method'));
		foldResolutionVariants(candidates, key);
		expect([...candidates.keys()]).toEqual(['dataset/cifar', 'dataset/cifar-100', 'method/foo-256']);
	});
});
