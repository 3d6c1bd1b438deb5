import { describe, expect, it } from 'vitest';
import type { Entity, Span } from '../../../src/shared/paper-schema.ts';
import { claimSubjects } from './claim-subjects.ts';
import { isExampleSetting } from './example-settings.ts';

describe('isExampleSetting', () => {
	it('reads a name in a bracket of examples opened with a preposition as a setting', () => {
		const at = (text: string, name: string) => text.lastIndexOf(name);
		expect(isExampleSetting('X cuts cost by tenfold (e.g., in A and B).', at('X cuts cost by tenfold (e.g., in A and B).', 'A'))).toBe(true);
		expect(isExampleSetting('X halves latency (for example, on Orin boards).', 34)).toBe(true);
		expect(isExampleSetting('X halves latency (e.g., in A and B).', 33)).toBe(true);
	});

	it('leaves examples with no preposition, and names outside any bracket', () => {
		expect(isExampleSetting('Models (e.g., A) score 30%.', 14)).toBe(false);
		expect(isExampleSetting('X halves latency (e.g., in A) and B wins.', 34)).toBe(false);
	});

	it('gives a result the clause before\'s own method, not the examples of where it holds', () => {
		// Invented: the own method is the subject of the clause before; the bracket names two used models.
		const text = 'By adding a Step Planner, Quill reorders the queue, shrinking the first response by tenfold (e.g., in Mistral-7B and Phi-3) at no loss.';
		const sentence: Span = { start: 0, end: text.length, text };
		const at = (name: string) => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length, text: name });
		const entities: Entity[] = [
			{ id: 'quill', name: 'Quill', type: 'method', role: 'introduced', spans: [at('Quill')] },
			{ id: 'mistral-7b', name: 'Mistral-7B', type: 'model', role: 'used', spans: [at('Mistral-7B')] },
			{ id: 'phi-3', name: 'Phi-3', type: 'model', role: 'used', spans: [at('Phi-3')] },
		];
		const start = text.indexOf('tenfold');
		expect(claimSubjects(sentence, [{ start, end: start + 7 }], entities)).toEqual([['method/quill']]);
	});
});
