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
 */
import { setFlagsFromString } from 'node:v8';

/**
 * Turns V8's regular-expression tier-up off for this process and its worker threads (V8's flags are
 * the process's), so every pattern compiled from now on goes straight to machine code. Call it before
 * the generator's modules run their first pattern; patterns compiled earlier keep their tier.
 */
export function compileRegExpsNatively(): void {
	setFlagsFromString('--no-regexp-tier-up');
}
