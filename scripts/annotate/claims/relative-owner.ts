/**
 * Names a clause sets apart from what it says, and the name a relative clause is about:
 * "50X is the optimum read depth … using all assemblers except Meraculous which requires 100X read depth".
 * A name after "except", "other than", "apart from" or "excluding" is the one the statement does not
 * hold for, so none of the clause's numbers is its; and a number in a relative clause ("which requires
 * 100X", ", which reaches 61%") is about the name the pronoun follows, whatever else the sentence names
 * (", which leads to a 5% gain" is about the whole clause before it and stays out).
 */

/** A name's place in the sentence, as `claim-subjects.ts` keeps it. */
interface Named {
	ref: string;
	start: number;
	end: number;
	dataset: boolean;
}

const EXCEPTED = /\b(?:except(?:\s+for)?|other\s+than|apart\s+from|excluding)\s+(?:the\s+)?$/i;
// Right after the name: a relative pronoun, then the relative clause's words up to the number, no stop or bracket between;
// "…, which leads to a 5% gain" speaks of the whole clause before, not of the name.
const RELATIVE = /^\s*,?\s*(?:which|that|who)\s+(?!(?:leads?|led|results?|resulted|yields?|yielded|translates?|brings?|brought|gives?|gave|enables?|allows?)\b)(?:[^,;:.()]|\.\d){1,60}$/;

/**
 * Whether the name starting at `start` of `text` is set apart by "except" or its kin.
 *
 * @example isExcepted('all tools except Velvet', 17) // true
 */
export function isExcepted(text: string, start: number): boolean {
	return EXCEPTED.test(text.slice(Math.max(0, start - 16), start));
}

/**
 * The ref of the name whose relative clause the number starting at `valueStart` stands in ("Velvet which
 * requires 100X"), or undefined. Only a system is such an owner: a dataset before "which" is a place.
 *
 * @example relativeOwner('all but Velvet which needs 100X', [{ ref: 'method/velvet', start: 8, end: 14, dataset: false }], 27) // 'method/velvet'
 */
export function relativeOwner(text: string, names: readonly Named[], valueStart: number): string | undefined {
	const last = names.findLast((n) => n.end <= valueStart);
	if (!last || last.dataset) return undefined;
	return RELATIVE.test(text.slice(last.end, valueStart)) ? last.ref : undefined;
}
