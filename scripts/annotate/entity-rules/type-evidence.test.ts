import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeRegExp } from '../../../src/shared/regexp.ts';
import { typeFromEvidence } from './type-evidence.ts';
import { apposedKind } from './apposed-kind.ts';

const KNOWN = new Set(['XSum', 'MuSiQue']);
const typeOf = (name: string, abstract: string, title = 'Untitled') =>
	typeFromEvidence(name, 'method', { title, abstract, isKnownDataset: (n) => KNOWN.has(n) });

describe('typeFromEvidence', () => {
	it('reads a name the title opens with a benchmark tail glued on as a dataset', () => {
		const abstract = 'We introduce KiNoR, a unified framework designed to probe reasoning. KiNoR holds 900 tasks.';
		expect(typeOf('KiNoR', abstract, 'KiNoR-Bench: How Far Are Video Models From Reasoners?')).toBe('dataset');
		expect(typeOf('KiNoR', abstract, 'KiNoR: A Framework for Probing Reasoners')).toBe('method');
		expect(typeOf('KiNo', abstract, 'KiNoR-Bench: How Far Are Video Models From Reasoners?')).toBe('method');
	});

	it('types benchmark-like suffixes as datasets and sized names as models', () => {
		for (const name of ['CAMEL-Bench', 'HalluEditBench', 'ReachQA', 'LongMemEval', 'WebSight-Test']) expect(typeOf(name, name), name).toBe('dataset');
		expect(typeOf('Qwen3-8B', 'Qwen3-8B improves.')).toBe('model');
		// unseen-round31 Hugging Face day: "Kernel-Smith-235B-RL achieves state-of-the-art overall performance".
		expect(typeOf('Foo-Smith-235B-RL', 'Foo-Smith-235B-RL improves.')).toBe('model');
		for (const name of ['CamemBERT', 'FlauBERT', 'RoBERTa']) expect(typeOf(name, `${name} improves.`), name).toBe('model');
		expect(typeOf('BERT', 'BERT improves.')).toBe('method');
	});

	// unseen-round33 Hugging Face day: the title writes "SkyReels-V4", the abstract "SkyReels V4 is a unified … video foundation model".
	it('reads the kind stated for the spaced spelling of a hyphened name', () => {
		expect(typeOf('Zorro-V4', 'Zorro V4 is a unified multi modal video foundation model. Zorro V4 accepts text.')).toBe('model');
		expect(typeOf('Zorro-V4', 'Zorro V4 accepts text and audio.')).toBe('method');
	});

	it('types a name given or compared by its count of parameters as a model', () => {
		expect(typeOf('SignalUNet', 'A small UNet (SignalUNet, 2.1M parameters) extracts residuals.')).toBe('model');
		expect(typeOf('FooDet', 'It uses 12x fewer parameters than BarNet and 3.5x fewer than FooDet.')).toBe('model');
		expect(typeOf('FooDet', 'It needs 12x fewer labels than FooDet.')).toBe('method');
	});

	it('reads benchmark and dataset nouns beside the name, and the title', () => {
		expect(typeOf('InfiniteBench', 'on benchmarks RULER and InfiniteBench')).toBe('dataset');
		expect(typeOf('Ego2Act', 'We introduce Ego2Act, a diagnostic benchmark for video models.')).toBe('dataset');
		expect(typeOf('MemoTrap', 'results on the MemoTrap dataset')).toBe('dataset');
		// Skywork-Reward (hf-daily-2024-10-25.json): "culminating in the Skywork-Reward data collection".
		expect(typeOf('Skywork-Reward', 'culminating in the Skywork-Reward data collection, which contains only 80K preference pairs')).toBe('dataset');
		expect(typeOf('HotFoo', 'We release HotFoo, a collection of 5k annotated scans.')).toBe('dataset');
		expect(typeOf('CCI3.0-HQ', 'CCI3.0-HQ is released.', 'CCI3.0-HQ: a large-scale Chinese dataset of high quality')).toBe('dataset');
	});

	it('types a name given in brackets right after a dataset noun as a dataset', () => {
		expect(typeOf('DriveText', 'We first construct a large-scale driving dataset (DriveText) containing 100,000 scenes.')).toBe('dataset');
		expect(typeOf('DriveNet', 'We train a driving policy (DriveNet) on 100,000 scenes.')).toBe('method');
	});

	it('types a name whose records the abstract uses as a dataset: its data, imagery, products or scenes', () => {
		expect(typeOf('MTBS', 'Burned areas agree with the MTBS data over the West.')).toBe('dataset');
		expect(typeOf('MODIS', 'Uncertainty is comparable to simultaneously acquired MODIS imagery.')).toBe('dataset');
		expect(typeOf('BAECV', 'We compared the BAECV products to existing maps.')).toBe('dataset');
		// A modifier inside a longer word or a noun that is no record keeps the guess.
		expect(typeOf('SPSS', 'We analysed the data with SPSS datafiles and the SPSS manual.')).toBe('method');
	});

	// MemFold's abstract (scripts/eval/listings/hf-papers-2026-10-03.json).
	it('types what a result is measured on as a dataset', () => {
		expect(typeOf('PersonaMem-32K', 'MemFold attains the highest accuracy we measure on PersonaMem-32K and PersonaMem-128K.')).toBe('dataset');
		expect(typeOf('HotFoo', 'We report results on the HotFoo split.')).toBe('dataset');
		// Only the whole name: "results on HotFooEval" are measured on HotFooEval, not on HotFoo.
		expect(typeOf('HotFoo', 'We report results on HotFooEval.')).toBe('method');
		expect(typeOf('HotFoo', 'It is evaluated on HotFoo.')).toBe('dataset');
		expect(typeOf('HotFoo', 'We build on HotFoo and improve its accuracy.')).toBe('method');
		expect(typeOf('HotFoo', 'Performance depends on the data and on HotFoo.')).toBe('method');
	});

	it('reads a long form that names a dataset', () => {
		expect(typeFromEvidence('CCI3.0', 'method', { title: '', abstract: '', isKnownDataset: () => false, forms: ['Chinese Corpora Internet 3.0'] })).toBe('dataset');
	});

	it('reads a long form ending in a noun of data over a framework its apposition states, and a prompting technique as a method', () => {
		const benchmark = 'We present the Chinese Legal Retrieval Benchmark (CLRB), a comprehensive evaluation framework of ten datasets.';
		expect(typeFromEvidence('CLRB', 'method', { title: '', abstract: benchmark, isKnownDataset: () => false, forms: ['Chinese Legal Retrieval Benchmark'] })).toBe('dataset');
		const technique = 'We introduce Chain of Sketches (CoS), a prompting technique, and release SketchSet. We show the contributions of CoS and SketchSet.';
		expect(typeFromEvidence('CoS', 'method', { title: '', abstract: technique, isKnownDataset: (n) => n === 'SketchSet', forms: ['Chain of Sketches'] })).toBe('method');
	});

	it('types a name whose long form is a language model in title case as a model, over a paradigm its apposition states', () => {
		const abstract = 'We introduce Reflective Diffusion Language Model (R-DLM), a paradigm that keeps parallel decoding. R-DLM is fast.';
		expect(typeFromEvidence('R-DLM', 'method', { title: '', abstract, isKnownDataset: () => false, forms: ['Reflective Diffusion Language Model'] })).toBe('model');
		expect(typeFromEvidence('LMP', 'method', { title: '', abstract: 'We use language model prompting (LMP).', isKnownDataset: () => false, forms: ['language model prompting'] })).toBe('method');
	});

	it('types a name listed beside a known dataset as a dataset', () => {
		expect(typeOf('MemoTrap', 'It improves XSum, MemoTrap and NQ-Swap.')).toBe('dataset');
		expect(typeOf('HotFoo', 'It improves over HotFoo and BarNet on our tasks.')).toBe('method');
	});

	it('ends a list at the item after its "and": the name after the next comma is no list-mate', () => {
		expect(typeOf('Rex-Foo', 'On benchmarks of XSum and MuSiQue, Rex-Foo attains the best scores.')).toBe('method');
		expect(typeOf('Rex-Foo', 'On benchmarks like Alpha and Beta, Rex-Foo attains the best scores.')).toBe('method');
		expect(typeOf('Rex-Foo', 'On benchmarks like Alpha, Beta and Rex-Foo it attains the best scores.')).toBe('dataset');
		expect(typeOf('Rex-Foo', 'It improves XSum, MuSiQue, Rex-Foo and NQ-Swap.')).toBe('dataset');
		// One comma after a phrase that ends in a dataset opens the clause: its subject is no list-mate.
		expect(typeOf('Rex-Foo', 'On the new XSum, Rex-Foo attains the best scores.')).toBe('method');
		expect(typeOf('Rex-Foo', 'It improves XSum, Rex-Foo, MemoBar.')).toBe('dataset');
	});

	// The ScaleQuest abstract (hf-daily-2024-10-25.json): "mainstream open-source models (i.e., Mistral, Llama3, DeepSeekMath, and Qwen2-Math)".
	it('types a name listed only beside known models as a model', () => {
		const LEXICON: Record<string, 'model' | 'method'> = { Mistral: 'model', Gemma: 'model', LoRA: 'method' };
		const listed = (name: string, abstract: string) =>
			typeFromEvidence(name, 'method', { title: '', abstract, isKnownDataset: () => false, knownType: (n) => LEXICON[n] });
		expect(listed('DeepSeekMath', 'It improves open-source models (i.e., Mistral, Llama3, DeepSeekMath, and Qwen2-Math) on MATH.')).toBe('model');
		expect(listed('FooTune', 'We compare Mistral, LoRA and FooTune.')).toBe('method');
		expect(listed('FooTune', 'We compare FooTune and BarTune.')).toBe('method');
	});

	it('types a name with a count suffix as a dataset when the text calls it one, whatever a model rule guessed', () => {
		const evidence = (abstract: string) => ({ title: '', abstract, isKnownDataset: () => false });
		expect(typeFromEvidence('PixPairs-2.5M', 'model', evidence('We release a paired image dataset PixPairs-2.5M for editing.'))).toBe('dataset');
		expect(typeFromEvidence('Geo-40K', 'method', evidence('We build Geo-40K, a dataset of 40K maps.'))).toBe('dataset');
		expect(typeFromEvidence('TinyLM-350M', 'model', evidence('We train TinyLM-350M on three datasets.'))).toBe('model');
		expect(typeFromEvidence('Qwen3-8B', 'model', evidence('The dataset Qwen3-8B was trained on is private.'))).toBe('model');
	});

	it('types what the abstract releases as models as a model, not what it releases beside them', () => {
		const abstract = 'We present Orca-2.1, a new research agent. We also release Orca-2.1 and Orca-2.1-mini as open-weight models.';
		expect(typeOf('Orca-2.1', abstract)).toBe('model');
		expect(typeOf('Orca-2.1-mini', abstract)).toBe('model');
		expect(typeOf('Orca', abstract)).toBe('method');
		expect(typeOf('FooKit', 'We release FooKit as well as models and data.')).toBe('method');
	});

	// After unseen-dev2-speech-audio ("We release Pantagruel models, a new family of self-supervised encoder models").
	it('types a name released right before "models" as a model, not one released before another noun', () => {
		expect(typeOf('Gargantua', 'We release Gargantua models, a new family of encoders for French speech.')).toBe('model');
		expect(typeOf('Gargantua', 'We release Gargantua code and the data.')).toBe('method');
	});

	it('types an encoder or a decoder part as a model', () => {
		expect(typeOf('GlyphKit-Encoder', 'We train GlyphKit-Encoder on glyphs.')).toBe('model');
		expect(typeOf('Encoder', 'Encoder first.')).toBe('method');
	});

	it('types a guessed model of elevations as a dataset', () => {
		expect(typeFromEvidence('Coastal DEM', 'model', { title: '', abstract: 'We use Coastal DEM.', isKnownDataset: () => false })).toBe('dataset');
	});

	it('types a name ending in the acronym of a class of models as a model of that class', () => {
		expect(typeOf('Y-VLA', 'It runs on Y-VLA in one step.')).toBe('model');
		expect(typeOf('Med-LLM', 'We compare with Med-LLM.')).toBe('model');
		expect(typeOf('VLA', 'VLA policies act.')).toBe('method');
	});

	it('reads a suite of tools or utilities as software, a test suite as a dataset', () => {
		expect(typeOf('GenoKit', 'GenoKit compares features.', 'GenoKit: A flexible suite of utilities for comparing features')).toBe('method');
		expect(typeOf('GenoKit', 'We release GenoKit, a suite of tools for reads.')).toBe('method');
		expect(typeOf('AgentSuite', 'We release AgentSuite, a suite of 40 tasks.')).toBe('dataset');
	});

	it('reads a set named by what it holds, in apposition, as a dataset, and a set of anything as no evidence', () => {
		expect(typeOf('PairPref-2', 'We build PairPref-2, a preference set drawn from crowd ratings.')).toBe('dataset');
		// A name the fast path cannot look up by its letters (here a capital with a diacritic) is read by the same patterns.
		expect(typeOf('Ürün-Pref', 'We build Ürün-Pref, a preference set drawn from crowd ratings.')).toBe('dataset');
		expect(typeOf('RuleKit', 'We build RuleKit, a set of rules for parsing.')).toBe('method');
	});

	it('never changes a type that rests on evidence of its own', () => {
		expect(typeFromEvidence('GPT-Bench', 'model', { title: '', abstract: '', isKnownDataset: () => false })).toBe('model');
	});

	it('reads the context as patterns built around the escaped name would', () => {
		const noun = String.raw`(?:benchmarks?|datasets?|corpus|corpora|suites?(?!\s+of\s+(?:tools|utilities|programs|packages|libraries|functions|commands|software)\b)|testbeds?|leaderboards?|test sets?|(?:data\s+)?collections?)`;
		const product = String.raw`(?:data|imagery|products|scenes)`;
		const byPattern = (name: string, title: string, abstract: string) => {
			const n = escapeRegExp(name);
			const beside = new RegExp(
				String.raw`(?<![\w-])${n}(?![\w-])(?:\s+(?:${noun}|${product})\b|,\s+an?\s+(?:[\w-]+\s+){0,4}?${noun}\b|,\s+an?\s+(?:[\w-]+\s+){1,3}?sets?\b(?!\s+of\b))` +
					String.raw`|\b${noun}\s+(?:(?:such as|like|including|named|called)\s+)?(?:(?:[\w.-]+,\s+){0,4}[\w.-]+,?\s+and\s+|(?:[\w.-]+,\s+){0,4})${n}(?![\w-])`,
				'i',
			);
			const measured = new RegExp(String.raw`\b(?:measured?|evaluated?|tested|benchmarked|accuracy|performance|results?|scores?)\s+(?:[\w-]+\s+){0,2}?on\s+(?:the\s+)?${n}(?![\w-])`, 'i');
			return beside.test(abstract) || measured.test(abstract) || new RegExp(String.raw`^${n}:\s.*\b${noun}\b`, 'i').test(title);
		};
		const name = fc.constantFrom('Ego2Act', 'ego2act', 'X-1', 'Mem.Trap', 'Ünet', 'A B');
		const piece = fc.constantFrom('Ego2Act', 'EGO2ACT', 'X-1', 'Mem.Trap', 'MemXTrap', 'Ünet', 'A B', 'A', 'B', ' ', '  ', ',', ', ', ' and ', ':', ': ', '-', 'x',
			'benchmark', 'Datasets', 'test set', 'corpus', ' such as ', ' a ', ' an ', 'new ', 'large ', 'results', 'Accuracy', ' on ', 'the ', 'data collection', 'collections', 'set', ' of', 'data', 'imagery', ' scenes');
		fc.assert(
			fc.property(name, fc.array(piece, { maxLength: 12 }), fc.array(piece, { maxLength: 6 }), (n, abstract, title) => {
				const evidence = { title: title.join(''), abstract: abstract.join(''), isKnownDataset: () => false };
				// An apposition ("X: the … corpus") is read by `apposedKind`, tested on its own, before these patterns.
				const expected = apposedKind(n, evidence.abstract) ?? (byPattern(n, evidence.title, evidence.abstract) ? 'dataset' : 'method');
				expect(typeFromEvidence(n, 'method', evidence)).toBe(expected);
			}),
			{ numRuns: 3000 },
		);
	});
});

