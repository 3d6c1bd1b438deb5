import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { bundleClient } from '../../lib/bundle-client.ts';
import { THEME_KEY } from '../theme-key.ts';

/** Runs the inlined bootstrap as a page would, with `stored` as the saved theme; returns what it left. */
async function runBootstrap(storage: { getItem(key: string): string | null }) {
	const code = await bundleClient('bootstrap/theme.ts', { inline: true });
	const root = { dataset: {} as Record<string, string> };
	const context: Record<string, unknown> = { localStorage: storage, document: { documentElement: root } };
	const before = new Set(Object.keys(context));
	runInNewContext(code, context);
	return { theme: root.dataset.theme, globals: Object.keys(context).filter((k) => !before.has(k)) };
}

describe('the theme bootstrap', () => {
	it('applies the theme saved under THEME_KEY', async () => {
		const saved = await runBootstrap({ getItem: (key) => (key === THEME_KEY ? 'dark' : null) });
		expect(saved.theme).toBe('dark');
		expect((await runBootstrap({ getItem: () => null })).theme).toBeUndefined();
	});

	it('declares nothing in the page, as it is inlined without a function around it', async () => {
		expect((await runBootstrap({ getItem: () => 'light' })).globals).toEqual([]);
	});

	it('leaves the system theme when storage is refused', async () => {
		const refused = await runBootstrap({
			getItem: () => {
				throw new Error('SecurityError');
			},
		});
		expect(refused.theme).toBeUndefined();
	});
});
