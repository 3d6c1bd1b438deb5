import { describe, expect, it } from 'vitest';
import { writtenOnlyInOneSentence } from './shared-sentence-names.ts';

// After round 33's IEEE Xplore CSV: four parts of one article series repeat the same sentences, and a topic
// was named by one of them, "Default standard FHIR app platform".
const SERIES = [
	'This is the third in a series on health informatics. In this article, we explore SMART on FHIR which has become the default standard FHIR app platform based on its wide adoption. They assume no prior knowledge of health informatics.',
	'This is the fourth in a series on health informatics. The third introduced SMART on FHIR, which, based on its wide adoption, has become the default standard FHIR app platform. They assume no prior knowledge of health informatics.',
	'This is the fifth in a series on health informatics. The third introduced SMART on FHIR which, based on its wide adoption, has become the default standard FHIR app platform. They assume no prior knowledge of health informatics.',
];

describe('writtenOnlyInOneSentence', () => {
	it('knows a phrase its papers write only in one shared sentence, reworded a little', () => {
		expect(writtenOnlyInOneSentence('default standard FHIR app platform', SERIES)).toBe(true);
	});

	it('keeps a phrase written in two sentences, or in sentences of the papers\' own', () => {
		expect(writtenOnlyInOneSentence('health informatics', SERIES)).toBe(false);
		expect(writtenOnlyInOneSentence('telomere length', ['Telomere length shortens with age.', 'We measured telomere length in 300 calves.'])).toBe(false);
	});

	it('needs two mentions', () => {
		expect(writtenOnlyInOneSentence('telomere length', ['Telomere length shortens with age.', 'No mention here.'])).toBe(false);
	});
});
