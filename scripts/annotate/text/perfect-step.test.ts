import { describe, expect, it } from 'vitest';
import { splitSentences } from '../sentences.ts';
import { reportsPerfectStep } from './perfect-step.ts';
import { splitSummary } from './summary.ts';

describe('reportsPerfectStep', () => {
	it('reads a step of the study in the present perfect passive', () => {
		expect(reportsPerfectStep('The grain size versus annealing time has been investigated and related to hardness.')).toBe(true);
		expect(reportsPerfectStep('Further, test beams have been fabricated on such plates following the usual protocol.')).toBe(true);
		expect(reportsPerfectStep('Strain measurements have also been carried out to map the load in the beams.')).toBe(true);
		expect(reportsPerfectStep('The cost of the two designs under three scenarios has been assessed.')).toBe(true);
	});

	it('leaves what others have done and the state of the field', () => {
		expect(reportsPerfectStep('Deep learning has been widely used to classify images.')).toBe(false);
		expect(reportsPerfectStep('Several models have been developed to predict creep.')).toBe(false);
		expect(reportsPerfectStep('In the last decade, many studies have been undertaken on this alloy.')).toBe(false);
		expect(reportsPerfectStep('No such model has been tested before for vine growers.')).toBe(false);
		expect(reportsPerfectStep('The beams were fabricated on steel plates.')).toBe(false);
	});

	it('puts such steps in the approach once the paper has said what it does, between its results', () => {
		const abstract =
			'We report a fast process for hardening steel plates with a laser. In this approach, a hard surface layer was achieved in about 20 s. ' +
			'The hardness versus scan speed has been investigated and related to the grain size of the layer. The process also works on cast iron. ' +
			'Further, test beams have been fabricated on such plates following the usual protocol. Their fatigue life rose by 30% over untreated beams. ' +
			'Strain measurements have also been carried out to map the load in the treated and untreated beams.';
		const approach = splitSummary(splitSentences(abstract)).approach.map((s) => s.text);
		expect(approach).toContain('The hardness versus scan speed has been investigated and related to the grain size of the layer.');
		expect(approach).toContain('Further, test beams have been fabricated on such plates following the usual protocol.');
		expect(approach).toContain('Strain measurements have also been carried out to map the load in the treated and untreated beams.');
	});
});
