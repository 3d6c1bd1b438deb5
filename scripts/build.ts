/**
 * paperfold's build command (`scripts/cli/build-command.ts`, the orchestrator).
 *
 *   node scripts/build.ts --help
 *
 * Node's compile cache is turned on first, then the command is loaded: a later build reads its
 * modules with their TypeScript types already stripped and their code already compiled instead
 * of doing both again, which is most of its start-up. The cache checks each module's source, so
 * an edited module is compiled afresh; it lives with the build's other caches. Regular expressions
 * are compiled straight to machine code (`cli/native-regexps.ts`), for this thread and the workers.
 */
import { enableCompileCache } from 'node:module';
import { join } from 'node:path';
import { COMPILE_CACHE_DIR } from './cli/compile-cache.ts';
import { compileRegExpsNatively } from './cli/native-regexps.ts';

enableCompileCache(join(process.cwd(), COMPILE_CACHE_DIR));
// Before any rule's pattern runs: the patterns go straight to machine code (`native-regexps.ts`).
compileRegExpsNatively();
await import('./cli/build-command.ts');
