import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../lexicons.ts';
import { extractEntities } from '../text/entities.ts';

const names = (abstract: string) => extractEntities('T', abstract, emptyLexicons()).map((e) => e.name);

describe('numeral ranges in extractEntities', () => {
	it('shows no range of stages as a name', () => {
		const abstract = 'Survival was examined using Kaplan-Meier curves in 3,262 early-stage (I-III) male and female patients.';
		expect(names(abstract)).not.toContain('I-III');
	});
});
