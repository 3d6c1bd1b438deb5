/**
 * The generator (`generate.ts` and the ~600 project modules it imports) and its worker thread
 * (`worker.ts`) loaded each as one file that esbuild bundled, kept in `.paperfold-cache/generator/`.
 * Node's ES module loader pays a resolve, a read, a compile-cache look-up and a link for each
 * module; one file instead of hundreds takes most of the generator's start-up off every build
 * (about 1.4 s of a rebuild's main thread went to module loading at any size). ES-module-only
 * packages (the markdown utilities, ~150 small modules) are bundled too; the rest stay outside,
 * loaded from `node_modules` as before (`packageImport`). The bundle is used only when each file
 * it was made from (and this module and esbuild's version, which make it) still has the digest
 * it had then, so an edited module or an updated package makes a new one.
 *
 * What the bundle changes is where a module's `import.meta.url` points: each project module's is
 * rewritten to its own source file's, worked out from the bundle's place (a thread's entry that is
 * bundled too, `worker.ts`, to its bundle), so the project can be moved or restored elsewhere (CI)
 * with its cache; a package that reads `import.meta` is left outside.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The generator's module as `build-command.ts` uses it. */
export type GeneratorModule = typeof import('./generate.ts');

/** Where the bundle and its list of inputs live, relative to the project. */
export const GENERATOR_BUNDLE_DIR = '.paperfold-cache/generator';

const INPUTS_FILE = 'inputs.json';

/** A project file the bundle was made from, and the digest of its bytes then. */
type Input = [file: string, digest: string];

const digest = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('base64url');

/** True when every input (paths relative to `root`) still holds the bytes it was bundled from. */
function inputsUnchanged(root: string, inputs: readonly Input[]): boolean {
	try {
		return inputs.every(([file, kept]) => digest(readFileSync(join(root, file))) === kept);
	} catch {
		return false; // a file gone
	}
}

function readInputs(file: string): Input[] | null {
	try {
		const inputs: unknown = JSON.parse(readFileSync(file, 'utf8'));
		return Array.isArray(inputs) && inputs.length > 0 ? (inputs as Input[]) : null;
	} catch {
		return null;
	}
}

/** Loaders for the files a bundle reads: the project's own modules and data. */
const LOADERS: Record<string, 'ts' | 'js' | 'json'> = { '.ts': 'ts', '.js': 'js', '.mjs': 'js', '.json': 'json' };

/** The bundled files, each made of one entry module and what it imports: the generator and its worker thread. */
const ENTRIES = { generate: 'scripts/cli/generate.ts', worker: 'scripts/cli/worker.ts' };

/** What makes a bundle besides its inputs, digested with them: a change to either makes it again. */
export const RECIPE = ['scripts/cli/generator-bundle.ts', 'node_modules/esbuild/package.json'];

/** `new URL('./file.ts', import.meta.url)` (how a module names a thread's entry beside it), or `import.meta.url` alone. */
const META_URL = /new URL\('(\.\.?\/[^']+\.ts)', import\.meta\.url\)|import\.meta\.url/g;

/**
 * `file`'s source with each `import.meta.url` made valid in a bundle in `bundleDir`: a URL of a
 * bundled entry (`worker.ts`) names its bundle, any other the file's own source URL. Any other
 * use of `import.meta` (`dirname`, `resolve`) is refused: the sources are loaded instead.
 */
function withOwnUrl(source: string, file: string, root: string, bundleDir: string): string {
	const bundled = new Map(Object.entries(ENTRIES).map(([name, entry]) => [join(root, entry), `./${name}.mjs`]));
	const path = relative(bundleDir, file).split(sep).join('/');
	const ownUrl = `new URL(${JSON.stringify(path)}, import.meta.url).href`;
	const own = source.replace(META_URL, (_, sibling: string | undefined) => {
		if (sibling === undefined) return ownUrl;
		const entry = bundled.get(join(dirname(file), sibling));
		return entry ? `new URL(${JSON.stringify(entry)}, import.meta.url)` : `new URL('${sibling}', ${ownUrl})`;
	});
	if (own.replaceAll(', import.meta.url)', '').includes('import.meta')) throw new Error(`${file}: import.meta beyond its url`);
	return own;
}

/** The folder of package `name` as Node finds it from `dir`: the nearest `node_modules/name` up the tree. */
function packageFolder(name: string, dir: string): string | null {
	for (let at = dir; ; at = dirname(at)) {
		// As Node keeps modules, by real path (a symlinked node_modules is one folder).
		if (existsSync(join(at, 'node_modules', name, 'package.json'))) return realpathSync(join(at, 'node_modules', name));
		if (dirname(at) === at) return null;
	}
}

/** True for an export map that offers a CommonJS file (a `require` condition, or a `.cjs` file). */
function offersRequire(exports: unknown): boolean {
	if (typeof exports === 'string') return exports.endsWith('.cjs');
	if (!exports || typeof exports !== 'object') return false;
	return Object.entries(exports).some(([condition, target]) => condition === 'require' || offersRequire(target));
}

/** True when a file of the package in `folder` (its own, not its dependencies') names `import.meta`. */
function readsImportMeta(folder: string): boolean {
	for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile() || !/\.[cm]?js$/.test(entry.name)) continue;
		const file = join(entry.parentPath, entry.name);
		if (relative(folder, file).split(sep).includes('node_modules')) continue;
		if (readFileSync(file, 'utf8').includes('import.meta')) return true;
	}
	return false;
}

