import { describe, expect, it } from 'vitest';
import { splitSentences } from '../sentences.ts';
import { splitSummary } from './summary.ts';
import { loadSeedPapers } from '../fixtures/seed.ts';
import { describeStoredOutputs } from '../testing/stored-outputs.ts';

const texts = (spans: { text: string }[]) => spans.map((s) => s.text);

describe('splitSummary', () => {
	it('puts background/limitations in problem, the proposal in approach, experiments in results', () => {
		const abstract =
			'Reward design is a core challenge in RL. However, existing methods are expensive. ' +
			'We propose FooNet, a novel method that learns rewards. FooNet uses a small model. ' +
			'Experiments show FooNet outperforms PPO by 12%.';
		const summary = splitSummary(splitSentences(abstract));
		expect(texts(summary.problem)).toEqual(['Reward design is a core challenge in RL.', 'However, existing methods are expensive.']);
		expect(texts(summary.approach)).toEqual(['We propose FooNet, a novel method that learns rewards.', 'FooNet uses a small model.']);
		expect(texts(summary.results)).toEqual(['Experiments show FooNet outperforms PPO by 12%.']);
	});

	// NLP: an evaluation's setup told before its outcome; a review's finding "highlighted that …"
	it('puts the setup of an evaluation in approach and what the work highlighted in results', () => {
		const abstract =
			'Fact checkers often miss unsupported claims. We propose FooCheck, a verifier that links claims to sources. ' +
			'We evaluate FooCheck on four datasets and set it against three baselines. ' +
			'Our results show that FooCheck improves accuracy by 8%.';
		const summary = splitSummary(splitSentences(abstract));
		expect(texts(summary.approach)).toContain('We evaluate FooCheck on four datasets and set it against three baselines.');
		const review =
			'Organic vineyards are spreading. This review aimed to map their certification across Europe. Forty schemes were read. ' +
			'The research highlighted that schemes overlap in their rules. Overlap confuses growers.';
		expect(texts(splitSummary(splitSentences(review)).results)).toContain('The research highlighted that schemes overlap in their rules.');
	});

	it('leaves no part empty with three sentences, even without cues', () => {
		const summary = splitSummary(splitSentences('One thing. Another thing. A third thing.'));
		expect([summary.problem.length, summary.approach.length, summary.results.length]).toEqual([1, 1, 1]);
	});

	it('handles one- and two-sentence abstracts', () => {
		const one = splitSummary(splitSentences('We propose FooNet, a novel method.'));
		expect(texts(one.approach)).toEqual(['We propose FooNet, a novel method.']);
		const two = splitSummary(splitSentences('We propose FooNet. Experiments show a 5% gain.'));
		expect(texts(two.results)).toEqual(['Experiments show a 5% gain.']);
		expect(splitSummary([])).toEqual({ problem: [], approach: [], results: [] });
	});

	it('places every seed sentence in exactly one part, in order, none empty but the problem of an abstract that opens with the authors’ own work', () => {
		for (const { abstract } of loadSeedPapers()) {
			const sentences = splitSentences(abstract);
			const summary = splitSummary(sentences);
			const placed = [...summary.problem, ...summary.approach, ...summary.results];
			expect(placed).toHaveLength(sentences.length);
			expect(new Set(placed.map((s) => s.start))).toEqual(new Set(sentences.map((s) => s.start)));
			for (const part of [summary.problem, summary.approach, summary.results]) {
				expect(part.map((s) => s.start)).toEqual([...part.map((s) => s.start)].sort((a, b) => a - b));
			}
			if (sentences.length >= 3) {
				// "We investigate a general formulation for …": an abstract that opens with the authors' own work may have no background.
				// "This research paper presents …" opens with the paper's own work too.
				if (!/^(?:We|This (?:research )?paper [a-z]+s)\s/.test(abstract)) expect(summary.problem.length).toBeGreaterThan(0);
				expect(summary.approach.length).toBeGreaterThan(0);
				expect(summary.results.length).toBeGreaterThan(0);
			}
		}
	});

	// Materials chemistry: the opening names the paper as "the present study", then the authors report what they did.
	it('reads an opening "In the present study we report how …" as the approach, with no background before it', () => {
		const abstract =
			'In the present study we report how the modification of graphene oxide sheets to a zirconia nanocomposite improves hydrogen storage. ' +
			'Electron microscopy and X-ray diffraction were used to characterise the composite. ' +
			'The nanocomposite exhibited a high surface area of 390 m2/g.';
		const summary = splitSummary(splitSentences(abstract));
		expect(texts(summary.problem)).toEqual([]);
		expect(texts(summary.approach)[0]).toBe('In the present study we report how the modification of graphene oxide sheets to a zirconia nanocomposite improves hydrogen storage.');
	});

	it('pulls a late "Moreover, we propose …" back into approach after first results', () => {
		const abstract =
			'Dialogue needs data. However, training is expensive. In this paper, we explore prompting. ' +
			'Experiments show competitive results of 80% accuracy. Moreover, we propose a novel classifier named FooBot. ' +
			'FooBot outperforms baselines by 5%.';
		const summary = splitSummary(splitSentences(abstract));
		expect(texts(summary.approach)).toEqual(['In this paper, we explore prompting.', 'Moreover, we propose a novel classifier named FooBot.']);
		expect(texts(summary.results)).toEqual(['Experiments show competitive results of 80% accuracy.', 'FooBot outperforms baselines by 5%.']);
	});

	it('reads the impersonal voice of the earth sciences: passive contribution, steps in sequence, passive finding', () => {
		const abstract =
			'Percentile-based indices may contain artificial discontinuities at the ends of the base period. ' +
			'The problem occurs because the threshold is affected by sampling error. ' +
			'A bootstrap resampling procedure is proposed to estimate exceedance frequencies. ' +
			'First, a pool of candidate observed days is chosen by matching the model field. ' +
			'Then, the one candidate day that best matches in the local area is used there. ' +
			'It is found that the procedure removes the inhomogeneity.';
		const summary = splitSummary(splitSentences(abstract));
		expect(summary.problem.map((s) => s.text.slice(0, 20))).toEqual(['Percentile-based ind', 'The problem occurs b']);
		expect(summary.approach.map((s) => s.text.slice(0, 20))).toEqual(['A bootstrap resampli', 'First, a pool of can', 'Then, the one candid']);
		expect(summary.results.map((s) => s.text.slice(0, 20))).toEqual(['It is found that the']);
	});

	it('puts the design of a study told in the first person in approach, before its findings', () => {
		const abstract =
			'Repairing software that uses neural networks is hard, and its challenges are not understood. ' +
			'This work presents a study of bug fix patterns. ' +
			'We have studied 415 repairs from Stack Overflow for five libraries. ' +
			'We also conducted a user study with 36 participants. ' +
			'Our key findings reveal that fix patterns are distinctive.';
		const summary = splitSummary(splitSentences(abstract));
		expect(summary.approach.map((s) => s.text.slice(0, 20))).toEqual(['This work presents a', 'We have studied 415 ', 'We also conducted a ']);
		expect(summary.results.map((s) => s.text.slice(0, 20))).toEqual(['Our key findings rev']);
	});

	it('follows the labels of a structured abstract over the cues of its sentences', () => {
		const abstract =
			'Background: Systematic differences in connectivity have been observed in autism. ' +
			'Previous attempts at classification have yielded about 80% accurate classification. ' +
			'Methods: For each of 964 subjects, we obtained pairwise connectivity measurements. ' +
			'Connections were grouped into bins, and a leave-one-out classifier was evaluated on each set. ' +
			'Results: Classification accuracy significantly outperformed chance. ' +
			'Conclusions: Multisite classification of autism outperformed chance.';
		const summary = splitSummary(splitSentences(abstract));
		expect(summary.problem.map((s) => s.text.slice(0, 12))).toEqual(['Background: ', 'Previous att']);
		expect(summary.approach.map((s) => s.text.slice(0, 12))).toEqual(['Methods: For', 'Connections ']);
		expect(summary.results.map((s) => s.text.slice(0, 12))).toEqual(['Results: Cla', 'Conclusions:']);
	});

	it('reads a method told in the past tense as a result, in the present as the approach', () => {
		const abstract =
			'Head motion can induce spurious findings. ' +
			'Here, we propose ICA-AROMA, a strategy to remove motion artifacts. ' +
			'ICA-AROMA uses a small set of temporal and spatial features. ' +
			'ICA-AROMA identified motion components with high accuracy. ' +
			'Our approach removed spurious noise to a larger extent than spike regression.';
		const summary = splitSummary(splitSentences(abstract));
		expect(summary.approach.map((s) => s.text.slice(0, 20))).toEqual(['Here, we propose ICA', 'ICA-AROMA uses a sma']);
		expect(summary.results.map((s) => s.text.slice(0, 20))).toEqual(['ICA-AROMA identified', 'Our approach removed']);
	});

	it('keeps the enumerated reasons of a gap in the problem before the paper first speaks of its own work', () => {
		const abstract =
			'Current tests of map reading can be invalid for modern agents. ' +
			'First, many tests derive their questions from outdated survey sheets. ' +
			'When such sheets serve as the reference for evaluation, the answers may be wrong or ambiguous. ' +
			'Second, evaluations often take the whole map as visible, while many agents see only tiles. ' +
			'We improve validity by introducing MapCheck, a test suite that ensures each question is answerable. ' +
			'We re-annotate 300 maps from 4 atlases. ' +
			'Evaluations of ten agents on MapCheck reveal systematic failures.';
		const summary = splitSummary(splitSentences(abstract));
		expect(summary.problem.map((s) => s.text.slice(0, 12))).toEqual(['Current test', 'First, many ', 'When such sh', 'Second, eval']);
	});

	// Machine learning: what the method's design does, told after a connector or what it builds on, and a dataset curated.
	it('reads the design of the method as the approach, after a connector or what it builds on', () => {
		const abstract =
			'Robot planners fail on long tasks. ' +
			'To solve this, we propose FooPlan, a two-level planner for kitchens. ' +
			'Based on Proximal Policy Optimization, FooPlan trains both levels with one reward. ' +
			'This design routes maps and object crops to two heads. ' +
			'Our modular architecture keeps planning and control apart. ' +
			'To train it, we curate a dataset of 5,000 kitchen episodes. ' +
			'Experiments show that FooPlan outperforms baselines by 12%.';
		const summary = splitSummary(splitSentences(abstract));
		expect(summary.approach.map((s) => s.text.slice(0, 12))).toEqual(['To solve thi', 'Based on Pro', 'This design ', 'Our modular ', 'To train it,']);
	});

	// Machine learning: a system or benchmark told by what it incorporates, includes or samples.
	it('reads what a system or benchmark incorporates, comprises or samples as the approach', () => {
		const abstract =
			'Agents for spreadsheets are hard to test. ' +
			'We present SheetBench, a benchmark for spreadsheet agents. ' +
			'It then samples tasks from a graph of real workflows. ' +
			'The benchmark comprises 900 tasks with human checks. ' +
			'SheetAgent further incorporates a verifier into its plan. ' +
			'Results show that agents fail on 40% of tasks.';
		const summary = splitSummary(splitSentences(abstract));
		expect(summary.approach.map((s) => s.text.slice(0, 12))).toEqual(['We present S', 'It then samp', 'The benchmar', 'SheetAgent f']);
	});

	// Animal breeding: the enumerated analyses of a design, each told by what it used.
	it('puts enumerated analyses told by what they used in the approach', () => {
		const abstract =
			'Genomic data may improve the ranking of young rams. ' +
			'Four analyses of fleece weights were compared. ' +
			'The first analysis used only pedigree records. ' +
			'The second analysis used pedigree and marker records. ' +
			'The third analysis used the full data set and only pedigree records. ' +
			'Accuracy rose by 8% with marker records.';
		const summary = splitSummary(splitSentences(abstract));
		expect(summary.approach.map((s) => s.text.slice(0, 12))).toEqual(['Four analyse', 'The first an', 'The second a', 'The third an']);
	});

	// Geophysics: the usual practice and what others have shown are the state of things the paper starts from.
	it('keeps how a thing is usually done and what others have shown in the problem', () => {
		const abstract =
			'Borehole logs are noisy. ' +
			'Tides must be removed before the logs are read. ' +
			'Tide removal is usually done with a lock-in filter, but wavelets were recently suggested and have shown promising results. ' +
			'Wavelets differ from the filter in their band. ' +
			'We investigate the performance of the wavelet method on two field logs. ' +
			'Our analysis shows that the wavelet method works for both logs. ' +
			'We find that the error is halved.';
		const summary = splitSummary(splitSentences(abstract));
		expect(summary.problem.map((s) => s.text.slice(0, 12))).toEqual(['Borehole log', 'Tides must b', 'Tide removal', 'Wavelets dif']);
		expect(summary.approach.map((s) => s.text.slice(0, 12))).toEqual(['We investiga']);
	});

	it('tells a tool by its name with what it captures, reports or generates as the approach', () => {
		const abstract =
			'Cycling plans rarely rest on evidence. ' +
			'We present TripMap, an online planning support system for cycling. ' +
			'TripMap captures the route choices of each trip at every crossing. ' +
			'The TMS reports travel times for each district. ' +
			'Planners rated the system as useful, and the results show that it is fast.';
		const summary = splitSummary(splitSentences(abstract));
		expect(summary.approach.map((s) => s.text.slice(0, 16))).toEqual(['We present TripM', 'TripMap captures', 'The TMS reports ']);
	});

	it('puts the "we propose" sentence of a seed paper in approach and its numbers in results', () => {
		const paper = loadSeedPapers().find((p) => p.title.startsWith('Boosting LLM Reasoning'))!;
		const summary = splitSummary(splitSentences(paper.abstract));
		expect(summary.approach[0]!.text).toMatch(/^In this work, we propose CoT-Max/);
		expect(summary.results.some((s) => s.text.includes('4.55%'))).toBe(true);
	});
});

