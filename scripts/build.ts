/**
 * paperfold's build command (`scripts/cli/build-command.ts`, the orchestrator).
 *
 *   node scripts/build.ts --help
 *
 * Node's compile cache is turned on first, then the command is loaded: a later build reads its
 * modules with their TypeScript types already stripped and their code already compiled instead
 * of doing both again, which is most of its start-up. The cache checks each module's source, so
 * an edited module is compiled afresh; it lives with the build's other caches. `npm run build`
 * starts it with V8's regular expressions compiled straight to machine code (`cli/native-regexps.ts`).
 */
import { enableCompileCache } from 'node:module';
import { join } from 'node:path';
import { COMPILE_CACHE_DIR } from './cli/compile-cache.ts';

enableCompileCache(join(process.cwd(), COMPILE_CACHE_DIR));
await import('./cli/build-command.ts');
