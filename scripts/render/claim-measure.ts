/**
 * What a claim's number measures, as the few words of its sentence that name it: the
 * words right after the number when they form a phrase ("4.55% *absolute improvements*"),
 * else the words leading up to it ("*best total distance … were* ~1732"). A short excerpt,
 * never the whole sentence, so the claims table does not print the abstract a second time.
 */
import type { Claim } from '../../src/shared/paper-schema.ts';

/** Words taken on either side of the number. */
const AFTER_WORDS = 5;
const BEFORE_WORDS = 9;
/** A phrase stops at clause punctuation (and at brackets, which hold asides such as "(PPO)"). */
const CLAUSE_END = /[,;:.!?()[\]]/;
const JOINERS = /^(and|or|vs\.?|to|of|in|on|at|with|than|by|for)$/i;

const words = (text: string) => text.split(/\s+/).filter(Boolean);

/** The clause text right of `index` up to clause punctuation, and left of it back to the last. */
function clauseAround(sentence: string, start: number, end: number): { before: string; after: string } {
	const right = sentence.slice(end);
	const stop = right.search(CLAUSE_END);
	const left = sentence.slice(0, start);
	let from = left.length;
	while (from > 0 && !CLAUSE_END.test(left[from - 1]!)) from--;
	return { before: left.slice(from), after: stop === -1 ? right : right.slice(0, stop) };
}

/**
 * The words that say what the number measures, with `…` where the sentence goes on; an
 * empty string when the sentence holds nothing but the number.
 *
 * @example claimMeasure({ value: { start: 30, end: 35, text: '4.55%' }, sentence: { start: 0, end: 60, text: 'CoT-Max achieves up to 4.55% absolute improvements.' } })
 * // 'absolute improvements'
 */
export function claimMeasure(claim: Pick<Claim, 'value' | 'sentence'>): string {
	const { value, sentence } = claim;
	const start = value.start - sentence.start;
	const end = value.end - sentence.start;
	if (start < 0 || end > sentence.text.length) return '';
	const { before, after } = clauseAround(sentence.text, start, end);
	const next = words(after.replace(/^[-–%×x]+/, ''));
	if (next.length > 0 && /^\p{L}/u.test(next[0]!) && !JOINERS.test(next[0]!)) {
		const taken = next.slice(0, AFTER_WORDS);
		return taken.join(' ') + (next.length > taken.length ? ' …' : '');
	}
	const previous = words(before);
	// "… and" or "… (PPO)," before a number in a list says nothing: such words are dropped.
	while (previous.length > 0 && (JOINERS.test(previous.at(-1)!) || !/\p{L}/u.test(previous.at(-1)!))) previous.pop();
	const taken = previous.slice(-BEFORE_WORDS);
	return (previous.length > taken.length ? '… ' : '') + taken.join(' ');
}
