import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../src/shared/paper-schema.ts';
import { extractEntities, extractEntitiesOfPapers } from './entities.ts';
import { extractAcronyms } from './acronyms.ts';
import { splitSentences } from '../sentences.ts';
import { emptyLexicons } from '../lexicons.ts';
import { loadLexicons, loadSeedPapers } from '../fixtures/seed.ts';

const lexicons = loadLexicons();
const seed = loadSeedPapers();
const seedEntities = seed.map((p) => ({ ...p, entities: extractEntities(p.title, p.abstract, lexicons) }));
const find = (entities: Entity[], name: string) => entities.find((e) => e.name === name);
const all = seedEntities.flatMap((p) => p.entities);

describe('extractEntities', () => {
	it('finds the method each seed paper introduces', () => {
		const introduced: Record<string, string> = {
			ICPL: 'Few-shot In-Context Preference Learning',
			'CoT-Max': 'Boosting LLM Reasoning',
			RELIEF: 'RELIEF:',
			LaMo: 'Unleashing the Power',
			DPT: 'Supervised Pretraining Can Learn',
			ReLIC: 'ReLIC:',
			'BFM-Zero': 'BFM-Zero:',
			I2S: 'From Harm to Help',
			'Meta-DT': 'Meta-DT:',
			'Reason-RFT': 'Reason-RFT:',
			CLUTR: 'CLUTR:',
			SubPO: 'Submodular Reinforcement Learning',
			SQIRL: 'The Effective Horizon',
			BREEZE: 'Towards Robust Zero-Shot',
			SRL: 'Overcoming Slow Decision',
			PCL: 'Prompt Curriculum Learning',
			CoPG: 'Contrastive Policy Gradient',
			MBTL: 'Model-Based Transfer Learning',
			RAMario: 'RAMario:',
			RLPrompt: 'RLPrompt:',
		};
		for (const [name, titleStart] of Object.entries(introduced)) {
			const paper = seedEntities.find((p) => p.title.startsWith(titleStart))!;
			expect(find(paper.entities, name), `${name} in "${paper.title}"`).toMatchObject({ type: 'method', role: 'introduced' });
		}
	});

	it('makes no entity of a LaTeX macro left in an abstract ("We propose \\oni")', () => {
		const paper = seedEntities.find((p) => p.title.startsWith('Online Intrinsic Rewards'))!;
		expect(paper.abstract).toContain('\\oni');
		expect(paper.entities.filter((entity) => /\\/.test(entity.name) || entity.spans.some((span) => paper.abstract.slice(span.start, span.end).includes('\\')))).toEqual([]);
	});

	it('types datasets, algorithms and models from the lexicons and pattern rules', () => {
		const expectType = (name: string, type: Entity['type']) =>
			expect(all.find((e) => e.name === name)?.type, name).toBe(type);
		for (const name of ['GSM8K', 'GLUE', 'SuperGLUE', 'MuJoCo', 'D4RL', 'Meta-World', 'MLEBench', 'NetHack', 'ExORL', 'AIME', 'GPQA', 'TimerBed', 'MATH']) {
			expectType(name, 'dataset');
		}
		for (const name of ['PPO', 'DQN', 'Reptile', 'GRPO', 'SAC', 'TD3']) expectType(name, 'algorithm');
		for (const name of ['LLaMA2-7B', 'Qwen2.5-3B', 'GPT-4o', 'Claude-3.5-Sonnet', 'BERT-large']) expectType(name, 'model');
	});

	it('gives every mention of an entity, long form included, and no junk method', () => {
		const icpl = seedEntities[0]!.entities.find((e) => e.name === 'ICPL')!;
		expect(icpl.spans.map((s) => s.text)).toEqual(['In-Context Preference Learning', 'ICPL', 'ICPL', 'ICPL', 'ICPL']);
		const names = new Set(all.map((e) => e.name));
		for (const junk of ['RL', 'LLM', 'LLMs', 'AI', 'SFT', 'CoT', 'NLP', 'MDP', 'math', 'arXiv']) expect(names.has(junk), junk).toBe(false);
	});

	it('names a software tool the paper builds with as a used method', () => {
		const tool = all.find((e) => e.name === 'TensorFlow');
		expect(tool && { type: tool.type, role: tool.role }).toEqual({ type: 'method', role: 'used' });
	});

	it('uses github-slugger ids that are stable across spellings', () => {
		const ids = all.filter((e) => /llama2-7b/i.test(e.name)).map((e) => e.id);
		expect(new Set(ids)).toEqual(new Set(['llama2-7b']));
		expect(all.find((e) => e.name === 'Qwen2.5-3B')?.id).toBe('qwen25-3b');
	});

	it('keeps every span an exact slice of the abstract, outside URLs', () => {
		for (const paper of seedEntities) {
			const urls = [...paper.abstract.matchAll(/https?:\/\/\S+/g)].map((m) => [m.index, m.index + m[0].length]);
			for (const entity of paper.entities) {
				for (const s of entity.spans) {
					expect(paper.abstract.slice(s.start, s.end)).toBe(s.text);
					expect(urls.some(([a, b]) => s.start >= a! && s.start < b!)).toBe(false);
				}
			}
		}
	});

	it('finds unseen names by pattern with no lexicon at all', () => {
		const abstract =
			'We propose FooBar, a novel planner. FooBar beats Zeta-13B and Mistral-7B-Instruct on the HexWorld benchmark, ' +
			'while GreedyNet, a classic search method, fails. Code: https://github.com/x/FooBar.';
		const entities = extractEntities('FooBar: Planning', abstract, emptyLexicons());
		expect(entities.map((e) => [e.name, e.type, e.role])).toEqual([
			['FooBar', 'method', 'introduced'],
			['Zeta-13B', 'model', 'used'],
			['Mistral-7B-Instruct', 'model', 'used'],
			['HexWorld', 'dataset', 'used'],
			['GreedyNet', 'method', 'used'],
		]);
		expect(entities[0]!.spans).toHaveLength(2);
	});

	// hf-daily-2024-10-25.json (scripts/eval/listings/SOURCES.md): 2410.18745 writes the model both ways.
	it('reads one name spelled with and without a space as one entity, each spelling a mention', () => {
		const abstract = 'STRING improves large models, such as Llama3.1 70B and Qwen2 72B, by over 10 points. Compared to commercial models, Llama 3.1 70B with STRING does better.';
		const llama = extractEntities('T', abstract, lexicons).filter((e) => /llama/i.test(e.name));
		expect(llama.map((e) => e.name)).toEqual(['Llama3.1 70B']);
		expect(llama[0]!.spans.map((s) => s.text)).toEqual(['Llama3.1 70B', 'Llama 3.1 70B']);
	});

	it('counts a plural name as a mention of the singular, not an entity of its own', () => {
		// hf-papers-2026-10-03.json: "A task-trained rank-8 LoRA … Task-specific LoRAs also improve MuSiQue."
		const abstract = 'A task-trained LoRA at one early layer extends this computation. Task-specific LoRAs also improve MuSiQue, and FooNets beat BarNet.';
		const entities = extractEntities('Thinking too early', abstract, emptyLexicons());
		const names = entities.map((e) => e.name);
		expect(names).toContain('LoRA');
		expect(names).not.toContain('LoRAs');
		expect(names).toContain('FooNets');
		const lora = entities.find((e) => e.name === 'LoRA')!;
		expect(lora.spans.map((span) => abstract.slice(span.start, span.end))).toEqual(['LoRA', 'LoRAs']);
	});

	it('does not mistake "MATH" for "math", nor a name inside a longer name', () => {
		const math = 'We study math reasoning on MATH.';
		expect(find(extractEntities('T', math, lexicons), 'MATH')!.spans.map((s) => s.start)).toEqual([math.indexOf('MATH')]);
		const abstract = 'We propose CLS-RL, a method. Then we introduce the No-Thinking-CLS-RL method, which beats CLS-RL.';
		const entities = extractEntities('CLS-RL: Image Classification', abstract, lexicons);
		expect(entities.map((e) => [e.name, e.spans.length])).toEqual([
			['CLS-RL', 2],
			['No-Thinking-CLS-RL', 1],
		]);
	});

	it('takes a new name in apposition to the authors\' system as introduced, not a popular baseline', () => {
		const abstract = 'We adapt a segmentation model with MedPrompt, a lightweight adapter. It beats GreedySeg, a popular baseline method.';
		const entities = extractEntities('Segment Anything in Medical Images', abstract, lexicons);
		expect(find(entities, 'MedPrompt')?.role).toBe('introduced');
		expect(find(entities, 'GreedySeg')?.role).toBe('used');
	});

	it('falls back to a new name that is the subject of a sentence when nothing is proposed outright', () => {
		const abstract = 'Diffusion models know geometry. DiffDepth keeps the U-Net and denoises depth on KITTI.';
		const entities = extractEntities('Diffusion Models as Depth Estimators', abstract, lexicons);
		expect(entities.map((e) => [e.name, e.type, e.role])).toEqual([
			['DiffDepth', 'method', 'introduced'],
			['U-Net', 'model', 'used'],
			['KITTI', 'dataset', 'used'],
		]);
		// Not a subject (no verb follows): only a used mention.
		const heading = extractEntities('T', 'Results overview. DiffDepth results on KITTI.', lexicons);
		expect(find(heading, 'DiffDepth')?.role).toBe('used');
	});

	it('does not take an acronym that a proposal is merely "based on" as introduced', () => {
		const abstract = 'We propose CRAFT-GUI, a framework based on Group Relative Policy Optimization (GRPO).';
		const entities = extractEntities('CRAFT-GUI: Agents', abstract, lexicons);
		expect(find(entities, 'CRAFT-GUI')?.role).toBe('introduced');
		expect(find(entities, 'GRPO')).toMatchObject({ type: 'algorithm', role: 'used' });
	});
});

