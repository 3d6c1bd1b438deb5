/**
 * The generator's regular expressions compiled straight to machine code.
 *
 * V8 runs a regular expression first in its bytecode interpreter and compiles it to machine code
 * when it is run again ("tier-up"). The annotate rules hold several hundred patterns, some of them
 * thousands of characters long (the claims' amounts in a unit), nearly all run more than once in a
 * paper: each paid for its bytecode (and the bytecode's peephole pass, slow on long patterns) and
 * then for the machine code it ends up with, on each thread that annotates, and again in a rebuild
 * that annotates one paper. Without the bytecode tier a pattern is compiled once, to machine code,
 * on first use. Matches are the same either way (both tiers implement the same semantics); only the
 * first use of each pattern costs less.
 *
 * The flag is given to Node on the command line (`npm run build`, `npm run generate`, the
 * benchmark's builds), never set from inside the process: V8 reads its flags once, before it
 * starts, and changing one afterwards (`v8.setFlagsFromString`) is unsupported — Node documents
 * crashes — as Node's own start-up has already compiled patterns under the old setting.
 */

/** V8's flag that turns regular-expression tier-up off; V8's flags hold for the process and its worker threads. */
export const NATIVE_REGEXPS_FLAG = '--no-regexp-tier-up';
