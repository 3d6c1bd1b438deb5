import { describe, expect, it } from 'vitest';
import { blankWebAddresses, mayHoldWebAddress, WEB_ADDRESS } from './web-addresses.ts';

describe('web addresses', () => {
	it('finds addresses with a scheme, with "www." and as a bare domain with a path', () => {
		const text = 'Code at https://github.com/a/b, a page at aim-uofa.github.io/Swap/ and www.example.org.';
		expect(text.match(WEB_ADDRESS)).toEqual(['https://github.com/a/b,', 'aim-uofa.github.io/Swap/', 'www.example.org.']);
	});

	it('blanks each address with spaces of its length and leaves other text alone', () => {
		const text = 'See https://x.io/y now.';
		const blanked = blankWebAddresses(text);
		expect(blanked).toHaveLength(text.length);
		expect(blanked).toBe(`See ${' '.repeat('https://x.io/y'.length)} now.`);
		expect(blankWebAddresses('GitHub repositories, e.g. in Fig. 2.')).toBe('GitHub repositories, e.g. in Fig. 2.');
	});

	it('says a text holds no address only when it surely holds none', () => {
		expect(mayHoldWebAddress('No link here.')).toBe(false);
		expect(mayHoldWebAddress('Data at zenodo.org/record/1.')).toBe(true);
	});
});
