/**
 * "…, respectively": which values of a sentence pair by position with which names of a list
 * ("12.1times and 16.9times … on MATH and DeepScaleR, respectively"), read for `claim-subjects.ts`. A list that is the
 * standard of a comparison pairs nothing ("outperforming cuML and FAISS by 33times and 200times, respectively"); a list
 * whose first items name no entity pairs their numbers with none; two names before a shared plural head are one item
 * ("Soxhlet and Bligh and Dyer methods with, respectively, … 78% and 85%"); failing all these, the items the list's commas
 * mark pair with the values, each with the names inside it (`respective-items.ts`).
 */
import type { Clause } from './clauses.ts';
import type { Mention, ValueRange } from './entity-mentions.ts';
import { standsAsStandard } from './prior-work.ts';
import { respectiveItems } from './respective-items.ts';

/** Between names: a comma, "and" or "or", as a coordinated list joins its items. */
export const COORDINATION = /^\s*(?:,\s*(?:and\s+|or\s+)?|(?:and|or)\s+)$/;
// Between values, maths delimiters too: "$0.58^{+0.30}_{-0.29}$ and $0.56$".
const VALUE_COORDINATION = /^\$?\s*(?:,\s*(?:and\s+|or\s+)?|(?:and|or)\s+)\$?$/;
// A plural head noun after coordinated names: "the Bligh and Dyer methods", two names of one item.
const SHARED_HEAD = /^\s+(?:methods|models|approaches|procedures|techniques|algorithms|protocols|extractions)\b/;

/**
 * "…, respectively": the values of the clause that says it, paired by position with a list
 * of exactly as many coordinated names ("MATH and DeepScaleR", "PPO, DQN and RAMario").
 */
