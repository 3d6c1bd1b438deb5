/**
 * The abstract split into its rhetorical parts: problem → approach → results.
 *
 * Abstracts follow that order, so the split is two cut points chosen to maximise
 * the cue-phrase scores of the sentences on each side (a tiny dynamic search over
 * n² cut pairs). Every sentence lands in exactly one part, in document order, and
 * with three or more sentences no part is left empty.
 */
import type { Span } from '../../src/schemas/paper.ts';

export interface Summary {
	problem: Span[];
	approach: Span[];
	results: Span[];
}

type Part = keyof Summary;

// Each cue adds its weight to a part when it occurs in a sentence.
const CUES: Record<Part, [RegExp, number][]> = {
	problem: [
		[/\bhowever\b/i, 1.5],
		[/\bchalleng(?:e|es|ing)\b/i, 1],
		[/\b(?:limitations?|limited|bottleneck\w*|drawbacks?|issues?|problems?)\b/i, 1],
		[/\b(?:struggles?|suffers?|fails?|lacks?|lacking|hinders?|remains?)\b/i, 1],
		[/\b(?:difficult|hard|costly|expensive|inefficien\w*|impractical|unclear|unexplored|open (?:problem|question))\b/i, 1],
		[/\b(?:despite|although|yet)\b/i, 0.5],
		[/\b(?:existing|prior|previous|current|traditional|conventional|recent) (?:\w+ )?(?:work|works|methods?|approaches|research|studies)\b/i, 1],
		[/\b(?:is|are|has become|have become) (?:a|an) (?:core|key|central|fundamental|major|important|powerful|promising)\b/i, 1],
	],
	approach: [
		[/\b(?:we|this (?:paper|work|study|thesis)|our (?:paper|work))\s+(?:\w+\s+){0,2}?(?:propos|introduc|present|develop|design)(?:e|es|ed|ing|s)?\b/i, 2],
		[/\bwe\s+(?:\w+\s+)?(?:build|construct|formulat|implement|leverag|employ|us|appl|integrat|train|pretrain|defin|combin|extend|select|inject|utiliz|decompos|draw|frame|model|incorporat|collect|adopt)(?:e|es|ed|ing|y|ies|s)?\b/i, 1],
		[/\b(?:our|the proposed|this) (?:method|approach|framework|model|algorithm|system|architecture|solution|pipeline|technique|procedure)\b/i, 1],
		[/\b(?:novel|called|named|dubbed|consists? of|is based on|built on|builds upon)\b/i, 1],
		[/^(?:It|This|[A-Z][\w-]*[A-Z][\w-]*)\s+(?:first\s+|then\s+|also\s+)?(?:takes|uses|employs|consists|adopts|introduces|formulates|learns|combines|extracts|leverages|integrates|models|grows|trains|builds|layers|optimi[sz]es|decomposes|operates|relies)\b/, 1.5],
		[/\bin this (?:work|paper)\b/i, 0.5],
	],
	results: [
		[/\b(?:experiments?|experimental(?:ly)?|empirical(?:ly)?|evaluat\w+)\b/i, 1.5],
		[/\b(?:outperform\w*|surpass\w*|exceed\w*|beats?|state-of-the-art|sota)\b/i, 1.5],
		[/\d+(?:\.\d+)?\s*(?:%|x\b|×|times\b|points?\b)/i, 2],
		[/\b(?:results?|findings?|benchmarks?)\b/i, 1],
		[/\b(?:achiev\w+|improv(?:es|ed|ement|ements)|gains?|faster|accuracy|superior|competitive)\b/i, 0.5],
		[/\b(?:we (?:also |further |empirically |theoretically )?(?:show|find|found|observe|demonstrate|prove)|show that|suggests?|indicates?|reveals?)\b/i, 1],
		[/\b(?:code|implementation|project website)\b.*\bavailable\b|https?:\/\//i, 2],
	],
};

/** Cue score of one sentence for each part, with a mild prior for its position. */
function partScores(text: string, index: number, count: number): Record<Part, number> {
	const position = count > 1 ? index / (count - 1) : 0.5;
	const score = (part: Part) => CUES[part].reduce((sum, [cue, weight]) => sum + (cue.test(text) ? weight : 0), 0);
	return {
		problem: score('problem') + 0.5 * (1 - position),
		approach: score('approach') + 0.25,
		results: score('results') + 0.5 * position,
	};
}

/**
 * Splits sentences into problem / approach / results, preserving order.
 * With fewer than three sentences a part may be empty.
 */
export function splitSummary(sentences: Span[]): Summary {
	const n = sentences.length;
	const scores = sentences.map((s, i) => partScores(s.text, i, n));
	// prefix[p][k]: score of sentences [0, k) labelled p.
	const prefix = (part: Part) => {
		const sums = [0];
		for (const s of scores) sums.push(sums.at(-1)! + s[part]);
		return sums;
	};
	const problem = prefix('problem');
	const approach = prefix('approach');
	const results = prefix('results');
	const minimum = n >= 3 ? 1 : 0;
	let best = { score: -Infinity, i: 0, j: n };
	// Cuts i ≤ j: problem = [0, i), approach = [i, j), results = [j, n).
	for (let i = minimum; i <= n - 2 * minimum; i++) {
		for (let j = i + minimum; j <= n - minimum; j++) {
			const score = problem[i]! + (approach[j]! - approach[i]!) + (results[n]! - results[j]!);
			if (score > best.score) best = { score, i, j };
		}
	}
	return {
		problem: sentences.slice(0, best.i),
		approach: sentences.slice(best.i, best.j),
		results: sentences.slice(best.j),
	};
}