describe('typeFromEvidence, a benchmark established and gains measured on a name', () => {
	it('types a name a participle says establishes a benchmark as a dataset', () => {
		const abstract = 'We introduce Streaming Fact Updates (SFU) to evaluate this capability, establishing a benchmark for online adaptation. Models fail on SFU.';
		expect(typeOf('SFU', abstract)).toBe('dataset');
		expect(typeOf('SFU', 'We introduce SFU, establishing new state-of-the-art results.')).toBe('method');
	});

	it('types a name a gain was measured on as a dataset', () => {
		expect(typeOf('WebArena', 'Our agent surpasses the baseline by +9.4% on WebArena.')).toBe('dataset');
	});

	it('types a coined name counted in thousands as the data the paper built, unless a parameter count precedes it', () => {
		expect(typeOf('FooEdit-30K', 'To support this setting, we construct FooEdit-30K (20K paired and 10K unpaired samples).')).toBe('dataset');
		expect(typeOf('BarLM-7B-32K', 'We release BarLM-7B-32K for long inputs.')).not.toBe('dataset');
		// unseen-round31 Hugging Face day: "curate two high-quality datasets, Gen-Searcher-SFT-10k and Gen-Searcher-RL-6k".
		expect(typeOf('FooSearch-SFT-10k', 'We curate FooSearch-SFT-10k and FooSearch-RL-6k for the two stages.')).toBe('dataset');
		expect(typeOf('BarLM-7B-32k', 'We release BarLM-7B-32k for long inputs.')).not.toBe('dataset');
	});
});

