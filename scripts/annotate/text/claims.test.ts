import { describe, expect, it } from 'vitest';
import { extractClaims, extractClaimsOfPapers } from './claims.ts';
import { extractEntities } from './entities.ts';
import { splitSentences } from '../sentences.ts';
import { loadLexicons, loadSeedPapers } from '../fixtures/seed.ts';

const lexicons = loadLexicons();
const claimsOf = (abstract: string, title = 'T') =>
	extractClaims(abstract, splitSentences(abstract), extractEntities(title, abstract, lexicons));
const values = (abstract: string) => claimsOf(abstract).map((c) => c.value.text);
const seed = loadSeedPapers();
const seedClaims = seed.map((p) => ({ ...p, claims: claimsOf(p.abstract, p.title) }));
const seedClaim = (titleStart: string, value: string) =>
	seedClaims.find((p) => p.title.startsWith(titleStart))!.claims.find((c) => c.value.text === value);

describe('extractClaims', () => {
	it('takes an estimate with its confidence interval as one result, and none of the interval', () => {
		expect(values('A breach was associated with a 0.338[95% CI, 0.101-0.576] percentage point increase in mortality.')).toEqual(['0.338']);
		expect(values('Mortality fell by 2.1 percentage points (95% confidence interval 1.2 to 3.0).')).toEqual(['2.1 percentage points']);
	});

	it('finds a score stated with a bound, and the bounded score coordinated with it', () => {
		expect(values('The evaluation shows F1-scores of around 0.7 for grouping kidney injury and around 0.6 for diabetes.')).toEqual(['0.7', '0.6']);
	});

	it('finds percentages, multipliers, "times", points and approximate values', () => {
		expect(values('It achieves up to 4.55% absolute improvements.')).toEqual(['4.55%']);
		expect(values('MBTL can achieve up to 50x improved sample efficiency.')).toEqual(['50x']);
		expect(values('PCL achieves 12.1times and 16.9times faster speed. It is 12.1 times faster.')).toEqual(['12.1times', '16.9times', '12.1 times']);
		expect(values('PPO improves performance, with a 6.3-point gain over SFT on GLUE.')).toEqual(['6.3-point']);
		expect(values('Distances were ~1732 (PPO) and ~2300 (RAMario).')).toEqual(['~1732', '~2300']);
		expect(values('achieving up to 30 to 200 times faster convergence')).toEqual(['30 to 200 times']);
		expect(values('achieving 10.6X and 45\\% improvement')).toEqual(['10.6X', '45\\%']);
	});

	it('reads numbers in words and before → after pairs', () => {
		expect(values('It is two orders of magnitude faster, with a two-order-of-magnitude reduction in memory.')).toEqual([
			'two orders of magnitude',
			'two-order-of-magnitude',
		]);
		expect(values('Star formation is enhanced by a factor of three, a three-fold rise.')).toEqual(['factor of three', 'three-fold']);
		expect(values('It is three times faster and twice as accurate, cutting cost by orders of magnitude.')).toEqual(['three times', 'twice', 'orders of magnitude']);
		expect(values('We ran it twice, three times in total, over orders of magnitude of scale.')).toEqual([]);
		expect(values('Qwen3-8B improves from 15.5% to 99% exact accuracy, and gains of 29.2% to 46.4%.')).toEqual(['15.5% to 99%', '29.2% to 46.4%']);
	});

	it('reads differences, error bars, metric values and score ranges', () => {
		expect(values('It shows 9.00 pp higher HTML match, 0.0982 higher CW-SSIM and 32.99 higher CLIP.')).toEqual(['9.00 pp', '0.0982', '32.99']);
		// After 2602.21320 of scripts/eval/listings/unseen-round29-hf-daily-2026-03-03.json: a gain stated relative or absolute.
		expect(values('It yields 92.5 relative improvement over the base model and a 4.1 absolute gain on B.')).toEqual(['92.5', '4.1']);
		expect(values('ProtT5 reached 0.596 ± 0.006; SCT achieves 1-step FID 2.42 and 0.91-0.95 of requests.')).toEqual(['0.596 ± 0.006', '2.42', '0.91-0.95']);
		expect(values('It predicted the whole proteome within 40 min on one GPU, trained for 3 days.')).toEqual(['40 min']);
	});

	it('reads metric units and score values', () => {
		expect(values('Our model achieves 28.4 BLEU on WMT, and a BLEU score of 41.8 after 3.5 days.')).toEqual(['28.4 BLEU', '41.8']);
		expect(values('It reaches a normalized return above 870 with 51.3 mIoU.')).toEqual(['870', '51.3 mIoU']);
	});

	it('reads what a verb of attaining reaches, and a bound coordinated with it', () => {
		expect(values('The method achieves 70 million particle updates per second.')).toEqual(['70 million']);
		expect(values('Ouro-1.4B reaches 60 lines after four loops and at least 160 after eight.')).toEqual(['60', '160']);
		expect(values('It achieves superior performance on 10 benchmarks, reaching state-of-the-art on 3 tasks.')).toEqual([]);
		expect(values('It improves accuracy by 5% on 3 tasks and over 20 datasets.')).toEqual(['5%']);
	});

	it('reads an amount or a duration that "only" marks as a cost', () => {
		expect(values('By training with only 0.3B data on a single machine for 16 hours, it matches GPT-4.')).toEqual(['0.3B', '16 hours']);
		expect(values('Base models follow only 1.4-3.6 lines.')).toEqual(['1.4-3.6']);
		expect(values('We train a 0.5B model on 100B tokens for 16 hours.')).toEqual([]);
		expect(values('It holds not only 3 datasets but also their labels.')).toEqual([]);
	});

	it('reads a shared unit in "by 28.8 and 28.5 points"', () => {
		expect(values('surpassing these by 28.8 and 28.5 points on SuperGLUE.')).toEqual(['28.8', '28.5 points']);
	});

	// unseen-agri-extension.bib (10.1016/j.worlddev.2017.12.013, 10.1080/23308249.2015.1112357, 10.1080/15228916.2017.1416215)
	// The unit of an amount is part of the value (claims/measured-amounts.ts), as in "261.20 kg/ha".
	it('reads a change from one amount to another, and the amount a change is by, whatever the unit', () => {
		expect(values('The paddy yield of the key farmers increased from 3.1 to 5.3 tons per hectare.')).toEqual(['3.1 to 5.3 tons per hectare']);
		expect(values('Total aquaculture supply increased dramatically from 0.7 mMT in 1950 to 90 mMT in 2012.')).toEqual(['0.7 mMT in 1950 to 90 mMT']);
		expect(values('The mobile phone improves the productivity of user-farmers by at least 261.20 kg/ha per production season.')).toEqual(['261.20 kg/ha']);
		expect(values('Emissions will increase by 2030, and the farm moved from 3 to 5 fields.')).toEqual([]);
	});

	it('skips enumerations, years, model sizes, section numbers and "Part I"', () => {
		expect(values('We (1) train LLaMA2-7B, 13B and GPT-4o in 2023 (Sec. 3.2); Part I covers world 1-2 and O(1/epsilon^2).')).toEqual([]);
	});

	it('records the sentence and the entities it names', () => {
		const abstract = 'We propose Foo. On MLEBench, Qwen2.5-3B beats Claude-3.5-Sonnet by an average of 22% across 12 Kaggle tasks.';
		const [claim] = claimsOf(abstract);
		expect(claim!.value).toEqual({ start: abstract.indexOf('22%'), end: abstract.indexOf('22%') + 3, text: '22%' });
		expect(claim!.sentence.text).toBe('On MLEBench, Qwen2.5-3B beats Claude-3.5-Sonnet by an average of 22% across 12 Kaggle tasks.');
		// Two models the paper only uses, compared on a named benchmark: the result is filed under the benchmark.
		expect(claim!.about).toEqual(['dataset/mlebench']);
	});

	// unseen-arxiv-health-2019.xml (1904.02052)
	it('attributes an "each model" result to the models the abstract listed before', () => {
		const abstract =
			'We apply three machine learning regression models: Random Forest, Support Vector Machine and an Artificial Neural Network. ' +
			'Each machine learning model achieves an R2-score between 80 % to 90 % for the regression.';
		const claim = claimsOf(abstract).find((c) => c.value.text === '80 % to 90 %');
		expect(claim!.about).toEqual(['algorithm/random-forest', 'algorithm/support-vector-machine', 'method/artificial-neural-network']);
	});

	it('makes a verb of multiplying a claim about the sentence subject or the paper\'s own method, measuring its object', () => {
		const abstract =
			'We propose FooNet, a planner. FooNet halves the planning time, and it triples the number of solved tasks. ' +
			'We doubled the throughput of the pipeline. The learning rate is halved every 10 epochs in a double-blind study.';
		const claims = claimsOf(abstract, 'FooNet: Plans');
		expect(claims.map((c) => [c.value.text, c.measure?.text, c.about])).toEqual([
			['halves', 'the planning time', ['method/foonet']],
			['triples', 'the number of solved tasks', ['method/foonet']],
			['doubled', 'the throughput of the pipeline', ['method/foonet']],
		]);
		for (const c of claims) expect(abstract.slice(c.value.start, c.value.end)).toBe(c.value.text);
	});

	it('reads a tested device\'s figures as its results, the multiple of a previous record included', () => {
		const abstract =
			'Gears wear quickly in vacuum. The Cryogenic Reliable Gear (CRYOGEAR) programme builds a contactless gear. ' +
			'In this paper, the test results of a 1:50 two-stage CRYOGEAR prototype are reported. ' +
			'A maximum torque of 5 N·m and an efficiency of 75% were demonstrated. ' +
			'The top tested speed was 2000 rpm, four times the previous record for such gears.';
		const claims = claimsOf(abstract, 'Performance of a cryogenic gear for space');
		expect(claims.map((c) => [c.value.text, c.about])).toEqual([
			['5 N·m', ['method/cryogear']],
			['75%', ['method/cryogear']],
			['2000 rpm', ['method/cryogear']],
			['four times', ['method/cryogear']],
		]);
	});

	it('attributes "our method" claims to the introduced method', () => {
		const [claim] = claimsOf('We propose FooNet, a planner. Our method outperforms them by 5.6% on public benchmarks.', 'FooNet: Plans');
		expect(claim!.about).toEqual(['method/foonet']);
	});

	it('attributes a result to a system the title and abstract name as a proper noun (Jev, hf-papers-2026-10-03.json)', () => {
		const abstract =
			"We integrate Jev's decision-oriented interface into edge service orchestration. We compare Jev, two self-hosted decision models, and three hosted LLMs. " +
			'Across 33 test conditions, Jev reduces median decision latency by 22.7-64.5% relative to the fastest LLM.';
		const claim = claimsOf(abstract, 'Replacing Large Language Models with Jev Decision Models').find((c) => c.value.text === '22.7-64.5%');
		expect(claim!.about).toEqual(['method/jev']);
	});

	it('attributes "our method" to the method the linked code repository is named after (VESPA, biology.bib)', () => {
		const abstract =
			'A logistic regression ensemble for Variant Effect Score Prediction without Alignments (VESPA) predicted SAV effect magnitude. ' +
			'Our method predicted SAV effects for the entire human proteome within 40 min. Code: https://github.com/Rostlab/VESPA.';
		const claim = claimsOf(abstract).find((c) => c.value.text === '40 min');
		expect(claim!.about).toEqual(['method/vespa']);
	});

	it('finds the seed claims named in the brief', () => {
		const find = seedClaim;
		expect(find('Boosting LLM Reasoning', '4.55%')?.about).toContain('method/cot-max');
		expect(find('Model-Based Transfer Learning', '50x')?.about).toEqual(['method/mbtl']);
		expect(find('Prompt Curriculum Learning', '12.1×')?.about).toContain('dataset/math');
		expect(find('RAMario', '~2300')?.about).toContain('method/ramario');
		expect(find('Reinforcement Learning for Machine Learning Engineering', '22%')?.about).toContain('dataset/mlebench');
		expect(find('Improving the Language Understanding', '6.3-point')?.about).toEqual(['dataset/glue']);
	});

	it('ties each number of the bundled listing to whom it is about', () => {
		const about = (titleStart: string, value: string) => seedClaim(titleStart, value)?.about;
		// One clause each: "… by 38.7 points … on GLUE, while surpassing these by 28.8 … on SuperGLUE".
		expect(about('Improving the Language Understanding', '38.7 points')).toEqual(['dataset/glue']);
		expect(about('Improving the Language Understanding', '28.5 points')).toEqual(['dataset/superglue']);
		expect(about('Improving the Language Understanding', '9.3 points')).toEqual(['dataset/superglue']);
		// "~1732 (PPO), ~1840 (DQN) and ~2300 (RAMario)": the name in brackets after each number.
		expect(about('RAMario', '~1732')).toEqual(['algorithm/ppo']);
		expect(about('RAMario', '~1840')).toEqual(['algorithm/dqn']);
		expect(about('RAMario', '~2300')).toEqual(['method/ramario']);
		// "on the HopperStand task, it reaches a normalized return above 870": "it" is the paper's GoRL.
		expect(about('GoRL', '870')).toContain('method/gorl');
		// "12.1× and 16.9× … on MATH and DeepScaleR, respectively".
		expect(about('Prompt Curriculum Learning', '12.1×')).toEqual(['method/pcl', 'dataset/math']);
		expect(about('Prompt Curriculum Learning', '16.9×')).toEqual(['method/pcl', 'dataset/deepscaler']);
	});

	it('lists on no entity a number that belongs to another one', () => {
		const ramario = seedClaims.find((p) => p.title.startsWith('RAMario'))!;
		const ppo = ramario.claims.filter((c) => c.about.includes('algorithm/ppo')).map((c) => c.value.text);
		expect(ppo).toEqual(['~1732']);
		const all = seedClaims.flatMap((p) => p.claims);
		expect(all.filter((c) => c.about.includes('algorithm/ppo')).map((c) => c.value.text)).not.toContain('~1840');
		expect(all.filter((c) => c.about.includes('algorithm/ppo')).map((c) => c.value.text)).not.toContain('~2300');
	});

	it('makes no claim of a fraction such as "a rate of 1/N"', () => {
		const lcb = seedClaims.find((p) => p.abstract.includes('rate of 1/N'))!;
		expect(lcb.claims.map((c) => c.value.text)).toEqual([]);
	});

	it('records what a number measures as a noun phrase of its sentence, or nothing', () => {
		const [claim] = claimsOf('FooNet achieves an overall score of 62% on BarBench.');
		expect(claim!.measure?.text).toBe('overall score');
		const measures = seedClaims.flatMap((p) => p.claims).map((c) => c.measure?.text ?? '');
		expect(measures.filter(Boolean).length).toBeGreaterThan(10);
		// Never a verb or a clause ("achieving", "PPO exceeds zero-shot"): a noun phrase ends in a noun.
		for (const text of measures.filter(Boolean)) expect(text).not.toMatch(/^(?:achiev\w*|outperform\w*|reach\w*|while|and|it)\b|\b(?:were|was|is|are|by|than)$/i);
	});

	it('gives exact value and sentence spans on every seed paper', () => {
		for (const paper of seedClaims) {
			for (const claim of paper.claims) {
				if (claim.measure) expect(paper.abstract.slice(claim.measure.start, claim.measure.end)).toBe(claim.measure.text);
				expect(paper.abstract.slice(claim.value.start, claim.value.end)).toBe(claim.value.text);
				expect(paper.abstract.slice(claim.sentence.start, claim.sentence.end)).toBe(claim.sentence.text);
				expect(claim.value.start).toBeGreaterThanOrEqual(claim.sentence.start);
				expect(claim.value.end).toBeLessThanOrEqual(claim.sentence.end);
			}
		}
	});

	it('gives "those numbers" in a sentence that names nothing the subject of the numbers before', () => {
		// After the FakeBob entry of scripts/eval/listings/unseen-dev2-speech-audio.bib.
		const abstract = 'With denoising, the success rate of FakeBob attacks falls from 100% to 56.05%. With noise adding, those numbers can be further lowered to 5.20% and 0.50%.';
		const about = claimsOf(abstract).map((c) => `${c.value.text} → ${c.about.join(',')}`);
		expect(about).toEqual(['100% to 56.05% → method/fakebob', '5.20% → method/fakebob', '0.50% → method/fakebob']);
	});

	it('leaves a sentence without such a reference back to no subject', () => {
		const abstract = 'With denoising, the success rate of FakeBob attacks falls from 100% to 56.05%. Rain fell by 5.20% in May.';
		expect(claimsOf(abstract).at(-1)!.about).toEqual([]);
	});
	// After the pixel-space diffusion entry of scripts/eval/listings/unseen-first-hf-daily-2025-10-15.json.
	it('lends a number in parallel the measure of the one before it', () => {
		const claims = claimsOf('Our diffusion model reaches an FID of 2.04 on ImageNet-256 and 2.35 on ImageNet-512.');
		expect(claims.map((c) => [c.value.text, c.measure?.text])).toEqual([
			['2.04', 'FID'],
			['2.35', 'FID'],
		]);
	});
});

describe('extractClaimsOfPapers', () => {
	it('gives each seed paper, its values found with all the papers\' at once, the claims it has alone', () => {
		const papers = seed.map(({ title, abstract }) => ({ abstract, sentences: splitSentences(abstract), entities: extractEntities(title, abstract, lexicons) }));
		const alone = papers.map(({ abstract, sentences, entities }) => extractClaims(abstract, sentences, entities));
		expect(alone.flat().length).toBeGreaterThan(10);
		expect(extractClaimsOfPapers(papers)).toEqual(alone);
	});
});
