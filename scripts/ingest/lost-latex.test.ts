import { describe, expect, it } from 'vitest';
import { withLostLatexRead } from './lost-latex.ts';

describe('withLostLatexRead', () => {
	it('reads \\times and \\sim that lost their backslash beside a number', () => {
		expect(withLostLatexRead('PCL achieves 12.1times and 16.9times faster speed.')).toBe('PCL achieves 12.1× and 16.9× faster speed.');
		expect(withLostLatexRead('a 1.2times-2.4times speedup on 8timesA800 GPUs')).toBe('a 1.2×-2.4× speedup on 8×A800 GPUs');
		expect(withLostLatexRead('generation at sim25 FPS, up to sim2times faster')).toBe('generation at ~25 FPS, up to ~2× faster');
	});

	it('leaves words and addresses that only look so', () => {
		for (const text of ['It sometimes fails; 12 times out of 20.', 'sim2real transfer', 'See https://sim2reason.github.io for code.', 'the 2timestep model']) {
			expect(withLostLatexRead(text)).toBe(text);
		}
	});
});