describe('splitSummary: the figures of a procedure step', () => {
	// Animal science, agronomy: a design's factorial and its diet shares are settings of the procedure, no results.
	it('keeps a step whose figures are settings in the approach', () => {
		const abstract =
			'The objective of this study was to evaluate the effects of dietary fat and protein on the growth of lambs. Forty-eight lambs were used in a randomized block design with a 2 × 2 factorial arrangement of treatments. Diets were formulated to 3% (LF) or 6% (HF) fat with soybean meal or fish meal as the protein source. Diets were fed from 1 to 60 d of age and lambs were then switched to a common diet. Body weight was measured weekly, and feed intake was recorded daily. Blood was collected weekly during the trial. Lambs fed HF gained 12% more weight than lambs fed LF. Fish meal increased feed efficiency by 8%. Plasma glucose was not affected by treatments. Feeding a high-fat diet increased the growth of lambs.';
		const summary = splitSummary(splitSentences(abstract));
		expect(summary.approach.map((s) => s.text)).toContain('Forty-eight lambs were used in a randomized block design with a 2 × 2 factorial arrangement of treatments.');
		expect(summary.results.map((s) => s.text)).toContain('Lambs fed HF gained 12% more weight than lambs fed LF.');
	});
});

describe('splitSummary: how a method works, told after its name', () => {
	// Machine learning: a phase of the method, what it does in place of the usual way, and the means of what it can do.
	it('puts "During training, …", "Instead of …" and "… are enabled by …" in the approach', () => {
		const abstract =
			'Video matting remains costly at high resolution. We present FooMat, a matting model for long videos. ' +
			'Instead of using a fixed trimap, FooMat predicts a soft mask for each frame. ' +
			'During training, the mask branch attends to depth tokens and its loss regularizes shared weights; at inference, the branch is removed. ' +
			'These abilities are enabled by a two-stage design spanning data, training and serving. ' +
			'Experiments show that FooMat outperforms prior methods by 4% on three benchmarks.';
		const approach = texts(splitSummary(splitSentences(abstract)).approach);
		expect(approach).toContain('Instead of using a fixed trimap, FooMat predicts a soft mask for each frame.');
		expect(approach).toContain('During training, the mask branch attends to depth tokens and its loss regularizes shared weights; at inference, the branch is removed.');
		expect(approach).toContain('These abilities are enabled by a two-stage design spanning data, training and serving.');
	});

	// Economics, NLP: a further thing the authors do, told after a first result, is still the approach.
	it('puts "We also decompose …" after a result in the approach', () => {
		const abstract =
			'Household saving falls in recessions. We measure how transfers offset income losses across 50 states. ' +
			'Our results show that transfers offset 40% of the average loss. ' +
			'We also decompose the offset into taxes, benefits and grants to states, and into federal and state shares.';
		expect(texts(splitSummary(splitSentences(abstract)).approach)).toContain(
			'We also decompose the offset into taxes, benefits and grants to states, and into federal and state shares.',
		);
	});

	// Machine learning, agronomy: the answer to the gap, the method's key idea, and a review's verb of reviewing.
	it('puts "We bridge this gap with X", "Our key idea is …" and "This review summarizes …" in the approach', () => {
		const abstract =
			'Music generators can write short loops. However, long pieces lose their structure, and no tool checks it. ' +
			'We bridge this gap with FooComp, a planner for long pieces. Our key idea is to write the form first and the notes after. ' +
			'Listeners preferred FooComp in 70% of trials.';
		expect(texts(splitSummary(splitSentences(abstract)).approach)).toEqual([
			'We bridge this gap with FooComp, a planner for long pieces.',
			'Our key idea is to write the form first and the notes after.',
		]);
		const review =
			'Cover crops protect soil between seasons. Their effect on yield is debated. This review summarizes the results of forty field trials across Europe. ' +
			'Cover crops raised yields in most trials, and lowered them in dry years.';
		expect(texts(splitSummary(splitSentences(review)).approach)).toEqual(['This review summarizes the results of forty field trials across Europe.']);
	});

	// Genomics: what the method builds on is told of the method, whatever praise of the older one the sentence holds.
	it('puts "X builds on and extends Y" in the approach', () => {
		const abstract =
			'Genome search is slow at scale. In this paper, we introduce FooIdx, a learned index for reads. ' +
			'FooIdx builds on and extends the suffix array, which is the state-of-the-art structure in read aligners. Experiments show that FooIdx is 3x faster.';
		expect(texts(splitSummary(splitSentences(abstract)).approach)).toContain(
			'FooIdx builds on and extends the suffix array, which is the state-of-the-art structure in read aligners.',
		);
	});

	// Social sciences: "We consider …" sets out what the paper examines.
	it('puts "We consider …" after the background in the approach', () => {
		const abstract =
			'Courts differ in how they weigh expert evidence, and the reasons remain unclear. We consider the weight of expert reports in appeals heard twice. ' +
			'We then code each report by its author and its field. Reports were decisive in a third of the cases.';
		expect(texts(splitSummary(splitSentences(abstract)).approach)).toContain('We consider the weight of expert reports in appeals heard twice.');
	});
});

