import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../fixtures/seed.ts';
import { extractEntities } from '../../text/entities.ts';

const lexicons = loadLexicons();
const names = (abstract: string) => extractEntities('', abstract, lexicons).map((e) => `${e.name}:${e.role}`);

describe('partsWithOwnName', () => {
	it('takes the acronyms of parts listed with "with" after the introduced name as introduced', () => {
		expect(
			names('Then, this study proposes a novel network model named Fast Crack Finder (FCF-Net) with a light Ghost Shuffle (GS) block and a GS Fusion Network (GS-FN) neck structure, which keeps the speed.'),
		).toEqual(expect.arrayContaining(['FCF-Net:introduced', 'GS:introduced', 'GS-FN:introduced']));
	});

	it('leaves an acronym after "with" that no part noun follows, and a backbone', () => {
		const found = names('We propose a network named Fast Crack Finder (FCF-Net) with a mean squared error (MSE) loss and a residual network (RN) backbone.');
		expect(found).toContain('FCF-Net:introduced');
		expect(found.filter((n) => n.startsWith('MSE') || n.startsWith('RN'))).toEqual([]);
	});

	it('reads the name in whichever sentence writes it with its parts, the name written alone in another first', () => {
		const found = names(
			'We propose a network named Fast Crack Finder (FCF-Net). It runs with small memory. In tests, FCF-Net with a light Ghost Shuffle (GS) block and a GS Fusion Network (GS-FN) neck structure keeps the speed.',
		);
		expect(found).toEqual(expect.arrayContaining(['FCF-Net:introduced', 'GS:introduced', 'GS-FN:introduced']));
	});
});
