import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { generatedPagesReady, PAGES_READY_ENV, PAGES_READY_LINE } from './pages-ready.ts';

describe('generatedPagesReady', () => {
	it('does not wait without the variable (astro dev, astro sync, a plain astro build)', async () => {
		const input = new PassThrough();
		await expect(generatedPagesReady({}, input)).resolves.toBeUndefined();
		expect(input.listenerCount('data')).toBe(0);
	});

	it('waits until the site build writes `go`, then lets go of its input', async () => {
		const input = new PassThrough();
		let ready = false;
		const waiting = generatedPagesReady({ [PAGES_READY_ENV]: '1' }, input).then(() => (ready = true));
		await new Promise((done) => setTimeout(done, 20));
		expect(ready).toBe(false);
		input.write(PAGES_READY_LINE);
		await waiting;
		expect(ready).toBe(true);
		expect(input.destroyed).toBe(true);
		// One wait per process: asked again (the prerender bundle's copy of the config), it has resolved.
		await expect(generatedPagesReady({ [PAGES_READY_ENV]: '1' }, new PassThrough())).resolves.toBeUndefined();
	});
});