export function pairRespectively(text: string, values: readonly ValueRange[], mentions: readonly Mention[], clauses: readonly Clause[]): Map<number, Mention[] | null> {
	const pairs = new Map<number, Mention[] | null>();
	const word = /\brespectively\b/.exec(text);
	if (!word) return pairs;
	let c = clauses.findIndex((c) => word.index >= c.start && word.index < c.end);
	if (c === -1) c = clauses.length - 1;
	// "0.60, 0.58 and 0.56 for the A, B, and NRSur7dq4 models, respectively": a list's last name can open a
	// clause of its own (`clauses.ts`); a clause with fewer than two values reaches back to those before it.
	let from = c;
	const count = (k: number) => values.filter((v) => v.start >= clauses[k]!.start && v.end <= clauses[k]!.end).length;
	if (count(c) < 2) while (from > 0 && count(from) < 2) from -= 1;
	const clause = { start: clauses[from]!.start, end: clauses[c]!.end };
	const inClause = values.map((v, i) => ({ v, i })).filter(({ v }) => v.start >= clause.start && v.end <= clause.end);
	const group = respectiveValues(text, inClause, word.index);
	if (group.length < 2) return pairs;
	// Runs of names joined only by commas and "and"/"or".
	const runs: Mention[][] = [];
	for (const mention of mentions) {
		const run = runs.at(-1);
		const last = run?.at(-1);
		if (run && last && COORDINATION.test(text.slice(last.end, mention.start))) run.push(mention);
		else runs.push([mention]);
	}
	// A list ends in "and"/"or" before its last name: "On CountBench, NUMINA improves …" is a fronted place and a subject.
	const coordinated = (run: readonly Mention[]) => /\b(?:and|or)\s+$/.test(text.slice(run.at(-2)!.end, run.at(-1)!.start));
	// "outperforming cuML and FAISS by 33times and 200times, respectively": a list that stands as the
	// standard of a comparison says what each margin is over, not whom it is about.
	const list = runs.find((run) => run.length === group.length && coordinated(run) && !standsAsStandard(text.slice(0, run[0]!.start)));
	if (list) {
		group.forEach(({ i }, k) => pairs.set(i, [list[k]!]));
		return pairs;
	}
	// "parent average, single-step, and multiple-step approaches": a list whose first items name no entity
	// pairs those items' numbers with none, and the rest with its names.
	for (const run of runs) {
		const missing = group.length - run.length;
		if (missing < 1 || (run.length >= 2 && !coordinated(run)) || standsAsStandard(text.slice(0, run[0]!.start))) continue;
		if (run.length === 1 && !/,\s+(?:and|or)\s+$/.test(text.slice(0, run[0]!.start))) continue;
		if (!new RegExp(String.raw`(?:^|\s)(?:[A-Za-z][\w-]*(?: [A-Za-z][\w-]*){0,2},\s+){${missing}}(?:(?:and|or)\s+)?$`).test(text.slice(0, run[0]!.start))) continue;
		// "Experiments on A-Bench, B-Set, and C-Suite …, gains of 3.1%, 2.4%, and 1.9%, respectively": when the names of the list are
		// places of measurement, its unnamed items are places too, and their numbers are of the clause's system, at no named place.
		const places = run.every((m) => m.dataset);
		group.forEach(({ i }, k) => pairs.set(i, k < missing ? (places ? [] : null) : [run[k - missing]!]));
		return pairs;
	}
	// "Soxhlet and Bligh and Dyer methods with, respectively, a recovery of 78% and 85%": names joined by "and" alone, one
	// more than the values, the last before a plural head noun; that noun makes its last two names one item, "the Bligh and
	// Dyer methods" (a list of as many items as values would need only one "and").
	const joint = runs.find(
		(run) =>
			run.length === group.length + 1 &&
			run.slice(1).every((m, k) => /^\s+and\s+$/.test(text.slice(run[k]!.end, m.start))) &&
			SHARED_HEAD.test(text.slice(run.at(-1)!.end)) &&
			!standsAsStandard(text.slice(0, run[0]!.start)),
	);
	if (joint) {
		group.forEach(({ i }, k) => pairs.set(i, k < group.length - 1 ? [joint[k]!] : joint.slice(k)));
		return pairs;
	}
	// "such as incremental conductance (INC), Perturb and Observe (P&O), …, achieved accuracies of 94%, 97.6%, …
	// respectively": names missed, cut or holding "and" leave no run of as many names; the list's commas still place each
	// item, and each value pairs with the names inside its own (none when its item names none).
	const items = respectiveItems(text, group.length, group[0]!.v.start, group.at(-1)!.v.end, word.index);
	if (!items || standsAsStandard(text.slice(0, items[0]!.start))) return pairs;
	const inItems = items.map((item) => mentions.filter((m) => m.start >= item.start && m.end <= item.end));
	// "…, while outperforming libraries like cuML and FAISS by 33× and 200×": the first name may stand as a standard inside its item.
	const first = inItems.flat()[0];
	if (inItems.filter((named) => named.length > 0).length < 2 || (first && standsAsStandard(text.slice(0, first.start)))) return pairs;
	group.forEach(({ i }, k) => pairs.set(i, inItems[k]!.length > 0 ? inItems[k]! : null));
	return pairs;
}

/**
 * The values "respectively" pairs: the coordinated run of values just before the word ("+240%
 * and +140%, respectively") when the clause holds other numbers too ("changes in excess of
 * +500% …, with changes by DQM and QDM nearing +240% and +140%, respectively"), else the clause's.
 */
function respectiveValues<T extends { v: ValueRange }>(text: string, inClause: readonly T[], at: number): T[] {
	const before = inClause.filter(({ v }) => v.end <= at);
	let first = before.length - 1;
	while (first > 0 && VALUE_COORDINATION.test(text.slice(before[first - 1]!.v.end, before[first]!.v.start))) first -= 1;
	const run = before.slice(Math.max(first, 0));
	return run.length >= 2 && run.length < inClause.length ? run : [...inClause];
}
