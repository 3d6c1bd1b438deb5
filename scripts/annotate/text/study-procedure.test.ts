import { describe, expect, it } from 'vitest';
import { splitSentences } from '../sentences.ts';
import { tellsStudyProcedure } from './study-procedure.ts';
import { splitSummary } from './summary.ts';

describe('tellsStudyProcedure', () => {
	it('reads who took part and what they did, counted, named or as "they"', () => {
		expect(tellsStudyProcedure('Twelve healthy, right-handed volunteers were exposed to two conditions (mean age 24 ± 3).')).toBe(true);
		expect(tellsStudyProcedure('Participants viewed scrambled and intact scenes in two tasks.')).toBe(true);
		expect(tellsStudyProcedure('They drove a bicycle simulator through four routes.')).toBe(true);
		expect(tellsStudyProcedure('Afterwards, they were equipped with heart rate monitors.')).toBe(true);
		expect(tellsStudyProcedure('As a second measure, participants were asked to rate their comfort.')).toBe(true);
	});

	it('reads the experiment the authors ran and the tests they ran for statistics', () => {
		expect(tellsStudyProcedure('We conducted a between-subject experiment with a 20 min reading task.')).toBe(true);
		expect(tellsStudyProcedure('As a pilot study, we conducted experiments on older adults at rest.')).toBe(true);
		expect(tellsStudyProcedure('Two-way ANOVA, t-tests and Tukey post hoc tests were used for statistical analysis.')).toBe(true);
	});

	it('leaves what participants showed and an experiment told with its finding', () => {
		expect(tellsStudyProcedure('Participants performed better in the quiet room than in the noisy one.')).toBe(false);
		expect(tellsStudyProcedure('Subjects were more sensitive to odour in simple tasks.')).toBe(false);
		expect(tellsStudyProcedure('We conducted two experiments and found that noise slowed reading.')).toBe(false);
		expect(tellsStudyProcedure('We conduct experiments on six benchmarks, where our ranking improves pretraining by 4.9% on average.')).toBe(false);
		expect(tellsStudyProcedure('Our method performed well on three benchmarks.')).toBe(false);
	});
});

describe('splitSummary with an experiment’s design', () => {
	// An invented ergonomics abstract: the sample's spread and the word "experiment" no longer pull the design into the results.
	it('keeps the participants, their tasks and the tests in the approach', () => {
		const abstract =
			'Noise in open offices may impair concentration. This study aims to assess how two noise levels affect reading. ' +
			'Twelve healthy, right-handed volunteers took part in the experiment (mean age 24 +/- 3). ' +
			'They read four texts in a simulated office. Meanwhile, they were equipped with heart rate monitors. ' +
			'Paired t-tests and repeated measures ANOVA were implemented for statistical analysis. ' +
			'Reading speed was significantly lower under the louder condition. Heart rate did not differ between conditions.';
		const approach = splitSummary(splitSentences(abstract)).approach.map((s) => s.text);
		expect(approach).toContain('Twelve healthy, right-handed volunteers took part in the experiment (mean age 24 +/- 3).');
		expect(approach).toContain('They read four texts in a simulated office.');
		expect(approach).toContain('Meanwhile, they were equipped with heart rate monitors.');
		expect(approach).toContain('Paired t-tests and repeated measures ANOVA were implemented for statistical analysis.');
	});
});
