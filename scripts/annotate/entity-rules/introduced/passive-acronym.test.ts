import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../fixtures/seed.ts';
import { extractEntities } from '../../text/entities.ts';

const lexicons = loadLexicons();
const names = (abstract: string) => extractEntities('', abstract, lexicons).map((e) => `${e.name}:${e.role}`);

describe('passiveAcronym, the paper\'s own frame', () => {
	it('takes an acronym defined before and developed "in this study" as introduced', () => {
		expect(names('Our aim was to map flood risk with the combined wetness index (CWI). In this study, the CWI was developed for three basins by merging two indices.')).toEqual([
			'CWI:introduced',
		]);
	});

	it('leaves an acronym whose development the sentence tells without the frame', () => {
		expect(names('We map flood risk with the combined wetness index (CWI). The CWI was developed in the 1990s for three basins.')).toEqual(['CWI:used']);
	});
});
