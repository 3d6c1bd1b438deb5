import { describe, expect, it } from 'vitest';
import type { Entity, Span } from '../../../src/shared/paper-schema.ts';
import { claimSubjects } from './claim-subjects.ts';
import { isMeasuredOn } from './measured-on.ts';

describe('isMeasuredOn', () => {
	it('reads a name after a number and "on" as where it was measured', () => {
		expect(isMeasuredOn('It gains 8.4% on EB-ALFRED.', 17)).toBe(true);
		expect(isMeasuredOn('It gains 8.4\\% on EB-ALFRED.', 18)).toBe(true);
		expect(isMeasuredOn('A score of 85.1 on the GLUE benchmark.', 23)).toBe(true);
	});

	it('leaves a name in any other place', () => {
		expect(isMeasuredOn('EB-ALFRED gains 8.4%.', 0)).toBe(false);
		expect(isMeasuredOn('We build on EB-ALFRED.', 12)).toBe(false);
	});

	// After the ERA entry of scripts/eval/listings/unseen-first-hf-daily-2025-10-15.json, where the
	// benchmarks were typed as the paper's own methods.
	it('gives "it" the paper\'s own method, not the benchmarks it was measured on, whatever their type', () => {
		const text = 'Specifically, it achieves overall improvements of 8.4% on EB-ALFRED over GPT-4o.';
		const sentence: Span = { start: 0, end: text.length, text };
		const at = (name: string) => [{ start: text.indexOf(name), end: text.indexOf(name) + name.length, text: name }];
		const entities: Entity[] = [
			{ id: 'era', name: 'ERA', type: 'method', role: 'introduced', spans: [{ start: 300, end: 303, text: 'ERA' }] },
			{ id: 'eb-alfred', name: 'EB-ALFRED', type: 'method', role: 'introduced', spans: at('EB-ALFRED') },
			{ id: 'gpt-4o', name: 'GPT-4o', type: 'model', role: 'used', spans: at('GPT-4o') },
		];
		const start = text.indexOf('8.4%');
		expect(claimSubjects(sentence, [{ start, end: start + 4 }], entities)[0]).toEqual(['method/era', 'method/eb-alfred']);
	});
});
