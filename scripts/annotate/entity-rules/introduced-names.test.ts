import { describe, expect, it } from 'vitest';
import type { Acronym } from '../../../src/shared/paper-schema.ts';
import { splitSentences } from '../sentences.ts';
import { extractAcronyms } from '../text/acronyms.ts';
import { loadSeedPapers } from '../fixtures/seed.ts';
import type { EntityContext } from './entity-rule.ts';
import { findIntroducedNames, findIntroducedNamesOfPapers, introducedNames } from './introduced-names.ts';

const GENERIC = new Set(['RL', 'LLM', 'LLMs', 'SFT']);
const context = (abstract: string, title = 'Untitled', isGeneric = (name: string) => GENERIC.has(name)) => {
	const acronyms: Acronym[] = extractAcronyms(abstract);
	const inAcronym = (at: number) => acronyms.some((a) => at >= a.span.start && at < a.span.end);
	return { title, abstract, sentences: splitSentences(abstract), acronyms, isGeneric, isKnown: () => false, inAcronym };
};
const introduced = (abstract: string, title = 'Untitled') => findIntroducedNames(context(abstract, title)).map((h) => h.name);

describe('findIntroducedNames after a contribution verb', () => {
	it('takes a title-case part after an article and a lower-case modifier, never one of the ordinary kind', () => {
		expect(introduced('We further introduce a region-aware Seam Smoothness Loss to reduce artifacts.')).toEqual(['Seam Smoothness Loss']);
		expect(introduced('We add a standard Cross Entropy Loss to the objective.')).toEqual([]);
	});

	it('reads a technical report as the paper that introduces its system', () => {
		expect(introduced('This technical report introduces FooLM 2.5, the first open-weight vision language model of its maker.')).toEqual(['FooLM 2.5']);
	});
});

