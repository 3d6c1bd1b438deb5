/**
 * Parts named on the stem of the paper's own name: "we propose GTA-2, a hierarchical benchmark … (i)
 * GTA-Atomic, …, evaluates …; (ii) GTA-Workflow introduces …", "We present ArtifactNet … A
 * bounded-mask UNet (ArtifactUNet, 3.6M parameters) extracts …". Makers name the pieces of what
 * they build on its stem, so a coined word that opens with the stem of an introduced name (its
 * part before a version, "GTA" of "GTA-2", its acronym before a hyphened word, "GSI" of "GSI-Bench",
 * or its leading capitalised word, "Artifact" of "ArtifactNet") and goes on with a word of its own is
 * the paper's as well, of the same kind unless its own shape says otherwise ("We introduce GSI-Bench
 * … two components: GSI-Real, a … dataset, and GSI-Syn, a … benchmark").
 *
 * A part written before a capitalised benchmark noun is that benchmark ("and the comprehensive DreamOmni
 * Bench for … evaluation" beside "DreamVideo-Omni"), a dataset named in two words.
 *
 * A version on the same stem ("GTA-1" beside "GTA-2") is an earlier release, not a part, and the
 * stem alone ("GTA", "our prior GTA benchmark") is left to the other rules. So is a word the text
 * writes as a line of releases of its own, a series or a family ("the FooThinker series achieves …,
 * with FooThinker-H1 ranking the highest" beside the benchmark FooEval): a product line the paper
 * evaluates, which no part of a paper's work is.
 */
import { apposedKind } from '../apposed-kind.ts';
import { isCoinedName } from '../coined-name.ts';
import type { NameHit, NameRule } from './name-rule.ts';
import { isOwnEarlierName } from './own-earlier-names.ts';

/**
 * The stem of a name and the shape of a part's rest after it: before a trailing version ("GTA-2"),
 * or an acronym before a hyphened word ("GSI-Bench"), a hyphen and one capitalised word ("-Atomic"); its leading capitalised word ("Artifact" of
 * "ArtifactNet"), one more word joined on ("UNet", "Bench"), no hyphen ("Code-Grounded" and
 * "Multi-Agent" are adjectives, "MegaStyle-FLUX" a model made on a dataset).
 */
function stemOf(name: string): { stem: string; rest: RegExp } | undefined {
	const versioned = /^([A-Z][A-Za-z]{2,})-v?\d+(?:\.\d+)*$/.exec(name);
	if (versioned) return { stem: versioned[1]!, rest: /^-[A-Z][a-z]+$/ };
	// "GSI-Bench": an acronym stem, a hyphen and a capitalised word, its parts the stem and another ("GSI-Real").
	// Two capitals are a common prefix more than a stem ("UI-Zoomer" beside the benchmark "UI-Vision").
	const acronymHead = /^([A-Z]{3,})-[A-Z][a-z]+$/.exec(name);
	if (acronymHead) return { stem: acronymHead[1]!, rest: /^-[A-Z][a-z]+$/ };
	const camel = /^([A-Z][a-z]{3,})[A-Z]/.exec(name);
	return camel ? { stem: camel[1]!, rest: /^[A-Z][A-Za-z]+$/ } : undefined;
}

/** The capitalised noun of a benchmark's kind, which a name written before it keeps ("DreamOmni Bench"). */
const BENCHMARK_WORD = /^\s(?:Bench|Benchmark|Dataset|Corpus|Suite|Arena)(?![\w-])/;

/**
 * The part's name with the benchmark noun after it where the abstract writes one there: "the DreamOmni Bench
 * for … evaluation" names a benchmark "DreamOmni Bench", not a part "DreamOmni".
 *
 * @example benchmarkAfter('on the DreamOmni Bench for control', 'DreamOmni') // 'DreamOmni Bench'
 */
export function benchmarkAfter(abstract: string, word: string): string | undefined {
	for (let at = abstract.indexOf(word); at >= 0; at = abstract.indexOf(word, at + 1)) {
		const noun = BENCHMARK_WORD.exec(abstract.slice(at + word.length, at + word.length + 12));
		if (noun && !/[\w-]/.test(abstract[at - 1] ?? '')) return word + noun[0];
	}
	return undefined;
}

/** A line of releases named after a word: "FooThinker series", "FooThinker family", or "FooThinker-H1", "FooThinker-1.7". */
const RELEASE_LINE = /^(?:\s(?:series|family|models)\b|-(?:v?\d+(?:\.\d+)*|[A-Z]\d{1,2})(?![\w-]))/;

/**
 * Whether the abstract writes `word` as a line of releases: before "series", "family" or "models", or with a
 * version or a tier hyphened on.
 *
 * @example releaseLine('The FooThinker series leads, FooThinker-H1 first.', 'FooThinker') // true
 * @example releaseLine('FooUNet extracts masks.', 'FooUNet') // false
 */
export function releaseLine(abstract: string, word: string): boolean {
	for (let at = abstract.indexOf(word); at >= 0; at = abstract.indexOf(word, at + 1)) {
		if (RELEASE_LINE.test(abstract.slice(at + word.length, at + word.length + 10))) return true;
	}
	return false;
}

/** A coined word in the text: letters, digits and inner hyphens. */
const WORD = /(?<![\w-])[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*(?![\w-])/g;

/** Coined words on the stem of an introduced name, as the paper's own parts. */
export const stemSharingParts: NameRule = {
	name: 'stem-sharing parts',
	scope: 'paper',
	find({ abstract, isGeneric, isKnown }, found) {
		const hits: NameHit[] = [];
		// A name the authors made in earlier work ("In prior work, we introduced FooBwd") is no stem of this paper's parts.
		const own = found.filter((h) => isCoinedName(h.name) && !h.name.includes(' ') && !isOwnEarlierName(h.name, abstract));
		if (own.length === 0) return hits;
		const words = [...new Set(abstract.match(WORD) ?? [])];
		for (const { name, type } of own) {
			const shape = stemOf(name);
			if (!shape) continue;
			const { stem } = shape;
			// The kind the paper states for its own name ("GTA-2, a hierarchical benchmark"), else the kind found.
			const kind = apposedKind(name, abstract) ?? type;
			for (const word of words) {
				if (word === name || word === stem || !word.startsWith(stem)) continue;
				// A word of its own after the stem: "-Atomic", "UNet", "Bench"; a version ("-1", "3") is a release.
				if (!shape.rest.test(word.slice(stem.length)) || found.some((h) => h.name === word)) continue;
				if (isKnown(word) || isGeneric(word) || hits.some((h) => h.name === word) || releaseLine(abstract, word)) continue;
				const benchmark = benchmarkAfter(abstract, word);
				hits.push(benchmark ? { name: benchmark, forms: [benchmark], type: 'dataset' } : { name: word, forms: [word], type: kind });
			}
		}
		return hits;
	},
};
