/**
 * Whom each number of a sentence is about, read the way a person reads it:
 *
 * 1. a name in brackets right after the number: "~1732 (PPO), ~1840 (DQN)"; or the name right
 *    before the brackets the number stands in: "than both dNBR (R2 = 0.761) and RdNBR (69.2%)";
 * 2. "respectively": the numbers and a list of as many names, paired by position
 *    ("12.1times and 16.9times … on MATH and DeepScaleR, respectively"), unless the list is the
 *    standard of a comparison ("outperforming cuML and FAISS by 33times and 200times, respectively");
 *    a list whose first items name no entity pairs their numbers with none ("parent average,
 *    single-step, and multiple-step approaches … 0.24, 0.37 and 0.40, respectively"); two names before a shared
 *    plural head are one item ("Soxhlet and Bligh and Dyer methods with, respectively, … 78% and 85%");
 * 3. otherwise the names of the number's own clause (`clauses.ts`): the paper's own method
 *    when the clause names it or calls it "it", "we", "our method"; datasets the number is
 *    measured on, the nearest ones after it first. A comparison of systems the paper only uses,
 *    on a named benchmark, is filed under the benchmark, so a PPO page never collects other
 *    papers' benchmark scores of PPO baselines; a used system measured on a dataset and compared with nothing is what
 *    the number is of (`uncompared-system.ts`). A sentence that names only the datasets a result
 *    is measured on ("Routers generalize to … tasks (MMLU, GSM8k, …) with only 0.85% accuracy drop")
 *    and no prior work reports the paper's own result on them. A name right after a number and "on"
 *    ("8.4% on EB-ALFRED") is where it was measured, a dataset there whatever its type
 *    (`measured-on.ts`), and so is a name in the list a word of evaluating opens ("Experiments on A, B, and C show …",
 *    `evaluated-on.ts`), whose unnamed items are places too when "respectively" pairs them; a name after "via" or
 *    "through" is a means, never the actor (`means-name.ts`), and so is a name a verb of change changes by an amount
 *    ("improving RaTE and SemScore by 64% and 60%", `changed-metric.ts`); a name typed dataset that is the subject of a verb of improving or scoring acts
 *    as a system there (`acting-name.ts`). A system said to achieve a score ("X achieves …, including 56.7% on B",
 *    "X's score of 44.6%") is what the score is of, whatever the clause names (`achieved-by.ts`); a number
 *    in a relative clause is the name's the pronoun follows, and a name after "except" is no actor
 *    (`relative-owner.ts`). A clause that names nothing takes the subject
 *    of the clause before it; "each model" in a clause that names none, the methods and models the
 *    abstract named before; a sentence that names nothing and no prior work (`prior-work.ts`: prior work
 *    a result is compared with does not count), the paper's own method; one that names unnamed prior work in
 *    a paper that introduces a benchmark, that benchmark (`own-benchmark.ts`); an opening clause whose only systems
 *    are the standards it compares with ("using 49x fewer parameters than CLAM"), the paper's own method. "Our method"
 *    or "it" in the singular is the paper's main method, the own one named first, not each part it introduces.
 */
import { abstractSpans, type Entity, type Span } from '../../../src/shared/paper-schema.ts';
import { entityKey } from '../../../src/shared/urls.ts';
import { clausesOf, type Clause } from './clauses.ts';
import { achieverBefore } from './achieved-by.ts';
import { isMeasuredOn } from './measured-on.ts';
import { isEvaluatedOn } from './evaluated-on.ts';
import { isMeans } from './means-name.ts';
import { isChangedMetric } from './changed-metric.ts';
import { actsInSentence } from './acting-name.ts';
import { isExcepted, relativeOwner } from './relative-owner.ts';
import { namesPriorWork, standsAsStandard } from './prior-work.ts';
import { I } from '../text/first-person.ts';
import { endsOnTimePoint } from './time-point.ts';
import { ownBenchmarks } from './own-benchmark.ts';
import { comparesSystems, systemsApartFrom } from './uncompared-system.ts';

/** A mention of an entity in the sentence, offsets relative to the sentence text. */
interface Mention {
	ref: string;
	start: number;
	end: number;
	dataset: boolean;
	introduced: boolean;
	/** A means the sentence's subject works through ("via LoRA updates", `means-name.ts`): never its actor. */
	means: boolean;
	/** The quantity a verb of change changed by an amount ("improving RaTE … by 64%", `changed-metric.ts`): never its actor. */
	changed: boolean;
}

/** A number's place in the sentence text, `[start, end)`. */
export interface ValueRange {
	start: number;
	end: number;
}

