/**
 * The benchmark's Pagefind phase: the Pagefind CLI with the options
 * `src/integrations/pagefind.ts` gives the Node API, then what the integration does after
 * indexing (the first-search files recompressed; sort orders, precache list, stamped service
 * worker), so the measured site is the one `npm run build` makes. The CLI, not the Node API: this process waits
 * for the binary, so `/usr/bin/time` counts its CPU time and memory.
 *
 *   node scripts/bench/pagefind-phase.ts SITE_DIR   (indexes SITE_DIR/dist)
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { PAGEFIND_CONFIG, PAGEFIND_GLOB } from '../../src/integrations/pagefind.ts';
import { recompressSearchBundle } from '../../src/integrations/pagefind-recompress.ts';
import { writeSearchExtras } from '../../src/integrations/search-extras.ts';

const site = resolve(process.argv[2] ?? '.');
const pagefind = join(import.meta.dirname, '../../node_modules/.bin/pagefind');
const args = ['--site', 'dist', '--glob', PAGEFIND_GLOB, ...PAGEFIND_CONFIG.excludeSelectors.flatMap((s) => ['--exclude-selectors', s])];
const run = spawnSync(pagefind, args, { cwd: site, stdio: 'inherit' });
if (run.status !== 0) process.exit(run.status ?? 1);
await recompressSearchBundle(join(site, 'dist', 'pagefind'));
writeSearchExtras({ outDir: join(site, 'dist'), pagefindDir: join(site, 'dist', 'pagefind'), papersDir: join(site, 'content', 'papers') });
