import { describe, expect, it } from 'vitest';
import type { Entity, Span } from '../../../src/shared/paper-schema.ts';
import { claimSubjects } from './claim-subjects.ts';
import { isMeans } from './means-name.ts';

describe('isMeans', () => {
	it('reads a name after "via" or "through", a modifier or two between, as a means', () => {
		expect(isMeans('Tuning runs via lightweight QLoRA updates.', 28)).toBe(true);
		expect(isMeans('Calibration through Platt scaling is cheap.', 20)).toBe(true);
	});

	it('leaves a subject, and a name after another preposition', () => {
		expect(isMeans('QLoRA runs fast.', 0)).toBe(false);
		expect(isMeans('It goes through experiments on QLoRA.', 31)).toBe(false);
	});

	it('gives a cost the sentence states of a means the paper\'s own method, not the means', () => {
		// Invented: the subject is the paper's method told of without its name; the adapter is only used.
		const text = 'This self-calibration permits quick adaptation via lightweight QLoRA updates, taking under 3 minutes per scene on one GPU.';
		const sentence: Span = { start: 0, end: text.length, text };
		const entities: Entity[] = [
			{ id: 'selfgeo', name: 'SelfGeo', type: 'method', role: 'introduced', spans: [{ start: 400, end: 407, text: 'SelfGeo' }] },
			{ id: 'qlora', name: 'QLoRA', type: 'method', role: 'used', spans: [{ start: text.indexOf('QLoRA'), end: text.indexOf('QLoRA') + 5, text: 'QLoRA' }] },
		];
		const start = text.indexOf('under 3 minutes');
		expect(claimSubjects(sentence, [{ start, end: start + 15 }], entities)).toEqual([['method/selfgeo']]);
	});
});
