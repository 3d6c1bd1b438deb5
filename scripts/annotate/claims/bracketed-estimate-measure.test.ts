import { describe, expect, it } from 'vitest';
import { analyzeText } from '../sentences.ts';
import { bracketedEstimateMeasure } from './bracketed-estimate-measure.ts';
import { claimMeasure } from './claim-measure.ts';

const measure = (sentence: string, value: string) => {
	const at = sentence.indexOf(value);
	const found = bracketedEstimateMeasure(analyzeText(sentence).tokens, at, at + value.length);
	return found ? sentence.slice(found.start, found.end) : '';
};

describe('bracketedEstimateMeasure', () => {
	it('reads the outcome a bracketed ratio estimate follows, whatever the estimate is called', () => {
		expect(measure('Smoking was not associated with incident asthma [hazard ratio = 1.06; 95% CI 0.99 to 1.12].', '1.06')).toBe('incident asthma');
		expect(measure('There was no relationship between diet and incident asthma (cause-specific hazard ratio: 0.98; 95% CI 0.91 to 1.05).', '0.98')).toBe('incident asthma');
		expect(measure('Falls were associated with sedative use (adjusted OR 1.17 [1.06-1.29]).', '1.17')).toBe('sedative use');
	});

	it('keeps a name written out with its symbol glossed after it as the measure', () => {
		expect(measure('Users were more often admitted in urban clinics (incidence rate ratio [IRR], 1.54 [95% CI, 1.44-1.64]).', '1.54')).toBe('incidence rate ratio');
	});

	it('reads past the rates an estimate follows inside the same bracket', () => {
		expect(measure('Women with diabetes had lower remission rates (57.9 % vs. 80.2 %, adjusted OR 0.81 [0.67-0.99]).', '0.81')).toBe('lower remission rates');
	});

	it('reads nothing for an estimate that opens no bracket', () => {
		expect(measure('The odds ratio was 1.8 in the older group.', '1.8')).toBe('');
	});

	it('is read before the estimate\'s own name ("OR") by the claim measure', () => {
		const text = 'Falls were associated with sedative use (adjusted OR 1.17 [1.06-1.29]).';
		const at = text.indexOf('1.17');
		expect(claimMeasure(analyzeText(text).tokens, at, at + 4, text)?.text).toBe('sedative use');
	});
});
