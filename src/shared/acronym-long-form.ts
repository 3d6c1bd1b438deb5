/**
 * Whether an acronym's marked text already shows its long form ("Reinforcement Learning from
 * Human Feedback (RLHF)"): then its `<abbr>` needs no `title`, which would only repeat what the
 * reader sees. The abstract's marks (scripts/render/abstract-marks.ts) and the paper page's
 * reading key ask the same question, so they agree on which acronyms are dotted.
 */

/** Letters and digits only, lower case, one space between words: "Human-Feedback" ≈ "human feedback". */
function plain(text: string): string {
	return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** True when `marked` (the span's text) contains `long`, ignoring case, hyphens and spacing. */
export function showsLongForm(marked: string, long: string): boolean {
	const wanted = plain(long);
	return wanted.length > 0 && ` ${plain(marked)} `.includes(` ${wanted} `);
}
