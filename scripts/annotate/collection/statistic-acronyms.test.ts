import { describe, expect, it } from 'vitest';
import { namesStatistic } from './statistic-acronyms.ts';

describe('namesStatistic', () => {
	it('is true for the acronym of a reported statistic, in the plural too', () => {
		for (const label of ['AUROC', 'AUC', 'AUCs', 'RMSE', 'HR', 'sHR', 'CIs']) expect(namesStatistic(label), label).toBe(true);
	});

	it('is false for names of subjects, for words and for phrases holding a statistic', () => {
		for (const label of ['MELD', 'BMI', 'LoRA', 'or', 'Or', 'ROC analysis', 'AUROC curves', 'ORs of yield']) expect(namesStatistic(label), label).toBe(false);
	});
});
