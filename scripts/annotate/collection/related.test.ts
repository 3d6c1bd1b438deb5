import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseHfPapersPage } from '../../ingest/hf-page.ts';
import { findRelatedPapers } from './related.ts';

const seedText = readFileSync(fileURLToPath(new URL('../../../content/sources/hf-papers-few-shot-rl.txt', import.meta.url)), 'utf8');
const seed = parseHfPapersPage(seedText, 'hf-papers-few-shot-rl.txt').papers.map((p) => ({ id: p.title, title: p.title, abstract: p.abstract }));
const related = findRelatedPapers(seed);
const relatedOf = (title: string) => related[seed.findIndex((p) => p.title === title)];

describe('findRelatedPapers', () => {
	it('relates "Towards Robust Zero-Shot Reinforcement Learning" to "On Zero-Shot Reinforcement Learning", sharing "zero-shot RL"', () => {
		const list = relatedOf('Towards Robust Zero-Shot Reinforcement Learning');
		const match = list.find((r) => r.id === 'On Zero-Shot Reinforcement Learning');
		expect(match).toBeDefined();
		expect(match!.shared).toContain('zero-shot RL');
	});

	it('relates the decision-pretrained transformer paper to ReLIC', () => {
		const list = relatedOf('Supervised Pretraining Can Learn In-Context Reinforcement Learning');
		expect(list.map((r) => r.id)).toContain('ReLIC: A Recipe for 64k Steps of In-Context Reinforcement Learning for Embodied AI');
	});

	it('gives every seed paper up to 5 related papers, best first, never itself, each with shared terms', () => {
		related.forEach((list, i) => {
			expect(list.length).toBeGreaterThan(0);
			expect(list.length).toBeLessThanOrEqual(5);
			expect(list.map((r) => r.id)).not.toContain(seed[i].id);
			const scores = list.map((r) => r.score);
			expect([...scores].sort((a, b) => b - a)).toEqual(scores);
			for (const r of list) {
				expect(r.score).toBeGreaterThan(0);
				expect(r.shared.length).toBeGreaterThan(0);
			}
		});
	});

	it('is symmetric in score: if B is related to A, their similarity is the same both ways', () => {
		const a = relatedOf('Towards Robust Zero-Shot Reinforcement Learning').find((r) => r.id === 'On Zero-Shot Reinforcement Learning')!;
		const b = relatedOf('On Zero-Shot Reinforcement Learning').find((r) => r.id === 'Towards Robust Zero-Shot Reinforcement Learning')!;
		expect(a.score).toBe(b.score);
	});

	it('lets shared entities count extra and names them among the shared terms', () => {
		const papers = [
			{ id: 'a', title: 'Alpha method', abstract: 'We study maze agents with sparse rewards.', entities: [{ key: 'dataset/nethack', name: 'NetHack' }] },
			{ id: 'b', title: 'Beta method', abstract: 'We study maze agents with sparse rewards.', entities: [] },
			{ id: 'c', title: 'Gamma method', abstract: 'We study maze agents with sparse rewards.', entities: [{ key: 'dataset/nethack', name: 'NetHack' }] },
		];
		const [ofA] = findRelatedPapers(papers, { k: 2 });
		expect(ofA.map((r) => r.id)).toEqual(['c', 'b']);
		expect(ofA[0].shared).toContain('NetHack');
	});

	it('ranks a paper sharing a keyphrase above one sharing as many plain words, and names the keyphrase', () => {
		const papers = [
			{ id: 'a', title: 'Alpha', abstract: 'We train agents with diffusion model distillation on robot arms.', keyphrases: ['diffusion model distillation', 'robot arms'] },
			{ id: 'b', title: 'Beta', abstract: 'We train agents with arms and distillation on a robot model.', keyphrases: ['robot model'] },
			{ id: 'c', title: 'Gamma', abstract: 'Cats use diffusion model distillation for toys.', keyphrases: ['diffusion model distillation', 'toys'] },
		];
		const [ofA] = findRelatedPapers(papers, { k: 2 });
		expect(ofA[0]).toMatchObject({ id: 'c', shared: ['diffusion model distillation'] });
	});

	it('names a shared entity or keyphrase as this paper writes it, not as most papers do', () => {
		const papers = [
			{ id: 'a', title: 'Alpha', abstract: 'We tune large language models on LLaMA2-7B for maze tasks.', keyphrases: ['large language models'], entities: [{ key: 'model/llama2-7b', name: 'LLaMA2-7B' }] },
			{ id: 'b', title: 'Large Language Models for Mazes', abstract: 'Maze tasks with LLAMA2-7B.', keyphrases: ['Large Language Models'], entities: [{ key: 'model/llama2-7b', name: 'LLAMA2-7B' }] },
			{ id: 'c', title: 'Large Language Models in Mazes', abstract: 'Maze tasks with LLAMA2-7B.', keyphrases: ['Large Language Models'], entities: [{ key: 'model/llama2-7b', name: 'LLAMA2-7B' }] },
		];
		const [ofA, ofB] = findRelatedPapers(papers, { k: 2 });
		expect(ofA[0]!.shared).toEqual(expect.arrayContaining(['LLaMA2-7B', 'large language models']));
		// B's keyphrase is its title's Title Case, which its abstract never writes: the words in lower case.
		expect(ofB.find((r) => r.id === 'a')!.shared).toEqual(expect.arrayContaining(['LLAMA2-7B', 'large language models']));
	});

	it('writes a keyphrase capitalised at a sentence opening in lower case, and keeps a name the abstract capitalises', () => {
		const papers = [
			{ id: 'a', title: 'Alpha', abstract: 'Offline reinforcement learning needs data. We fit a Gaussian process.', keyphrases: ['Offline reinforcement learning', 'Gaussian process'] },
			{ id: 'b', title: 'Beta', abstract: 'We study offline reinforcement learning with a Gaussian process.', keyphrases: ['offline reinforcement learning', 'Gaussian process'] },
		];
		const [ofA] = findRelatedPapers(papers, { k: 1 });
		expect(ofA[0]!.shared).toEqual(expect.arrayContaining(['offline reinforcement learning', 'Gaussian process']));
	});

	it('names a concept once when the paper writes it both as its acronym and spelt out', () => {
		const papers = [
			{ id: 'a', title: 'Alpha', abstract: 'Reinforcement learning (RL) from logs: offline RL, or offline reinforcement learning, for robot arms.', keyphrases: ['offline RL', 'offline reinforcement learning', 'robot arms'] },
			{ id: 'b', title: 'Beta', abstract: 'We study offline RL, and offline reinforcement learning in general, for robot arms.', keyphrases: ['offline RL', 'offline reinforcement learning', 'robot arms'] },
		];
		const [ofA] = findRelatedPapers(papers, { k: 1 });
		expect(ofA[0]!.shared).toHaveLength(2);
		expect(ofA[0]!.shared).toContain('robot arms');
		expect(ofA[0]!.shared.filter((label) => label.startsWith('offline'))).toHaveLength(1);
	});

	it('never gives a single common word as the reason, and leaves out papers sharing nothing more', () => {
		const papers = [
			{ id: 'a', title: 'Power of neural nets', abstract: 'The power of a neural class matters.', keyphrases: ['power'] },
			{ id: 'b', title: 'Power in grids', abstract: 'Electric power needs a class of neural controllers.', keyphrases: ['power'] },
		];
		expect(findRelatedPapers(papers)).toEqual([[], []]);
	});

	// unseen-round35-smart-ports.csv (scripts/eval/listings/SOURCES.md): a blockchain paper had no related paper.
	it('gives a lone lower-case keyphrase that is a field\'s term as the reason ("blockchain")', () => {
		const papers = [
			{ id: 'a', title: 'Blockchain survey of shipping', abstract: 'We survey blockchain use in shipping firms.', keyphrases: ['blockchain'] },
			{ id: 'b', title: 'Blockchain challenges at sea', abstract: 'Blockchain adoption faces challenges in the maritime sector.', keyphrases: ['blockchain'] },
		];
		expect(findRelatedPapers(papers, { k: 1 }).map((list) => list.map((r) => r.shared))).toEqual([[['blockchain']], [['blockchain']]]);
	});

	it('names a reason by the shorter phrase both pages show, not the longer one both texts write that neither shows', () => {
		const papers = [
			{ id: 'a', title: 'Alpha', abstract: 'We study the symbolic regression abilities of small models on physics tasks.', shown: ['symbolic regression', 'small models'] },
			{ id: 'b', title: 'Beta', abstract: 'Symbolic regression abilities improve when equations are sampled from textbooks.', shown: ['symbolic regression', 'equation sampling'] },
		];
		expect(findRelatedPapers(papers, { k: 1 }).map((list) => list.map((r) => r.shared))).toEqual([[['symbolic regression']], [['symbolic regression']]]);
		const unshown = papers.map(({ shown: _, ...paper }) => paper);
		expect(findRelatedPapers(unshown, { k: 1 }).map((list) => list.map((r) => r.shared))).toEqual([[['symbolic regression abilities']], [['symbolic regression abilities']]]);
	});

	it('never gives a word pair that opens with a plural as the reason ("factors influence", "years old")', () => {
		// Round 27's family-business RIS and round 24's spinal-infection MEDLINE: subject-verb and noun-adjective pairs as reasons.
		const papers = [
			{ id: 'a', title: 'Alpha', abstract: 'Several factors influence succession. Patients were 40 years old and had spinal tuberculosis.' },
			{ id: 'b', title: 'Beta', abstract: 'Other factors influence exports. Cows were 3 years old and had spinal tuberculosis.' },
		];
		const [ofA] = findRelatedPapers(papers, { k: 1 });
		expect(ofA[0]!.shared).toContain('spinal tuberculosis');
		expect(ofA[0]!.shared).not.toContain('factors influence');
		expect(ofA[0]!.shared).not.toContain('years old');
	});

	it('never gives a pair that ends in a participle or opens with a superlative ("species collected", "highest average")', () => {
		// Round 26's Anopheles BibTeX: reasons a reader saw between two mosquito surveys.
		const papers = [
			{ id: 'a', title: 'Alpha', abstract: 'Of the species collected, the highest average biting came at dusk near spinal creeks with malaria vectors.' },
			{ id: 'b', title: 'Beta', abstract: 'Among species collected, the highest average biting was indoors with malaria vectors.' },
		];
		const [ofA] = findRelatedPapers(papers, { k: 1 });
		expect(ofA[0]!.shared).toContain('malaria vectors');
		expect(ofA[0]!.shared).not.toContain('species collected');
		expect(ofA[0]!.shared.some((label) => label.startsWith('highest'))).toBe(false);
	});

	it('never gives an adverb and a participle as the reason ("poorly understood")', () => {
		// Round 33's telomere RIS: two papers on parental age related by "poorly understood".
		const papers = [
			{ id: 'a', title: 'Alpha', abstract: 'Parental age effects are poorly understood in telomere dynamics of gulls.' },
			{ id: 'b', title: 'Beta', abstract: 'Why telomere dynamics vary remains poorly understood in sheep.' },
		];
		const [ofA] = findRelatedPapers(papers, { k: 1 });
		expect(ofA[0]!.shared).toContain('telomere dynamics');
		expect(ofA[0]!.shared).not.toContain('poorly understood');
	});

	it('never gives a pair both papers write as the start of a clause ("species belonging")', () => {
		// Round 26's Anopheles BibTeX: "species belonging" of "species belonging to the subgenus".
		const papers = [
			{ id: 'a', title: 'Alpha', abstract: 'We caught species belonging to the subgenus Cellia near malaria vectors.' },
			{ id: 'b', title: 'Beta', abstract: 'Most species belonging to the group bite humans; malaria vectors rest indoors.' },
		];
		const [ofA] = findRelatedPapers(papers, { k: 1 });
		expect(ofA[0]!.shared).toContain('malaria vectors');
		expect(ofA[0]!.shared).not.toContain('species belonging');
	});

	it('never gives the cut front of a phrase, a pair ending in an adjective ("generalized linear")', () => {
		// Round 36's forest-restoration RIS: "generalized linear" was the reason between two papers using such models.
		const papers = [
			{ id: 'a', title: 'Alpha', abstract: 'We fit generalized linear mixed models to beech regeneration.' },
			{ id: 'b', title: 'Beta', abstract: 'Generalized linear mixed models explain conifer regeneration.' },
			{ id: 'c', title: 'Gamma', abstract: 'We used generalized linear models of fire severity.' },
		];
		const [ofA] = findRelatedPapers(papers, { k: 2 });
		// Read out to the whole name both write (`whole-shared-phrases.ts`), never its cut front alone.
		expect(ofA.map((r) => r.shared)).toEqual([['generalized linear mixed models']]);
	});

	it('never gives a pair whose head names a facet as the reason ("management aspects")', () => {
		// Round 34's waste-reduction CSV: two papers related by "management aspects".
		const papers = [
			{ id: 'a', title: 'Alpha', abstract: 'We study waste management aspects of plastic vials and hazardous waste.' },
			{ id: 'b', title: 'Beta', abstract: 'Social, economic, and management aspects of policy decide hazardous waste treatment.' },
		];
		const [ofA] = findRelatedPapers(papers, { k: 1 });
		expect(ofA[0]!.shared).toContain('hazardous waste');
		expect(ofA[0]!.shared).not.toContain('management aspects');
	});

	it('never gives a dose or how a study reports as the reason ("mg twice daily", "primary outcome", "mean age")', () => {
		// Round 42's leukaemia list: two phase Ib trials related by "mg twice daily" ("100 mg twice daily", "400 mg twice
		// daily"); round 41's liver list and round 40's list on motoric cognitive risk: clinical studies by "primary
		// outcome", "mean age", "independent predictors".
		const papers = [
			{ id: 'a', title: 'Alpha', abstract: 'Patients took 100 mg twice daily of acalabrutinib in chronic lymphocytic leukemia. The primary outcome was response; mean age was 61 and independent predictors were listed.' },
			{ id: 'b', title: 'Beta', abstract: 'Patients took 400 mg twice daily of entospletinib with chronic lymphocytic leukemia. The primary outcome was death; mean age was 58 and independent predictors were listed.' },
		];
		const [ofA] = findRelatedPapers(papers, { k: 1 });
		expect(ofA[0]!.shared).toEqual(['chronic lymphocytic leukemia']);
	});

	it('never gives a statistic both papers write only before its value as the reason ("sHR")', () => {
		// Round 41's liver list: an alcohol-hepatitis study and a terlipressin study related by "sHR, MELD".
		const papers = [
			{ id: 'a', title: 'Alpha', abstract: 'MELD predicted death (sHR 1.76, 95%CI: 1.1-2.8) in alcohol-associated hepatitis.', keyphrases: ['sHR', 'MELD'] },
			{ id: 'b', title: 'Beta', abstract: 'MELD guided terlipressin use (sHR = 0.68; p = 0.01) in cirrhosis.', keyphrases: ['sHR', 'MELD'] },
		];
		const [ofA] = findRelatedPapers(papers, { k: 1 });
		expect(ofA[0]!.shared).toEqual(['MELD']);
	});

	it('never gives the acronym of a statistic as the reason, however the papers write it ("AUROC curves")', () => {
		const papers = [
			{ id: 'a', title: 'Alpha', abstract: 'Ferritin levels told sepsis apart from flare; AUROC curves were drawn for ferritin.', keyphrases: ['AUROC', 'ferritin levels'] },
			{ id: 'b', title: 'Beta', abstract: 'Ferritin levels read in children gave an AUROC of 0.81 against bacterial sepsis.', keyphrases: ['AUROC', 'ferritin levels'] },
		];
		const [ofA] = findRelatedPapers(papers, { k: 1 });
		expect(ofA[0]!.shared).toEqual(['ferritin levels']);
	});

	it('never gives a phrase of research prose alone as the reason ("research directions", "percentage points")', () => {
		// Round 35's smart-ports CSV: a seaport microgrid review and a digital-twin review related by "research directions";
		// round 37's Hugging Face day: two benchmarks by "percentage points" (a keyphrase too, so a named reason).
		const papers = [
			{ id: 'a', title: 'Alpha', abstract: 'We review seaport microgrids. Research directions follow. Models gain 12 percentage points on shore power.', keyphrases: ['percentage points', 'seaport microgrids'] },
			{ id: 'b', title: 'Beta', abstract: 'We review digital twins. Research directions follow. Models gain 9 percentage points on shore power.', keyphrases: ['percentage points', 'digital twins'] },
		];
		const [ofA] = findRelatedPapers(papers, { k: 1 });
		expect(ofA[0]!.shared).toEqual(['shore power']);
	});

	it('never gives the list\'s theme as a reason: on the seed, about reinforcement learning, no neighbour is related by "reinforcement learning"', () => {
		const reasons = related.flat().flatMap((r) => r.shared.map((label) => label.toLowerCase()));
		expect(reasons.length).toBeGreaterThan(100);
		expect(reasons).not.toContain('reinforcement learning');
		// Inside a longer phrase it still reads as the phrase.
		expect(reasons).toContain('offline reinforcement learning');
	});

	it('keeps a phrase most of a small list shares: ten papers are too few to tell a theme', () => {
		const papers = Array.from({ length: 4 }, (_, i) => ({ id: `p${i}`, title: `Paper ${i}`, abstract: `We apply contrastive decoding to topic ${i}.`, keyphrases: ['contrastive decoding'] }));
		expect(findRelatedPapers(papers)[0]!.map((r) => r.shared)).toEqual([['contrastive decoding'], ['contrastive decoding'], ['contrastive decoding']]);
	});

	it('leaves a keyphrase out of the reasons when more than half of a list says its words, and keeps a rarer one', () => {
		const papers = Array.from({ length: 12 }, (_, i) => ({
			id: `p${i}`,
			title: `Paper ${i}`,
			abstract: i < 2 ? `Graph neural networks with spectral pooling for item ${i}.` : `Graph neural networks for item ${i}.`,
			keyphrases: i < 2 ? ['graph neural networks', 'spectral pooling'] : ['graph neural networks'],
		}));
		const [ofFirst] = findRelatedPapers(papers, { k: 3 });
		expect(ofFirst).toHaveLength(1);
		expect(ofFirst![0]).toMatchObject({ id: 'p1', shared: ['spectral pooling'] });
	});

	it('returns the same result for the same input (deterministic) and nothing for unrelated text', () => {
		expect(findRelatedPapers(seed.slice(0, 10))).toEqual(findRelatedPapers(seed.slice(0, 10)));
		const lists = findRelatedPapers([
			{ id: 'x', title: 'Quantum chromodynamics', abstract: 'Gluons bind quarks.' },
			{ id: 'y', title: 'Medieval poetry', abstract: 'Troubadours sang verses.' },
		]);
		expect(lists).toEqual([[], []]);
	});
});
