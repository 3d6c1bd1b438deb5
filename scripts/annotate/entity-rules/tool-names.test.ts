import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../fixtures/seed.ts';
import { extractEntities } from '../text/entities.ts';

const entities = (abstract: string) => extractEntities('', abstract, loadLexicons()).map((e) => `${e.name}:${e.type}/${e.role}`);

describe('toolNames', () => {
	it('takes a long title-case name with function words after a definite noun of software', () => {
		// reliability engineering: the tool is named whole, "using" and all
		const abstract = 'Both methods were run in case studies built in the dynamic risk assessment tool Fault Event Simulation using Linked Graphs. They agree.';
		expect(entities(abstract)).toEqual(['Fault Event Simulation using Linked Graphs:method/used']);
	});

	it('leaves a clause after the noun, and two capitalised words, alone', () => {
		expect(entities('We ran the code In parallel on two nodes. The results match the tool Open Mesh closely.')).toEqual([]);
	});
});