describe('findIntroducedNames', () => {
	it('reads the object of "we propose / introduce / present"', () => {
		expect(introduced('In this work, we propose CoT-Max, a novel approach.')).toEqual(['CoT-Max']);
		expect(introduced('This paper proposes RLPrompt, an efficient approach with RL.')).toEqual(['RLPrompt']);
		expect(introduced('We introduce a new RL algorithm, SQIRL, that learns.')).toEqual(['SQIRL']);
		expect(introduced('We propose two algorithms -- EXP3-FLAD and UCB1-FLAD -- and compare them.')).toEqual(['EXP3-FLAD', 'UCB1-FLAD']);
	});

	it('reads the object of "we upgrade": the authors make the new version of a part', () => {
		expect(introduced('We present Kestrel, a planner. We also upgrade Osprey, a feed-forward model for depth.')).toEqual(['Kestrel', 'Osprey']);
	});

	it('keeps title-case words that close a coined name\'s phrase as part of the name', () => {
		expect(introduced('To align edits with the plan, we introduce the SQL-Edit Agreement Reward, which scores each edit.')).toEqual(['SQL-Edit Agreement Reward']);
		expect(introduced('We present ICEflow Snow and Firn model in Python, a tool.')).toEqual(['ICEflow']);
		expect(introduced('We propose VisBridge Adapter to link the encoders.')).toEqual(['VisBridge Adapter']);
		expect(introduced('We propose FooNet, a novel approach.')).toEqual(['FooNet']);
	});

	it('stops at a second verb after an unnamed head: what it studies is not proposed', () => {
		expect(introduced('To that end, we propose an intermediate language and show how ShEx and SHACL can be converted to it.')).toEqual([]);
		expect(introduced('We propose a decoder and ShEx2 for it.')).toEqual(['ShEx2']);
	});

	it('takes an acronym defined right after the verb, with its long form', () => {
		const abstract = 'We hence introduce Model-Based Transfer Learning (MBTL), which layers on RL.';
		const [hit] = findIntroducedNames(context(abstract, 'T', () => false));
		expect(hit).toEqual({ name: 'MBTL', forms: ['MBTL', 'Model-Based Transfer Learning'], type: 'method' });
	});

	it('does not take generic acronyms, metrics, or what the proposal is built on', () => {
		expect(introduced('We propose supervised fine-tuning (SFT) for LLMs.')).toEqual([]);
		expect(introduced('We introduce the Frequency-Averaged Score (FAS) metric.')).toEqual([]);
		expect(introduced('We propose a framework based on Group Relative Policy Optimization (GRPO).')).toEqual([]);
	});

	it('reads a name the authors call their own, before or after "our proposed"', () => {
		expect(introduced('We introduce a video model built on HexMemory, our proposed low-rank representation for scenes.')).toEqual(['HexMemory']);
		expect(introduced('Agents trained with our novel DiffPack planner generalise.')).toEqual(['DiffPack']);
		expect(introduced('We compare PPO, a popular baseline, with our proposed method.')).toEqual([]);
	});

	it('reads a coined name after "our developed <kind>", a LaTeX superscript left in it', () => {
		expect(introduced('Runs with our developed multi-agent system K^{2}-Scout show the tasks are hard.')).toEqual(['K^{2}-Scout']);
		expect(introduced('Runs with our designed retrieval pipeline SeekNet help.')).toEqual(['SeekNet']);
		expect(introduced('Runs with our developed system Since then help.')).toEqual([]);
	});

	it('reads "our Name <kind of work>" and "the introduced Name" as the authors\' own', () => {
		expect(introduced('Fossil ages matter. Our GeoStore resource is a public archive of dated strata.')).toEqual(['GeoStore']);
		expect(findIntroducedNames(context('Fossil ages matter. Our GeoStore resource is a public archive of dated strata.'))).toMatchObject([{ type: 'dataset' }]);
		expect(introduced('Trained at scale, our Flux-7B model outperforms similar models.')).toEqual(['Flux-7B']);
		expect(introduced('On the introduced TallyBench, accuracy rises by 3%.')).toEqual(['TallyBench']);
		// After unseen-round10-hf-daily-2026-03-25.json (MinerU-Diffusion): "the proposed Semantic Shuffle benchmark".
		expect(introduced('Evaluations on the proposed Word Swap benchmark confirm its robustness.')).toEqual(['Word Swap']);
		expect(introduced('GapSeq is a new alignment tool for long reads. GapSeq runs fast.')).toEqual(['GapSeq']);
		// After unseen-round11-hf-daily-2026-03-18.json (TRUST-SQL): "our novel Dual-Track GRPO strategy".
		expect(introduced('The protocol bounds our novel Split-Reward PPO strategy, which isolates rewards.')).toEqual(['Split-Reward PPO']);
		expect(findIntroducedNames({ ...context('We build on our new Vision Transformer method.'), isKnown: (n: string) => n === 'Vision Transformer' }).map((h) => h.name)).toEqual([]);
		expect(introduced('We propose FooPO. Evaluations show that our resulting model, Orrin, reduces tool calls.')).toEqual(['FooPO', 'Orrin']);
		expect(introduced('We compare our system, the baseline, and others.')).toEqual([]);
		expect(introduced('We present RGM 2.0, a gesture system. We distill it into a streaming generator (Online RGM).')).toEqual(['RGM 2.0', 'Online RGM']);
		// A known or generic name qualified as "our" is the authors' copy of someone else's work.
		expect(findIntroducedNames({ ...context('We fine-tune our BERT model.'), isKnown: (n: string) => n === 'BERT' }).map((h) => h.name)).toEqual([]);
		expect(introduced('In our LLM pipeline, prompts are cached.')).toEqual([]);
		expect(introduced('Prior work used the previously proposed DiffPack planner.')).toEqual([]);
		// "the proposed XGBoost classifier" is the authors' classifier, built on a library they used.
		expect(introduced('Results showed the proposed XGBoost classifier reached an F1 of 0.9.')).toEqual([]);
	});

	it('reads "X, or NAME", "a novel NAME" and the title prefix', () => {
		expect(introduced('We introduce Contrastive Policy Gradient, or CoPG, a simple algorithm.')).toEqual(['CoPG']);
		expect(introduced('We train DQN with a novel QWeb neural network architecture.')).toEqual(['QWeb']);
		expect(introduced('Results were ~2300 (RAMario).', 'RAMario: Experimental Approach')).toEqual(['RAMario']);
	});

	it('takes a plain-word name right after the verb or before the title colon, when the abstract uses it', () => {
		expect(introduced('We introduce Taipan, a novel hybrid architecture.')).toEqual(['Taipan']);
		expect(introduced('We introduce SimpleQA Verified, a benchmark based on OpenAI\'s SimpleQA.')).toEqual(['SimpleQA Verified']);
		expect(introduced('Interpolation is hard. With Framer, users drag points.', 'Framer: Interactive Frame Interpolation')).toEqual(['Framer']);
		expect(introduced('We present abacus, a fast and accurate cosmological N-body code.')).toEqual(['abacus']);
		// unseen-round31 Hugging Face day: "In this work, we introduce Medical AI Scientist, the first autonomous research framework".
		expect(introduced('In this work, we introduce Clinical AI Analyst, the first autonomous research framework for medicine.')).toEqual(['Clinical AI Analyst']);
		expect(introduced('We present experiments, showing gains.')).toEqual([]);
		// A title word the abstract only uses to open a sentence is not a name.
		expect(introduced('Attention is costly. We study it.', 'Attention: A Study')).toEqual([]);
	});

	it('takes capitalised words before ", which" as the whole object, a long form of five words or six', () => {
		expect(introduced('To stabilise training, we introduce Stepwise Consistent Advantage Policy Tuning, which reuses rollouts.')).toEqual(['Stepwise Consistent Advantage Policy Tuning']);
		expect(introduced('In addition, we propose Off-policy Critic Shaping, which converts feedback into rewards.')).toEqual(['Off-policy Critic Shaping']);
		// A preposition joined by a hyphen opens a word of the name, not a phrase after the verb.
		expect(introduced('We also propose On-policy Critic Shaping, which converts feedback into rewards.')).toEqual(['On-policy Critic Shaping']);
		expect(introduced('We study Large Language Models, which reason.')).toEqual([]);
	});

	it('takes a benchmark in apposition as the paper’s dataset only where the sentence makes it', () => {
		const hits = findIntroducedNames(context('To support this, we introduce FooSet-2M, a large dataset of pairs, alongside PX-Bench, a rigorously curated benchmark assessing realism.', 'Untitled'));
		expect(hits.map((h) => `${h.name}:${h.type}`)).toContain('PX-Bench:dataset');
		expect(introduced('We evaluate our planner on FooQA, a benchmark of hard questions.')).toEqual([]);
	});

	it('takes capitalised words before what the proposal draws on ("inspired by") as the whole object', () => {
		expect(introduced('We propose Elastic Replay Tuning inspired by synaptic pruning, that keeps old skills.')).toEqual(['Elastic Replay Tuning']);
		expect(introduced('We introduce Sparse Anchor Memory, motivated by hippocampal indexing.')).toEqual(['Sparse Anchor Memory']);
		expect(introduced('We propose Large Language Models inspired by brains.')).toEqual([]);
	});

	it('takes capitalised words that are the whole object of the verb as one name', () => {
		expect(introduced('Building on this, we further propose Soft Prefix Caching. It saves memory.')).toEqual(['Soft Prefix Caching']);
		expect(introduced('We propose Large Language Models.')).toEqual([]);
		expect(introduced('We introduce Deep Learning.')).toEqual([]);
		expect(introduced('We propose Soft Prefix Caching for Transformers in real time.')).toEqual([]);
	});

	it('takes capitalised words called new in apposition, not a kind of work', () => {
		expect(introduced('Decoding is slow. At the core of our approach is Masked Replay Training, a novel training strategy that unifies both.')).toEqual(['Masked Replay Training']);
		expect(introduced('Decoding is slow. Many rely on Large Language Models, a new kind of tool.')).toEqual([]);
		expect(introduced('Decoding is slow. Masked Replay Training, a new idea, fails.')).toEqual([]);
	});

	it('marks as introduced only the head of what the verb governs, not prior work named later', () => {
		expect(introduced('We propose ViLaBot, a policy trained with VLA-Pretrain data on RLBench tasks.')).toEqual(['ViLaBot']);
		expect(introduced('We present a new RL algorithm, SQIRL, that learns.')).toEqual(['SQIRL']);
		expect(introduced('We propose a simple SnapshotRL baseline algorithm, S3RL, which works with PPO.')).toEqual(['SnapshotRL', 'S3RL']);
	});

	// astrophysics.bib (scripts/eval/listings/SOURCES.md): TransitFit's "JWST NIRISS Early Release Observations".
	it('reads no contribution verb in a capitalised word of a name, nor one followed by a preposition', () => {
		expect(introduced('Lastly, we fit JWST NIRISS Early Release Observations and archive HST WFC3 transit data.')).toEqual([]);
		expect(introduced('We fit a spectrum constructed from archive HST WFC3 data.')).toEqual([]);
		expect(introduced('We build on DreamerV3 and present WorldKit, a toolkit.')).toEqual(['WorldKit']);
	});

	it('takes a new thing named in parentheses, and "our new benchmark Name" as a dataset', () => {
		expect(introduced('It has (1) an LLM and (2) a new dynamic regional image prompt Adapter (IP-Adapter) for vision models.')).toEqual(['IP-Adapter']);
		const [own] = findIntroducedNames(context('Models score 27.12 pp higher LLEM on our new benchmark WebSight-Test and an existing one.'));
		expect(own).toMatchObject({ name: 'WebSight-Test', type: 'dataset' });
	});

	it('takes every name of a coordinated head, versioned ones too (Skywork-Reward, hf-daily-2024-10-25.json)', () => {
		const abstract = 'Using this curated dataset, we developed the model series -- Skywork-Reward-Gemma-27B and Skywork-Reward-Llama-3.1-8B -- with the former on top.';
		expect(introduced(abstract)).toEqual(['Skywork-Reward-Gemma-27B', 'Skywork-Reward-Llama-3.1-8B']);
	});

	it('reads what the authors build, curate, produce or release (ReachQA, hf-daily-2024-10-25.json)', () => {
		const abstract = 'Specifically, we employ text-based synthesizing techniques to construct chart-plotting code and produce ReachQA, a dataset containing 3k reasoning-intensive charts.';
		expect(findIntroducedNames(context(abstract))).toMatchObject([{ name: 'ReachQA' }]);
		expect(introduced('We build on PPOX and release the code.')).toEqual([]);
	});

	// After unseen-round10-hf-daily-2026-03-25.json (WildWorld): "We further derive WildBench to evaluate models".
	it('reads what the authors derive, in the present tense only', () => {
		expect(introduced('We collect a large video corpus. We further derive GameBench to evaluate world models.')).toEqual(['GameBench']);
		expect(introduced('We train on features derived from GameBench.')).toEqual([]);
	});

	// After unseen-round10-hf-daily-2026-03-25.json (ThinkJEPA): "We propose a VLM-guided JEPA-style latent world modeling framework".
	it('never takes a coined word that a suffix makes a modifier for a name', () => {
		expect(introduced('We propose an LLM-guided CNN-style segmentation framework that refines masks.')).toEqual([]);
		expect(introduced('We propose an LLM-guided CNN-style segmentation framework, SegMind, that refines masks.')).toEqual(['SegMind']);
	});

	// After unseen-round10-hf-daily-2026-03-25.json (SIMART) and unseen-round10-shark-fisheries.bib (10.1890/10-0526.1), through the rule list.
	it('reads "By introducing …, we" and a listed model\'s variant developed in the impersonal past', () => {
		expect(introduced('Meshes are large. By introducing a Dual 3D Tokenizer, we halve the tokens.')).toEqual(['Dual 3D Tokenizer']);
		const known = { ...context('Data are poor. Two age-structured Bayesian surplus production models were developed to estimate catchability.'), isKnown: (n: string) => n === 'surplus production models' };
		expect(findIntroducedNames(known).map((h) => h.name)).toEqual(['age-structured Bayesian surplus production models']);
	});

	it('never takes a LaTeX macro left in the text for a name', () => {
		expect(introduced('We propose \\oni, a distributed architecture.')).toEqual([]);
		expect(introduced('We propose \\Method, a \\textbf{new} agent.')).toEqual([]);
	});
});

