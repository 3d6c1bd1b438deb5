import { describe, expect, it } from 'vitest';
import { isVerbIdiom } from './keyphrase-verb-idioms.ts';

describe('isVerbIdiom', () => {
	it('knows a gerund and the bare noun it takes as an object', () => {
		expect(isVerbIdiom('taking', 'place')).toBe(true);
		expect(isVerbIdiom('Giving', 'Rise')).toBe(true);
	});

	it('leaves a gerund that names an activity before its noun', () => {
		expect(isVerbIdiom('sequencing', 'data')).toBe(false);
		expect(isVerbIdiom('taking', 'behaviour')).toBe(false);
		expect(isVerbIdiom('taking', undefined)).toBe(false);
	});
});
