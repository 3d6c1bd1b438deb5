/**
 * The import boundaries between the generator (`scripts/`), the site (`src/`), the shared
 * contract (`src/shared/`) and the tests: every relative import of every `.ts`, `.mts`,
 * `.mjs`, `.js` and `.astro` file in the repository is resolved and checked.
 *
 * - `src/` never imports `scripts/` or `tests/`;
 * - `scripts/` imports from `src/` only `src/shared/`, and never `tests/`;
 * - product code (anything that is not a test, a fixture or test support) never imports a
 *   test file or a fixture;
 * - `src/shared/` stays self-contained and runs anywhere: it imports no other `src/` code
 *   (the generator would pull it in), no Node built-ins and no Astro virtual modules (the
 *   browser bundle uses it too) — except `src/shared/build/`, the build-time code both the
 *   generator and the page loader run (cache digests of source trees), which the browser
 *   client (`src/client/`) must never import.
 *
 * And product files never import each other in a circle (type-only imports included): a rule
 * module and the list that registers it share a type from a third file instead.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');

/** Folders that hold no source of ours: dependencies, build output, caches. */
const SKIPPED = new Set(['node_modules', 'dist', '.git', '.astro', '.paperfold-cache', 'bench/out']);
const SOURCE = /\.(?:ts|mts|mjs|js|astro)$/;

/** A test, a fixture or test support: `*.test.ts`, anything under `tests/`, `fixtures/` or `testing/`. */
function isTestCode(file: string): boolean {
	return /\.test\.[mc]?[jt]s$/.test(file) || /(?:^|\/)(?:tests|fixtures|testing)\//.test(file) || /(?:^|\/)[^/]*fixture[^/]*$/.test(file) || file === 'vitest.config.ts';
}

/** The code of a file that can import: the whole file, or an `.astro` file's frontmatter and scripts. */
function importingCode(file: string, text: string): string[] {
	if (!file.endsWith('.astro')) return [text];
	const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
	const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
	return [frontmatter, ...scripts];
}

/**
 * What `file` imports: relative specifiers as repository-relative paths, package and
 * built-in specifiers as written (`node:fs`, `astro:content`, `vitest`).
 */