describe('splitSummary: searches, aims and abstracts that open with the authors\' own work', () => {
	// Astronomy: an abstract that opens with what the authors did has no background to put in the problem.
	it('leaves the problem empty when the abstract opens with "We have searched for …"', () => {
		const summary = splitSummary(splitSentences('We have searched for the 6.4 keV line in 40 ks of archival data. We fit the spectrum with two thermal components. A 3.1σ excess is found at 6.4 keV.'));
		expect(texts(summary.problem)).toEqual([]);
		expect(texts(summary.approach)[0]).toBe('We have searched for the 6.4 keV line in 40 ks of archival data.');
	});

	it('leaves the problem empty when the abstract opens with "This research paper presents …"', () => {
		const summary = splitSummary(splitSentences('This research paper presents a tide-gauge study of three estuaries. We fit a harmonic model to each gauge. We find that the fronts lag the tide by 40 minutes.'));
		expect(texts(summary.problem)).toEqual([]);
		expect(texts(summary.approach)[0]).toBe('This research paper presents a tide-gauge study of three estuaries.');
	});

	// Clinical: a structured abstract whose first label is its objective has no background section to put in the problem.
	it('leaves the problem empty when a structured abstract opens with "Objective: To …"', () => {
		const abstract =
			'Objective: To examine what shapes attendance at dental check-ups among older migrants in a coastal city. ' +
			'Method: A survey of 310 adults was run by telephone in 2015. ' +
			'Results: Of 280 answers, 61% reported a check-up in the last two years. ' +
			'Conclusion: Language and cost are the main barriers to attendance.';
		const summary = splitSummary(splitSentences(abstract));
		expect(texts(summary.problem)).toEqual([]);
		expect(texts(summary.approach)[0]).toMatch(/^Objective: To examine/);
		// A first "Purpose:" holds background as often as an aim: it keeps its problem part.
		const purpose =
			'Purpose: Hearing loss is common among older migrants and often goes untreated. Methods: A survey of 310 adults was run by telephone. ' +
			'Results: Of 280 answers, 61% reported a hearing test. Conclusion: Cost is the main barrier.';
		expect(texts(splitSummary(splitSentences(purpose)).problem)).toEqual(['Purpose: Hearing loss is common among older migrants and often goes untreated.']);
	});

	// Mathematics, law: "In this article, we …" opens with the authors' own work as "We …" does.
	it('leaves the problem empty when the abstract opens with "In this article, we …"', () => {
		const summary = splitSummary(
			splitSentences('In this article, we study harmonic maps between almost contact manifolds. We prove that every such map is totally geodesic. Two examples are given.'),
		);
		expect(texts(summary.problem)).toEqual([]);
		expect(texts(summary.approach)).toEqual(['In this article, we study harmonic maps between almost contact manifolds.']);
	});

	// Wildlife disease: the author telling the review in the third person opens with the paper's own work as "We …" does.
	it('leaves the problem empty when the abstract opens with "The author reviews …"', () => {
		const summary = splitSummary(
			splitSentences('The author reviews the relationship of a lungworm and its usual host, the elk. Large changes in land use have extended the range of elk. The lungworm can have considerable impact on sheep herds.'),
		);
		expect(texts(summary.problem)).toEqual([]);
		expect(texts(summary.approach)[0]).toBe('The author reviews the relationship of a lungworm and its usual host, the elk.');
	});

	// Parasitology: the study stated impersonally, then the life cycle it found, told in the plain present.
	it('leaves the problem empty after an opening "The life cycle of X is described", and puts the plain description after it in the results', () => {
		const abstract =
			'The complete life cycle of the gregarine Xus minor is described from its beetle host and its mite host. ' +
			'Infections begin in beetle larvae after they eat cysts from infected mites. ' +
			'Sporozoites hatch within the gut and enter the fat body. ' +
			'Trophozoites divide twice to form gamonts. ' +
			'Gamonts pair and secrete a thin cyst wall. ' +
			'Most infected larvae die before pupation.';
		const summary = splitSummary(splitSentences(abstract));
		expect(texts(summary.problem)).toEqual([]);
		expect(texts(summary.approach)).toEqual(['The complete life cycle of the gregarine Xus minor is described from its beetle host and its mite host.']);
		expect(texts(summary.results)).toHaveLength(5);
	});

	// Software, machine learning: a system's report that opens by defining it as new has no background to tell first.
	it('leaves the problem empty when the abstract opens with "X is a new …"', () => {
		const summary = splitSummary(
			splitSentences('FastTag is a new multilingual part-of-speech tagger, released as open source in 2024. Compared with its predecessors, FastTag adopts a single shared encoder. It tags 40 languages at 98% accuracy.'),
		);
		expect(texts(summary.problem)).toEqual([]);
		expect(texts(summary.approach)[0]).toBe('FastTag is a new multilingual part-of-speech tagger, released as open source in 2024.');
	});

	// Any field: an aim stated in the first person is what the authors set out to do.
	it('puts "We aim to …" after the background in the approach', () => {
		const abstract =
			'Hot stars shape galaxies with their radiation and winds. Their winds are often measured by fitting lines in the UV with model atmospheres. ' +
			'So far, the regions where these lines form have not been measured empirically, preventing a comparison to the models. ' +
			'We aim to conduct the first measurement of the line formation regions in an eclipsing binary in the LMC, namely HD 5980. ' +
			'We employ TESS photometry in combination with radial velocities to derive the ephemeris. The star has an orbital period of 19.3 d. ' +
			'We report that the lines weaken near the eclipse.';
		expect(texts(splitSummary(splitSentences(abstract)).approach)[0]).toMatch(/^We aim to conduct/);
	});
});

