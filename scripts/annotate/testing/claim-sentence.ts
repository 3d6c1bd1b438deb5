/**
 * Helpers for tests of whom a claim is about (`claims/claim-subjects.ts` and the rules it reads by): entities and values
 * placed in a sentence by their words.
 */
import type { Entity } from '../../../src/shared/paper-schema.ts';

/** An entity of `text` at each place its name stands. */
export const entity = (text: string, name: string, role: Entity['role'] = 'used'): Entity => {
	const spans = [...text.matchAll(new RegExp(`\\b${name}\\b`, 'g'))].map((m) => ({ start: m.index, end: m.index + name.length, text: name }));
	return { id: name.toLowerCase(), name, type: 'method', role, spans };
};

/** The places of `numbers` in `text`, each at its first occurrence. */
export const valuesOf = (text: string, numbers: string[]) =>
	numbers.map((n) => {
		const start = text.indexOf(n);
		return { start, end: start + n.length };
	});
