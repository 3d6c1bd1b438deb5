import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../fixtures/seed.ts';
import { extractEntities } from '../../text/entities.ts';

const lexicons = loadLexicons();
const names = (abstract: string) => extractEntities('', abstract, lexicons).map((e) => `${e.name}:${e.type}/${e.role}`);

describe('ordinalParts', () => {
	// Agent and systems papers walk through the parts of their framework so.
	it('takes the title-case part each ordinal sentence names, after the authors count the parts', () => {
		expect(
			names(
				'We present RoboDesk, a household agent built around two cooperating modules. First, a lightweight Task Planner splits each request into steps. Second, an always-on Safety Monitor halts the arm when a person comes near.',
			),
		).toEqual(['RoboDesk:method/introduced', 'Task Planner:method/introduced', 'Safety Monitor:method/introduced']);
	});

	it('leaves ordinal sentences when no sentence of the authors counts parts, and one title-case word', () => {
		expect(names('We present RoboDesk, a household agent. First, a lightweight Task Planner splits each request into steps.')).toEqual(['RoboDesk:method/introduced']);
		expect(names('We present RoboDesk, built around two modules. First, a Transformer encodes each request.')).toEqual(['RoboDesk:method/introduced']);
	});
});
