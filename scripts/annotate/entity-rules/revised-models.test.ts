import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../fixtures/seed.ts';
import { extractEntities } from '../text/entities.ts';

const entities = (title: string, abstract: string) => extractEntities(title, abstract, loadLexicons()).map((e) => `${e.name}/${e.role}`);

describe('revisedModels', () => {
	it('takes the lower-case model the paper proposes a revision of as its own method', () => {
		// communication studies: an established model of media effects, revised
		const abstract = 'New media demand that the campaign exposure model be revised. We propose an extended campaign exposure model that adds online talk.';
		expect(entities('Talk and turnout', abstract)).toEqual(['campaign exposure model/introduced']);
	});

	it('leaves a revised model no other sentence or the title names as one known thing', () => {
		const abstract = 'Voters talk online. We propose a revised exposure model that adds online talk.';
		expect(entities('Talk and turnout', abstract)).toEqual([]);
	});
});