describe('splitSummary: contributions, steps and purposes told impersonally', () => {
	// Earth sciences, numerical methods: "A method is presented …" opens with the paper's own work as "We present …" does.
	it('leaves the problem empty when the abstract opens with a contribution in the passive', () => {
		const abstract =
			'A method is presented for mapping snow depth from radar echoes. The method reads two frequencies at once. ' +
			'Its simplest form corrects for the vegetation cover. The depth errors are shown to fall below 10%.';
		const summary = splitSummary(splitSentences(abstract));
		expect(texts(summary.problem)).toEqual([]);
		expect(texts(summary.approach)[0]).toBe('A method is presented for mapping snow depth from radar echoes.');
	});

	// Engineering: "This research presents …" is the paper's contribution, "The paper discusses …" what it does.
	it('puts "This research presents …" and "The paper discusses …" in the approach', () => {
		const abstract =
			'Pumps in remote stations wear out without warning. Their remaining life is hard to predict from sparse logs. ' +
			'This research presents a pair of estimators of remaining life that evaluate the wear of each seal. ' +
			'The paper discusses how both estimators are built. Overall, the estimators cut unplanned stops by 30%.';
		const summary = splitSummary(splitSentences(abstract));
		expect(texts(summary.approach)).toEqual([
			'This research presents a pair of estimators of remaining life that evaluate the wear of each seal.',
			'The paper discusses how both estimators are built.',
		]);
	});

	// Reliability engineering: the enumerated steps of a benchmark, told as "The first step is to …", "The second step is measuring …".
	it('puts the enumerated steps of a study in the approach', () => {
		const abstract =
			'Fault-tree solvers differ in speed. No common benchmark compares them. We compare four solvers on 500 synthetic trees. ' +
			'The first step is to align the event logs of each solver. The second step is timing each solver on the largest trees. ' +
			'Two solvers agree to the last digit and one is ten times faster.';
		const summary = splitSummary(splitSentences(abstract));
		expect(texts(summary.approach)).toEqual(expect.arrayContaining(['The first step is to align the event logs of each solver.', 'The second step is timing each solver on the largest trees.']));
	});

	// Machine learning, fluid dynamics: a purpose stated first, then the step that serves it, however much the purpose speaks of evaluating.
	it('puts "To support … evaluation, we build …" and "To validate …, cases are computed" in the approach', () => {
		const abstract =
			'Agents fail silently in long tasks. Locating the failing step is hard. We propose TraceLoc, a tracer that marks each step. ' +
			'To support a controlled evaluation, we build a set of 300 recorded sessions. ' +
			'TraceLoc finds the failing step in 71% of them.';
		expect(texts(splitSummary(splitSentences(abstract)).approach)).toContain('To support a controlled evaluation, we build a set of 300 recorded sessions.');
		const cfd =
			'Mesh adaptation depends on the metric field. A gradation step is re-designed to favour orthogonal cells. ' +
			'To validate the scheme, three channel-flow cases are computed. The changes made to an existing solver are detailed.';
		expect(texts(splitSummary(splitSentences(cfd)).approach)).toContain('To validate the scheme, three channel-flow cases are computed.');
	});

	// Music retrieval: "to evaluate" and "when evaluating" state a purpose or a condition, no evaluation's outcome.
	it('reads no result into "to evaluate" or "when evaluating"', () => {
		const abstract =
			'Pitch tracks of sung melodies are noisy. We propose a note model for such tracks. ' +
			'The model is then applied for evaluating the timing of each sung note. ' +
			'The model transcribes 85% of the notes correctly.';
		expect(texts(splitSummary(splitSentences(abstract)).approach)).toContain('The model is then applied for evaluating the timing of each sung note.');
	});
});

