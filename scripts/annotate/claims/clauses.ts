import { allMatches } from '../all-matches.ts';
/**
 * The clauses of a sentence, for attaching a number to what its own clause names: a claim in
 * "PPO gains 38.7 points on GLUE, while surpassing these by 28.8 points on SuperGLUE" is about
 * GLUE or SuperGLUE by the clause it stands in, not by the sentence.
 */

// Verbs that open a clause after ", and <name>" when the name is written in lower case ("o1-mini improves").
const VERB = String.raw`(?:is|are|was|were|has|have|achieves?|improves?|reach(?:es)?|rises?|outperforms?|gains?|shows?|yields?|reduces?|increases?|attains?|obtains?|scores?|surpass(?:es)?|exceeds?|drops?|falls?)`;

/**
 * Where one clause ends and the next begins: ";", ":", ", and" / ", but" / ", or" before a new
 * clause (also one that leaves out its verb: "improves accuracy by 7.4% on A, and by 4.9% on B", and one
 * that opens with a phrase of setting: ", and for large instances, B …"),
 * "while" and "whereas". A plain "and" joins phrases ("CarRacing and navigation"), not clauses, so
 * it does not split.
 */
// ", and for large-scale instances, a genetic algorithm could …": a new clause may open with a fronted phrase of setting,
// set off by its comma, before its subject.
const FRONTED = String.raw`(?:for|in|on|at|under|with|during|when)\s[^,;:()]{1,60},\s`;
const CLAUSE_BREAK = new RegExp(
	String.raw`\s*[;:]\s+|,\s+(?:and|but|or|yet)\s+(?=(?:it|we|they|this|these|our|the|a|an|by\s(?=\S*\d)|[A-Z]\S*|\S+\s+(?:${VERB}))\b|${FRONTED})|,?\s+(?:while|whereas)\s+`,
	'g',
);

/** A clause: offsets within the sentence text, `[start, end)`. */
export interface Clause {
	start: number;
	end: number;
}

/**
 * The clauses of a sentence, in order, covering all of it. A break inside brackets is not one:
 * "(i.e., Mistral, Llama3, and Qwen2-Math)" is an aside within its clause, not a new clause.
 *
 * @example clausesOf('A wins by 2%; B by 3%').map((c) => c.start) // [0, 14]
 */
export function clausesOf(sentence: string): Clause[] {
	const clauses: Clause[] = [];
	let start = 0;
	for (const m of allMatches(sentence, CLAUSE_BREAK)) {
		if (m.index <= start || insideBrackets(sentence, m.index)) continue;
		clauses.push({ start, end: m.index });
		start = m.index + m[0].length;
	}
	clauses.push({ start, end: sentence.length });
	return clauses;
}

/** True when `at` stands inside round or square brackets opened before it. */
function insideBrackets(sentence: string, at: number): boolean {
	let depth = 0;
	for (let i = 0; i < at; i++) {
		const c = sentence[i];
		if (c === '(' || c === '[') depth++;
		else if ((c === ')' || c === ']') && depth > 0) depth--;
	}
	return depth > 0;
}
