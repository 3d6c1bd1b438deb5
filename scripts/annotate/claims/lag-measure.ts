/**
 * What a time lag is of: the quantity a verb of temporal order says follows or leads another by the
 * number. "*The changes in transport* follow anomalous wind forcing by approximately 3 months", "*case
 * counts* lag rainfall by 2 weeks", "*the response* precedes the stimulus by 40 ms". Climate, oceanography,
 * epidemiology and economics report a lead or lag this way; the subject of the verb is what is measured,
 * its object the reference, and the number after "by" the lag.
 */
import type { Token } from '../sentences.ts';
import { type MeasureReader, runBack } from './measure-phrases.ts';

/** Verbs of temporal order. */
const ORDER = /^(?:follow|lag|lead|precede|trail)(?:s|ed|ing)?$/i;
/** Bounds between "by" and the number. */
const BOUND = /^(?:about|approximately|roughly|around|nearly|almost|some|up|to|at|least|most|over|only|just|~)$/i;
/** Words of the object between the verb and "by": at most this many. */
const MAX_OBJECT = 8;

/**
 * The quantity lagging or leading by the number at `[start, end)`, or null.
 *
 * @example const text = 'The changes in transport follow the wind by 3 months.';
 * lagMeasure(analyzeText(text).tokens, 45, 53) // → { start: 0, end: 24 } ("The changes in transport")
 */
export const lagMeasure: MeasureReader = (tokens: readonly Token[], start: number) => {
	let k = tokens.findIndex((t) => t.end > start) - 1;
	while (k >= 0 && BOUND.test(tokens[k]!.text)) k--;
	if (k < 0 || !/^by$/i.test(tokens[k]!.text)) return null;
	let v = k - 1;
	while (v >= 0 && k - v <= MAX_OBJECT && !ORDER.test(tokens[v]!.text)) {
		if (/^[.;:,()]$/.test(tokens[v]!.text)) return null;
		v--;
	}
	if (v < 1 || !ORDER.test(tokens[v]!.text)) return null;
	const run = runBack(tokens, v - 1, true);
	return run && tokens[run.head]!.pos === 'NOUN' ? { start: run.start, end: run.end } : null;
};
