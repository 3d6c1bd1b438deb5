import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseHfPapersPage } from '../../ingest/hf-page.ts';
import { parseTaxonomy } from '../taxonomy.ts';
import { assignTopics, scoreTopic } from './topics.ts';

const read = (path: string) => readFileSync(fileURLToPath(new URL(path, import.meta.url)), 'utf8');
const minimal = parseTaxonomy(read('../fixtures/taxonomy/minimal.yaml'), 'minimal.yaml');
const project = parseTaxonomy(read('../../../content/taxonomy.yaml'), 'content/taxonomy.yaml');
const seed = parseHfPapersPage(read('../../../content/sources/hf-papers-few-shot-rl.txt'), 'hf-papers-few-shot-rl.txt').papers;

describe('scoreTopic', () => {
	const [offline, theory] = minimal.topics;

	it('weighs a title hit by titleWeight and caps abstract hits per term', () => {
		const paper = { title: 'Offline RL at scale', abstract: 'offline RL, offline RL, offline RL, offline RL and batch RL.' };
		// offline RL: 2 × (3 + min(4, 3)) = 12; batch RL: 1 × (0 + 1) = 1
		expect(scoreTopic(paper, offline, 3)).toEqual({ score: 13, matched: ['offline RL', '/\\bbatch RL\\b/i'] });
	});

	it('scores zero when a `not` term occurs', () => {
		const paper = { title: 'Offline RL', abstract: 'We bridge offline RL and imitation learning.' };
		expect(scoreTopic(paper, offline, 3).score).toBe(0);
	});

	it('scores zero when an `all` term is missing', () => {
		const paper = { title: 'Sample complexity of bandits', abstract: 'We bound the regret.' };
		expect(scoreTopic(paper, theory, 3).score).toBe(0);
		const rl = { title: 'Sample complexity of RL', abstract: 'We bound the regret.' };
		expect(scoreTopic(rl, theory, 3).score).toBe(6);
	});
});

describe('scoreTopic with `requires`', () => {
	const [dialogue] = parseTaxonomy(read('../fixtures/taxonomy/requires.yaml'), 'requires.yaml').topics;

	it('scores zero when none of the required terms occurs, however well the rest matches', () => {
		const paper = { title: 'Prompt-based dialogue systems', abstract: 'Few-shot dialogue generation with prompts.' };
		expect(scoreTopic(paper, dialogue, 3).score).toBe(0);
	});

	it('scores as usual once any one required term occurs', () => {
		const paper = { title: 'Dialogue systems', abstract: 'We learn a dialogue policy.' };
		expect(scoreTopic(paper, dialogue, 3).score).toBe(8);
	});
});