// The paper's own method, referred to without its name.
const SELF_REFERENCE =
	new RegExp(String.raw`\b(?:[Oo]ur|[Mm]y|[Tt]he proposed|[Tt]his) (?:[\w-]+ )?(?:method|approach|framework|model|algorithm|system|agent|technique|pipeline|architecture|tool|strategy)s?\b|\b(?:[Ii]t|[Ww]e|[Oo]urs|${I})\b`);
// "our method", "the proposed model", "it", "we": one method of the paper's own, not "this strategy" nor "our models".
const SINGULAR_SELF = new RegExp(String.raw`^(?:(?:[Oo]ur|[Mm]y|[Tt]he proposed) (?:[\w-]+ )?(?:method|approach|framework|model|algorithm|system|agent|technique|pipeline|architecture|tool|strategy)|[Ii]t|[Ww]e|[Oo]urs|${I})$`);
// "this strategy", "this framework": one own method pointed back at.
const DEMONSTRATIVE = /^[Tt]his (?:[\w-]+ )?(?:method|approach|framework|model|algorithm|system|agent|technique|pipeline|architecture|tool|strategy)$/;
const COORDINATION = /^\s*(?:,\s*(?:and\s+|or\s+)?|(?:and|or)\s+)$/;
// Between values, maths delimiters too: "$0.58^{+0.30}_{-0.29}$ and $0.56$".
const VALUE_COORDINATION = /^\$?\s*(?:,\s*(?:and\s+|or\s+)?|(?:and|or)\s+)\$?$/;
// "10.3% on our internal benchmarks": a number with a place of its own is not measured on the clause's other datasets.
const OWN_PLACE = /^\s*(?:[\w-]+\s+){0,2}?(?:on|across)\s/;
// "… and 5.5% on 5B and 14B models": a place stated after a number, anywhere in the rest of its clause.
const PLACE_AFTER = /\s(?:on|across)\s/;
const BRACKETS_AFTER = /^\s*\(([^()]*)\)/;
const MEASURED_AGAINST = /\bwith\s+(?:the\s+)?$/i;
// A word shaped as a name right before a bracket: a capital after its first letter or a digit ("dNBR", "GPT-4", "CNN").
const NAME_BEFORE = /(?:^|\s)\S*(?:[a-z0-9][A-Z]|[A-Z]{2}|[A-Za-z]-?\d)\S*\s*$/;
// A plural head noun after coordinated names: "the Bligh and Dyer methods", two names of one item.
const SHARED_HEAD = /^\s+(?:methods|models|approaches|procedures|techniques|algorithms|protocols|extractions)\b/;
// "Each machine learning model achieves …": every model the abstract named before, none by name here.
const EACH_OF_THEM = /\b(?:[Ee]ach|[Ee]very|[Aa]ll(?: (?:of )?the| three| four| five)?)\s+(?:[\w-]+\s+){0,3}?(?:models?|methods?|algorithms?|classifiers?|regressors?)\b/;

/**
 * The `about` refs (`type/id`) of every value of one sentence, in the order of `values`
 * (offsets within the sentence text); the entities with role `introduced` are the paper's own,
 * or when there are none, the `studied` ones the abstract says it evaluates.
 */
