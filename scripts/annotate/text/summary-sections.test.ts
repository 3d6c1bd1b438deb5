import { describe, expect, it } from 'vitest';
import { sectionParts } from './summary-sections.ts';

describe('sectionParts', () => {
	it('gives each labelled section its part, and carries it to the unlabelled sentences after it', () => {
		const marks = sectionParts([
			'Background: Systematic differences have been observed in autism.',
			'Previous attempts have yielded about 80% accurate classification.',
			'Methods: For each of 964 subjects, we obtained connectivity measurements.',
			'Connections were grouped into multiple bins, and a classifier was evaluated.',
			'Results: Classification accuracy significantly outperformed chance.',
			'Conclusions: Multisite classification outperformed chance.',
		]);
		expect(marks).toEqual([
			{ part: 'problem', labelled: true },
			{ part: 'problem', labelled: false },
			{ part: 'approach', labelled: true },
			{ part: 'approach', labelled: false },
			{ part: 'results', labelled: true },
			{ part: 'results', labelled: true },
		]);
	});

	it("reads a background section that states the paper's aim with the paper as subject as the approach, and the methods after it", () => {
		const marks = sectionParts([
			'Background: This study aimed to evaluate a capsule camera for the assessment of ulcers.',
			'Methods: 40 patients were examined.',
			'Results: Ulcers were seen in 30 % of patients.',
		]).map((m) => m?.part ?? null);
		expect(marks).toEqual(['approach', 'approach', 'results']);
	});

	it("reads a review journal's headings: the purpose as the approach, recent findings and summary as the results", () => {
		// A Springer review (scripts/eval/listings/unseen-round28-drone-aeroacoustics.bib), whose export glues each heading to
		// its sentence ("Purpose of ReviewThis review …"): the reader writes them as labels (`scripts/ingest/structured-headings.ts`).
		const marks = sectionParts([
			'Purpose of Review: This review aims to discuss how the noise of drones is measured.',
			'Research gaps are identified and further work is proposed.',
			'Recent Findings: Noise has been named a key concern for drone deliveries.',
			'Its tones are thought to add to annoyance.',
			'Summary: In the last few years, research on drone noise has grown.',
		]).map((m) => m?.part ?? null);
		expect(marks).toEqual(['approach', 'approach', 'results', 'results', 'results']);
		expect(sectionParts(['Summary statistics were computed for each site.'])).toEqual([null]);
	});

	it('reads an objective as the approach, and marks nothing before the first label', () => {
		expect(sectionParts(['Autism is common.', 'Objective: To test a classifier.']).map((m) => m?.part ?? null)).toEqual([null, 'approach']);
	});

	it("reads Emerald's headings set off by a dash, limitations with the approach, value with the results", () => {
		const marks = sectionParts([
			'Purpose—timing harvests is hard.',
			'Design/methodology/approach—this study reviews 40 articles.',
			'Findings—sensor methods work at small scales.',
			'Most remain experimental.',
			'Research limitations/implications—only articles in English were read.',
			'Originality/value—it is the first such review.',
		]).map((m) => m?.part ?? null);
		expect(marks).toEqual([null, 'approach', 'results', 'results', 'approach', 'results']);
	});

	// Web of Science's plain-text export writes Emerald's dash as a hyphen between spaces; a hyphen inside a sentence is no heading.
	it("reads Emerald's headings as a plain-text export writes them, with a spaced hyphen", () => {
		const marks = sectionParts([
			'Purpose - Urban communities face many disasters.',
			'Design/methodology/approach - Following PRISMA, 60 articles were read.',
			'Findings - From the review, 45 indicators were identified.',
			'These indicators were grouped into eight categories.',
			'Originality/value - The outputs will inform policymakers.',
		]).map((m) => m?.part ?? null);
		expect(marks).toEqual([null, 'approach', 'results', 'results', 'results']);
		expect(sectionParts(['Findings are mixed - some hold, some fail.']).map((m) => m?.part ?? null)).toEqual([null]);
	});

	it("reads an Emerald value section's sentences that tell what the study does as the approach, the rest as the results", () => {
		const marks = sectionParts([
			'Design/methodology/approach: Forty members were interviewed.',
			'Originality/value: This study uses a life-course lens.',
			'Moreover, this study also examines the husbands.',
			'It is the first study of such groups.',
		]).map((m) => m?.part ?? null);
		expect(marks).toEqual(['approach', 'approach', 'approach', 'results']);
	});

	it("reads the headings of Emerald's teaching cases: the case and how it was written the approach, its uses and notes the results", () => {
		const marks = sectionParts([
			'Research methodology: Interviews with the founder.',
			'Case overview/synopsis: A bakery faces a rival.',
			'Complexity academic level: Undergraduate strategy courses.',
			'Supplementary materials: Teaching notes are available.',
		]).map((m) => m?.part ?? null);
		expect(marks).toEqual(['approach', 'approach', 'results', 'results']);
	});

	it("reads the headings of surgical journals and case reports: a singular 'Material and methods', the study design, the background data", () => {
		const marks = sectionParts([
			'STUDY DESIGN: A randomized trial.',
			'SUMMARY OF BACKGROUND DATA: There is no consensus on the duration.',
			'MATERIAL AND METHODS: Records of 80 patients were read.',
			'CASE PRESENTATION: A man of 60 had fever.',
			'OUTCOMES: He recovered.',
			'LESSONS: Imaging helps.',
		]).map((m) => m?.part ?? null);
		expect(marks).toEqual(['approach', 'problem', 'approach', 'approach', 'results', 'results']);
	});

	it('reads the aim a background section closes on as the approach, and what follows it', () => {
		const labelled = sectionParts(['BACKGROUND: The aim of this study was to compare two drains.', 'METHODS: Records were read.']).map((m) => m?.part ?? null);
		expect(labelled).toEqual(['approach', 'approach']);
		const closing = sectionParts([
			'BACKGROUND: Psoas abscess is common in spinal tuberculosis.',
			'There is no consensus on its drainage.',
			'We studied whether two drains differ in outcome.',
			'Patients were followed for a year.',
		]).map((m) => m?.part ?? null);
		expect(closing).toEqual(['problem', 'problem', 'approach', 'approach']);
	});

	// Plant and Soil's "Background and aims:": the aim told as the study's inquiry, with the paper as subject, in the past.
	it("reads the paper's inquiry under a background-and-aims heading as the aim, and what follows it", () => {
		const parts = sectionParts([
			'Background and aims: Pea-oat mixtures often yield more than their sole crops.',
			'Little is known about the roots in this overyielding.',
			'This study investigated sole stands and mixtures of six pea genotypes and one oat cultivar.',
			'Methods: Shoots were harvested in two years.',
		]).map((m) => m?.part ?? null);
		expect(parts).toEqual(['problem', 'problem', 'approach', 'approach']);
	});

	// Hepatology's structured abstracts (Embase conference abstracts, clinical journals): the background heading joined to the
	// aim's, with "&" or "and"; the aim stated by the authors after an adverb, or as an infinitive with no main clause.
	it('reads the aim closing a joined background-and-aims section as the approach: "we aimed", "we therefore aimed", a bare infinitive', () => {
		const parts = (sentences: string[]) => sectionParts(sentences).map((m) => m?.part ?? null);
		expect(parts(['Background & Aims: Terlipressin treats kidney injury in cirrhosis.', 'We aimed to investigate its use in practice.', 'Methods: A cohort study.'])).toEqual([
			'problem',
			'approach',
			'approach',
		]);
		expect(parts(['Introduction and Objectives: Hepatitis carries high mortality.', 'Its risk factors remain unclear.', 'To evaluate the impact of obesity on mortality.'])).toEqual([
			'problem',
			'problem',
			'approach',
		]);
		expect(parts(['Background: Kidney injury is a serious complication.', 'A global description is lacking.', 'We therefore aimed to assess global differences.'])).toEqual([
			'problem',
			'problem',
			'approach',
		]);
		// The gap that motivates the aim fronted before the paper's inquiry.
		expect(parts(['BACKGROUND & AIMS: Sarcopenia predicts toxicity.', 'As there are no such data in gastric cancer, this study investigated changes in body composition.'])).toEqual([
			'problem',
			'approach',
		]);
		// Others' work told after an infinitive stays the background.
		expect(parts(['Background: Kidney injury is a serious complication.', 'To assess its outcomes, previous studies used registries.'])).toEqual(['problem', 'problem']);
	});

	// Entomology: "Introduction: Isoenzymatic analyses were performed … in order to estimate …" states the study's aim as work done.
	it('reads work done for a purpose under a background heading as the aim, but not work done before', () => {
		const done = sectionParts(['Introduction: Enzyme analyses were performed on six beetle species in order to estimate their genetic variability.', 'Methods: Beetles were caught at ten sites.']);
		expect(done.map((m) => m?.part ?? null)).toEqual(['approach', 'approach']);
		const earlier = sectionParts(['Introduction: Many analyses were performed in order to estimate beetle variability.', 'Methods: Beetles were caught at ten sites.']);
		expect(earlier.map((m) => m?.part ?? null)).toEqual(['problem', 'approach']);
	});

	it('reads a run-in "Material and Methods" heading whose colon the export lost, and the sentences after it', () => {
		const marks = sectionParts([
			'Here we describe moult in a lek-breeding tanager.',
			'Material and Methods To follow moult, we kept records of netted males since 1992.',
			'Each bird was ringed and photographed.',
		]).map((m) => m?.part ?? null);
		expect(marks).toEqual([null, 'approach', 'approach']);
		expect(sectionParts(['Material and methods differ between the two labs.'])).toEqual([null]);
	});

	it("reads Expert Opinion's headings: what the review covers the approach, the experts' opinion the results", () => {
		// An Expert Opinion review's headings as MEDLINE prints them inline (scripts/eval/listings/unseen-round30-drug-repurposing.txt).
		const marks = sectionParts([
			'INTRODUCTION: Many drugs for the disease have failed in trials.',
			'AREAS COVERED: This article reviews key drugs that were discontinued while in development.',
			'EXPERT OPINION: Anti-amyloid drugs have failed to validate the hypothesis.',
			'Alternative targets should be pursued.',
			'Expert commentary: Trials should enrol patients earlier.',
		]).map((m) => m?.part ?? null);
		expect(marks).toEqual(['problem', 'approach', 'results', 'results', 'results']);
	});

	it('marks nothing in an abstract without labels, nor a colon that is no label', () => {
		expect(sectionParts(['We propose X.', 'The question is: what helps users?', 'X outperforms Y.'])).toEqual([null, null, null]);
	});

	it('reads background printed under an aim heading as the problem, and the section from its aim on as the approach', () => {
		const marks = sectionParts([
			'OBJECTIVE: Falls are a common cause of injury among older adults.',
			'Yet their causes remain unclear.',
			'We conducted this study to identify whether gait speed predicts falls.',
			'It was a prospective design.',
			'METHODS: Adults over 65 were followed for two years.',
		]).map((m) => m?.part ?? null);
		expect(marks).toEqual(['problem', null, 'approach', 'approach', 'approach']);
	});

	it('reads a heading over methods and results as the methods for its own sentence, and carries nothing after it', () => {
		const marks = sectionParts([
			'SETTING: Two teaching hospitals.',
			'MEASUREMENTS AND MAIN RESULTS: Delirium was assessed daily with a standard instrument.',
			'The delirium rate was 9% in the first group and 10% in the second.',
			'METHODS AND RESULTS: We enrolled 400 patients.',
		]).map((m) => m?.part ?? null);
		expect(marks).toEqual(['approach', 'approach', null, 'approach']);
	});

	it('reads "Patients and methods" and "Subjects and methods" as methods headings', () => {
		expect(sectionParts(['PURPOSE: Muscle loss is common in cancer.', 'PATIENTS AND METHODS: In 67 patients, muscle area was measured.']).map((m) => m?.part ?? null)).toEqual(['problem', 'approach']);
		expect(sectionParts(['Subjects and methods: Forty adults took part.']).map((m) => m?.part ?? null)).toEqual(['approach']);
		expect(sectionParts(['Materials and Method: Forty soil cores were sieved.']).map((m) => m?.part ?? null)).toEqual(['approach']);
		expect(sectionParts(['Results: The cohort comprised 58 hives and 12 controls.', 'Mite loads fell by half.']).map((m) => m?.part ?? null)).toEqual(['approach', 'results']);
		expect(sectionParts(['Results: The study sample showed lower mite loads.']).map((m) => m?.part ?? null)).toEqual(['results']);
		expect(sectionParts(['Background: Two tillage regimes are in use.', 'Herein, we compared their effect on root growth.']).map((m) => m?.part ?? null)).toEqual(['problem', 'approach']);
		expect(sectionParts(['Background: Two tillage regimes are in use.', 'We compared them in earlier trials.']).map((m) => m?.part ?? null)).toEqual(['problem', 'problem']);
		expect(sectionParts(['Introduction: Soil compaction limits root growth.', 'In this study, we aimed to compare two tillage regimes.', 'Forty plots were sown.']).map((m) => m?.part ?? null)).toEqual(['problem', 'approach', 'approach']);
	});

	// Trial abstracts (NEJM, Clinical Cancer Research): the results section opens on who was enrolled or assigned.
	it('reads a results heading over the count of people enrolled or assigned as the approach, and carries the results after it', () => {
		const marks = sectionParts([
			'METHODS: Adults were randomly assigned to drug or placebo.',
			'RESULTS: A total of 210 patients were assigned to the drug and 205 to placebo.',
			'Mortality was 12% with the drug.',
			'RESULTS: Forty-two adults (n = 20, arm A) with untreated disease were enrolled in this study.',
			'RESULTS: Mortality was 12% in 210 patients who were enrolled.',
			'Results: 812 participants were included.',
		]).map((m) => m?.part ?? null);
		expect(marks).toEqual(['approach', 'approach', 'results', 'approach', 'results', 'results']);
	});
});
