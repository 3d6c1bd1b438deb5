import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../lexicons.ts';
import { extractEntities } from '../text/entities.ts';
import { entityContext } from '../testing/entity-context.ts';
import { cohortNetworks } from './cohort-networks.ts';

const found = (text: string) => cohortNetworks.find(entityContext(text)).map((n) => `${n.name}:${n.type}/${n.role}`);

describe('cohortNetworks', () => {
	it('names a network or registry of centres in a sentence about a cohort', () => {
		// Invented: two clinical abstracts naming where their patients come from.
		const text =
			'Prospective cohort study across 18 centers in 9 countries (Euro PancRisk Network). Women were enrolled through the Ohio Valley Breast Registry.';
		expect(found(text)).toEqual(['Euro PancRisk Network:dataset/used', 'Ohio Valley Breast Registry:dataset/used']);
	});

	it('leaves an architecture and a network named where no cohort is', () => {
		const text = 'Scans of 300 patients from two hospitals were segmented by a Feature Pyramid Network. The Regional Power Network failed twice.';
		expect(found(text)).toEqual([]);
		expect(found('Main cohort: approved by the Regional Ethics Board and the Fjord Patient Data Network under study identification nos. 12 and 13.')).toEqual([]);
	});
});

describe('cohort networks in extractEntities', () => {
	it('keeps the whole name, not a camel-case word cut from it', () => {
		const text = 'Multinational cohort study of 900 adults across 24 centers (Global PancRisk Network). Mortality was 20%.';
		expect(extractEntities('', text, emptyLexicons()).map((e) => `${e.name}:${e.type}/${e.role}`)).toEqual(['Global PancRisk Network:dataset/used']);
	});
});