export function claimSubjects(sentence: Span, values: readonly ValueRange[], entities: readonly Entity[], studied: readonly string[] = []): string[][] {
	const text = sentence.text;
	const mentions: Mention[] = entities
		.flatMap((entity) =>
			abstractSpans(entity)
				.filter((s) => s.start >= sentence.start && s.end <= sentence.end)
				.map((s) => ({
					ref: entityKey(entity.type, entity.id),
					start: s.start - sentence.start,
					end: s.end - sentence.start,
					// A name typed dataset that is the subject of "improves" or "achieves" acts as a system there (`acting-name.ts`).
					dataset:
						(entity.type === 'dataset' && !actsInSentence(sentence.text, s.start - sentence.start, s.end - sentence.start)) ||
						isMeasuredOn(sentence.text, s.start - sentence.start) ||
						// "Experiments on A, B, and C show …": a name in the list a word of evaluating opens (`evaluated-on.ts`).
						isEvaluatedOn(sentence.text, s.start - sentence.start),
					introduced: entity.role === 'introduced',
					means: isMeans(sentence.text, s.start - sentence.start),
					changed: isChangedMetric(sentence.text, s.start - sentence.start, s.end - sentence.start),
				})),
		)
		.sort((a, b) => a.start - b.start);
	// The paper's own entities, less any this sentence names as where a number was measured ("8.4% on EB-ALFRED").
	const places = new Set(mentions.filter((m) => m.dataset).map((m) => m.ref));
	// A study that introduces nothing stands in for it with what it evaluates (`studied-entity.ts`).
	const introduced = [...new Set(entities.filter((e) => e.role === 'introduced').map((e) => entityKey(e.type, e.id)))];
	const own = (introduced.length > 0 ? introduced : studied).filter((ref) => !places.has(ref));
	const clauses = clausesOf(text);
	const clauseAt = (at: number) => clauses.findIndex((c) => at >= c.start && at < c.end);
	const within = (from: number, to: number) => mentions.filter((m) => m.start >= from && m.end <= to);
	// "improving RaTE and SemScore by 64% and 60% respectively": the metrics changed pair with the amounts as measures, not actors.
	const paired = pairRespectively(text, values, mentions.filter((m) => !m.changed), clauses);
	// A sentence about other people's work is not silently the paper's own result.
	// Existing models unnamed in a benchmark paper are scored on its benchmark (`own-benchmark.ts`).
	const fallback = mentions.every((m) => m.means || m.changed) ? (namesPriorWork(text) ? ownBenchmarks(entities) : own) : [];
	// "Routers generalize to out-of-domain tasks (MMLU, GSM8k, …) with only 0.85% accuracy drop": a sentence
	// that names only the datasets a result is measured on reports the paper's own result on them.
	const ownOnDatasets = mentions.length > 0 && mentions.every((m) => m.dataset) && !namesPriorWork(text) ? own : [];
	const namedBefore = [
		...new Set(entities.filter((e) => e.type !== 'dataset' && e.role === 'used' && abstractSpans(e).some((s) => s.end <= sentence.start)).map((e) => entityKey(e.type, e.id))),
	];

	/** The subject of clause `i`: its own method(s), else what it names, else the clause before. */
	const actorsOf = (i: number): { actors: Mention[] | string[]; datasets: Mention[] } => {
		const clause = clauses[i]!;
		const named = within(clause.start, clause.end);
		const datasets = named.filter((m) => m.dataset);
		// "…, which is better than that of the PI and GD methods": what a result is compared with is not what it is of.
		const actors = withoutStandards(text, named.filter((m) => !m.dataset && !m.means && !m.changed));
		const self = SELF_REFERENCE.exec(text.slice(clause.start, clause.end));
		if (actors.some((m) => m.introduced)) return { actors: actors.filter((m) => m.introduced), datasets };
		// "our method achieves …", "It reaches 69.6 …": the paper's own method in the singular is its main one, not every
		// part it introduces; "this strategy" points back at the own method named last before the sentence.
		if (self && own.length > 0) {
			const pointed = SINGULAR_SELF.test(self[0]) ? mainOf(own, entities) : DEMONSTRATIVE.test(self[0]) ? lastNamedBefore(own, entities, sentence.start) : own;
			return { actors: pointed, datasets };
		}
		// "…, and PickScore++ from 20.3 to 21.6": a clause naming only where a result was measured borrows its system from
		// the clause before, as a clause naming nothing does, when the sentence is not all datasets.
		// "On COCO, CLIP prefers the correct description only 40.6% of the time": a used system measured alone on a dataset is
		// what the number is of (`uncompared-system.ts`); a race of such systems is the benchmark's.
		const alone = systemsApartFrom(text, actors, datasets);
		if (datasets.length > 0 && alone.length > 0 && !comparesSystems(text)) return { actors: alone, datasets };
		if (datasets.length > 0) return { actors: ownOnDatasets.length === 0 && actors.length === 0 && i > 0 ? actorsOf(i - 1).actors : ownOnDatasets, datasets };
		if (actors.length > 0) return { actors, datasets };
		if (EACH_OF_THEM.test(text.slice(clause.start, clause.end)) && namedBefore.length > 0) return { actors: namedBefore, datasets };
		if (i > 0) return actorsOf(i - 1);
		// "…, using 49x fewer parameters than CLAM and 4.8x fewer than SpecTTTra": an opening clause whose only systems are
		// the standards it compares with reports the paper's own result, unless it speaks of prior work.
		const standards = named.some((m) => !m.dataset && !m.means && !m.changed);
		return { actors: standards && !namesPriorWork(text) ? own : fallback, datasets: [] };
	};

	// The datasets right after a number, before the next one, are the ones it is measured on.
	const nearestOf = (v: number, i: number) => {
		const next = values[v + 1]?.start ?? clauses[i]!.end;
		return within(values[v]!.end, next).filter((m) => m.dataset);
	};
	const clauseOf = values.map((value) => Math.max(0, clauseAt(value.start)));
	return values.map((value, v) => {
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
			// not whose it is; the clause's subject and its places, that one among them, are read below.
			if (inside.length > 0 && !inside.every((m) => m.dataset)) return refs(inside);
		}
		const i = clauseOf[v]!;
		const { actors, datasets } = actorsOf(i);
		const partner = paired.get(v);
		// "from parent average, single-step, and multiple-step approaches … 0.24, 0.37 and 0.40, respectively":
		// a number paired with a list item that names no entity is about none of the others.
		if (partner === null) return [];
		if (partner?.length === 0) return refs(actors);
		if (partner && partner.every((m) => !m.dataset)) return refs(partner);
		if (partner) return refs([...actors, ...partner]);
		const nearest = nearestOf(v, i);
		// "… except Meraculous which requires 100X read depth": a number in a relative clause is its name's.
		const owner = relativeOwner(text, mentions, value.start);
		if (owner) return [owner];
		// "the Qwen2.5-32B-Instruct model achieves …, including 56.7% on AIME 2024": the system that scores it.
		const achiever = achieverBefore(text, mentions, value.start);
		if (achiever) return refs([achiever, ...nearest]);
		// "5.6% on Android Control and 10.3% on our internal benchmarks": the second has a place of its own.
		const next = values[v + 1]?.start ?? clauses[i]!.end;
		const ownPlace = OWN_PLACE.test(text.slice(value.end, next)) && values.some((_, w) => w !== v && clauseOf[w] === i && nearestOf(w, i).length > 0);
		// "X improves accuracy by 7.4% on B, and by 4.9% and 5.5% on 5B and 14B models": a clause that names nothing
		// borrows the subject of the one before, but not its places when it states places of its own, named or not.
		const borrowed = within(clauses[i]!.start, clauses[i]!.end).length === 0;
		const placesOwn = borrowed && PLACE_AFTER.test(text.slice(value.end, clauses[i]!.end));
		return refs([...actors, ...(nearest.length > 0 || ownPlace || placesOwn ? nearest : datasets)]);
	});
}

