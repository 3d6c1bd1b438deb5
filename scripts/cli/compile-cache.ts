/**
 * Where Node's compile cache lives, relative to the project: the generator turns it on for
 * itself (scripts/build.ts) and gives it to `astro build` (scripts/cli/site-build.ts), so both
 * start from compiled code. Beside the build's other caches, which CI restores whole.
 */
export const COMPILE_CACHE_DIR = '.paperfold-cache/node-compile';
