import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../src/shared/paper-schema.ts';
import { claimSubjects } from './claim-subjects.ts';
import { describesSample } from './sample-description.ts';

const at = (text: string, value: string) => ({ start: text.indexOf(value), end: text.indexOf(value) + value.length });
const sample = (text: string, value: string) => describesSample(text, at(text, value));

describe('describesSample', () => {
	// Clinical abstracts open their results with the sample's sex, race or smoking, and with subgroup sizes.
	it('reads a share of the sample by sex, race or smoking, and a subgroup size after its count', () => {
		expect(sample('Median age was 61 years; 58.2% were female and 12% were current smokers.', '58.2%')).toBe(true);
		expect(sample('Median age was 61 years; 58.2% were female and 12% were current smokers.', '12%')).toBe(true);
		expect(sample('Of the cohort, 64% of the enrolled patients were men.', '64%')).toBe(true);
		expect(sample('We included 500 adults with asthma (n=210, 42.0%) or COPD (n=290, 58.0%).', '42.0%')).toBe(true);
		expect(sample('Forty patients were enrolled (61% female; median age, 58 years).', '61%')).toBe(true);
	});

	it('leaves a finding, and a value that is no share', () => {
		expect(sample('The score missed 6.6% of cases with fibrosis.', '6.6%')).toBe(false);
		expect(sample('Sensitivity was 74% (n=80).', '74%')).toBe(false);
		expect(sample('The mean age was 61 years, and men were 2 times likelier to relapse.', '61 years')).toBe(false);
	});
});

describe('claimSubjects with a share that describes the sample', () => {
	const text = 'In the cohort scored with FibroScore, 73.1% were male and FibroScore missed 6.6% of cases.';
	const entity: Entity = { id: 'fibroscore', name: 'FibroScore', type: 'method', role: 'used', spans: [{ start: 1000 + text.indexOf('FibroScore'), end: 1010 + text.indexOf('FibroScore'), text: 'FibroScore' }] };
	it('credits the sample’s makeup to no method the sentence names, and the finding to the method', () => {
		const about = claimSubjects({ start: 1000, end: 1000 + text.length, text }, [at(text, '73.1%'), at(text, '6.6%')], [entity], ['method/fibroscore']);
		expect(about).toEqual([[], ['method/fibroscore']]);
	});
});