describe('assignTopics', () => {
	it('returns nothing when no rule reaches its minimum score', () => {
		expect(assignTopics({ title: 'Image segmentation', abstract: 'We segment images.' }, minimal)).toEqual([]);
	});

	it('drops topics below the relative cutoff of the best one', () => {
		const paper = { title: 'Offline RL', abstract: 'Offline RL, offline RL. The regret of RL.' };
		// offline-rl: 2 × (3 + 2) = 10; theory: 1 (regret) < minScore 4
		expect(assignTopics(paper, minimal).map((t) => t.id)).toEqual(['offline-rl']);
	});

	const seedExcerpts: [string, string, string[]][] = [
		[
			'Supervised Pretraining Can Learn In-Context Reinforcement Learning',
			'In this paper, we study the in-context learning capabilities of transformers in decision-making problems, i.e., reinforcement learning (RL) for bandits and Markov decision processes.',
			['in-context-rl'],
		],
		[
			'Towards Robust Zero-Shot Reinforcement Learning',
			'The recent development of zero-shot reinforcement learning (RL) has opened a new avenue for learning pre-trained generalist policies. Extensive experiments on ExORL and D4RL Kitchen demonstrate that BREEZE achieves the best performance compared to prior offline zero-shot RL methods.',
			['zero-shot-rl'],
		],
		[
			'Part I: Tricks or Traps? A Deep Dive into RL for LLM Reasoning',
			'Reinforcement learning for LLM reasoning has rapidly emerged as a prominent research area. The results demonstrate that our simple combination consistently improves performance, surpassing strategies like GRPO and DAPO.',
			['rl-for-llm-reasoning'],
		],
		[
			'RLPrompt: Optimizing Discrete Text Prompts with Reinforcement Learning',
			'This paper proposes RLPrompt, an efficient discrete prompt optimization approach with reinforcement learning (RL).',
			['prompting-and-prompt-optimisation'],
		],
		[
			'Bridging Offline Reinforcement Learning and Imitation Learning: A Tale of Pessimism',
			'Offline (or batch) reinforcement learning (RL) algorithms seek to learn an optimal policy from a fixed dataset without active data collection.',
			['offline-rl'],
		],
		[
			'CLS-RL: Image Classification with Rule-Based Reinforcement Learning',
			'Recent research has shown that although Multimodal Large Language Models (MLLMs) are initially poor at image classification, fine-tuning them can help.',
			['multimodal-rl'],
		],
	];

	it.each(seedExcerpts)('gives "%s" its expected first topic', (title, abstract, expected) => {
		const topics = assignTopics({ title, abstract }, project);
		expect(topics.length).toBeGreaterThanOrEqual(1);
		expect(topics.length).toBeLessThanOrEqual(3);
		expect(topics.slice(0, expected.length).map((t) => t.id)).toEqual(expected);
	});

	it('gives every seed paper 1–3 taxonomy topics and uses every topic', () => {
		expect(seed.length).toBeGreaterThanOrEqual(47);
		const used = new Set<string>();
		for (const paper of seed) {
			const topics = assignTopics(paper, project);
			expect(topics.length, paper.title).toBeGreaterThanOrEqual(1);
			expect(topics.length, paper.title).toBeLessThanOrEqual(3);
			topics.forEach((t) => used.add(t.id));
		}
		expect([...used].sort()).toEqual(project.topics.map((t) => t.id).sort());
	});

	it('keeps users\' privacy or display preferences out of the preference-learning topic, not preference data', () => {
		const privacy = {
			title: 'Incorporating Individual and Group Privacy Preferences in the Internet of Things',
			abstract: 'This mechanism allows IoT users to express and enforce their personal privacy preferences while interacting with IoT deployments; preferences of all users are combined into a group privacy profile.',
		};
		expect(assignTopics(privacy, project).map((t) => t.id)).not.toContain('preference-and-reward-learning');
		const learned = { title: 'Preference learning from pairwise comparisons', abstract: 'We learn user preferences from pairwise comparisons with preference learning and preference optimization.' };
		expect(assignTopics(learned, project).map((t) => t.id)).toContain('preference-and-reward-learning');
	});

	it('keeps aligning audio recordings out of the preference-learning topic, not aligning a model to people', () => {
		const audio = {
			title: 'Alignment and Timeline Construction for Incomplete Analogue Audience Recordings',
			abstract: 'We propose a method to align multiple digitised analogue recordings to a reference concert timeline. We evaluate alignment methods on a synthetic dataset.',
		};
		expect(assignTopics(audio, project).map((t) => t.id)).not.toContain('preference-and-reward-learning');
		const safety = {
			title: 'A guard against jailbreaking',
			// Two mentions: one alone is a word in passing (`enoughEvidence`).
			abstract: 'Large language models, despite being safety-aligned, refuse brittlely; a gap is revealed in current alignment methods, which we close with alignment methods of our own.',
		};
		expect(assignTopics(safety, project).map((t) => t.id)).toContain('preference-and-reward-learning');
	});

	it('files no paper under a topic for one mention of one term in its abstract', () => {
		// Round 36's AI-ethics listing under the bundled taxonomy: a review of explainable AI in RL filed under "RL for
		// language generation" for one "summarization", an explainable-AI book under "RL for vision" for one "image classification".
		const review = {
			title: 'Explainable AI and Reinforcement Learning: A Systematic Review',
			abstract: 'We review explainable reinforcement learning. Methods explain policies by summarization of trajectories, saliency and queries.',
		};
		expect(assignTopics(review, project).map((t) => t.id)).not.toContain('rl-for-language-tasks');
		const twice = { ...review, abstract: `${review.abstract} Summarization of dialogue is a second use.` };
		expect(assignTopics(twice, project).map((t) => t.id)).toContain('rl-for-language-tasks');
		const inTitle = { ...review, title: 'Summarization of trajectories explains reinforcement learning' };
		expect(assignTopics(inTitle, project).map((t) => t.id)).toContain('rl-for-language-tasks');
	});

	it('keeps a paper about classes of software out of the few-shot learning topic', () => {
		const profiles = {
			title: 'Using capability classes to classify and match CC/PP and UAProf profiles',
			abstract: 'This report describes an alternative mechanism for delivery context matching called capability classes. Capability classes group profiles; the classes are matched against the request.',
		};
		expect(assignTopics(profiles, project).map((t) => t.id)).not.toContain('few-shot-and-continual-learning');
	});

	const expectedOnSeed: [string, string[]][] = [
		['Supervised Pretraining Can Learn In-Context Reinforcement Learning', ['in-context-rl']],
		['ReLIC: A Recipe for 64k Steps of In-Context Reinforcement Learning for Embodied AI', ['in-context-rl', 'meta-rl']],
		['On Zero-Shot Reinforcement Learning', ['zero-shot-rl']],
		['Towards Robust Zero-Shot Reinforcement Learning', ['zero-shot-rl']],
		['Meta-DT: Offline Meta-RL as Conditional Sequence Modeling with World Model Disentanglement', ['offline-rl', 'meta-rl']],
		['Few-shot In-Context Preference Learning Using Large Language Models', ['preference-and-reward-learning']],
		['FSPO: Few-Shot Preference Optimization of Synthetic Preference Data in LLMs Elicits Effective Personalization to Real Users', ['preference-and-reward-learning']],
		['RELIEF: Reinforcement Learning Empowered Graph Feature Prompt Tuning', ['prompting-and-prompt-optimisation']],
		['Reason-RFT: Reinforcement Fine-Tuning for Visual Reasoning', ['multimodal-rl', 'rl-for-llm-reasoning']],
		['Part I: Tricks or Traps? A Deep Dive into RL for LLM Reasoning', ['rl-for-llm-reasoning']],
		['Reinforcement Learning for Machine Learning Engineering Agents', ['llm-agents']],
		['Few-shot Continual Learning: a Brain-inspired Approach', ['few-shot-and-continual-learning']],
		['The Effective Horizon Explains Deep RL Performance in Stochastic Environments', ['sample-efficiency-and-theory']],
		['Submodular Reinforcement Learning', ['policy-optimisation-and-control']],
		['CLUTR: Curriculum Learning via Unsupervised Task Representation Learning', ['curriculum-and-exploration', 'zero-shot-rl']],
		['Selective Token Generation for Few-shot Natural Language Generation', ['rl-for-language-tasks']],
	];

	it.each(expectedOnSeed)('files the seed paper "%s" under its leading topics', (title, expected) => {
		const paper = seed.find((p) => p.title === title);
		expect(paper, title).toBeDefined();
		expect(assignTopics(paper!, project).slice(0, expected.length).map((t) => t.id)).toEqual(expected);
	});
});
