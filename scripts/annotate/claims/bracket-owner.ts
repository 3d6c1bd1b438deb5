/**
 * Whom a number is of by the brackets around it or after it, read before its clause (`claim-subjects.ts`):
 * a name in brackets right after the number ("~1732 (PPO), ~1840 (DQN)"), or the name right before the brackets
 * the number stands in ("than both dNBR (R2 = 0.761) and RdNBR (69.2%)"). A name before the brackets that is none of
 * the entities makes the number of none; a dataset in the brackets after it says where it was measured, not whose it is.
 */
import { refs, type Mention, type ValueRange } from './entity-mentions.ts';
import { endsOnTimePoint } from './time-point.ts';

const BRACKETS_AFTER = /^\s*\(([^()]*)\)/;
const MEASURED_AGAINST = /\bwith\s+(?:the\s+)?$/i;
// A word shaped as a name right before a bracket: a capital after its first letter or a digit ("dNBR", "GPT-4", "CNN").
const NAME_BEFORE = /(?:^|\s)\S*(?:[a-z0-9][A-Z]|[A-Z]{2}|[A-Za-z]-?\d)\S*\s*$/;

/**
 * The refs a number's brackets say it is of: `[]` when they say it is of no entity, undefined when they say nothing
 * and its clause decides.
 *
 * @example bracketOwner('than RdNBR (R2 = 0.766)', mentions, { start: 17, end: 22 }) // → ['method/rdnbr']
 */
export function bracketOwner(text: string, mentions: readonly Mention[], value: ValueRange): string[] | undefined {
	const within = (from: number, to: number) => mentions.filter((m) => m.start >= from && m.end <= to);
	// "RdNBR (R2 = 0.766)": the number is of what is named right before its brackets; when that
	// name is none of the entities ("dNBR (R2 = 0.761)"), of no entity the clause names either.
	const opening = openingBracket(text, value.start);
	// A bracket that names something before the number is read by its own words ("(MCC for ProtT5 of 0.596)").
	if (opening !== -1 && within(opening, value.start).length === 0) {
		const before = mentions.findLast((m) => m.end <= opening);
		// "correlations with the GeoCBI (R2 = 0.66)": what a result is measured against is not what it is of.
		const against = before !== undefined && MEASURED_AGAINST.test(text.slice(Math.max(0, before.start - 12), before.start));
		if (before && !before.dataset && !against && text.slice(before.end, opening).trim() === '') return [before.ref];
		// "… than controls at T2 (d = 0.83)": a time point's label says when, not of what (`time-point.ts`).
		const lead = text.slice(Math.max(0, opening - 40), opening);
		if ((!before || text.slice(before.end, opening).trim() !== '') && NAME_BEFORE.test(lead) && !endsOnTimePoint(text.slice(0, opening))) return [];
	}
	const bracketed = BRACKETS_AFTER.exec(text.slice(value.end));
	if (bracketed) {
		const inside = within(value.end, value.end + bracketed[0].length);
		// "improving the baseline by 22.4% (Persona-MME)": a dataset in the bracket says where the number was measured,
		// not whose it is; the clause's subject and its places, that one among them, are read by `claim-subjects.ts`.
		// So do examples of settings and means ("by tenfold (e.g., in A and B)", `example-settings.ts`).
		if (inside.length > 0 && !inside.every((m) => m.dataset || m.means)) return refs(inside);
	}
	return undefined;
}

/** Where the round bracket that `at` stands inside opens, or -1 when it stands in none. */
function openingBracket(text: string, at: number): number {
	let depth = 0;
	for (let i = at - 1; i >= 0; i--) {
		const c = text[i];
		if (c === ')') depth++;
		else if (c === '(' && depth-- === 0) return i;
	}
	return -1;
}
