/**
 * Lets `npm run build` start `astro build` while the generator is still writing the pages.
 * Astro's start (loading its CLI, the config through Vite, the content config and what that
 * imports) does not read the generated pages; only the content loaders do. So the site build
 * (scripts/cli/site-build.ts) starts Astro first with `PAGES_READY_ENV` set and its stdin a
 * pipe, and the content config waits here, before any loader runs, until the parent writes
 * `go` on that pipe: the pages are in place. Closing the pipe instead (the generator failed,
 * or the parent died) ends the process, having read and written nothing.
 *
 * Without the variable (`astro dev`, `astro sync`, a plain `astro build`) there is no wait.
 */

/** Set (to `1`) by the site build when Astro must wait for the generated pages. */
export const PAGES_READY_ENV = 'PAPERFOLD_WAIT_FOR_PAGES';

/** The line the site build writes once the pages are in place. */
export const PAGES_READY_LINE = 'go\n';

/** True when this process is the site build's Astro, started before the pages are in place. */
export const waitsForPages = (env: NodeJS.ProcessEnv = process.env): boolean => Boolean(env[PAGES_READY_ENV]);

/** The content config may be evaluated more than once per process (sync, then the prerender bundle): one wait. */
const READY = Symbol.for('paperfold.pagesReady');
type Registry = { [READY]?: Promise<void> };

/** Resolves once the generated pages are in place (at once without `PAGES_READY_ENV`). */
export function generatedPagesReady(env: NodeJS.ProcessEnv = process.env, input: NodeJS.ReadableStream & { destroy?: () => void } = process.stdin): Promise<void> {
	if (!waitsForPages(env)) return Promise.resolve();
	const registry = globalThis as Registry;
	registry[READY] ??= new Promise<void>((resolve) => {
		let text = '';
		input.setEncoding('utf8');
		input.on('data', (chunk: string) => {
			text += chunk;
			if (!text.includes('\n')) return;
			// Nothing more is sent; a destroyed stdin keeps no handle open, so Astro can exit.
			input.destroy?.();
			if (text === PAGES_READY_LINE) resolve();
			else process.exit(1);
		});
		// The pipe closed without `go`: the generator failed or the parent is gone.
		input.on('end', () => {
			if (!text.includes('\n')) process.exit(1);
		});
	});
	return registry[READY];
}