/**
 * How the bundle takes a package import `specifier` made from `dir`: an ES-module-only package
 * (`"type": "module"`, no CommonJS export) that does not read `import.meta` (files of its own
 * found from its place, as Tinypool's worker) is bundled, its many small modules (micromark, mdast
 * and unist utilities) read once with the rest; any other is left to Node (CommonJS interop, a
 * package's own `require`s), which must then find the very folder it finds from `dir`, since the
 * bundle lives elsewhere (`.paperfold-cache/generator/`).
 */
function packageImport(specifier: string, dir: string, root: string, bundled: Map<string, boolean>): { external: true } | undefined {
	if (specifier.startsWith('node:')) return { external: true };
	const name = specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
	const folder = packageFolder(name, dir);
	if (!folder) throw new Error(`${specifier}: no package from ${dir}`);
	const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { type?: string; exports?: unknown };
	if (!bundled.has(folder)) bundled.set(folder, manifest.type === 'module' && !offersRequire(manifest.exports) && !readsImportMeta(folder));
	if (bundled.get(folder)) return undefined;
	if (packageFolder(name, join(root, GENERATOR_BUNDLE_DIR)) !== folder) throw new Error(`${specifier}: ${dir} and the bundle find different packages`);
	return { external: true };
}

/**
 * Bundles the generator (`generate.mjs`) and its worker thread (`worker.mjs`) under `root` into
 * `bundleDir`, with their inputs' digests. Written under temporary names and renamed, so a killed
 * build leaves no half a bundle.
 */
export async function bundleGenerator(root: string, bundleDir: string): Promise<void> {
	const { build } = await import('esbuild');
	const read = new Map<string, string>();
	const result = await build({
		absWorkingDir: root,
		entryPoints: Object.entries(ENTRIES).map(([out, entry]) => ({ in: join(root, entry), out })),
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'esnext',
		// No `keepNames`: it wraps every named function in `__name(fn, "name")`, an
		// `Object.defineProperty` run each time a closure is made (every rule's inner arrows, once
		// a paper or a sentence): some 2 % of the annotate stage's samples at 10,000 papers, and
		// 5 % of its thread CPU with its side costs. Nothing the generator runs reads a function's
		// `name` (an error that shows one sets it), and profiles name functions by their declared identifier either way.
		keepNames: false,
		// As Node's type stripping reads the sources: every import kept, class fields defined.
		tsconfigRaw: { compilerOptions: { verbatimModuleSyntax: true, useDefineForClassFields: true } },
		write: false,
		metafile: true,
		logLevel: 'silent',
		outdir: bundleDir,
		outExtension: { '.js': '.mjs' },
		plugins: [
			{
				name: 'packages',
				setup(build) {
					const bundled = new Map<string, boolean>();
					build.onResolve({ filter: /^[^./]/ }, (args) => packageImport(args.path, args.resolveDir, root, bundled));
				},
			},
			{
				name: 'source-import-meta',
				setup(build) {
					build.onLoad({ filter: /.*/ }, (args) => {
						const loader = LOADERS[extname(args.path)];
						if (!loader) throw new Error(`${args.path}: not a module the generator bundle takes`);
						const bytes = readFileSync(args.path);
						// The digest of the very bytes bundled, not of a later read.
						read.set(relative(root, args.path).split(sep).join('/'), digest(bytes));
						const source = bytes.toString('utf8');
						return { contents: source.includes('import.meta') ? withOwnUrl(source, args.path, root, bundleDir) : source, loader };
					});
				},
			},
		],
	});
	const inputs: Input[] = Object.keys(result.metafile.inputs)
		.sort()
		.map((file) => {
			const kept = read.get(file);
			if (kept === undefined) throw new Error(`${file}: bundled but not read`);
			return [file, kept];
		});
	// How the bundle is made counts too: this module's rules and esbuild's version.
	for (const file of RECIPE) inputs.push([file, digest(readFileSync(join(root, file)))]);
	mkdirSync(bundleDir, { recursive: true });
	// The list of inputs goes first and last: a bundle is used only once it is complete and listed.
	rmSync(join(bundleDir, INPUTS_FILE), { force: true });
	const files = [...result.outputFiles.map((output) => ({ path: output.path, contents: output.contents })), { path: join(bundleDir, INPUTS_FILE), contents: JSON.stringify(inputs) }];
	for (const { path, contents } of files) {
		writeFileSync(`${path}.${process.pid}`, contents);
		renameSync(`${path}.${process.pid}`, path);
	}
}

/**
 * The generator module: from the kept bundle when it is current, else bundled afresh and loaded;
 * from its source files when bundling fails (esbuild missing, a syntax esbuild does not take).
 */
export async function loadGenerator(root: string): Promise<GeneratorModule> {
	const bundleDir = join(root, GENERATOR_BUNDLE_DIR);
	const inputs = readInputs(join(bundleDir, INPUTS_FILE));
	if (!inputs || !inputsUnchanged(root, inputs)) {
		try {
			await bundleGenerator(root, bundleDir);
		} catch {
			return import(pathToFileURL(join(root, ENTRIES.generate)).href) as Promise<GeneratorModule>;
		}
	}
	return import(pathToFileURL(join(bundleDir, 'generate.mjs')).href) as Promise<GeneratorModule>;
}