describe('splitSummary: the means of an aim and what the authors contribute', () => {
	// Risk analysis, machine learning: "We achieve this by …" gives the means of the aim before it; "we contribute …" what the authors add.
	it('puts "We achieve this by …" and "we contribute …" in the approach', () => {
		const means = splitSummary(splitSentences('We bound the release of a failed flyby. We achieve this by using fault trees built for an earlier mission.'));
		expect(texts(means.approach)).toContain('We achieve this by using fault trees built for an earlier mission.');
		const added = splitSummary(
			splitSentences('The bounds hold for every flyby within 40% of earlier estimates. Beyond the bounds themselves, we contribute two open datasets of re-entry paths.'),
		);
		expect(texts(added.approach)).toEqual(['Beyond the bounds themselves, we contribute two open datasets of re-entry paths.']);
	});
});

describe('splitSummary: a step and the finding it led to in one sentence', () => {
	// Transport, algorithms, machine learning: "We evaluate N models and find that …" reports what the step found.
	it('puts "We evaluate … and find that …" in the results', () => {
		const abstract =
			'Clinical coding tools are compared on a few hospitals only. We propose CodeAudit, a benchmark of 4,000 discharge notes from 12 hospitals. ' +
			'We evaluate 9 coding models across 4 hospital types and find that no single model leads in every type. ' +
			'The best model reaches 71% accuracy on rare codes.';
		expect(texts(splitSummary(splitSentences(abstract)).results)).toContain('We evaluate 9 coding models across 4 hospital types and find that no single model leads in every type.');
	});
});

