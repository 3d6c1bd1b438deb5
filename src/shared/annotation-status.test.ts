import { describe, expect, it } from 'vitest';
import { annotationStatus } from './annotation-status.ts';

describe('annotationStatus', () => {
	it('tells a paper without an abstract from one whose abstract the rules did not read', () => {
		expect(annotationStatus({ abstract: '  ', tldr: null })).toBe('no-abstract');
		expect(annotationStatus({ abstract: 'Los frentes de salinidad se mueven con la marea.', tldr: null })).toBe('not-english');
		expect(annotationStatus({ abstract: 'We present FrontSwarm.', tldr: { start: 0, end: 22, text: 'We present FrontSwarm.' } })).toBe('annotated');
	});
});