describe('findIntroducedNames with its own rules', () => {
	const abstract = 'Models drift. We propose FooNet and present BarNet. This work studies BazNet.';

	it('hands object rules what follows each verb, sentence rules the authors\' sentences, paper rules the paper', () => {
		const seen: string[] = [];
		findIntroducedNames(context(abstract), [
			{ name: 'object', scope: 'object', find: ({ text }) => (seen.push(`object:${text.trim()}`), []) },
			{ name: 'sentence', scope: 'sentence', find: (sentence) => (seen.push(`sentence:${sentence.text}`), []) },
			{ name: 'paper', scope: 'paper', find: () => (seen.push('paper'), []) },
		]);
		expect(seen).toEqual([
			'object:FooNet and present BarNet.',
			'object:BarNet.',
			'sentence:We propose FooNet and present BarNet.',
			'sentence:This work studies BazNet.',
			'paper',
		]);
	});

	it('merges the forms of a name found twice, drops generic and one-letter names, and tells later rules what was found', () => {
		let before: string[] = [];
		const hits = findIntroducedNames(context(abstract), [
			{ name: 'a', scope: 'paper', find: () => [{ name: 'FooNet', forms: ['FooNet'], type: 'method' }, { name: 'LLM', forms: ['LLM'], type: 'method' }] },
			{ name: 'b', scope: 'paper', find: () => [{ name: 'FooNet', forms: ['FooNet', 'Foo Network'], type: 'dataset' }, { name: 'X', forms: ['X'], type: 'method' }] },
			{ name: 'c', scope: 'paper', find: (_, found) => ((before = found.map((h) => h.name)), []) },
		]);
		expect(hits).toEqual([{ name: 'FooNet', forms: ['FooNet', 'Foo Network'], type: 'method' }]);
		expect(before).toEqual(['FooNet']);
	});

	it('falls back to the subject of a sentence only when no rule found a name', () => {
		const text = 'DiffDepth keeps the denoising U-Net. We propose FooNet.';
		expect(introduced(text)).toEqual(['FooNet']);
		expect(introduced('DiffDepth keeps the denoising U-Net for depth.')).toEqual(['DiffDepth']);
	});

	// unseen-arxiv-math-physics-2024.xml (2108.05102): mathematics writes its contribution in the passive.
	it('takes the acronym defined right before "is introduced", never one "proposed in" prior work', () => {
		const text = 'The local minimax method (LMM) proposed in [Li and Zhou] is efficient. The framework named the normalized Wolfe-Powell-type LMM (NWP-LMM) is introduced with its convergence.';
		expect(introduced(text)).toEqual(['NWP-LMM']);
		expect(introduced('The Foo method (FM) was proposed by Smith. It is slow.')).toEqual([]);
	});

	it('leaves what a sentence opening in an earlier time says was proposed', () => {
		expect(introduced('Some time ago, the continuous ranked probability score (CRPS) was proposed as a verification tool. We decompose it.')).toEqual([]);
		expect(introduced('In 1998, the tapered bootstrap (TB) was introduced for blocks. Recently, a new scheme (ADS) has been proposed.')).toEqual([]);
		expect(introduced('A new scheme (ADS) is proposed, and its convergence is shown.')).toEqual(['ADS']);
	});

	// unseen-arxiv-health-2019.xml (1904.02098): "we develop the medical deconfounder, a machine learning algorithm".
	it('takes a lower-case name the authors describe in apposition, of two words or more', () => {
		expect(introduced('To adjust for it, we develop the medical deconfounder, a machine learning algorithm that estimates effects.')).toEqual(['medical deconfounder']);
		expect(introduced('We develop the model, a simple approach to it.')).toEqual([]);
		expect(introduced('We propose the following simple approach, a method that learns.')).toEqual([]);
	});
});