describe('splitSummary: a demonstration of use', () => {
	// Transport, geophysics: "We demonstrate the use of X with …" shows how a thing is put to use, a step of the work.
	it('puts "We demonstrate the utility of X with …" in the approach', () => {
		const abstract =
			'Ferry timetables are published in many formats. We present ferrykit, a package that reads them into one table. ' +
			'We demonstrate the utility of the package with example applications in port planning. ' +
			'Reading a national timetable takes 40% less time than with earlier tools.';
		expect(texts(splitSummary(splitSentences(abstract)).approach)).toContain('We demonstrate the utility of the package with example applications in port planning.');
	});
});

// Short abstracts after held-out ones: what the authors make through the purpose of a first verb ("We build upon these
// results to design X", the approach), abstracts that open with the paper's own work (no problem part), and results the
// field sciences report in the impersonal past.
describeStoredOutputs(new URL('./fixtures/summary-parts/', import.meta.url), 'summary parts of %s', 'are the stored output.json', (file) => {
	const summary = splitSummary(splitSentences((JSON.parse(file('input.json')!) as { abstract: string }).abstract));
	return { problem: texts(summary.problem), approach: texts(summary.approach), results: texts(summary.results) };
});

describe('splitSummary: the making of the material', () => {
	it('puts "We generated two datasets …" in the approach, after the method it serves', () => {
		const abstract =
			'Sensor arrays drift and respond slowly. Fast prediction of gas concentrations remains hard. We apply echo state networks to sensor signals. ' +
			'We generated two datasets to test the ability of the networks to follow fast concentration changes. The networks predicted concentrations with 5% error.';
		const summary = splitSummary(splitSentences(abstract));
		expect(texts(summary.approach)).toContain('We generated two datasets to test the ability of the networks to follow fast concentration changes.');
	});
});

