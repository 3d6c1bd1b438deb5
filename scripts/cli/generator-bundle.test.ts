import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { GENERATOR_BUNDLE_DIR, loadGenerator, RECIPE } from './generator-bundle.ts';

const roots: string[] = [];
afterEach(() => {
	for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A project of a few modules laid out as paperfold's generator and its worker are. */
function project(files: Record<string, string>): string {
	const root = mkdtempSync(join(tmpdir(), 'paperfold-generator-bundle-'));
	roots.push(root);
	const all: Record<string, string> = {
		'scripts/cli/generate.ts': [
			"import { startThread } from './pool.ts';",
			"import { label } from '../shared/label.ts';",
			'export const generate = () => ({ label, own: import.meta.url, thread: startThread() });',
		].join('\n'),
		'scripts/cli/pool.ts': "export const startThread = (): string => new URL('./worker.ts', import.meta.url).href;",
		'scripts/cli/worker.ts': "export default function run(job: { n: number }): number { return job.n + 1; }",
		'scripts/shared/label.ts': "export const label: string = 'one';",
		...files,
	};
	for (const file of RECIPE) all[file] ??= `${file} as it is`;
	for (const [file, text] of Object.entries(all)) {
		mkdirSync(dirname(join(root, file)), { recursive: true });
		writeFileSync(join(root, file), text);
	}
	return root;
}

const bundleFile = (root: string, name: string) => join(root, GENERATOR_BUNDLE_DIR, name);

describe('loadGenerator', () => {
	it('loads the generator from one bundled file, each module keeping its own URL and the worker bundled beside it', async () => {
		const root = project({});
		const module = (await loadGenerator(root)) as unknown as { generate: () => { label: string; own: string; thread: string } };
		expect(module.generate()).toEqual({
			label: 'one',
			own: pathToFileURL(join(root, 'scripts/cli/generate.ts')).href,
			thread: pathToFileURL(bundleFile(root, 'worker.mjs')).href,
		});
		const worker = (await import(pathToFileURL(bundleFile(root, 'worker.mjs')).href)) as { default: (job: { n: number }) => number };
		expect(worker.default({ n: 1 })).toBe(2);
		const inputs = JSON.parse(readFileSync(bundleFile(root, 'inputs.json'), 'utf8')) as [string, string][];
		expect(inputs.map(([file]) => file)).toEqual(['scripts/cli/generate.ts', 'scripts/cli/pool.ts', 'scripts/cli/worker.ts', 'scripts/shared/label.ts', ...RECIPE]);
	});

	it('leaves a function made on every call unwrapped, each module keeping its own function where two share a name', async () => {
		const root = project({
			'scripts/cli/generate.ts': [
				"import { scale } from '../shared/scale.ts';",
				"import { scale as double } from '../shared/double.ts';",
				'export const generate = () => [1, 2].map((n) => { const times = (m: number) => scale(m) + double(m); return times(n); });',
			].join('\n'),
			'scripts/shared/scale.ts': 'export function scale(n: number): number { return n * 10; }',
			'scripts/shared/double.ts': 'export function scale(n: number): number { return n * 2; }',
		});
		const module = (await loadGenerator(root)) as unknown as { generate: () => number[] };
		expect(module.generate()).toEqual([12, 24]);
		// A name kept by `__name` is an `Object.defineProperty` each time the inner arrow is made.
		expect(readFileSync(bundleFile(root, 'generate.mjs'), 'utf8')).not.toContain('__name');
	});

	it('keeps the bundle while its inputs are unchanged, and makes it again when one is edited', async () => {
		const root = project({});
		await loadGenerator(root);
		const made = statSync(bundleFile(root, 'generate.mjs')).mtimeMs;
		const kept = readFileSync(bundleFile(root, 'generate.mjs'), 'utf8');
		await new Promise((resolve) => setTimeout(resolve, 20));
		await loadGenerator(root);
		expect(statSync(bundleFile(root, 'generate.mjs')).mtimeMs).toBe(made);
		writeFileSync(join(root, 'scripts/shared/label.ts'), "export const label: string = 'two';");
		await loadGenerator(root);
		const remade = readFileSync(bundleFile(root, 'generate.mjs'), 'utf8');
		expect(kept).toContain('"one"');
		expect(remade).toContain('"two"');
		expect(remade).not.toContain('"one"');
	});

	it('makes the bundle again when how it is made changes (this module, esbuild), its inputs unchanged', async () => {
		const root = project({});
		await loadGenerator(root);
		const made = readFileSync(bundleFile(root, 'inputs.json'), 'utf8');
		writeFileSync(join(root, 'node_modules/esbuild/package.json'), '{"version": "a later one"}');
		await loadGenerator(root);
		expect(readFileSync(bundleFile(root, 'inputs.json'), 'utf8')).not.toBe(made);
	});

	it('bundles an ES-module-only package, leaves to Node one that offers CommonJS or reads import.meta', async () => {
		const pkg = (name: string, manifest: object, code: string) => ({
			[`node_modules/${name}/package.json`]: JSON.stringify({ name, ...manifest }),
			[`node_modules/${name}/index.js`]: code,
		});
		const root = project({
			...pkg('esm-only', { type: 'module', exports: './index.js' }, "export const esmOnly = 'bundled';"),
			...pkg('dual', { type: 'module', exports: { import: './index.js', require: './index.cjs' } }, "export const dual = 'dual';"),
			...pkg('own-place', { type: 'module', exports: './index.js' }, 'export const place = import.meta.url;'),
			'scripts/shared/label.ts': [
				"import { esmOnly } from 'esm-only';",
				"import { dual } from 'dual';",
				"import { place } from 'own-place';",
				'export const label: string = [esmOnly, dual, place.endsWith("own-place/index.js")].join(" ");',
			].join('\n'),
		});
		const module = (await loadGenerator(root)) as unknown as { generate: () => { label: string } };
		expect(module.generate().label).toBe('bundled dual true');
		const code = readFileSync(bundleFile(root, 'generate.mjs'), 'utf8');
		expect(code).toContain('"bundled"');
		expect(code).toMatch(/from "dual"/);
		expect(code).toMatch(/from "own-place"/);
	});

	it('loads the sources when a module reads import.meta beyond its url, which a bundle would change', async () => {
		const root = project({ 'scripts/shared/label.ts': 'export const label: string = import.meta.dirname;' });
		const module = (await loadGenerator(root)) as unknown as { generate: () => { label: string; own: string; thread: string } };
		expect(module.generate()).toEqual({
			label: join(root, 'scripts/shared'),
			own: pathToFileURL(join(root, 'scripts/cli/generate.ts')).href,
			thread: pathToFileURL(join(root, 'scripts/cli/worker.ts')).href,
		});
		expect(existsSync(bundleFile(root, 'inputs.json'))).toBe(false);
	});
});
