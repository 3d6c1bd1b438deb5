import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../../lexicons.ts';
import { extractAcronyms } from '../../text/acronyms.ts';
import { extractEntities } from '../../text/entities.ts';
import { splitSentences } from '../../sentences.ts';
import { hit } from './name-rule.ts';
import { ownNameIntroduces } from './own-name-introduces.ts';

const find = (abstract: string, own: string[], known: string[] = []) =>
	ownNameIntroduces.scope === 'paper'
		? ownNameIntroduces
				.find(
					{ title: '', abstract, sentences: splitSentences(abstract), acronyms: extractAcronyms(abstract), isGeneric: () => false, isKnown: (n) => known.includes(n), inAcronym: () => false },
					own.map((name) => hit(name)),
				)
				.map((h) => `${h.name}<${h.forms.join('|')}>:${h.type}`)
		: [];

// unseen-round32 Hugging Face day: "VGGRPO introduces a Latent Geometry Model (LGM) that stitches …" and "A key
// innovation is the Discrete Native Any-resolution Visual Transformer (dNaViT), which …", both read as used.
describe('ownNameIntroduces', () => {
	it('takes the acronym of a long form the own name introduces', () => {
		expect(find('We propose GeoTune. GeoTune introduces a Depth Alignment Model (DAM) that maps latents to depth.', ['GeoTune'])).toEqual([
			'DAM<DAM|Depth Alignment Model>:model',
		]);
	});

	it("takes the acronym of a long form the sentence calls the work's key innovation", () => {
		expect(find('We build a unified model. A key innovation is the Sparse Patch Router (SPR), which routes tokens.', [])).toEqual(['SPR<SPR|Sparse Patch Router>:method']);
	});

	it("takes the acronym of a long form a numbered stage of the paper's pipeline introduces", () => {
		// Invented: a two-stage training recipe naming its second stage's technique.
		const abstract = 'Training runs in two stages. The second stage introduces Step-wise Error Replay (SER), which revisits failed steps. A stage introduces noise (SN) too.';
		expect(find(abstract, [])).toEqual(['SER<SER|Step-wise Error Replay>:method']);
	});

	it('takes a part named without an article, and a second part joined to it by "and"', () => {
		expect(find('GeoTune introduces Shared Depth Attention (SDA) to align latents and Edge-Aware Loss (EAL) to sharpen edges.', ['GeoTune'])).toEqual([
			'SDA<SDA|Shared Depth Attention>:method',
			'EAL<EAL|Edge-Aware Loss>:method',
		]);
		// a part joined to a used one is not the paper's
		expect(find('GeoTune uses Shared Depth Attention (SDA) to align latents and Edge-Aware Loss (EAL) to sharpen edges.', ['GeoTune'])).toEqual([]);
	});

	it('leaves a part the own name only uses, and a known acronym', () => {
		expect(find('GeoTune uses a Depth Alignment Model (DAM) for depth.', ['GeoTune'])).toEqual([]);
		expect(find('GeoTune introduces a Variational Autoencoder (VAE) head.', ['GeoTune'], ['VAE'])).toEqual([]);
	});
});

describe('ownNameIntroduces in extractEntities', () => {
	it('reads the part as introduced', () => {
		const abstract = 'We propose GeoTune, a post-training framework. GeoTune introduces a Depth Alignment Model (DAM) that maps latents to depth.';
		expect(extractEntities('GeoTune', abstract, emptyLexicons()).map((e) => `${e.name}/${e.role}`)).toContain('DAM/introduced');
	});
});