function imports(file: string, text: string): string[] {
	return importingCode(file, text).flatMap((code) =>
		ts
			.preProcessFile(code, true, true)
			.importedFiles.map((imported) => imported.fileName)
			.map((specifier) => (/^\.\.?\//.test(specifier) ? posix.normalize(posix.join(posix.dirname(file), specifier)) : specifier)),
	);
}

/** Why `file` may not import `target`, or null when it may. */
function boundaryBroken(file: string, target: string): string | null {
	const under = (path: string, dir: string) => path.startsWith(`${dir}/`);
	if (under(file, 'src') && under(target, 'scripts')) return 'src/ must not import scripts/';
	if (under(file, 'src') && under(target, 'tests')) return 'src/ must not import tests/';
	if (under(file, 'scripts') && under(target, 'tests')) return 'scripts/ must not import tests/';
	if (under(file, 'scripts') && under(target, 'src') && !under(target, 'src/shared')) return 'scripts/ may import only src/shared/ from src/';
	if (!isTestCode(file) && isTestCode(target)) return 'product code must not import tests or fixtures';
	if (under(file, 'src/client') && under(target, 'src/shared/build')) return 'src/client/ must not import build-time code';
	if (under(file, 'src/shared') && !isTestCode(file)) {
		if (under(target, 'src') && !under(target, 'src/shared')) return 'src/shared/ must not import the rest of src/';
		if (/^astro:/.test(target) || (/^node:/.test(target) && !under(file, 'src/shared/build'))) {
			return 'src/shared/ must not import Node built-ins or Astro virtual modules';
		}
	}
	return null;
}

/** Every broken boundary in `files` (repository-relative path → text), as `file → target: rule`. */
function boundaryViolations(files: Map<string, string>): string[] {
	return [...files].flatMap(([file, text]) =>
		imports(file, text).flatMap((target) => {
			const rule = boundaryBroken(file, target);
			return rule ? [`${file} → ${target}: ${rule}`] : [];
		}),
	);
}

/**
 * The circles of imports among `files`' product code: each a sorted list of the files that
 * reach one another (the strongly connected components of more than one file, or a file
 * importing itself), found with Tarjan's algorithm.
 */
function importCircles(files: Map<string, string>): string[][] {
	const product = [...files.keys()].filter((file) => !isTestCode(file));
	const edges = new Map(product.map((file) => [file, imports(file, files.get(file)!).filter((target) => files.has(target) && !isTestCode(target))]));
	const order = new Map<string, number>();
	const low = new Map<string, number>();
	const stack: string[] = [];
	const onStack = new Set<string>();
	const circles: string[][] = [];
	const visit = (file: string) => {
		order.set(file, order.size);
		low.set(file, order.get(file)!);
		stack.push(file);
		onStack.add(file);
		for (const target of edges.get(file)!) {
			if (!order.has(target)) {
				visit(target);
				low.set(file, Math.min(low.get(file)!, low.get(target)!));
			} else if (onStack.has(target)) low.set(file, Math.min(low.get(file)!, order.get(target)!));
		}
		if (low.get(file) !== order.get(file)) return;
		const component: string[] = [];
		let member: string;
		do {
			member = stack.pop()!;
			onStack.delete(member);
			component.push(member);
		} while (member !== file);
		if (component.length > 1 || edges.get(file)!.includes(file)) circles.push(component.sort());
	};
	for (const file of product) if (!order.has(file)) visit(file);
	return circles;
}

function repositoryFiles(dir = ROOT, files = new Map<string, string>()): Map<string, string> {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		const file = relative(ROOT, path).split(sep).join('/');
		if (entry.isDirectory()) {
			if (!SKIPPED.has(file) && entry.name !== 'node_modules') repositoryFiles(path, files);
		} else if (SOURCE.test(entry.name)) {
			files.set(file, readFileSync(path, 'utf8'));
		}
	}
	return files;
}

/**
 * Crossings still to remove (none now). An entry that no longer occurs fails the test, so the
 * list cannot go stale.
 */
const KNOWN: string[] = [];

describe('boundaryViolations', () => {
	const example = new Map([
		['src/lib/view.ts', "import { slug } from '../../scripts/annotate/slugs.ts';\nimport { z } from 'astro/zod';"],
		['src/lib/view.test.ts', "import { helper } from '../../tests/helpers/html.ts';"],
		['src/pages/Page.astro', "---\nimport { paperPath } from '../shared/urls.ts';\nimport { papers } from '../lib/fixtures/papers.ts';\n---\n<p>Don't import '../../scripts/x.ts' from text</p>\n<script>\nimport { run } from '../../tests/e2e/support.ts';\n</script>"],
		['scripts/render/page.ts', "import type { Paper } from '../../src/shared/paper-schema.ts';\nexport { rehype } from '../../src/loaders/rehype-base-links.ts';"],
		['scripts/render/page.test.ts', "const { site } = await import('../../tests/helpers/build-site.ts');\nimport { arbitraryPaper } from './testing/arbitrary-paper.ts';"],
		['scripts/render/testing/arbitrary-paper.ts', "import { renderPaperMdx } from '../paper-mdx.ts';"],
		['tests/site/pages.test.ts', "import { renderPaperMdx } from '../../scripts/render/paper-mdx.ts';\nimport { url } from '../../src/data/site-url.ts';"],
		['src/shared/urls.ts', "import { readFileSync } from 'node:fs';\nimport { base } from 'astro:config/client';\nimport { z } from 'astro/zod';\nimport { label } from '../lib/entity-types.ts';"],
		['src/shared/urls.test.ts', "import { readFileSync } from 'node:fs';\nimport { papers } from '../lib/fixtures/papers.ts';"],
		['src/shared/build/digest.ts', "import { createHash } from 'node:crypto';"],
		['src/client/search/main.ts', "import { sourceDigest } from '../../shared/build/source-digest.ts';"],
	]);

	it('reports each kind of crossing, in static, type-only, re-export and dynamic imports and .astro scripts', () => {
		expect(boundaryViolations(example)).toEqual([
			'src/lib/view.ts → scripts/annotate/slugs.ts: src/ must not import scripts/',
			'src/lib/view.test.ts → tests/helpers/html.ts: src/ must not import tests/',
			'src/pages/Page.astro → src/lib/fixtures/papers.ts: product code must not import tests or fixtures',
			'src/pages/Page.astro → tests/e2e/support.ts: src/ must not import tests/',
			'scripts/render/page.ts → src/loaders/rehype-base-links.ts: scripts/ may import only src/shared/ from src/',
			'scripts/render/page.test.ts → tests/helpers/build-site.ts: scripts/ must not import tests/',
			'src/shared/urls.ts → node:fs: src/shared/ must not import Node built-ins or Astro virtual modules',
			'src/shared/urls.ts → astro:config/client: src/shared/ must not import Node built-ins or Astro virtual modules',
			'src/shared/urls.ts → src/lib/entity-types.ts: src/shared/ must not import the rest of src/',
			'src/client/search/main.ts → src/shared/build/source-digest.ts: src/client/ must not import build-time code',
		]);
	});

	it('lets tests import anything and test support import product code', () => {
		expect(boundaryBroken('tests/site/pages.test.ts', 'scripts/render/paper-mdx.ts')).toBeNull();
		expect(boundaryBroken('scripts/render/testing/arbitrary-paper.ts', 'scripts/render/paper-mdx.ts')).toBeNull();
		expect(boundaryBroken('src/lib/csv.test.ts', 'src/lib/fixtures/papers.ts')).toBeNull();
	});
});

describe('importCircles', () => {
	it('finds files that import one another, type-only imports included, and leaves tests out', () => {
		const files = new Map([
			['scripts/rules/list.ts', "import { first } from './first.ts';"],
			['scripts/rules/first.ts', "import type { Rule } from './list.ts';\nimport { helper } from './helper.ts';"],
			['scripts/rules/helper.ts', "export const helper = 1;"],
			['scripts/rules/self.ts', "import { again } from './self.ts';"],
			['scripts/rules/list.test.ts', "import { first } from './first.ts';\nimport { helper } from './list.test.ts';"],
		]);
		expect(importCircles(files)).toEqual([['scripts/rules/first.ts', 'scripts/rules/list.ts'], ['scripts/rules/self.ts']]);
	});
});

describe('the repository', () => {
	const violations = boundaryViolations(repositoryFiles());

	it('scans the generator, the site and the tests', () => {
		const files = [...repositoryFiles().keys()];
		for (const file of ['scripts/build.ts', 'src/content.config.ts', 'src/pages/index.astro', 'astro.config.mjs', 'tests/global-setup.ts']) {
			expect(files).toContain(file);
		}
	});

	it('keeps every import boundary', () => {
		expect(violations.filter((violation) => !KNOWN.includes(violation))).toEqual([]);
	});

	it('lists only known crossings that still occur', () => {
		expect(KNOWN.filter((known) => !violations.includes(known))).toEqual([]);
	});

	it('has no circle of imports in its product code', () => {
		expect(importCircles(repositoryFiles())).toEqual([]);
	});
});