describe('typeFromEvidence, a title naming a dataset and a model', () => {
	it('takes no type from a title that joins a model to the dataset, and reads the kind stated before the long form', () => {
		const abstract = 'This study first provides a dataset. Then, this study proposes a network model named Real-time Crack Finder (RCF-Net) with a light neck.';
		const evidence = { title: 'RCF-Net: A Road Crack Dataset and Real-Time Detection Model', abstract, isKnownDataset: () => false };
		expect(typeFromEvidence('RCF-Net', 'method', { ...evidence, abstract: 'RCF-Net detects cracks.' })).toBe('method');
		expect(typeFromEvidence('RCF-Net', 'method', { ...evidence, forms: ['RCF-Net', 'Real-time Crack Finder'] })).toBe('model');
		expect(typeOf('CrackSet', 'CrackSet holds images.', 'CrackSet: A Road Crack Dataset for Detection Models')).toBe('dataset');
	});
});

// unseen-round32 Hugging Face day: "surpass the state-of-the-art Nano Banana 2 on GenEval2", typed method.
describe('typeFromEvidence, a numbered release of a benchmark', () => {
	it('reads a benchmark ending with its release number as a dataset', () => {
		expect(typeOf('PicEval2', 'Our agent beats both baselines on PicEval2.')).toBe('dataset');
		expect(typeOf('ClipBench-2.0', 'We score every model on ClipBench-2.0.')).toBe('dataset');
	});
});
