/**
 * Builds the same generated paper pages twice — through Astro's `glob()` loader with
 * @astrojs/mdx (one bundled module per page) and through `paperLoader` (pre-rendered HTML) —
 * measures both `astro build`s from outside and checks that a few pages come out the same.
 *
 *   node scripts/bench/compare-loaders.ts --pages DIR [--work DIR] [--base /pf/]
 *
 * DIR holds generated `*.mdx` pages (e.g. `content/papers` of a `npm run bench -- --keep` site).
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { measureCommand } from './measure.ts';

const root = resolve(import.meta.dirname, '../..');
const { values } = parseArgs({
	options: {
		pages: { type: 'string' },
		work: { type: 'string', default: join(tmpdir(), 'paperfold-compare-loaders') },
		base: { type: 'string', default: '/pf/' },
	},
});
if (!values.pages) throw new Error('compare-loaders: --pages DIR is required');

const config = (base: string) => `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { rehypeBaseLinks } from ${JSON.stringify(join(root, 'src/loaders/rehype-base-links.ts'))};

export default defineConfig({
	base: ${JSON.stringify(base)},
	trailingSlash: 'always',
	markdown: { processor: unified({ remarkPlugins: [remarkGfm], smartypants: false }) },
	// The site prefixes root-relative links of MDX pages with the base; paperLoader does it itself.
	integrations: [mdx({ rehypePlugins: [[rehypeBaseLinks, { base: ${JSON.stringify(base)} }]] })],
});
`;

// paperLoader validates against PaperSchema itself and keeps only id and digest in the store.
const contentConfig = (loader: 'glob' | 'paper') => `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { PaperSchema } from ${JSON.stringify(join(root, 'src/shared/paper-schema.ts'))};
import { paperLoader } from ${JSON.stringify(join(root, 'src/loaders/paper-loader.ts'))};

const papers = defineCollection({
	loader: ${loader === 'glob' ? "glob({ base: './content/papers', pattern: '*.mdx' })" : "paperLoader({ base: './content/papers' })"},
	schema: ${loader === 'glob' ? 'PaperSchema()' : 'z.object({ id: z.string() })'},
});

export const collections = { papers };
`;

// The same markup either way: render() for glob()'s modules, the body store for paperLoader.
const page = (loader: 'glob' | 'paper') => `---
import { getCollection, render } from 'astro:content';
import { cacheDir } from 'astro:config/server';
import { readPaperBody } from ${JSON.stringify(join(root, 'src/loaders/paper-bodies.ts'))};
import { readPaperRecord } from ${JSON.stringify(join(root, 'src/loaders/paper-records.ts'))};

export async function getStaticPaths() {
	const papers = await getCollection('papers');
	return papers.map((paper) => ({ params: { slug: paper.id }, props: { paper } }));
}
const { paper } = Astro.props;
${
	loader === 'glob'
		? 'const { Content, headings } = await render(paper);\nconst { title } = paper.data;'
		: 'const { html, headings } = readPaperBody(cacheDir, paper.digest, paper.id);\nconst { title } = readPaperRecord(cacheDir, paper.digest, paper.id);'
}
---
<html lang="en"><head><meta charset="utf-8" /><title>{title}</title></head>
<body><h1>{title}</h1><nav>{headings.map((h) => <a href={'#' + h.slug}>{h.text}</a>)}</nav><article>${loader === 'glob' ? '<Content />' : '<Fragment set:html={html} />'}</article></body></html>
`;

const work = resolve(values.work);
const pagesDir = resolve(values.pages);
const names = readdirSync(pagesDir).filter((name) => name.endsWith('.mdx')).sort();
const results: Record<string, { wall: number; cpu: number; rss: number }> = {};
for (const loader of ['glob', 'paper'] as const) {
	const dir = join(work, loader);
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(join(dir, 'src/pages/papers'), { recursive: true });
	mkdirSync(join(dir, 'node_modules'));
	for (const name of readdirSync(join(root, 'node_modules'))) {
		if (!name.startsWith('.') || name === '.bin') symlinkSync(join(root, 'node_modules', name), join(dir, 'node_modules', name));
	}
	writeFileSync(join(dir, 'package.json'), '{ "name": "compare-loaders", "private": true, "type": "module" }\n');
	writeFileSync(join(dir, 'astro.config.mjs'), config(values.base));
	writeFileSync(join(dir, 'src/content.config.ts'), contentConfig(loader));
	writeFileSync(join(dir, 'src/pages/papers/[slug].astro'), page(loader));
	cpSync(pagesDir, join(dir, 'content/papers'), { recursive: true, filter: (source) => !source.endsWith('.json') });
	const run = await measureCommand(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
		cwd: dir,
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CI: 'true' },
	});
	if (run.exitCode !== 0) throw new Error(`${loader}: astro build failed\n${run.output.slice(-3000)}`);
	results[loader] = { wall: run.wallSeconds, cpu: run.cpuSeconds, rss: run.peakRssMiB };
	console.log(`${loader} loader: ${names.length} pages, ${run.wallSeconds.toFixed(1)} s wall, ${run.cpuSeconds.toFixed(1)} s CPU, ${Math.round(run.peakRssMiB)} MiB peak`);
}

/**
 * The page as a reader sees it: whitespace between tags dropped and the character references
 * that differ only in spelling (`&#39;` vs `'`, `&quot;` vs `"`, `&gt;` vs `>`) decoded.
 */
const normalise = (html: string) =>
	html
		.replace(/>\s+</g, '><')
		.replace(/&#39;|&#x27;/g, "'")
		.replace(/&quot;|&#x22;/g, '"')
		.replace(/&gt;/g, '>')
		.trim();
let differing = 0;
const sample = names.filter((_, index) => index % Math.max(1, Math.floor(names.length / 20)) === 0);
for (const name of sample) {
	const file = join('dist/papers', name.slice(0, -4), 'index.html');
	const [a, b] = [readFileSync(join(work, 'glob', file), 'utf8'), readFileSync(join(work, 'paper', file), 'utf8')].map(normalise);
	if (a !== b) {
		differing++;
		if (differing <= 3) {
			const at = [...a].findIndex((char, i) => char !== b[i]);
			console.log(`${name}: differs at ${at}\n  glob:  …${a.slice(Math.max(0, at - 80), at + 120)}\n  paper: …${b.slice(Math.max(0, at - 80), at + 120)}`);
		}
	}
}
console.log(`${sample.length - differing}/${sample.length} sampled pages identical (whitespace between tags ignored)`);
console.log(`time ratio (paper/glob): ${(results.paper.wall / results.glob.wall).toFixed(2)}; memory ratio: ${(results.paper.rss / results.glob.rss).toFixed(2)}`);
