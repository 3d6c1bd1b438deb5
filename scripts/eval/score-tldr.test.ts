import { describe, expect, it } from 'vitest';
import { isAcceptableTldr, startsWithConnector } from './score-tldr.ts';

describe('isAcceptableTldr', () => {
	it('accepts a sentence containing a gold snippet, case and spacing aside', () => {
		expect(isAcceptableTldr('To this end, we  propose  DeCoRe, a decoding strategy.', ['We propose DeCoRe'])).toBe(true);
	});
	it('rejects a background sentence', () => {
		expect(isAcceptableTldr('LLMs often hallucinate.', ['we propose DeCoRe'])).toBe(false);
	});
	it('accepts the display of a snippet whose opening "Here" or "In this paper," the TL;DR leaves out, and nothing shorter', () => {
		expect(isAcceptableTldr('We demonstrate a three-qubit code in silicon.', ['Here we demonstrate a three-qubit code'])).toBe(true);
		expect(isAcceptableTldr('we present a relative version of the index.', ['In this paper we present a relative version'])).toBe(true);
		expect(isAcceptableTldr('We demonstrate a device.', ['Here we demonstrate a three-qubit code'])).toBe(false);
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
