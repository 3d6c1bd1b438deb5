import { describe, expect, it } from 'vitest';
import { repairMojibake } from './mojibake.ts';

describe('repairMojibake', () => {
	it('reads UTF-8 that was mis-read as Windows-1252 again as UTF-8', () => {
		expect(repairMojibake('out of â€˜liquidityâ€™ -the debt')).toBe('out of ‘liquidity’ -the debt');
		expect(repairMojibake('Ã©tÃ© in ZÃ¼rich, â€œquotedâ€\u009d')).toBe('été in Zürich, “quoted”');
		expect(repairMojibake('an en dash â€“ here')).toBe('an en dash – here');
	});

	it("leaves the author's own accented letters alone", () => {
		for (const text of ['Gödel, Erdős and Ångström', 'Â is a letter', 'São Paulo and Ã', 'naïve café, 5 °C, ±2']) {
			expect(repairMojibake(text)).toBe(text);
		}
	});
});