/**
 * The mentions less those that stand as the standard of a comparison ("than X", "compared with X"),
 * and those coordinated with such a one ("than that of the PI and GD methods").
 */
function withoutStandards(text: string, mentions: readonly Mention[]): Mention[] {
	const kept: Mention[] = [];
	let standard: Mention | null = null;
	for (const m of mentions) {
		// "all assemblers except Meraculous": a name set apart is no actor either (`relative-owner.ts`).
		if ((standard && COORDINATION.test(text.slice(standard.end, m.start))) || standsAsStandard(text.slice(0, m.start)) || isExcepted(text, m.start)) standard = m;
		else kept.push(m);
	}
	return kept;
}

/**
 * The paper's main method among its own: the one the abstract names first (one named only in the title comes first of
 * all), as abstracts name the contribution before its parts ("we introduce I-DLM … I-DLM uses a novel ISD algorithm").
 */
function mainOf(own: readonly string[], entities: readonly Entity[]): string[] {
	if (own.length < 2) return [...own];
	const firstAt = (ref: string) => {
		const entity = entities.find((e) => entityKey(e.type, e.id) === ref);
		const spans = entity ? abstractSpans(entity) : [];
		return entity === undefined ? Infinity : spans.length === 0 ? -1 : Math.min(...spans.map((s) => s.start));
	};
	return [own.reduce((best, ref) => (firstAt(ref) < firstAt(best) ? ref : best))];
}

/**
 * The own method a demonstrative points back at: the one named last before the sentence ("… our novel Dual-Track GRPO
 * strategy. By applying …, this strategy isolates …"); all of them when none is named before it.
 */
function lastNamedBefore(own: readonly string[], entities: readonly Entity[], before: number): string[] {
	const lastAt = (ref: string) => {
		const entity = entities.find((e) => entityKey(e.type, e.id) === ref);
		const starts = (entity ? abstractSpans(entity) : []).filter((s) => s.end <= before).map((s) => s.start);
		return starts.length === 0 ? -1 : Math.max(...starts);
	};
	const latest = Math.max(...own.map(lastAt));
	return latest === -1 || own.length < 2 ? [...own] : own.filter((ref) => lastAt(ref) === latest);
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

const refs = (items: readonly (Mention | string)[]) => [...new Set(items.map((m) => (typeof m === 'string' ? m : m.ref)))];

/**
 * "…, respectively": the values of the clause that says it, paired by position with a list
 * of exactly as many coordinated names ("MATH and DeepScaleR", "PPO, DQN and RAMario").
 */
function pairRespectively(text: string, values: readonly ValueRange[], mentions: readonly Mention[], clauses: readonly Clause[]): Map<number, Mention[] | null> {
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
	if (joint) group.forEach(({ i }, k) => pairs.set(i, k < group.length - 1 ? [joint[k]!] : joint.slice(k)));
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
