import { describe, expect, it } from 'vitest';
import { partScores } from './summary-cues.ts';

/** A sentence's three scores (problem, approach, results) as the middle sentence of five. */
function scoresOf(text: string): { problem: number; approach: number; results: number } {
	const scores = new Float64Array(3);
	partScores(text, 2, 5, scores, 0);
	return { problem: scores[0]!, approach: scores[1]!, results: scores[2]! };
}

describe('partScores', () => {
	it('reads evidence obtained or given as a finding', () => {
		for (const text of [
			'The insights obtained represent quantitative evidence for the role of cations at the interface.',
			'The mammals from the site provide evidence for a corridor of dispersal along the coast.',
		]) {
			const { approach, results, problem } = scoresOf(text);
			expect(results, text).toBeGreaterThan(Math.max(approach, problem));
		}
	});

	it('reads a system named with its version number as the method told of', () => {
		const { approach, problem, results } = scoresOf('Atlas 2.0 shifts from reactive control to planning by scoring candidate trajectories.');
		expect(approach).toBeGreaterThan(Math.max(problem, results) + 1);
	});

	it('reads a step after a purpose opened with "In order to" as the step', () => {
		const { approach, problem, results } = scoresOf('In order to judge the effect of washing, we cleaned two sets of bones in different ways.');
		expect(approach).toBeGreaterThan(Math.max(problem, results) + 1);
	});

	it('reads the paper as the subject of the step after a purpose, but not of a finding', () => {
		const step = scoresOf('To gain a deeper understanding of how firms adapt, the study utilizes data from a national survey of firms.');
		expect(step.approach).toBeGreaterThan(Math.max(step.problem, step.results));
		const finding = scoresOf('To gain a deeper understanding of how firms adapt, the study finds that owners hand over power late.');
		expect(finding.approach).toBeLessThan(1);
	});

	it('reads the paper named a contribution, presenting its method, as the approach', () => {
		const { approach, problem, results } = scoresOf('This contribution presents a multi-resolution approach to optical flow with a weighted regularizer.');
		expect(approach).toBeGreaterThan(Math.max(problem, results) + 1);
	});

	it('reads the aim of the authors named in the third person as the aim of "we"', () => {
		for (const text of ['Authors intend to comprehend the dynamics that shape the growth of small firms.', 'The author aims to trace the letters of a merchant family.']) {
			const { approach, problem, results } = scoresOf(text);
			expect(approach, text).toBeGreaterThan(Math.max(problem, results));
		}
	});

	it('reads an evaluation set up with what it uses first as the setup', () => {
		const { approach, problem, results } = scoresOf('Using this benchmark, we systematically assess a range of open models and propose metrics of tool use.');
		expect(approach).toBeGreaterThan(Math.max(problem, results));
	});

	it('reads a further evaluation after a connector as the setup', () => {
		const { approach, problem, results } = scoresOf('Additionally, we evaluate the suitability of the atlas against four other atlases.');
		expect(approach).toBeGreaterThan(Math.max(problem, results));
	});

	it('reads evaluations conducted on named benchmarks, with no outcome told, as the setup', () => {
		const setup = scoresOf('We conduct extensive evaluation on 14 code benchmarks and 9 industrial benchmarks.');
		expect(setup.approach).toBeGreaterThan(Math.max(setup.problem, setup.results));
		for (const text of ['We validate FooAgent through RL training on coding, math and search tasks.', 'We conduct exhaustive evaluations spanning 12 benchmarks and 7 baselines.']) {
			const s = scoresOf(text);
			expect(s.approach, text).toBeGreaterThan(Math.max(s.problem, s.results));
		}
		const shown = scoresOf('We validate FooDec on long math reasoning and dialogue tasks, demonstrating consistent gains over greedy decoding.');
		expect(shown.results).toBeGreaterThan(shown.approach);
		const outcome = scoresOf('We conduct experiments on six benchmarks, where our ranking improves pretraining by 4.9% on average.');
		expect(outcome.results).toBeGreaterThan(outcome.approach);
	});

	it('reads the material the authors have built or collected as a step, told after their results too', () => {
		for (const text of ['We have built a proof-of-concept implementation of the tracer on top of the kernel.', 'We have collected a benchmark of 40 faulty programs from public forums.']) {
			const scores = new Float64Array(3);
			partScores(text, 4, 5, scores, 0);
			expect(scores[1], text).toBeGreaterThan(Math.max(scores[0]!, scores[2]!));
		}
	});

	it('reads an evaluation set up in the past as the setup', () => {
		const { approach, problem, results } = scoresOf('Moreover, we evaluated its functionality by using it for three different scenarios.');
		expect(approach).toBeGreaterThan(Math.max(problem, results));
	});

	it('reads a change stated with its size as a measured outcome', () => {
		const { approach, problem, results } = scoresOf('During the trial, moist corn decreased yields of milk and fat by 4.3 and 0.19 kg/d.');
		expect(results).toBeGreaterThan(Math.max(problem, approach));
	});

	it('reads a finding stated impersonally at the opening of its sentence as a finding, whatever names the paper', () => {
		for (const text of ['It is shown that aliasing depends on the polynomial degree.', 'In this paper it is shown that the duct walls add to the tonal noise.', 'It was found that the errors change the best parameters.']) {
			const { approach, problem, results } = scoresOf(text);
			expect(results, text).toBeGreaterThan(Math.max(problem, approach) + 0.5);
		}
	});

	it("reads the study's calculations or measurements showing, in the present, what they show as a finding", () => {
		for (const text of ['These calculations show that the duct walls make a large contribution to the noise.', 'The measurements indicate that the flow separates early.']) {
			const { approach, problem, results } = scoresOf(text);
			expect(results, text).toBeGreaterThan(Math.max(problem, approach) + 2);
		}
	});

	it("reads a further feature of the paper's system as describing it, and what it provides without \"also\" as left to other cues", () => {
		for (const text of ['The platform further offers a plug-in library with a concise API.', 'BEDTools also supports the comparison of alignments to features.']) {
			const { approach, problem, results } = scoresOf(text);
			expect(approach, text).toBeGreaterThan(Math.max(problem, results) + 1);
		}
		expect(scoresOf('The platform offers a practical pathway to deployment.').approach).toBeLessThan(1);
	});

	it("reads what users can do with the paper's tool as describing the tool", () => {
		for (const text of ['With seqkit, users can convert, merge and index alignments through one interface.', 'Users can define the number of individuals of each species.']) {
			const { approach, problem, results } = scoresOf(text);
			expect(approach, text).toBeGreaterThan(Math.max(problem, results));
		}
	});

	it('reads a method named by its strategy, protocol or paradigm, told of, as the method described', () => {
		for (const text of ['This strategy enables the synthesis of long videos from short clips.', 'The protocol also introduces a second mode of judging.']) {
			const { approach, problem, results } = scoresOf(text);
			expect(approach, text).toBeGreaterThan(Math.max(problem, results) + 0.5);
		}
	});

	it('reads an evaluation protocol or framework the paper makes as no evaluation done', () => {
		const { approach, problem, results } = scoresOf('The protocol also introduces a dual-mode evaluation framework for judging edits.');
		expect(approach).toBeGreaterThan(Math.max(problem, results) + 1);
		expect(scoresOf('An evaluation of eight models follows.').results).toBeGreaterThan(1.5);
	});

	it('reads a purpose to evaluate with an adverb between, as without one, as no evaluation done', () => {
		const purpose = scoresOf('FooBench aims to rigorously evaluate the memory of omni-modal models across domains.');
		const plain = scoresOf('FooBench aims to evaluate the memory of omni-modal models across domains.');
		expect(purpose.results).toBe(plain.results);
		// "could be readily evaluated in a clinical trial": what the method allows, left to the cue as before
		expect(scoresOf('The method could be readily evaluated in a clinical trial.').results).toBe(scoresOf('The method could be evaluated in a clinical trial.').results + 1.5);
	});

	it("reads what the paper's method exhibits or achieves as how it performed", () => {
		for (const text of ['On these databases, the proposed approach exhibits a good compromise between robustness, accuracy and speed.', 'On two datasets, our model achieves competitive view synthesis.']) {
			const { approach, problem, results } = scoresOf(text);
			expect(results, text).toBeGreaterThan(Math.max(problem, approach));
		}
	});

	it('reads the enumerated streams or modules of a design, told by what they use, as the design', () => {
		for (const text of ['The second stream uses machine and deep learning algorithms for segmentation.', 'The first module utilizes a sparse encoder for the audio.']) {
			const { approach, problem, results } = scoresOf(text);
			expect(approach, text).toBeGreaterThan(Math.max(problem, results) + 1);
		}
	});

	it('reads a rank stated as a percentile as a figure found', () => {
		const { approach, problem, results } = scoresOf('We competed live at the olympiad with the system and placed in the 49th percentile.');
		expect(results).toBeGreaterThan(Math.max(problem, approach));
	});

	it('reads experiments as the subject of the verb that runs them as the setup, no outcome', () => {
		for (const text of [
			'Experiments were used to test the effects of simulated low tides on the survival of the clams.',
			'To confirm the effectiveness of the strategy, experiments were conducted on a dataset of road images.',
			'The simulation experiments are carried out using demonstrations gathered from a driving simulator.',
		]) {
			const { approach, problem, results } = scoresOf(text);
			expect(approach, text).toBeGreaterThan(Math.max(problem, results));
		}
		expect(scoresOf('Experiments on three benchmarks confirm the gains of the method.').results).toBeGreaterThan(1.5);
	});

	it('reads the authors synthesizing the literature as their work', () => {
		const { approach, problem, results } = scoresOf('We synthesize the literature on cold ocean extremes and their ecological impacts.');
		expect(approach).toBeGreaterThan(Math.max(problem, results));
	});

	it('reads work that is time-consuming, labour-intensive or prone to error as the gap', () => {
		for (const text of [
			'Manual inspection depends on the experience of engineers, and thus the judgments are prone to human error.',
			'Most inspections are manual, time-consuming and labor-intensive.',
		]) {
			const { approach, problem, results } = scoresOf(text);
			expect(problem, text).toBeGreaterThan(Math.max(approach, results));
		}
	});

	it("reads what the authors' own making, whatever they call it, uses or is made of as its description", () => {
		for (const text of ['Our construction employs a multi-stage filtration pipeline to keep rare samples.', 'Our training recipe consists of two stages.']) {
			const { approach, problem, results } = scoresOf(text);
			expect(approach, text).toBeGreaterThan(Math.max(problem, results) + 1);
		}
	});

	it('reads the authors reviewing, outlining or discussing as their work', () => {
		for (const text of [
			'We review the methods used to date lake sediments.',
			'We outline the requirements of provenance in a workflow system.',
			'Moreover, we discuss the corresponding metrics of these structures.',
		]) {
			const { approach, problem, results } = scoresOf(text);
			expect(approach, text).toBeGreaterThan(Math.max(problem, results));
		}
	});

	it("reads the parts of the paper's own making listed after a colon as its description", () => {
		for (const text of [
			'Our toolkit has three main components: (1) a parser for field notes; (2) a validator of species names; (3) an exporter.',
			'The suite makes the following contributions: (1) a shared action vocabulary; (2) a scoring protocol for long tasks.',
			'WorldMark contributes: (1) a unified action-mapping layer and (2) a hierarchical test suite.',
		]) {
			const { approach, problem, results } = scoresOf(text);
			expect(approach, text).toBeGreaterThan(Math.max(problem, results) + 1);
		}
	});

	it('reads urgency as the gap', () => {
		for (const text of ['Finding new treatments for the disease has become urgent.', 'There is an urgent need for cheaper sensors.']) {
			const { approach, problem, results } = scoresOf(text);
			expect(problem, text).toBeGreaterThan(Math.max(approach, results));
		}
	});

	it("reads the outcome's showing and the paper's stated stance as findings", () => {
		for (const text of [
			'The outcome shows that the sensor drifts in humid air.',
			'To settle the dispute, this paper states that courts should apply the older rule.',
			'Finally, this article contends that the reform will widen the gap between regions.',
		]) {
			const { approach, problem, results } = scoresOf(text);
			expect(results, text).toBeGreaterThan(Math.max(problem, approach));
		}
	});

	it('reads more verbs of what the authors do to their material as their work', () => {
		for (const text of [
			'We interviewed thirty shop owners about their suppliers.',
			'On the decoding side, we convert each recording into a spectrogram.',
			'We reframe crop rotation as a scheduling task over seasons.',
			'We therefore created a catalogue of the region’s wells.',
		]) {
			const { approach, problem, results } = scoresOf(text);
			expect(approach, text).toBeGreaterThan(Math.max(problem, results));
		}
	});

	it('reads a named system coupling, pairing or equipping its parts as its description', () => {
		for (const text of [
			'GeoNet couples a terrain encoder with a weather model.',
			'The framework pairs each sensor with a local filter.',
			'FloodKit equips the planner with a rainfall forecast.',
		]) {
			const { approach, problem, results } = scoresOf(text);
			expect(approach, text).toBeGreaterThan(Math.max(problem, results) + 1);
		}
	});

	it('reads a gap named and addressed in one sentence as the answer to it', () => {
		const { approach, problem, results } = scoresOf('We argue that the delays stem from the scheduler and address them with a priority queue.');
		expect(approach).toBeGreaterThan(Math.max(problem, results) + 1);
	});

	it('reads advice to those who act on the findings as what the study concludes', () => {
		for (const text of [
			'Therefore, we advise policymakers to develop drought plans for each basin.',
			'We recommend that regulators require audits of small lenders.',
			'Hospital managers should plan for longer winter peaks.',
		]) {
			const { approach, problem, results } = scoresOf(text);
			expect(results, text).toBeGreaterThan(Math.max(problem, approach));
		}
	});

	it('reads why the study matters as the state of things that calls for it', () => {
		const { approach, problem, results } = scoresOf('This research is timely because coastal towns face rising insurance costs.');
		expect(problem).toBeGreaterThan(Math.max(approach, results));
	});

	it('reads what the study adds to its field as told after its findings', () => {
		for (const text of [
			'This paper makes two practical contributions to port planning.',
			'It also contributes by mapping the suppliers of each mill.',
			'The study contributes to the governance literature by comparing boards across sectors.',
		]) {
			const { approach, problem, results } = scoresOf(text);
			expect(results, text).toBeGreaterThan(Math.max(problem, approach));
		}
	});

	it("reads what the authors conclude, and what the results of the study illustrate, as findings", () => {
		for (const text of [
			'Therefore, we conclude that the cavitation resistance of the rubbery phase does not directly contribute to toughness.',
			'The results of this study illustrate that rubber particles and microvoids toughen the matrix in the same manner.',
		]) {
			const { approach, problem, results } = scoresOf(text);
			expect(results, text).toBeGreaterThan(Math.max(problem, approach));
		}
	});

	it("reads a gap word answered in a purpose, a participle or a relative clause as the paper's work, not the gap", () => {
		for (const text of [
			'Inspired by the broad success of agents on real-world tasks, we explore agentic modeling to address this limitation.',
			'We identify a property of spatial reasoning that circumvents this limitation.',
		]) {
			const { approach, problem, results } = scoresOf(text);
			expect(approach, text).toBeGreaterThan(Math.max(problem, results));
		}
		// a participle that answers the gap weighs as much as the gap's words
		const answered = scoresOf('It extends to dynamic scenes, overcoming the static-scene limitations of prior methods.');
		const stated = scoresOf('It extends to dynamic scenes, despite the static-scene limitations of prior methods.');
		expect(answered.approach - stated.approach).toBe(1.5);
		// others' answer, told in the perfect, stays the state of things
		const { approach, problem } = scoresOf('Nanotexturing has been shown to overcome this challenge.');
		expect(problem).toBeGreaterThan(approach);
	});

	it('reads a measured value told with the past copula or "had" as a finding, not a setting told with a participle', () => {
		for (const text of ['The glass transition temperature of the cured polymer was 148 °C.', 'The rubber particles had a Tg of about −100 °C.']) {
			const { approach, problem, results } = scoresOf(text);
			expect(results, text).toBeGreaterThan(Math.max(problem, approach));
		}
		// a participle between: a setting, to which the cue gives nothing (the position prior alone)
		expect(scoresOf('The samples were heated to 150 °C for two hours.').results).toBe(0.25);
	});

	it('reads effects an analysis of variance found significant, or not, as a finding', () => {
		for (const text of [
			'Cropping system and year effects were significant for grain and straw yields of both species.',
			'Treatment effects were not significant for plant height.',
			'OT:LU mixed cropping had a significant effect on rust severity and disease progress rate.',
		]) {
			const { approach, problem, results } = scoresOf(text);
			expect(results, text).toBeGreaterThan(Math.max(problem, approach));
		}
	});

	it('reads a comparison of groups told with its "than" as a finding', () => {
		for (const text of [
			'At the psychological level, those with a high profile have a higher coping acceptance than the low profile.',
			'Both boundaries are characterized by higher mixed layer depth variability than the convective region.',
		]) {
			const { approach, problem, results } = scoresOf(text);
			expect(results, text).toBeGreaterThan(Math.max(problem, approach));
		}
	});

	it('reads how well a method does what it does, in a finite verb, as how it performed, not a purpose or a design', () => {
		const performed = scoresOf('Across diverse tissues, CellNet accurately reproduces marker-gene expression patterns.');
		const purpose = scoresOf('Across diverse tissues, CellNet is trained to accurately reproduce marker-gene expression patterns.');
		expect(performed.results - purpose.results).toBe(1);
		expect(scoresOf('This technique reliably reproduces human-supervised kinematics measurements.').results).toBeGreaterThan(1);
	});

	it("reads what an earlier part of a work in parts did, told in the past, as the state the paper starts from", () => {
		const { approach, problem, results } = scoresOf('In the preceding Part I of this investigation a relation was derived among the measured failure energies.');
		expect(problem).toBeGreaterThan(Math.max(approach, results));
		// the paper's own plan of its parts, told in the present
		expect(scoresOf('In Part I, we derive a relation among the failure energies.').problem).toBeLessThan(1);
	});
});

