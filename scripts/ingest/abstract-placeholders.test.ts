import { describe, expect, it } from 'vitest';
import { isPlaceholderAbstract } from './abstract-placeholders.ts';

describe('isPlaceholderAbstract', () => {
	it('reads the placeholders exports write for a missing abstract', () => {
		for (const text of ['N/a.', 'n/a', 'NA', 'None', '-', '...', 'No abstract available.', '[No abstract available]', 'Abstract not available', '(Not available)', 'No abstract provided'])
			expect(isPlaceholderAbstract(text), text).toBe(true);
	});

	it('takes no abstract that says something for a placeholder', () => {
		for (const text of ['Not available in stores, the drug was studied in 40 patients.', 'NA12878 is sequenced.', 'Abstract reasoning is hard.', 'None of the tested models converged.'])
			expect(isPlaceholderAbstract(text), text).toBe(false);
	});
});
