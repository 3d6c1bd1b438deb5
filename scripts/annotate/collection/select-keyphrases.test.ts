import { describe, expect, it } from 'vitest';
import { extractKeyphraseCandidates } from '../text/keyphrases.ts';
import { loadSeedPapers } from '../fixtures/seed.ts';
import { phraseForm, selectKeyphrases } from './select-keyphrases.ts';

const paper = (title: string, abstract: string) => ({ title, abstract, candidates: extractKeyphraseCandidates(abstract) });

describe('phraseForm', () => {
	it('lowercases, joins spaces and makes the last word singular', () => {
		expect(phraseForm('Large Language  Models')).toBe('large language model');
		expect(phraseForm('patches')).toBe('patch');
		expect(phraseForm('loss')).toBe('loss');
	});
});

describe('selectKeyphrases', () => {
	const papers = [
		paper('Diffusion model distillation', 'We study diffusion model distillation. Diffusion model distillation makes sampling fast with a student network.'),
		paper('Student networks for vision', 'A student network learns image classification from a teacher network.'),
		paper('Protein folding', 'We predict protein structures with a student network and multiple sequence alignments.'),
	];

	it('prefers phrases rare in the collection and written in the title', () => {
		const [first] = selectKeyphrases(papers);
		expect(first![0]!.text).toBe('diffusion model distillation');
	});

	it('ranks a phrase the title holds whole, or one written as a name, over one said once', () => {
		const [chosen] = selectKeyphrases([
			paper('Sparse attention for long documents', 'We study sparse attention with HexCache for long documents. A recurrent gate and a sliding buffer are also used.'),
			paper('Dense retrieval', 'We study dense retrieval with a recurrent encoder.'),
		]);
		const order = chosen!.map((c) => c.text);
		expect(order.indexOf('sparse attention')).toBeLessThan(order.indexOf('sliding buffer'));
		expect(order.indexOf('HexCache')).toBeLessThan(order.indexOf('sliding buffer'));
	});

	it('keeps no phrase contained in another chosen one', () => {
		for (const chosen of selectKeyphrases(papers)) {
			const forms = chosen.map((c) => phraseForm(c.text));
			for (const a of forms) for (const b of forms) if (a !== b) expect(` ${a} `.includes(` ${b} `)).toBe(false);
		}
	});

	it('keeps at most `count` verbatim spans per seed paper', () => {
		const seed = loadSeedPapers().map((p) => paper(p.title, p.abstract));
		const chosen = selectKeyphrases(seed, { count: 6 });
		chosen.forEach((list, i) => {
			expect(list.length).toBeGreaterThan(0);
			expect(list.length).toBeLessThanOrEqual(6);
			for (const c of list) expect(seed[i]!.abstract.slice(c.start, c.end)).toBe(c.text);
		});
	});
});
