import { describe, expect, it } from 'vitest';
import { cleanText } from './raw-paper.ts';

describe('cleanText', () => {
	it('collapses whitespace and trims', () => {
		expect(cleanText('  Offline\n  RL\tworks. ')).toBe('Offline RL works.');
	});

	it('spells out the ligatures a PDF copy keeps, and nothing else', () => {
		expect(cleanText('ﬂuorescence microscopy with ﬁber probes, eﬃcient and ﬀ')).toBe('fluorescence microscopy with fiber probes, efficient and ff');
		expect(cleanText('Café — 45% µm')).toBe('Café — 45% µm');
	});
});
