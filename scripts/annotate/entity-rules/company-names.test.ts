import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../fixtures/seed.ts';
import { extractEntities } from '../text/entities.ts';
import type { EntityContext } from './entity-rule.ts';
import { companyNames } from './company-names.ts';

const entities = (abstract: string) => extractEntities('', abstract, loadLexicons()).map((e) => e.name);

describe('companyNames', () => {
	it('drops a firm in apposition to a noun of a company, with its acronym', () => {
		// management: a teaching case's firm is who did the work
		const abstract = 'This case follows a family-run start-up company, Birch Care (BC), as it grows. Later BC is sold, and the case is analysed with PLS-SEM.';
		expect(entities(abstract)).not.toContain('BC');
		expect(entities(abstract)).not.toContain('Birch Care');
	});

	it('drops a firm named after a verb of naming, quoted with a comma inside', () => {
		const abstract = 'This paper studies a social startup called “Sahas,” which trained women to run a delivery business.';
		expect(entities(abstract)).toEqual([]);
	});

	it('keeps a name no company noun stands before', () => {
		expect(entities('We build a scheduler called “FlowPlan,” and the company uses it.')).toEqual(['FlowPlan']);
	});

	it('answers each abstract by its own words when abstracts alternate (the company noun is read once an abstract)', () => {
		const firm = 'This case follows a start-up company, Birch Care (BC), as it grows.';
		const none = 'This case follows Birch Care (BC) as it grows.';
		const rejects = (abstract: string) => companyNames.rejects({ name: 'Birch Care', forms: new Set(['BC']) }, { abstract } as EntityContext);
		expect([firm, none, firm, none].map(rejects)).toEqual([true, false, true, false]);
	});
});