describe('findIntroducedNamesOfPapers', () => {
	it('gives each paper, the papers run through the rules in step, the names it has alone', () => {
		// Papers of different lengths, with several verb objects in one sentence and names found again in later ones.
		const contexts = [
			...loadSeedPapers().map(({ title, abstract }) => context(abstract, title)),
			context('We propose Kestrel, a planner, and introduce Osprey, a depth model. Kestrel (KST) outperforms baselines.'),
			context('Transformers are widely used.'),
			context('Data are scarce. Models overfit. We present the Few-Shot Bot (FSB), a new approach.', 'FSB: Few-Shot Bots'),
		];
		const alone = contexts.map((c) => findIntroducedNames(c));
		expect(alone.filter((hits) => hits.length > 0).length).toBeGreaterThan(10);
		expect(findIntroducedNamesOfPapers(contexts)).toEqual(alone);
	});

	it('is what the entity rule gives a group of papers, each paper\'s names as it gives them alone', () => {
		const contexts = loadSeedPapers().map(({ title, abstract }) => ({ ...context(abstract, title), lexicons: undefined!, inUrl: () => false }) as EntityContext);
		expect(introducedNames.findAll?.(contexts)).toEqual(contexts.map((c) => introducedNames.find(c)));
	});
});

describe('findIntroducedNames of a name in brackets', () => {
	it('keeps the title-case words of a name the bracket closes', () => {
		// reliability engineering: "(named …)" gives the platform's name whole
		expect(introduced('This paper presents a Bayesian method and software platform (named FPGA Risk Planner), that merges test data.')).toContain('FPGA Risk Planner');
	});
});

