/**
 * Word pairs two papers share, read as the phrase they are parts of: when one pair's last word
 * is another's first ("quantum monte", "monte carlo"), the reason a reader is shown is "quantum
 * monte carlo", not two fragments of it.
 */

/** A shared word pair, or a chain of them: its words' stems and its written form. */
export interface WordChain {
	stems: string[];
	label: string;
}

/**
 * Joins pairs that overlap by a word into chains, keeping the order of the first pair of each
 * chain. Two pairs that overlap need not be one phrase ("reinforcement learning", "learning
 * rate"), so a chain is made only when `said` finds its written form (in both papers' text).
 * A chain never repeats a stem, so "learning rate" and "rate learning" do not loop.
 *
 * @example chainWordPairs([quantumMonte, monteCarlo], (phrase) => text.includes(phrase))
 * // → [{ stems: ['quantum', 'mont', 'carlo'], label: 'quantum monte carlo' }]
 */
export function chainWordPairs(pairs: readonly WordChain[], said: (phrase: string) => boolean): WordChain[] {
	const chains: WordChain[] = pairs.map((pair) => ({ stems: [...pair.stems], label: pair.label }));
	for (let joined = true; joined; ) {
		joined = false;
		for (let i = 0; i < chains.length && !joined; i++) {
			for (let j = 0; j < chains.length && !joined; j++) {
				if (i === j) continue;
				const [head, tail] = [chains[i]!, chains[j]!];
				if (head.stems.at(-1) !== tail.stems[0] || tail.stems.slice(1).some((stem) => head.stems.includes(stem))) continue;
				const label = [head.label, ...tail.label.split(' ').slice(1)].join(' ');
				if (!said(label)) continue;
				chains[Math.min(i, j)] = { stems: [...head.stems, ...tail.stems.slice(1)], label };
				chains.splice(Math.max(i, j), 1);
				joined = true;
			}
		}
	}
	return chains;
}
