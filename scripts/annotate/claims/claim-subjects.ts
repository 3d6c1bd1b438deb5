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
 *    A share that describes the sample ("73.1% were male", "(n=334, 43.7%)") is of none (`sample-description.ts`).
 */
import { abstractSpans, type Entity, type Span } from '../../../src/shared/paper-schema.ts';
import { entityKey } from '../../../src/shared/urls.ts';
import { clausesOf } from './clauses.ts';
import { achieverBefore } from './achieved-by.ts';
import { bracketOwner } from './bracket-owner.ts';
import { mentionsIn, refs, type Mention, type ValueRange } from './entity-mentions.ts';
import { isExcepted, relativeOwner } from './relative-owner.ts';
import { namesPriorWork, standsAsStandard } from './prior-work.ts';
import { ownBenchmarks } from './own-benchmark.ts';
import { ownMethodsPointedAt } from './own-method-reference.ts';
import { COORDINATION, pairRespectively } from './respectively-pairs.ts';
import { comparesSystems, systemsApartFrom } from './uncompared-system.ts';
import { describesSample } from './sample-description.ts';


// "10.3% on our internal benchmarks": a number with a place of its own is not measured on the clause's other datasets.
const OWN_PLACE = /^\s*(?:[\w-]+\s+){0,2}?(?:on|across)\s/;
// "… and 5.5% on 5B and 14B models": a place stated after a number, anywhere in the rest of its clause.
const PLACE_AFTER = /\s(?:on|across)\s/;
// "Each machine learning model achieves …": every model the abstract named before, none by name here.
const EACH_OF_THEM = /\b(?:[Ee]ach|[Ee]very|[Aa]ll(?: (?:of )?the| three| four| five)?)\s+(?:[\w-]+\s+){0,3}?(?:models?|methods?|algorithms?|classifiers?|regressors?)\b/;

/**
 * The `about` refs (`type/id`) of every value of one sentence, in the order of `values`
 * (offsets within the sentence text); the entities with role `introduced` are the paper's own,
 * or when there are none, the `studied` ones the abstract says it evaluates.
 */
export function claimSubjects(sentence: Span, values: readonly ValueRange[], entities: readonly Entity[], studied: readonly string[] = []): string[][] {
	const text = sentence.text;
	const mentions = mentionsIn(sentence, entities);
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
		if (actors.some((m) => m.introduced)) return { actors: actors.filter((m) => m.introduced), datasets };
		// "our method achieves …", "It reaches 69.6 …": the paper's own method in the singular is its main one, not every
		// part it introduces; "this strategy" points back at the own method named last before the sentence.
		const pointed = ownMethodsPointedAt(text.slice(clause.start, clause.end), own, entities, sentence.start);
		if (pointed) return { actors: pointed, datasets };
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
		// "73.1% were male", "(n=334, 43.7%)": the sample's makeup is of no method, whatever the sentence names (`sample-description.ts`).
		if (describesSample(text, value)) return [];
		// Brackets around the number or right after it say whom it is of ("RdNBR (R2 = 0.766)", "~1732 (PPO)", `bracket-owner.ts`).
		const bracketed = bracketOwner(text, mentions, value);
		if (bracketed) return bracketed;
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
