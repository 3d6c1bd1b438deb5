import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../lexicons.ts';
import { extractEntities } from '../text/entities.ts';

const found = (abstract: string) => extractEntities('Untitled', abstract, emptyLexicons()).map((e) => `${e.name}:${e.type}/${e.role}`);

describe('tieredReleases in extractEntities', () => {
	it('takes a product with a dotted version and a tier as a model', () => {
		expect(found("Its motion control rivals Vireo 1.5 Pro's commercial brush in user studies.")).toEqual(['Vireo 1.5 Pro:model/used']);
	});

	it('leaves an integer version and a version with no tier', () => {
		expect(found('It runs on Windows 10 Pro and on Vireo 1.5 machines.')).toEqual([]);
	});
});
