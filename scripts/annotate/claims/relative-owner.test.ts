import { describe, expect, it } from 'vitest';
import type { Entity, Span } from '../../../src/shared/paper-schema.ts';
import { claimSubjects } from './claim-subjects.ts';

const entity = (text: string, name: string, role: Entity['role'] = 'used'): Entity => {
	const start = text.indexOf(name);
	return { id: name.toLowerCase(), name, type: 'method', role, spans: [{ start, end: start + name.length, text: name }] };
};
const subjects = (text: string, names: string[], numbers: string[], introduced: string[] = []) =>
	claimSubjects(
		{ start: 0, end: text.length, text } as Span,
		numbers.map((n) => ({ start: text.indexOf(n), end: text.indexOf(n) + n.length })),
		names.map((n) => entity(text, n, introduced.includes(n) ? 'introduced' : 'used')),
	);

describe('claimSubjects with names set apart and relative clauses', () => {
	it('gives a number in a relative clause to the name the pronoun follows, and none to a name set apart by "except"', () => {
		const text = 'We find that 30X is the best depth for all mappers except ReadMax which needs 80X depth.';
		expect(subjects(text, ['ReadMax'], ['30X', '80X'])).toEqual([[], ['method/readmax']]);
	});

	it('reads ", which reaches" as about the name before it, but ", which leads to" as about the clause', () => {
		expect(subjects('FooNet beats BarNet, which reaches 61% on the set.', ['FooNet', 'BarNet'], ['61%'], ['FooNet'])).toEqual([['method/barnet']]);
		expect(subjects('FooNet calls BarNet, which leads to a 5% gain.', ['FooNet', 'BarNet'], ['5%'], ['FooNet'])).toEqual([['method/foonet']]);
	});
});