describe('partScores on a contributions list and a further step', () => {
	it('reads "Our main contributions are: (i) …" as the approach, however many figures describe the items', () => {
		const s = scoresOf('Our main contributions are: (i) SoilKB, a curated base of 4,210 soil profiles; and (ii) a retriever trained on 12,000 pairs.');
		expect(s.approach).toBeGreaterThan(s.results);
	});

	it('reads "We further refine …" as a further step of the authors', () => {
		const s = scoresOf('We further refine the patch features to learn better embeddings at patch positions.');
		expect(s.approach).toBeGreaterThan(s.results);
	});
});

describe('partScores on what a review or a book provides, what motivated the authors, and what they discovered', () => {
	it('reads what a review, a manual or a handbook provides or gives as the approach, not a study providing evidence', () => {
		for (const text of [
			'This review provides a self-contained introduction into these ideas without assuming familiarity with differential geometry.',
			'This practical manual gives the reader a toolbox for starting work with organoids.',
		]) {
			const { approach, problem, results } = scoresOf(text);
			expect(approach, text).toBeGreaterThan(Math.max(problem, results) + 1);
		}
		// a study providing evidence states a finding: the review's cue gives it nothing
		const study = scoresOf('This study provides evidence that grazing lowers soil carbon.');
		expect(study.approach).toBeLessThan(scoresOf('This review provides evidence that grazing lowers soil carbon.').approach);
	});

	it('reads the problem as the cause of what the authors do as the approach, not what it led them to conclude', () => {
		const motivated = scoresOf('These problems motivated us to write a short review of recent methodological developments and pitfalls.');
		expect(motivated.approach).toBeGreaterThan(Math.max(motivated.problem, motivated.results));
		expect(scoresOf('These results led us to conclude that the flow is driven by osmosis.').approach).toBeLessThan(1);
	});

	it('reads a discussion the authors include as their work, as "we discuss" is', () => {
		const { approach, problem, results } = scoresOf('Additionally, we have included a discussion on automatic analysis.');
		expect(approach).toBeGreaterThan(Math.max(problem, results) + 0.5);
	});

	it('reads what the authors discovered as a finding', () => {
		const { approach, results } = scoresOf('We discover an indirect cooperativity between distant particles, driven by vesicle curvature.');
		expect(results).toBeGreaterThan(approach + 0.5);
	});
});

