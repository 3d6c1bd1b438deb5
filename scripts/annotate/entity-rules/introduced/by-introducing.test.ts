import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../sentences.ts';
import type { NameHit } from './name-rule.ts';
import { byIntroducing } from './by-introducing.ts';

const find = (abstract: string, found: NameHit[] = []) =>
	byIntroducing.scope === 'paper'
		? byIntroducing.find({ title: '', abstract, sentences: splitSentences(abstract), acronyms: [], isGeneric: () => false, isKnown: (n) => n === 'VQ-VAE', inAcronym: () => false }, found).map((h) => h.name)
		: [];
const MESHER: NameHit[] = [{ name: 'MeshPart', forms: ['MeshPart'], type: 'method' }];

describe('byIntroducing', () => {
	// After unseen-round10-hf-daily-2026-03-25.json (SIMART): "By introducing a Sparse 3D VQ-VAE, SIMART reduces token counts by 70%".
	it('takes what "By introducing …," names when the paper\'s own system or the authors are the subject', () => {
		expect(find('We propose MeshPart for meshes. By introducing a Sparse Octree Tokenizer, MeshPart cuts memory by half.', MESHER)).toEqual(['Sparse Octree Tokenizer']);
		expect(find('Meshes are large. By introducing a Dual 3D VQ-VAE, we halve the tokens.')).toEqual(['Dual 3D VQ-VAE']);
	});

	it('leaves background with another subject, a known name and a plain word', () => {
		expect(find('By introducing Sparse Attention, Transformers became faster. We propose MeshPart.', MESHER)).toEqual([]);
		expect(find('By introducing a VQ-VAE, we halve the tokens.')).toEqual([]);
		expect(find('By introducing Attention, we halve the tokens.')).toEqual([]);
	});
});
