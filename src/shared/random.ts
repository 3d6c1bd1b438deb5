/**
 * A seeded pseudo-random generator, so benchmarks and synthetic corpora are the same on
 * every run and machine (`Math.random` cannot be seeded).
 */

/**
 * mulberry32: a 32-bit state generator, fast and good enough to shuffle and pick text;
 * not for anything secret. Returns numbers in `[0, 1)`, like `Math.random`.
 *
 * @example const random = mulberry32(42); random(); // 0.6011037519201636, on every run
 */
export function mulberry32(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = Math.imul(state ^ (state >>> 15), state | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
