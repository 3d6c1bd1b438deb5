import { describe, expect, it } from 'vitest';
import { namesPriorWork, standsAsStandard } from './prior-work.ts';

describe('namesPriorWork', () => {
	it('reads a sentence whose subject is prior work as about it', () => {
		expect(namesPriorWork('Existing methods reach only 61% accuracy.')).toBe(true);
		expect(namesPriorWork('Previous studies reported a 12% loss, and we confirm it.')).toBe(true);
	});

	it('leaves prior work that is only the standard of a comparison', () => {
		// After cuetosvega2011subtlexesp in scripts/eval/listings/unseen-language-acquisition.bib.
		expect(namesPriorWork('The subtitle frequencies explained 6% more of the variance than the existing written frequencies in lexical decision, and 2% extra in word naming.')).toBe(false);
		expect(namesPriorWork('It outperforms previous methods by 4.5%.')).toBe(false);
		expect(namesPriorWork('Compared to conventional models, memory falls by 40%.')).toBe(false);
		// a multiple of the standard: "N times the previous record"
		expect(namesPriorWork('The peak flow was 40 L/min, three times the previous best for such pumps.')).toBe(false);
		expect(namesPriorWork('Its throughput is twice that of existing servers.')).toBe(false);
	});

	it('reads no prior work in a group of people the word describes', () => {
		expect(namesPriorWork('Furthermore, 6% of current low-risk patients were moved to the high-risk group.')).toBe(false);
		expect(namesPriorWork('Among previous smokers, 20% relapsed.')).toBe(false);
		expect(namesPriorWork('Current methods reach 61% on the test.')).toBe(true);
	});

	it('reads prior work past the comparison’s clause as the sentence’s own', () => {
		expect(namesPriorWork('It is 3% better than ours, and existing tools reach 50%.')).toBe(true);
	});

	it('reads the examples "such as", "like" or "including" gives of a comparison\'s standard as the standard', () => {
		expect(standsAsStandard('It runs faster, outperforming the strongest commercial systems such as ')).toBe(true);
		expect(standsAsStandard('It beats strong baselines like ')).toBe(true);
		expect(standsAsStandard('We evaluate strong baselines such as ')).toBe(false);
	});
});
