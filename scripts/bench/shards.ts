/**
 * A sharded site build, measured: the generated pages of a site the benchmark kept
 * (`npm run bench -- --papers N --keep`) are split into shards by `shardOf`, each shard is
 * built as its own site (`astro build` with Pagefind in-process) and measured from outside,
 * then in Chromium shard 0's Pagefind merges the other shards' indexes (`mergeIndex`) and
 * one query is compared with each shard searched alone.
 *
 *   node scripts/bench/shards.ts --site /tmp/paperfold-bench/10000/site [--shards 2] [--query "reinforcement learning"]
 *
 * What it does not do (see the README's plan): topic, entity and listing pages are built by
 * each shard from its own papers only; a real sharded build takes them from the whole collection.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from './chromium.ts';
import { measureCommand } from './measure.ts';
import { shardOf } from './shard-plan.ts';
import { serveDist } from './static-server.ts';

const { values } = parseArgs({
	options: {
		site: { type: 'string' },
		shards: { type: 'string', default: '2' },
		query: { type: 'string', default: 'reinforcement learning' },
	},
});
if (!values.site) throw new Error('shards.ts: --site DIR (a site kept by the benchmark) is required');
const site = resolve(values.site);
const shards = Number(values.shards);
const papersDir = join(site, 'content/papers');
if (!existsSync(papersDir)) throw new Error(`shards.ts: ${papersDir} does not exist; run the benchmark with --keep first`);

const log = (message: string) => process.stderr.write(`[shards] ${message}\n`);
const dirBytes = (dir: string) =>
	readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);

/** Skipped when a shard's project is copied from the site: its build output, caches and pages. */
const NOT_COPIED = new Set(['dist', '.astro', 'content/papers', '.paperfold-cache']);
const names = readdirSync(papersDir);
const astro = join(import.meta.dirname, '../../node_modules/astro/bin/astro.mjs');
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CI: 'true', PAPERFOLD_PAGEFIND: '1' };
const built: { shard: number; papers: number; pages: number; wall: number; cpu: number; rss: number; distMB: number; dist: string }[] = [];
for (let shard = 0; shard < shards; shard++) {
	const project = join(dirname(site), `shard-${shard}`);
	rmSync(project, { recursive: true, force: true });
	cpSync(site, project, { recursive: true, filter: (path) => !NOT_COPIED.has(path.slice(site.length + 1)) });
	mkdirSync(join(project, 'content/papers'), { recursive: true });
	// Every paper page of this shard, and the collection files (`_topics.json`) every shard needs.
	const mine = names.filter((name) => name.startsWith('_') || (name.endsWith('.mdx') && shardOf(name.slice(0, -4), shards) === shard));
	for (const name of mine) cpSync(join(papersDir, name), join(project, 'content/papers', name));
	log(`shard ${shard}: building ${mine.filter((n) => n.endsWith('.mdx')).length} papers…`);
	const run = await measureCommand(process.execPath, [astro, 'build'], { cwd: project, env });
	if (run.exitCode !== 0) throw new Error(`shard ${shard}: astro build failed\n${run.output.slice(-3000)}`);
	const dist = join(project, 'dist');
	const pages = readdirSync(dist, { recursive: true }).filter((file) => String(file).endsWith('.html')).length;
	built.push({ shard, papers: mine.length - mine.filter((n) => n.startsWith('_')).length, pages, wall: run.wallSeconds, cpu: run.cpuSeconds, rss: run.peakRssMiB, distMB: dirBytes(dist) / 1e6, dist });
	log(`shard ${shard}: ${run.wallSeconds.toFixed(1)} s wall, ${run.cpuSeconds.toFixed(1)} s CPU, ${Math.round(run.peakRssMiB)} MiB, ${pages} pages`);
}

// Search across shards: the other shards' bundles beside shard 0's, merged in the browser.
const host = built[0]!.dist;
for (const other of built.slice(1)) cpSync(join(other.dist, 'pagefind'), join(host, `shard-${other.shard}`, 'pagefind'), { recursive: true });
const server = await serveDist(host, '/', { compress: true });
const browser = await launchBrowser();
/** Result count of `query` with the bundle at `bundle`, merged with `merge`; bytes the page fetched for it. */
async function search(bundle: string, merge: string[]): Promise<{ results: number; bytes: number }> {
	const page = await browser.newPage();
	let bytes = 0;
	page.on('requestfinished', async (request) => {
		const sizes = await request.sizes().catch(() => null);
		bytes += sizes ? sizes.responseBodySize + sizes.responseHeadersSize : 0;
	});
	await page.goto(`${server.url}404.html`);
	bytes = 0;
	const results = await page.evaluate(
		async ({ bundle, merge, query }) => {
			const pagefind = await import(`${bundle}pagefind.js`);
			await pagefind.options({ basePath: bundle });
			for (const other of merge) await pagefind.mergeIndex(other);
			const found = await pagefind.search(query);
			return found.results.length as number;
		},
		{ bundle, merge, query: values.query },
	);
	await page.waitForTimeout(500);
	await page.close();
	return { results, bytes };
}
const alone = [];
for (const { shard } of built) alone.push(await search(shard === 0 ? '/pagefind/' : `/shard-${shard}/pagefind/`, []));
const merged = await search('/pagefind/', built.slice(1).map(({ shard }) => `/shard-${shard}/pagefind/`));
await browser.close();
await server.close();

console.log(`| shard | papers | HTML pages | wall | CPU | peak RSS | dist/ | "${values.query}" results alone |`);
console.log('| -: | -: | -: | -: | -: | -: | -: | -: |');
for (const [i, b] of built.entries()) {
	console.log(`| ${b.shard} | ${b.papers} | ${b.pages} | ${b.wall.toFixed(1)} s | ${b.cpu.toFixed(1)} s | ${Math.round(b.rss)} MiB | ${b.distMB.toFixed(1)} MB | ${alone[i]!.results} |`);
}
console.log(`\nMerged in the browser (shard 0 + mergeIndex of the others): ${merged.results} results (alone: ${alone.map((a) => a.results).join(' + ')}); first query fetched ${(merged.bytes / 1000).toFixed(1)} kB gzip (shard 0 alone: ${(alone[0]!.bytes / 1000).toFixed(1)} kB).`);