describe('splitSummary: a review that ends on what it covers', () => {
	it('puts the review\'s own statements and its scope in the approach, and leaves the results empty', () => {
		const abstract =
			'Raman spectroscopy has become a main technique for gas analysis. Its development has propelled trace gas research. ' +
			'In this review article we make an attempt to summarize the results of the most significant contributions to the field. ' +
			'Beside the basic methods, the difficulties of calibration are discussed. The techniques reviewed include open-path and cell measurements.';
		const summary = splitSummary(splitSentences(abstract));
		expect(texts(summary.approach)).toEqual([
			'In this review article we make an attempt to summarize the results of the most significant contributions to the field.',
			'Beside the basic methods, the difficulties of calibration are discussed.',
			'The techniques reviewed include open-path and cell measurements.',
		]);
		expect(summary.results).toEqual([]);
	});
});

describe('splitSummary: the usual practice the paper sets out from', () => {
	it('reads "conventional pipelines", "existing frameworks", "traditional systems" as the problem, as "existing methods" is', () => {
		const abstract =
			'Groundwater pollution is widespread. We study nitrate removal. Barriers have been implemented as an alternative to conventional pump-and-treat systems. ' +
			'We design a solar barrier. It removed 80% of nitrate.';
		const summary = splitSummary(splitSentences(abstract));
		expect(texts(summary.problem)).toContain('Barriers have been implemented as an alternative to conventional pump-and-treat systems.');
	});
});

describe('splitSummary: the history the paper starts from', () => {
	it('puts "Since the early 1990s …" with the background, not with the review that follows it', () => {
		const abstract =
			'Lidar has become a main tool of forest inventory. Its sensors have improved fast. The fast development of lidar techniques has propelled forest research. ' +
			'Since the early 1990s the number and scope of airborne surveys has increased steadily. In this review we make an attempt to summarize the results of the main contributions. ' +
			'The methods reviewed include area-based and tree-based approaches.';
		const summary = splitSummary(splitSentences(abstract));
		expect(texts(summary.problem)).toContain('Since the early 1990s the number and scope of airborne surveys has increased steadily.');
	});
});


describe('splitSummary: what the authors report', () => {
	it('puts "we report a …" in the approach, as "we present a …" is', () => {
		const summary = splitSummary(splitSentences('Sleep quality is hard to measure at home. We report a wrist sensor for recording sleep in the bedroom, evaluated in 300 homes.'));
		expect(texts(summary.approach)).toEqual(['We report a wrist sensor for recording sleep in the bedroom, evaluated in 300 homes.']);
	});

	it('puts "we report that …" and "we demonstrated that …" in the results, as "we show that …" is', () => {
		const reported = splitSummary(splitSentences('Reef recovery after bleaching remains poorly understood. We report that shaded reefs recover less than open ones.'));
		expect(texts(reported.results)).toEqual(['We report that shaded reefs recover less than open ones.']);
		const demonstrated = splitSummary(
			splitSentences('Reef recovery after bleaching remains poorly understood. With growth models, we demonstrated that recovery is fastest on reefs with herbivorous fish.'),
		);
		expect(texts(demonstrated.results)).toEqual(['With growth models, we demonstrated that recovery is fastest on reefs with herbivorous fish.']);
	});
});

describe('splitSummary: the study’s own analysis as the subject of a finding', () => {
	it('puts "The analysis revealed …" in the results, between steps of the method', () => {
		const abstract =
			'Lab-scale solar cells are rarely assessed for their environmental impact. We performed a life cycle assessment of two manufacturing routes. ' +
			'The analysis revealed critical raw materials such as gold. The routes have been compared under three scenarios. Suggestions were communicated to the researchers.';
		const summary = splitSummary(splitSentences(abstract));
		expect(texts(summary.results)).toContain('The analysis revealed critical raw materials such as gold.');
	});
});

describe('splitSummary: what was achieved', () => {
	it('puts "large gains … were achieved" in the results, after the comparison that reached them', () => {
		const abstract =
			'Faint pulsars are hard to detect. We present a pipeline for finding them in survey data. ' +
			'Its detection rates were compared with other methods, and large gains in sensitivity were achieved. Its speed is achieved through a sparse search.';
		const summary = splitSummary(splitSentences(abstract));
		expect(texts(summary.results)).toContain('Its detection rates were compared with other methods, and large gains in sensitivity were achieved.');
	});
});

describe('splitSummary: what the authors make of their method', () => {
	it.each([
		['We pre-trained FastMem on large curated 3D data to capture the dynamics of scenes.', 'Long videos are costly to reconstruct. We propose FastMem, a memory model for 4D scenes. '],
		['Concretely, we instantiate them as video models that roll out screen frames from user actions.', 'Computers run explicit programs. We propose neural computers that learn a runtime state. '],
	])('puts "%s" in the approach', (step, before) => {
		const summary = splitSummary(splitSentences(`${before}${step} Experiments show that the models adapt fast to long sequences.`));
		expect(texts(summary.approach)).toContain(step);
	});
});

describe('splitSummary: the questions an abstract sets out from', () => {
	it('puts the questions asked before the paper speaks of its own work in the problem', () => {
		const abstract =
			'This special issue turns to global history. Its opening question takes the challenge of world history a step further: how can history be opened up to the world? ' +
			'How can it account for the fragility of societies shaped by global trade? What problems of method arise and how can they be met in archival work? ' +
			'In the following, we develop this turn in three steps: firstly, we present the tools; secondly, we read two port archives; thirdly, we compare them.';
		const problem = texts(splitSummary(splitSentences(abstract)).problem);
		expect(problem).toContain('How can it account for the fragility of societies shaped by global trade?');
		expect(problem).toContain('What problems of method arise and how can they be met in archival work?');
	});
});

