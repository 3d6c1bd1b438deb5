import { describe, expect, it } from 'vitest';
import { analyzeText } from '../sentences.ts';
import { claimMeasure } from './claim-measure.ts';

const measureOf = (text: string, value: string) => {
	const start = text.indexOf(value);
	return claimMeasure(analyzeText(text).tokens, start, start + value.length, text)?.text ?? null;
};

describe('bracketedEffectMeasure, through claimMeasure', () => {
	// education (a teacher-stress trial), psychology, medicine
	it('reads the outcome an effect size is bracketed after', () => {
		const text = "The intervention reduced stress (d = −0.43) and mental health symptoms (d's = −0.50 - 0.60) and improved a spectrum of specific coping skills (d's = 0.62–1.35).";
		expect(measureOf(text, '−0.43')).toBe('stress');
		expect(measureOf(text, '−0.50 - 0.60')).toBe('mental health symptoms');
		expect(measureOf(text, '0.62–1.35')).toBe('specific coping skills');
		expect(measureOf('Engagement predicted fewer depressive symptoms (g = 0.35) at follow-up.', '0.35')).toBe('fewer depressive symptoms');
	});

	// medicine (gut microbiome): an odds ratio bracketed after what it predicts
	it('reads the outcome of an odds ratio, and leaves a model’s fit to the other readers', () => {
		expect(measureOf('Lactococcus A phages were the only group predicting ACLF development (OR = 14; Fisher test p = 0.0129).', '14')).toMatch(/ACLF development$/);
		expect(measureOf('Field severity agreed best with dNBR (R2 = 0.761) across fires.', '0.761')).not.toBe('dNBR');
	});

	it('gives no outcome when the bracket follows no noun', () => {
		expect(measureOf('Although the relationship may be characterized as small (OR = 0.82), benefits accumulate.', '0.82')).not.toBe('small');
	});
});
