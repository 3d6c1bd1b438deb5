import { describe, expect, it } from 'vitest';
import { splitSentences } from '../sentences.ts';
import { selectTldr } from './tldr.ts';
import { worthSections } from './worth-section.ts';

describe('worthSections', () => {
	it('marks a section of worth, reach or limits from its label to the next heading', () => {
		expect(
			worthSections([
				'Purpose: This study explores X.',
				'Findings: X helps.',
				'Practical implications: Providers should tailor marketing.',
				'Campaigns should stress safety.',
				'Originality/value: This study is the first on X.',
				'It fills a gap.',
			]),
		).toEqual([false, false, true, true, true, true]);
	});

	it('reads a two-word label an export printed without its colon, and leaves an ordinary opening word', () => {
		expect(worthSections(['Purpose: To rank banks.', 'Originality/value Previous studies viewed loans as a whole.', 'Design/methodology/approach A survey.'])).toEqual([false, true, false]);
		expect(worthSections(['Value Added Tax is levied on sales.', 'We model it.'])).toEqual([false, false]);
	});

	it('reads a label set off by a hyphen between spaces, as a plain-text export writes the dash', () => {
		expect(worthSections(['Purpose - To rank banks.', 'Findings - Ranks differ.', 'Originality/value - The outputs will inform policymakers.'])).toEqual([false, false, true]);
	});
});

describe('selectTldr in an Emerald abstract', () => {
	// After 10.1108/jtf-03-2025-0073 of scripts/eval/listings/unseen-round32-astrotourism.csv.
	it('takes the purpose over the originality that restates it as a claim of worth', () => {
		const sentences = splitSentences([
			'Purpose: This study explores the psychological motivations behind space tourism participation, through the lens of optimal arousal theory.',
			'Design/methodology/approach: The study adopts a cross-sectional research design.',
			'Findings: The results highlight distinct patterns among psychological motivations.',
			'Originality/value: This study provides a unique integration of optimal arousal theory with sustainability concerns, offering a perspective on space tourism intentions.',
		].join(' '));
		const title = 'Balancing thrill, risk and sustainability: an optimal arousal perspective on space tourism intentions';
		expect(selectTldr(sentences, title).text).toMatch(/^This study explores the psychological motivations/);
	});
});
