import { describe, expect, it } from 'vitest';
import type { Entity, Span } from '../../../src/shared/paper-schema.ts';
import { claimSubjects } from './claim-subjects.ts';
import { isEvaluatedOn } from './evaluated-on.ts';

describe('isEvaluatedOn', () => {
	it('reads every name of the list a word of evaluating opens as a place', () => {
		const text = 'Experiments on A-Bench, B-Set, and C-Suite show gains.';
		for (const name of ['A-Bench', 'B-Set', 'C-Suite']) expect(isEvaluatedOn(text, text.indexOf(name))).toBe(true);
		const tested = 'FooNet was tested on KITTI and WaymoOpen.';
		expect(isEvaluatedOn(tested, tested.indexOf('WaymoOpen'))).toBe(true);
	});

	it('leaves a name in any other place', () => {
		expect(isEvaluatedOn('We build on A-Bench.', 12)).toBe(false);
		const subject = 'A-Bench, B-Set, and C-Suite show gains.';
		expect(isEvaluatedOn(subject, subject.indexOf('C-Suite'))).toBe(false);
	});

	it('gives the gains listed "respectively" the paper\'s own method when the list names only some of its places', () => {
		// Invented: the entity rules typed the benchmarks as methods and missed the middle one.
		const text = 'Extensive experiments on Alpha-Pro, Beta-Set, and Alpha-v2 demonstrate consistent improvements, achieving gains of up to +9.1%, +6.2%, and +3.3% respectively.';
		const sentence: Span = { start: 0, end: text.length, text };
		const at = (name: string) => [{ start: text.indexOf(name), end: text.indexOf(name) + name.length, text: name }];
		const entities: Entity[] = [
			{ id: 'zoomnet', name: 'ZoomNet', type: 'method', role: 'introduced', spans: [{ start: 400, end: 407, text: 'ZoomNet' }] },
			{ id: 'alpha-pro', name: 'Alpha-Pro', type: 'method', role: 'used', spans: at('Alpha-Pro') },
			{ id: 'alpha-v2', name: 'Alpha-v2', type: 'method', role: 'used', spans: at('Alpha-v2') },
		];
		const values = ['+9.1%', '+6.2%', '+3.3%'].map((n) => ({ start: text.indexOf(n), end: text.indexOf(n) + n.length }));
		const about = claimSubjects(sentence, values, entities);
		expect(about[0]).toEqual(['method/zoomnet']);
		expect(about[1]).toEqual(['method/zoomnet']);
		expect(about[2]).toContain('method/zoomnet');
	});
});
