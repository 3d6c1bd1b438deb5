import { describe, expect, it } from 'vitest';
import { nlmJournalTitle } from './nlm-journal-title.ts';

describe('nlmJournalTitle', () => {
	it('drops the catalogue subtitle and writes the name in title case', () => {
		expect(nlmJournalTitle('Medical science monitor : international medical journal of experimental and clinical research')).toBe('Medical Science Monitor');
		expect(nlmJournalTitle('Journal of acquired immune deficiency syndromes (1999)')).toBe('Journal of Acquired Immune Deficiency Syndromes');
		expect(nlmJournalTitle('Science (New York, N.Y.)')).toBe('Science');
		expect(nlmJournalTitle('European spine journal : official publication of the European Spine Society')).toBe('European Spine Journal');
	});

	it('keeps small words in lower case but after a section full stop, and words with capitals as written', () => {
		expect(nlmJournalTitle('The Journal of bone and joint surgery. American volume')).toBe('The Journal of Bone and Joint Surgery. American Volume');
		expect(nlmJournalTitle('BMC musculoskeletal disorders')).toBe('BMC Musculoskeletal Disorders');
		expect(nlmJournalTitle('PloS one')).toBe('PloS One');
		expect(nlmJournalTitle('Journal of neurosurgery. Spine')).toBe('Journal of Neurosurgery. Spine');
	});

	it('leaves a name already in title case as it is', () => {
		expect(nlmJournalTitle('Journal of Soil Ecology')).toBe('Journal of Soil Ecology');
		expect(nlmJournalTitle('Zeitschrift für Feldornithologie')).toBe('Zeitschrift für Feldornithologie');
	});
});
