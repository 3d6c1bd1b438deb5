import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../fixtures/seed.ts';
import { extractEntities } from '../text/entities.ts';

const entities = (abstract: string) => extractEntities('', abstract, loadLexicons()).map((e) => `${e.name}:${e.type}/${e.role}`);

describe('acronymCompounds', () => {
	it('takes the abstract\'s own acronyms joined by hyphens as the combination it built', () => {
		// power engineering: two defined parts, then the compound as the detector's name
		const abstract =
			'Faults are detected from wavelet energy (WE) and zero-crossing rate (ZCR) features. The WE-ZCR based detector flags 97% of faults within 2 ms.';
		expect(entities(abstract)).toContain('WE-ZCR:method/introduced');
	});

	it('leaves compounds of acronyms the abstract never defines, and generic kinds joined', () => {
		expect(entities('Samples were tested by RT-PCR and by ELISA-IgG kits.').map((e) => e.split(':')[0])).not.toContain('RT-PCR');
		const kinds = 'A convolutional neural network (CNN) feeds a long short-term memory (LSTM). The CNN-LSTM reaches 0.9 F1.';
		expect(entities(kinds).map((e) => e.split(':')[0])).not.toContain('CNN-LSTM');
		const family = 'Faults are detected from wavelet energy (WE) and zero-crossing rate (ZCR) features. We also test two WE-ZCR hybrid detectors.';
		expect(entities(family).map((e) => e.split(':')[0])).not.toContain('WE-ZCR');
	});
});

describe('acronym compounds opened by a measuring technique', () => {
	it('shows no quantity read by an imaging technique as a method', () => {
		const abstract =
			'Magnetic resonance imaging (MRI) is a reference method for adipose tissue-free skeletal muscle (ATFSM). ' +
			'For MRI-ATFSM the intraobserver correlation for duplicate measurements was 0.99.';
		expect(entities(abstract).map((e) => e.split(':')[0])).not.toContain('MRI-ATFSM');
	});

	it('reads a compound written as a group of patients as the procedure its last part names, used', () => {
		const abstract =
			'We compared the anterior (AN) and lateral (LA) approaches to percutaneous abscess drainage (PAD). Forty patients underwent AN-PAD (group A), and 30 underwent LA-PAD (group B). The LA-PAD group had more complications.';
		const found = entities(abstract);
		expect(found).toContain('percutaneous abscess drainage:method/used');
		expect(found.filter((e) => e.includes('-PAD'))).toEqual([]);
	});
});
