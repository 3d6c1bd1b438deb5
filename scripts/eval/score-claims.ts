/**
 * Claim scores of one paper: which gold results the predicted claims find, whether they are
 * attached to the right subject, and how many predicted claims are results at all.
 *
 * Matching is by position: each gold value is located in the abstract (its first occurrence;
 * a value the parsed abstract lost, as when a listing's LaTeX cuts it short, is simply missed),
 * and a predicted claim finds it when the predicted value span overlaps it — so "up to 85.1%"
 * finds "85.1", and one gold pair "from 15.5% to 99%" is found by either number. The subject is
 * right when an overlapping predicted claim is `about` an entity whose name or mention is one of
 * the gold subject names; it is right *alone* when such a claim names no other method, algorithm
 * or model besides (datasets it names say where the number was measured, not whom it is about): a
 * claim tagged with every system of its sentence is right, not right alone. A predicted claim overlapping no gold value is a false positive unless
 * it overlaps an optional number (a size, a count, a list marker) or a later use of a gold value written twice (labelled
 * once, where it first stands), which count nowhere.
 * A found claim's measure agrees with the gold one when the two share a content word (plurals
 * folded): gold measures are a reader's paraphrase ("memory reduction"), predicted ones the
 * sentence's own words ("reduction in memory"), so exact matching would say little.
 */
import type { GoldClaim } from './gold.ts';
import { foldPlural, overlaps, sameName } from './match.ts';

type Range = { start: number; end: number };

/** What the scorer needs of a predicted claim (a `Paper` claim fits). */
export interface PredictedClaim {
	value: Range & { text: string };
	/** Entity keys `type/id`. */
	about: readonly string[];
	/** What the number measures, when the record states it. */
	measure?: { text: string } | null;
}

export interface ClaimScore {
	gold: number;
	found: number;
	/** Gold claims that name a subject: the denominator of subject accuracy. */
	withSubject: number;
	subjectRight: number;
	/** Of those, claims whose predicted claim names no method, algorithm or model besides gold subjects. */
	subjectAlone: number;
	/** Found gold claims whose predicted claim states a measure, and those that agree with the gold one. */
	measureStated: number;
	measureRight: number;
	/** Predicted claims that count (all but those on optional numbers only). */
	predicted: number;
	correct: number;
	missed: string[];
	falsePositives: string[];
	wrongSubject: string[];
	/** Right subjects that came with other methods, algorithms or models besides. */
	extraSubjects: string[];
	wrongMeasure: string[];
}

// Words that say nothing of what is measured.
const STOP = new Set(['the', 'of', 'on', 'in', 'for', 'to', 'a', 'an', 'and', 'or', 'by', 'with', 'per', 'than', 'over', 'at', 'after']);
const contentWords = (text: string) => new Set(foldPlural(text).split(/[\s-]+/).filter((w) => w.length > 1 && !STOP.has(w)));

/** True when two measures share a content word: "memory reduction" and "reduction in memory". */
export function sameMeasure(predicted: string, gold: string): boolean {
	const words = contentWords(gold);
	return [...contentWords(predicted)].some((w) => words.has(w));
}

/** Where `needle` first stands in `text`, exactly or else ignoring case; null when absent. */
export function locate(text: string, needle: string): Range | null {
	let at = text.indexOf(needle);
	if (at === -1) at = text.toLowerCase().indexOf(needle.toLowerCase());
	return at === -1 ? null : { start: at, end: at + needle.length };
}

/** Every place `needle` stands in `text` (for optional numbers, which may repeat). */
function locateAll(text: string, needle: string): Range[] {
	const ranges: Range[] = [];
	const lower = text.toLowerCase();
	for (let at = lower.indexOf(needle.toLowerCase()); needle && at !== -1; at = lower.indexOf(needle.toLowerCase(), at + 1)) {
		ranges.push({ start: at, end: at + needle.length });
	}
	return ranges;
}

/** Whether `range` of `text` is a whole value, not a part of a longer number or word ("0.9" inside "0.91" is not). */
function standsWhole(text: string, range: Range): boolean {
	return !/[\w.]/.test(text[range.start - 1] ?? '') && !/\w|\.\d/.test(text.slice(range.end, range.end + 2));
}

/**
 * Scores the predicted claims of one paper. `entityForms` maps an entity key to its name and
 * mention texts. (That every gold value is text of its listing is checked by gold.test.ts.)
 */
export function scoreClaims(
	abstract: string,
	predicted: readonly PredictedClaim[],
	entityForms: ReadonlyMap<string, readonly string[]>,
	gold: readonly GoldClaim[],
	optional: readonly string[],
): ClaimScore {
	const goldRanges = gold.map((claim) => locate(abstract, claim.value));
	const optionalRanges = optional.flatMap((value) => locateAll(abstract, value));
	// A gold value written again ("0.99, 0.97, 0.96, and 0.97, respectively") is labelled once, where the scorer locates it:
	// its later uses, whole numbers of their own, are neither required nor wrong, as optional numbers are.
	const repeatedRanges = gold.flatMap((claim, i) => locateAll(abstract, claim.value).filter((range) => range.start !== goldRanges[i]?.start && standsWhole(abstract, range)));
	const score: ClaimScore = {
		gold: gold.length, found: 0, withSubject: 0, subjectRight: 0, subjectAlone: 0, measureStated: 0, measureRight: 0,
		predicted: 0, correct: 0, missed: [], falsePositives: [], wrongSubject: [], extraSubjects: [], wrongMeasure: [],
	};

	gold.forEach((claim, i) => {
		const range = goldRanges[i];
		const hits = range ? predicted.filter((p) => overlaps(p.value, range)) : [];
		if (hits.length === 0) {
			score.missed.push(range ? claim.value : `${claim.value} (not in the parsed abstract)`);
			return;
		}
		score.found += 1;
		const measures = hits.flatMap((hit) => (hit.measure ? [hit.measure.text] : []));
		if (measures.length > 0) score.measureStated += 1;
		if (measures.some((m) => sameMeasure(m, claim.measure))) score.measureRight += 1;
		else score.wrongMeasure.push(`${claim.value} → ${measures.join(' | ') || 'none'} (gold ${claim.measure})`);
		if (claim.subject === null) return;
		score.withSubject += 1;
		const subjects = claim.subject;
		const isGold = (key: string) => (entityForms.get(key) ?? []).some((form) => sameName(form, subjects));
		const right = hits.some((hit) => hit.about.some(isGold));
		if (right) score.subjectRight += 1;
		const rivalFree = (hit: PredictedClaim) => hit.about.some(isGold) && hit.about.every((key) => isGold(key) || key.startsWith('dataset/'));
		if (hits.some(rivalFree)) score.subjectAlone += 1;
		else if (right) score.extraSubjects.push(`${claim.value} → ${[...new Set(hits.flatMap((h) => h.about))].join(', ')} (gold ${subjects.join(' | ')})`);
		else score.wrongSubject.push(`${claim.value} → ${hits.flatMap((h) => h.about).join(', ') || 'no subject'} (gold ${subjects.join(' | ')})`);
	});

	for (const claim of predicted) {
		if (goldRanges.some((range) => range && overlaps(claim.value, range))) {
			score.predicted += 1;
			score.correct += 1;
		} else if (!optionalRanges.some((range) => overlaps(claim.value, range)) && !repeatedRanges.some((range) => overlaps(claim.value, range))) {
			score.predicted += 1;
			score.falsePositives.push(claim.value.text);
		}
	}
	return score;
}
