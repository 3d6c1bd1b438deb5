import { describe, expect, it } from 'vitest';
import { namesStatistic } from './statistic-acronyms.ts';

describe('namesStatistic', () => {
	it('is true for the acronym of a reported statistic, in the plural too', () => {
		for (const label of ['AUROC', 'AUC', 'AUCs', 'RMSE', 'IQR', 'aOR']) expect(namesStatistic(label), label).toBe(true);
	});

	it('is false for names of subjects, acronyms that also name one ("SEM", scanning electron microscopy), words and phrases', () => {
		for (const label of ['MELD', 'BMI', 'LoRA', 'SEM', 'HR', 'or', 'ROC analysis', 'AUROC curves']) expect(namesStatistic(label), label).toBe(false);
	});
});