describe('extractEntities typing names by the text', () => {
	// hf-daily-2024-10-25.json (scripts/eval/listings/SOURCES.md): CCI3.0-HQ and ResFormer.
	it('types the list-mates of a dataset the text shows as one', () => {
		const abstract =
			'We release Chinese Corpora Internet 3.0 (CCI3.0). Our model achieves superior performance compared to CCI3.0, SkyPile, and WanjuanV1.';
		const entities = extractEntities('T', abstract, lexicons);
		expect(['CCI3.0', 'SkyPile', 'WanjuanV1'].map((name) => find(entities, name)?.type)).toEqual(['dataset', 'dataset', 'dataset']);
	});

	it('finds no name inside an e-mail address a sentence is glued to (GraphBin, biology.bib)', () => {
		const abstract = 'The source code of GraphBin is available at https://github.com/Vini2/GraphBin.vijini.mallawaarachchi@anu.edu.au or yu.lin@anu.edu.auSupplementary data are available.';
		expect(extractEntities('GraphBin: refined binning', abstract, lexicons).map((e) => e.name)).not.toContain('auSupplementary');
	});

	it('keeps a list apart from the next sentence', () => {
		const abstract = 'It improves on benchmarks such as CIFAR-10 and ImageNet-64. On ImageNet-64, SCT achieves 1-step FID 2.42.';
		const entities = extractEntities('SCT: Stable Consistency Tuning', `We propose SCT. ${abstract}`, lexicons);
		expect(find(entities, 'SCT')?.type).toBe('method');
	});

	it('keeps the type a list of compared work states', () => {
		const abstract =
			'ResFormer enhances representation, outperforming the vanilla Transformer, DenseFormer, and NeuTRENO in training error as well as downstream tasks. ' +
			'SVFormer trains significantly faster than the vanilla Transformer and performs better than other methods like GQA and CLA, with performance influenced by sequence length.';
		const entities = extractEntities('T', abstract, lexicons);
		expect(find(entities, 'CLA')?.type).toBe('method');
	});

	it('lets the evidence type what follows a part played, such as "baselines"', () => {
		const entities = extractEntities('T', 'It beats strong baselines such as MegaNet-7B and HyperBench on all tasks.', lexicons);
		expect(find(entities, 'MegaNet-7B')?.type).toBe('model');
		expect(find(entities, 'HyperBench')?.type).toBe('dataset');
	});
});