describe('splitSummary: the authors in the third person', () => {
	it('reads "In this paper, the authors discuss …" as "we discuss …": the approach, and an opening with no background', () => {
		const abstract =
			'In this paper, the authors discuss a set of software lab assignments on power grids that address solar generation and microgrids. ' +
			'Although these modules can be used by any university, they adopt as test system a feeder that mirrors a hardware lab. ' +
			'As such, students can study this system by simulation and by experiment. Work is under way to open the hardware to remote users.';
		const summary = splitSummary(splitSentences(abstract));
		expect(summary.problem).toEqual([]);
		expect(texts(summary.approach)).toContain('In this paper, the authors discuss a set of software lab assignments on power grids that address solar generation and microgrids.');
	});
});

describe('splitSummary: a step told with its purpose between results', () => {
	it('puts "measurements were performed to investigate …" in the approach, between the findings around it', () => {
		const step = 'Spin resonance measurements were performed to investigate the defects induced by the etch.';
		const abstract =
			'The surface of black silicon made by etching is examined for solar cells. Photoluminescence measurements show a porous phase in the etched layer. ' +
			'It is found that a second etch removes the porous phase. Electron images reveal a surface area of only three times that of a flat wafer. ' +
			`${step} The etched surface shows a defect density close to that of flat wafers. Lifetime measurements show a tenfold gain after passivation.`;
		const summary = splitSummary(splitSentences(abstract));
		expect(texts(summary.approach)).toContain(step);
		expect(texts(summary.results)).toContain('The etched surface shows a defect density close to that of flat wafers.');
	});
});

describe('splitSummary: the efforts made so far', () => {
	it('puts "attempts have been made to …" with the background, before the review that takes them up', () => {
		const abstract =
			'Greener chemistry has long been a goal of analytical labs. Early work cut the volume of toxic solvents. ' +
			'Therefore, attempts have been made to improve analysis throughout the whole process, from sampling to data handling. ' +
			'We review these attempts in clinical labs. We find that few reach routine use.';
		const summary = splitSummary(splitSentences(abstract));
		expect(texts(summary.problem)).toContain('Therefore, attempts have been made to improve analysis throughout the whole process, from sampling to data handling.');
		expect(texts(summary.approach)).toEqual(['We review these attempts in clinical labs.']);
	});
});

describe('splitSummary: an opening with the authors at work', () => {
	it('puts an opening "We <verb> …" in the approach whatever the verb, but not "We define X as …", the field\'s term', () => {
		const probe = splitSummary(splitSentences('We probe the coupling of spins in thin films using magnetoresistance. The films were grown on sapphire. The coupling falls by 40% below 5 nm.'));
		expect(texts(probe.approach)[0]).toBe('We probe the coupling of spins in thin films using magnetoresistance.');
		const define = splitSummary(
			splitSentences(
				'We define supply chains as sequences of processes that link the demand and supply of goods. Disruptions propagate along such chains. However, their risk is rarely assessed. We propose a risk model for nuclear supply chains. The model ranks suppliers by 30% better than audits.',
			),
		);
		expect(texts(define.problem)[0]).toBe('We define supply chains as sequences of processes that link the demand and supply of goods.');
	});
});

describe('splitSummary: a study framed and told in the past at the opening', () => {
	it('needs no background before "In this study, we investigated …"', () => {
		const abstract =
			'In this study, we investigated the impact of pilots’ motivation on their desire to fly or to remain in their current occupation. ' +
			'We analyzed a survey of 106 pilots. We found that intrinsic motivation mattered more than extrinsic motivation.';
		const summary = splitSummary(splitSentences(abstract));
		expect(summary.problem).toEqual([]);
		expect(texts(summary.approach)).toHaveLength(2);
	});
});

describe('splitSummary: the study done, told in the perfect passive with its means, at the opening', () => {
	it('needs no background before "… has been investigated by undertaking …", but keeps it before "… has been widely studied using …"', () => {
		const own = splitSummary(
			splitSentences(
				'The durability of bonded aluminium joints has been investigated by undertaking cyclic-fatigue tests in liquid water. ' +
					'Three surface pretreatments were employed. Failure occurs predominantly along the interface for the degreased joints.',
			),
		);
		expect(own.problem).toEqual([]);
		const others = splitSummary(
			splitSentences(
				'The durability of bonded aluminium joints has been widely studied using fatigue tests. ' +
					'Three surface pretreatments were employed. Failure occurs predominantly along the interface for the degreased joints.',
			),
		);
		expect(others.problem).toHaveLength(1);
	});
});

describe("splitSummary: a system's parts told one a sentence after their count", () => {
	it('puts the parts in the approach, not among the findings', () => {
		const abstract =
			'Recent generation models struggle with complex tasks. We propose GEMS, an agent-native framework. GEMS is built upon three core components. ' +
			'Agent Loop introduces a multi-agent framework that improves quality. Agent Memory provides a persistent memory that stores past states. ' +
			'Agent Skill offers an extensible collection of expertise. Across five tasks, GEMS achieves significant gains over baselines.';
		const summary = splitSummary(splitSentences(abstract));
		expect(texts(summary.approach)).toContain('Agent Skill offers an extensible collection of expertise.');
		expect(texts(summary.results)).toEqual(['Across five tasks, GEMS achieves significant gains over baselines.']);
	});
});
