import { describe, expect, it } from 'vitest';
import { findIntroducedNames, isCoinedName, modelPattern } from './entity-rules.ts';
import { extractAcronyms } from './acronyms.ts';
import { splitSentences } from './sentences.ts';

const GENERIC = new Set(['RL', 'LLM', 'LLMs', 'SFT']);
const introduced = (abstract: string, title = 'Untitled') =>
	findIntroducedNames(title, abstract, splitSentences(abstract), extractAcronyms(abstract), (n) => GENERIC.has(n)).map((h) => h.name);

describe('isCoinedName', () => {
	it('accepts coined names and rejects ordinary or generic-looking words', () => {
		for (const name of ['RELIEF', 'RLPrompt', 'TimeMaster', 'ReLIC', 'SubPO', 'CoT-Max', 'BFM-Zero', 'S3RL', 'I2S', 'QWeb', 'MaskFeat++']) {
			expect(isCoinedName(name), name).toBe(true);
		}
		for (const name of ['In-Context', 'Reptile', 'Zero-shot', 'GRPO-based', 'policy', '2023']) expect(isCoinedName(name), name).toBe(false);
	});
});

describe('findIntroducedNames', () => {
	it('reads the object of "we propose / introduce / present"', () => {
		expect(introduced('In this work, we propose CoT-Max, a novel approach.')).toEqual(['CoT-Max']);
		expect(introduced('This paper proposes RLPrompt, an efficient approach with RL.')).toEqual(['RLPrompt']);
		expect(introduced('We introduce a new RL algorithm, SQIRL, that learns.')).toEqual(['SQIRL']);
		expect(introduced('We propose two algorithms -- EXP3-FLAD and UCB1-FLAD -- and compare them.')).toEqual(['EXP3-FLAD', 'UCB1-FLAD']);
	});

	it('takes an acronym defined right after the verb, with its long form', () => {
		const abstract = 'We hence introduce Model-Based Transfer Learning (MBTL), which layers on RL.';
		const [hit] = findIntroducedNames('T', abstract, splitSentences(abstract), extractAcronyms(abstract), () => false);
		expect(hit).toEqual({ name: 'MBTL', forms: ['MBTL', 'Model-Based Transfer Learning'], type: 'method' });
	});

	it('does not take generic acronyms, metrics, or what the proposal is built on', () => {
		expect(introduced('We propose supervised fine-tuning (SFT) for LLMs.')).toEqual([]);
		expect(introduced('We introduce the Frequency-Averaged Score (FAS) metric.')).toEqual([]);
		expect(introduced('We propose a framework based on Group Relative Policy Optimization (GRPO).')).toEqual([]);
	});

	it('reads "X, or NAME", "a novel NAME" and the title prefix', () => {
		expect(introduced('We introduce Contrastive Policy Gradient, or CoPG, a simple algorithm.')).toEqual(['CoPG']);
		expect(introduced('We train DQN with a novel QWeb neural network architecture.')).toEqual(['QWeb']);
		expect(introduced('Results were ~2300 (RAMario).', 'RAMario: Experimental Approach')).toEqual(['RAMario']);
	});

	it('never takes a LaTeX macro left in the text for a name', () => {
		expect(introduced('We propose \\oni, a distributed architecture.')).toEqual([]);
		expect(introduced('We propose \\Method, a \\textbf{new} agent.')).toEqual([]);
	});
});

describe('modelPattern', () => {
	const models = (text: string) => [...text.matchAll(modelPattern(['LLaMA', 'LLAMA', 'Qwen', 'GPT', 'GPT-J', 'Claude', 'BERT', 'o1']))].map((m) => m[0]);

	it('finds families with versions, sizes and variants', () => {
		expect(models('LLaMA2-7B, 13B, LLAMA2-70B, Qwen2.5-VL-3B-Instruct, GPT-4o, GPT-4.1, GPT-J-6B')).toEqual([
			'LLaMA2-7B',
			'LLAMA2-70B',
			'Qwen2.5-VL-3B-Instruct',
			'GPT-4o',
			'GPT-4.1',
			'GPT-J-6B',
		]);
		expect(models('Claude-3.5-Sonnet and BERT-large, o1-mini, but not GPTs or BERT-based')).toEqual(['Claude-3.5-Sonnet', 'BERT-large', 'o1-mini', 'BERT']);
	});

	it('finds unknown names with a parameter-count suffix', () => {
		expect(models('Zeta-13B and MPT-7B beat Foo')).toEqual(['Zeta-13B', 'MPT-7B']);
	});
});