describe('extractEntities with its own rules', () => {
	const abstract = 'We compare FooNet with FooNet-Large on ImageNet.';
	const rule = (name: string, priority: number, found: { name: string; role: 'introduced' | 'used' }[]) => ({
		name,
		priority,
		find: () => found.map((f) => ({ type: 'method' as const, forms: [], ...f })),
	});

	it('names an entity by the first rule to find it and gives it the role of the strongest', () => {
		const [entity] = extractEntities('T', abstract, emptyLexicons(), [], undefined, [
			rule('weak', 0, [{ name: 'FooNet', role: 'used' }]),
			rule('strong', 3, [{ name: 'foonet', role: 'introduced' }]),
		]);
		expect(entity).toMatchObject({ id: 'foonet', name: 'FooNet', role: 'introduced' });
	});

	it('gives overlapping characters to the longer mention, even over a stronger rule', () => {
		const entities = extractEntities('T', abstract, emptyLexicons(), [], undefined, [
			rule('weak', 0, [{ name: 'FooNet-Large', role: 'used' }]),
			rule('strong', 3, [{ name: 'FooNet', role: 'introduced' }]),
		]);
		expect(entities.map((e) => [e.name, e.spans.map((s) => s.start)])).toEqual([['FooNet', [11]], ['FooNet-Large', [23]]]);
	});
});

describe('extractEntitiesOfPapers', () => {
	it('gives each seed paper, its rules run over all the papers at once, the entities it has alone', () => {
		const papers = seed.map(({ title, abstract }) => ({ title, abstract, acronyms: extractAcronyms(abstract), sentences: splitSentences(abstract) }));
		const alone = papers.map((paper) => extractEntities(paper.title, paper.abstract, lexicons, paper.acronyms, paper.sentences));
		expect(extractEntitiesOfPapers(papers, lexicons)).toEqual(alone);
	});
});