describe('findIntroducedNames of title-case parts with a purpose or a kind', () => {
	it('takes parts named before "for" or "to", coordinated by ", and", and one named before a kind noun', () => {
		// video generation: three parts of the authors' system, each capitalised, none set off by a comma
		const abstract =
			'We present ViewMix, a framework for multi-view video. To balance control and quality, we introduce Shared Token Routing for efficient layer reuse, and Sparse Cross-View Attention to keep the views aligned. To cope with scarce data, we develop a Warm-Then-Cold Tuning strategy that merges stage models.';
		expect(introduced(abstract)).toEqual(expect.arrayContaining(['Shared Token Routing', 'Sparse Cross-View Attention', 'Warm-Then-Cold Tuning']));
	});

	it('takes a title-case part named before "architecture", "block" or "layer"', () => {
		expect(introduced('We present ViewMix, a framework for multi-view video. We further introduce a Split Gate architecture for diffusion transformers to stabilise training.')).toEqual(
			expect.arrayContaining(['Split Gate']),
		);
	});

	it('leaves a field\'s kind and a plural alone', () => {
		expect(introduced('We introduce Deep Learning to crop mapping. We propose Graph Neural Networks for routing.')).toEqual([]);
	});

	it('reads "we establish Name, a benchmark" as a contribution', () => {
		expect(introduced('To fill the evaluation gap, we establish ClipEval-Bench, a benchmark for clip retrieval.')).toEqual(['ClipEval-Bench']);
	});
});

describe('findIntroducedNames of types and parts stated around the name', () => {
	const context2 = (abstract: string) => findIntroducedNames(context(abstract));
	it('types a novel name in brackets before "algorithm" as an algorithm', () => {
		const hits = context2('Our model uses a novel staggered draft verification (SDV) algorithm, which checks drafts in one pass.');
		expect(hits.map((h) => `${h.name}:${h.type}`)).toContain('SDV:algorithm');
	});

	it('takes a part named after the paper\'s own system, with a noun of kind, as the paper\'s', () => {
		const hits = context2('This paper presents RiskHub, an open platform for risk models. Section 4 describes its server and the RiskHub Model Exchange Format.');
		expect(hits.map((h) => h.name)).toEqual(expect.arrayContaining(['RiskHub', 'RiskHub Model Exchange Format']));
	});
});

