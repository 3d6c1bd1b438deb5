/**
 * Runs the site's own Pagefind integration (`src/integrations/pagefind.ts`) on a built
 * `dist/`, outside `astro build`, so the benchmark times Pagefind as its own phase with
 * exactly the options the real build uses.
 *
 *   node scripts/bench/pagefind-phase.ts dist
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { pagefind } from '../../src/integrations/pagefind.ts';

const dist = resolve(process.argv[2] ?? 'dist');
const say = (level: string) => (message: string) => console.log(`[pagefind] ${level}: ${message}`);
const logger = { info: say('info'), warn: say('warn'), error: say('error'), debug: () => {} };
const hook = pagefind().hooks['astro:build:done'];
if (!hook) throw new Error('src/integrations/pagefind.ts has no astro:build:done hook');
delete process.env.PAPERFOLD_PAGEFIND;
await hook({ dir: pathToFileURL(`${dist}/`), logger } as never);