describe('partScores on a release and a measured quantity reaching its values', () => {
	it('reads the authors releasing code or weights as availability, after a purpose too', () => {
		const { approach, results } = scoresOf('To push the frontier of open speech synthesis, we release our model weights, fine-tuning code and an inference engine.');
		expect(results).toBeGreaterThan(approach);
	});

	it('reads a measured quantity reaching its values as a finding', () => {
		const { approach, problem, results } = scoresOf('The inferred flow velocities reach values of up to 120 μm/s near the heater.');
		expect(results).toBeGreaterThan(Math.max(approach, problem) + 1);
	});
});

describe('partScores on a method told of after the means it leverages', () => {
	it('reads "Leveraging X, it performs …" as the method described, and "it performs well" as how it did', () => {
		const told = scoresOf('Leveraging browser automation, it performs human-like exploratory testing of each application.');
		expect(told.approach).toBeGreaterThan(Math.max(told.problem, told.results) + 1);
		expect(scoresOf('Leveraging browser automation, it performs well on all three dimensions.').approach).toBeLessThan(1);
	});
});

describe('partScores on a gap named, made worse or answered by a possibility', () => {
	it('reads the core challenge named, a challenge compounded and the harm it can do as the problem', () => {
		for (const text of [
			'The core challenge is not simply longer context windows but how spatial information is selected and retained.',
			'This challenge is compounded when composition technologies are employed to construct large applications.',
			'Due to the dependency of a chain on each function, a single slow function can result in performance degradations of the chain.',
		]) {
			const { approach, problem, results } = scoresOf(text);
			expect(problem, text).toBeGreaterThan(Math.max(approach, results));
		}
	});

	it('reads an answer to the gap told as what can be done, with no agent, as the problem, and the paper\'s answer as the approach', () => {
		const possible = scoresOf('To address this problem, advanced data analysis techniques such as machine learning methods can be applied.');
		expect(possible.problem).toBeGreaterThan(Math.max(possible.approach, possible.results));
		const own = scoresOf('To address this problem, we propose a method that can be applied to any spectrum.');
		expect(own.approach).toBeGreaterThan(Math.max(own.problem, own.results));
	});
});

