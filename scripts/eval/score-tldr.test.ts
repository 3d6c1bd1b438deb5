import { describe, expect, it } from 'vitest';
import { isAcceptableTldr, startsWithConnector } from './score-tldr.ts';

describe('isAcceptableTldr', () => {
	it('accepts a sentence containing a gold snippet, case and spacing aside', () => {
		expect(isAcceptableTldr('To this end, we  propose  DeCoRe, a decoding strategy.', ['We propose DeCoRe'])).toBe(true);
	});
	it('rejects a background sentence', () => {
		expect(isAcceptableTldr('LLMs often hallucinate.', ['we propose DeCoRe'])).toBe(false);
	});
});

describe('startsWithConnector', () => {
	it.each([
		'However, the general abilities remain unexplored.',
		'To this end, we propose X.',
		'To address this limitation, we propose VINE.',
		'Specifically, we present two parts.',
		'Based on these insights, we propose a strategy.',
		'(Moreover) we add a module.',
	])('flags %s', (text) => {
		expect(startsWithConnector(text)).toBe(true);
	});
	it.each(['We propose Framer for interactive frame interpolation.', 'This paper presents HyperTMO.', 'Thermal noise dominates.', 'Therein lies X.'])(
		'passes %s',
		(text) => {
			expect(startsWithConnector(text)).toBe(false);
		},
	);
});
