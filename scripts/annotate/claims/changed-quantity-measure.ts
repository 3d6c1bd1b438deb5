/**
 * The quantity a verb of change says changed, written before the verb: "*mean annual runoff* was
 * reduced by 3.2 mm", "*the paddy yield of the key farmers* increased from 3.1 to 5.3 tons",
 * "*the number of heat wave days* is multiplied by 10", "*species richness* declined by 22 percent".
 *
 * The sciences state a result as a quantity that rose or fell (intransitive, or passive), not as
 * a method that improves a metric: the subject of the change is what the number measures. A
 * subject that names the paper's method or a named system ("our model improves by 5%", "GPT-4
 * rises by 14%") is who did it, not what was measured, and is left out.
 */
import type { Token } from '../sentences.ts';
import { type MeasureReader, runBack } from './measure-phrases.ts';

/** Words between a verb of change and its amount: "by", "from", "to", bounds, "a" (factor of three). */
const LINK = /^(?:by|from|to|up|at|least|most|nearly|almost|about|approximately|roughly|around|over|more|than|less|only|just|some|a|an)$/i;
/** Verbs of change, intransitive or passive: increased, declined, rose, fell, is multiplied. */
const CHANGE = /^(?:increas|decreas|ris|rose|grew|grow|fell|fall|declin|drop|improv|reduc|rais|lower|boost|jump|climb|doubl|tripl|quadrupl|halv|shift|chang|multipl|divid|shr[ai]nk|expand|accelerat|slow|shorten|lengthen|warm|cool|diminish|los|lost|gain)/i;
/** Auxiliaries of a passive or a perfect: "was reduced", "has increased", "have been lowered". */
const AUXILIARY = /^(?:is|are|was|were|be|been|being|has|have|had|will|would|can|could|may|might|should)$/i;
/** Heads that name who made the change, not what changed: "our method improves by 5%". */
const AGENT = /^(?:method|approach|model|framework|system|algorithm|technique|pipeline|scheme|architecture|tool|variant|baseline|agent|policy|network)s?$/i;

/**
 * The quantity whose change the number at `[start, end)` is, or null.
 *
 * @example const text = 'Mean annual runoff was reduced by 3.2 mm per decade.';
 * changedQuantityMeasure(analyzeText(text).tokens, 34, 40) // → { start: 0, end: 18 } ("Mean annual runoff")
 */
export const changedQuantityMeasure: MeasureReader = (tokens, start) => {
	let k = tokens.findIndex((t) => t.end > start) - 1;
	while (k >= 0 && LINK.test(tokens[k]!.text)) k--;
	while (k >= 0 && tokens[k]!.pos === 'ADV') k--;
	if (k < 0 || !isChangeVerb(tokens, k)) return null;
	return changedSubject(tokens, k);
};

/**
 * The quantity a change verb at token `k` is said of: its subject, past auxiliaries and adverbs
 * ("*latency* was cut in half"), unless it names who made the change.
 */
export function changedSubject(tokens: readonly Token[], k: number): { start: number; end: number } | null {
	k--;
	while (k >= 0 && (AUXILIARY.test(tokens[k]!.text) || tokens[k]!.pos === 'ADV')) k--;
	const run = runBack(tokens, k, true);
	return run && namesQuantity(tokens[run.head]!) ? { start: run.start, end: run.end } : null;
}

/**
 * A verb of change at token `k`. wink-nlp tags a verb in "-s" after a noun as a noun ("the number
 * of days *increases* by one quarter"): one directly before "by", "from" or "to" is read as the verb.
 */
const isChangeVerb = (tokens: readonly Token[], k: number) =>
	CHANGE.test(tokens[k]!.text) &&
	(tokens[k]!.pos === 'VERB' || (tokens[k]!.pos === 'NOUN' && /s$/.test(tokens[k]!.text) && /^(?:by|from|to)$/i.test(tokens[k + 1]?.text ?? '')));

/** A common noun that is not an agent (a named system is tagged a proper noun). */
const namesQuantity = (head: Token) => (head.pos === 'NOUN' || (head.pos === 'PROPN' && /^[A-Z][a-z]+$/.test(head.text))) && !AGENT.test(head.text);
