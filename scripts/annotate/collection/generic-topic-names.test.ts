import { describe, expect, it } from 'vitest';
import { isGenericTopicName, opensWithUnit } from './generic-topic-names.ts';
import { nameTopicsByKeyphrases } from './topic-keyphrase-names.ts';

describe('isGenericTopicName', () => {
	it('knows a name made only of words every field uses', () => {
		expect(isGenericTopicName('Data sets')).toBe(true);
		// A Scopus export on digital twins of seaports (SMHomayouni/DigitalTwin4Seaports, not committed) had a topic "Test data".
		expect(isGenericTopicName('Test data')).toBe(true);
		expect(isGenericTopicName('Training sets')).toBe(true);
		// A Web of Science export on traffic safety (caimiao0714/TrafficSafetyReviewRmarkdown, not committed): 27 papers beside "Crash prediction".
		expect(isGenericTopicName('Prediction models')).toBe(true);
		expect(isGenericTopicName('Crash prediction')).toBe(false);
		// What a model reads and writes: the tuned set's topic "Input sequences (2)".
		expect(isGenericTopicName('Input sequences')).toBe(true);
		expect(isGenericTopicName('Output data')).toBe(true);
		expect(isGenericTopicName('Input audio')).toBe(true);
		expect(isGenericTopicName('DNA sequences')).toBe(false);
		expect(isGenericTopicName('Sequence data')).toBe(false);
		expect(isGenericTopicName('Input-output analysis')).toBe(false);
		expect(isGenericTopicName('Hierarchical structure')).toBe(true);
		expect(isGenericTopicName('model performance')).toBe(true);
		// What a method is checked against, in any field that measures.
		expect(isGenericTopicName('Ground truth')).toBe(true);
		expect(isGenericTopicName('Baseline methods')).toBe(true);
		// The statistics a study reports, and the comparator of a trial.
		expect(isGenericTopicName('Hazard ratio')).toBe(true);
		expect(isGenericTopicName('Adjusted odds ratios')).toBe(true);
		expect(isGenericTopicName('Confidence intervals')).toBe(true);
		expect(isGenericTopicName('Usual care')).toBe(true);
		// A structured abstract's heading.
		expect(isGenericTopicName('Introduction')).toBe(true);
		// How a study is built or run, in any field.
		expect(isGenericTopicName('Hybrid approach')).toBe(true);
		expect(isGenericTopicName('Pilot study')).toBe(true);
		expect(isGenericTopicName('Data base')).toBe(true);
		expect(isGenericTopicName('Analytical methods')).toBe(true);
		// The work naming itself: a law review's "This Article", a book's "this chapter".
		expect(isGenericTopicName('Article')).toBe(true);
		expect(isGenericTopicName('Chapters')).toBe(true);
		expect(isGenericTopicName('Present study')).toBe(true);
		expect(isGenericTopicName('Present work')).toBe(true);
		expect(isGenericTopicName('Essay')).toBe(true);
	});

	it('knows a name whose head names a facet of its modifier\'s subject', () => {
		// Round 34's waste-reduction CSV: a topic "Management aspects" of "waste management aspects" and "social, economic, and management aspects".
		expect(isGenericTopicName('Management aspects')).toBe(true);
		expect(isGenericTopicName('Ethical considerations')).toBe(true);
		expect(isGenericTopicName('Economic perspective')).toBe(true);
		expect(isGenericTopicName('Radiographic findings')).toBe(true);
		expect(isGenericTopicName('Key findings')).toBe(true);
		// A facet word elsewhere in the name is a subject's word.
		expect(isGenericTopicName('Perspective taking')).toBe(false);
		expect(isGenericTopicName('Waste management')).toBe(false);
	});

	it('knows a name that opens with a unit of measure, its number lost: a dose, not a subject', () => {
		// "GO min hypoxia" (60 min, mis-read) of the hypoxia export (PRIMAFF-WAKAMATSU/PICESWG49_bibliometrix, savedrecs.txt).
		expect(isGenericTopicName('min hypoxia')).toBe(true);
		expect(isGenericTopicName('mg doses')).toBe(true);
		expect(isGenericTopicName('µM cisplatin')).toBe(true);
		// Case tells a unit from a name: "MM" is a myeloma, "Min" a name or a sentence's first word.
		expect(isGenericTopicName('MM patients')).toBe(false);
		expect(isGenericTopicName('Minimum wage')).toBe(false);
		expect(isGenericTopicName('h index')).toBe(false);
	});

	it('knows a kind of study beside generic words: how papers gathered evidence, not what about', () => {
		// Round 42's tropical-medicine list ("Cohort study"), round 41's liver list ("Clinical data").
		for (const name of ['Cohort study', 'Clinical data', 'Observational studies', 'Cross-sectional study', 'Retrospective analysis', 'Clinical outcomes']) {
			expect(isGenericTopicName(name), name).toBe(true);
		}
		for (const name of ['Clinical trials', 'Clinical decision support', 'Birth cohort', 'Clinical cure', 'cohort', 'clinical']) {
			expect(isGenericTopicName(name), name).toBe(false);
		}
	});

	it('keeps a name with one word of a subject', () => {
		expect(isGenericTopicName('Regression models')).toBe(false);
		expect(isGenericTopicName('Data cubes')).toBe(false);
		expect(isGenericTopicName('Language models')).toBe(false);
		expect(isGenericTopicName('Critical care')).toBe(false);
		expect(isGenericTopicName('Risk assessment')).toBe(false);
		expect(isGenericTopicName('Knowledge base')).toBe(false);
		expect(isGenericTopicName('Hybrid rice')).toBe(false);
		expect(isGenericTopicName('Review articles')).toBe(false);
		expect(isGenericTopicName('Net present value')).toBe(false);
		expect(isGenericTopicName('Present bias')).toBe(false);
	});
});

describe('opensWithUnit', () => {
	it('knows a phrase that opens with a unit of measure, its number lost', () => {
		expect(opensWithUnit('mg twice daily')).toBe(true);
		expect(opensWithUnit('min hypoxia')).toBe(true);
	});

	it('keeps a name whose capitals tell it from a unit, and a unit alone', () => {
		expect(opensWithUnit('MM patients')).toBe(false);
		expect(opensWithUnit('Minimum wage')).toBe(false);
		expect(opensWithUnit('mg')).toBe(false);
	});
});

describe('generic names in nameTopicsByKeyphrases', () => {
	const derived = (id: string) => ({ id, title: id, description: '', derived: true });

	it('names a topic by a shared subject phrase, not the generic phrase more of its papers carry', () => {
		const { topics } = nameTopicsByKeyphrases(
			[derived('t')],
			[[{ id: 't', derived: true }], [{ id: 't', derived: true }], [{ id: 't', derived: true }]],
			[['data sets', 'treatment effect'], ['data sets', 'treatment effect'], ['data sets']],
			['Data sets of treatment effect.', 'Treatment effect from data sets.', 'Two data sets.'],
			[],
		);
		expect(topics.map((t) => t.title)).toEqual(['Treatment effect', 'Other papers']);
	});
});