describe('partScores on the models a method yields and an algorithm rethought', () => {
	it('reads the resulting models named after their noun achieving something as how the method did', () => {
		const { approach, results } = scoresOf('Empowered by this framework, our resulting models FIRM-Qwen-Edit and FIRM-SD3.5 achieve substantial performance breakthroughs.');
		expect(results).toBeGreaterThan(approach);
	});

	it('reads the authors rethinking an algorithm as their work', () => {
		const { approach, results } = scoresOf('We rethink the baseline replay algorithm, leveraging quantization of the frozen stage of the model.');
		expect(approach).toBeGreaterThan(results + 0.5);
	});
});

describe('partScores on an evaluation set up', () => {
	it('reads analyses conducted after a fronted "Beyond …" and agents evaluated in the present passive as the set-up', () => {
		for (const text of [
			'Beyond quantitative scores, we conduct rigorous analyses and ablations to expose model shortcomings.',
			'The produced environments and agents are evaluated in real and simulated environments, taking advantage of an open-source platform.',
		]) {
			const { approach, results } = scoresOf(text);
			expect(approach, text).toBeGreaterThan(results);
		}
	});
});

describe('partScores on the material a study draws upon and its results named as such', () => {
	it('reads interviews, surveys or data a study draws upon as its approach', () => {
		for (const text of ['Additionally, it draws upon interviews with nurses and ward managers to grasp how shifts are planned.', 'The study draws on survey data from twelve countries.']) {
			const { approach, problem, results } = scoresOf(text);
			expect(approach, text).toBeGreaterThan(Math.max(problem, results) + 1);
		}
		// A fronted participle leads into its main clause, which may tell a finding.
		const fronted = scoresOf('Drawing on new archives, the article shows how apprentices moved between towns.');
		expect(fronted.approach).toBeLessThan(1);
	});

	it('reads "the results of the study show", "the results also showed" and a claim "demonstrated on" data as findings', () => {
		for (const text of ['This is demonstrated on both speech and music datasets.', 'These gains are confirmed across five benchmarks.']) {
			const { approach, problem, results } = scoresOf(text);
			expect(results, text).toBeGreaterThan(Math.max(problem, approach));
		}
		for (const text of ['The results of the study show two routes by which villages sell their land.', 'The results also showed three factors in the uptake of loans.', 'The findings reveal a gap between policy and practice.']) {
			const { approach, problem, results } = scoresOf(text);
			expect(results, text).toBeGreaterThan(Math.max(problem, approach) + 1);
		}
	});
});
