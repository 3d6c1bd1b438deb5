/**
 * Pattern rules that find entity names no lexicon lists: the names a paper
 * introduces, model names with versions and sizes, and benchmark names by context.
 * Each rule returns surface forms with their offsets in the abstract.
 */
import type { Acronym, Span } from '../../src/shared/paper-schema.ts';
import { escapeRegExp } from '../../src/shared/regexp.ts';
import { analyzeText } from './sentences.ts';
import { titleName } from './tldr.ts';

/** A name a rule found, with the place it was found and any other forms it has. */
export interface NameHit {
	name: string;
	/** Surface forms to look for in the abstract (the name as written, long forms). */
	forms: string[];
	type: 'method' | 'dataset';
}

// Words after which a contribution verb's object has ended ("… framework based on GRPO").
const OBJECT_END = new Set(
	'based using with via from on of for by to in into which that where whose while as at through over under than'.split(' '),
);
const SUBJECT = /\b(?:we|this (?:research )?(?:paper|work|study|thesis|article)|our (?:paper|work))\b/i;
const CONTRIBUTION_VERB = /\b(?:propos|introduc|present|develop|design|creat|devis)(?:e|es|ed|ing|s)?\b/gi;
const OWN_APPOSITION = /(?<![A-Za-z0-9-])([A-Za-z][A-Za-z0-9]*(?:[-+][A-Za-z0-9]+)*\+{0,2}),\s+an?\s+(?:[\w-]+\s+){0,4}?(?:method|approach|framework|algorithm|model|system|architecture|module|adapter|technique|procedure|pipeline|agent|detector|network|paradigm|tracker|planner)\b/g;
const USED_ADJECTIVE = /\b(?:popular|existing|standard|classic|classical|prior|previous|well-known|common|baseline|state-of-the-art|recent|strong|widely)\b/i;
const NOT_A_METHOD_NOUN = /^\)?\s*(?:metric|score|measure|index)\b/i;
const DATASET_NOUN = /^\)?\s*(?:benchmark|dataset|suite|environment)s?\b/i;

/**
 * Whether a token looks like a coined name: capitals in a row (RELIEF, RLPrompt, QWeb),
 * CamelCase (TimeMaster, ReLIC, SubPO), such a part joined by a hyphen (CoT-Max,
 * BFM-Zero, Reason-RFT) or capitals with digits (S3RL, I2S). "In-Context" is not one.
 */
export function isCoinedName(token: string): boolean {
	if (!/^[A-Za-z][A-Za-z0-9]*(?:[-+][A-Za-z0-9]+)*\+{0,2}$/.test(token)) return false;
	if (/-(?:based|like|style|level|free|specific|aware|driven|only|wise)$/i.test(token)) return false;
	const parts = token.split(/[-+]/).filter(Boolean);
	return parts.some((part) => /[a-z][A-Z]|[A-Z]{2}/.test(part) || (/\d/.test(part) && /[A-Z]/.test(part)));
}

function cleanToken(raw: string): string {
	return raw.replace(/^["'“‘(`]+/, '').replace(/(?:'s|’s)?["'”’),.:;!?]*$/, '');
}

/**
 * Names the paper introduces: the object of "we propose / introduce / present …"
 * (an acronym defined there, or a coined name), "X, or NAME", "a novel NAME …",
 * and the "Name:" prefix of the title when the abstract mentions it.
 */
export function findIntroducedNames(
	title: string,
	abstract: string,
	sentences: Span[],
	acronyms: Acronym[],
	isGeneric: (name: string) => boolean,
	isKnown: (name: string) => boolean = () => false,
): NameHit[] {
	const hits: NameHit[] = [];
	const add = (name: string, forms: string[], type: NameHit['type'] = 'method') => {
		if (name.length < 2 || isGeneric(name)) return;
		const same = hits.find((h) => h.name === name);
		if (!same) {
			hits.push({ name, forms: [name, ...forms], type });
			return;
		}
		for (const form of forms) if (!same.forms.includes(form)) same.forms.push(form);
	};
	const inAcronymSpan = (offset: number) => acronyms.some((a) => offset >= a.span.start && offset < a.span.end);

	for (const sentence of sentences) {
		const subject = SUBJECT.exec(sentence.text);
		if (!subject) continue;
		for (const verb of sentence.text.matchAll(CONTRIBUTION_VERB)) {
			if (verb.index < subject.index) continue;
			const after = sentence.start + verb.index + verb[0].length;
			// (a) an acronym defined right after the verb: "We propose In-Context Preference Learning (ICPL)".
			for (const acronym of acronyms) {
				if (acronym.span.start < after || acronym.span.end > sentence.end) continue;
				const gap = abstract.slice(after, acronym.span.start);
				const gapWords = gap.split(/\s+/).filter(Boolean).map((w) => w.toLowerCase());
				if (gapWords.length > 7 || gapWords.some((w) => OBJECT_END.has(w))) continue;
				const next = abstract.slice(acronym.span.end, acronym.span.end + 20);
				if (NOT_A_METHOD_NOUN.test(next)) continue;
				add(acronym.short, [acronym.long], DATASET_NOUN.test(next) ? 'dataset' : 'method');
			}
			// (b) coined names in the verb's object: "we propose CoT-Max, a novel approach".
			const rest = abstract.slice(after, sentence.end);
			let count = 0;
			for (const word of rest.matchAll(/\S+/g)) {
				if (++count > 14) break;
				const offset = after + word.index;
				const token = cleanToken(word[0]);
				if (OBJECT_END.has(token.toLowerCase())) break;
				// "We propose \oni": a LaTeX macro left in the text is markup the page renders, never a name.
				const latexMacro = /^\\[A-Za-z]+$/.test(token);
				if (!latexMacro && isCoinedName(token) && !inAcronymSpan(offset)) {
					add(token, []);
				}
				if (/[;.]$/.test(word[0])) break;
			}
			// "We propose a new simple network architecture, the Transformer, based on …"
			const the = /^[^,.;]{0,80},\s+the\s+([A-Z][a-z]+(?:[A-Z][\w-]*)?),/.exec(rest);
			if (the && !isKnown(the[1]!)) add(the[1]!, []);
			// (c) "We introduce Contrastive Policy Gradient, or CoPG, …"
			const or = /^\s+((?:[A-Z][\w-]*\s+){1,5}?[A-Z][\w-]*),\s+or\s+([A-Za-z][\w-]*)/.exec(rest);
			if (or && isCoinedName(or[2]!)) add(or[2]!, [or[1]!]);
		}
		// (f) "We adapt … with MedPrompt, a lightweight adapter …": a new name in apposition,
		// first mentioned in a sentence whose subject is the authors.
		for (const m of sentence.text.matchAll(OWN_APPOSITION)) {
			const token = m[1]!;
			if (!isCoinedName(token) || isKnown(token) || USED_ADJECTIVE.test(m[0])) continue;
			if (abstract.indexOf(token) === sentence.start + m.index) add(token, []);
		}
	}
	// (d) "a novel QWeb neural network architecture", "CoT-Max, a novel approach"
	for (const m of abstract.matchAll(/\b(?:novel|new)\s+([A-Za-z][\w+-]*)|([A-Za-z][\w+-]*),\s+an?\s+(?:novel|new)\b/g)) {
		const token = m[1] ?? m[2]!;
		if (isCoinedName(token) && !inAcronymSpan(m.index + m[0].indexOf(token))) add(token, []);
	}
	// (e) "RAMario: Experimental Approach to …"
	const name = titleName(title);
	if (name && (isCoinedName(name) || name.includes(' ')) && abstract.includes(name)) add(name, []);
	// (g) Nothing stated outright: a new name that is the subject of a sentence
	// ("DiffDepth keeps the denoising U-Net, …") is the paper's own system.
	if (hits.length === 0) {
		// wink-nlp's part-of-speech tags tell a subject ("DiffDepth keeps …") from a
		// heading-like mention ("SOTA results …"); the tokens are cached for this abstract.
		const { tokens } = analyzeText(abstract);
		for (const sentence of sentences) {
			const subject = /^(?:[A-Z][a-z]+ly,\s+|In addition,\s+)?([A-Za-z][\w+-]*)\s/.exec(sentence.text);
			const token = subject?.[1];
			if (!token || !isCoinedName(token) || isKnown(token) || isGeneric(token)) continue;
			const nameEnd = sentence.start + subject.index + subject[0].length - 1;
			const next = tokens.find((t) => t.start >= nameEnd);
			if (next && (next.pos === 'VERB' || next.pos === 'AUX')) {
				add(token, []);
				break;
			}
		}
	}
	return hits;
}

const MODEL_SUFFIX = String.raw`(?:\d+(?:\.\d+)?[BMK]|[Bb]ase|[Ll]arge|[Ss]mall|[Mm]edium|[Tt]iny|XX?L|xx?l|[Ii]nstruct|[Cc]hat|[Mm]ini|[Tt]urbo|[Ss]onnet|[Oo]pus|[Hh]aiku|VL|[Cc]oder|[Mm]ath|R\d+|[Vv]\d+(?:\.\d+)*|[Pp]ro|[Ff]lash|[BLHSG](?:\/\d+)?|\d+(?:\.\d+)*[a-z]?)`;

/**
 * A matcher for model names: a known family followed by a version and size/variant
 * suffixes (LLaMA2-7B, Qwen2.5-VL-3B-Instruct, GPT-4o, Claude-3.5-Sonnet, o1-mini),
 * or any capitalised name with a parameter-count suffix (MPT-7B, Foo-13B).
 */
export function modelPattern(families: string[]): RegExp {
	const escaped = [...new Set(families)]
		.filter((f) => !/\s/.test(f))
		.sort((a, b) => b.length - a.length || a.localeCompare(b))
		.map(escapeRegExp);
	const family = escaped.length > 0 ? `(?:${escaped.join('|')})(?:-?v?\\d+(?:\\.\\d+)*[a-z]?)?(?:-${MODEL_SUFFIX})*` : '(?!)';
	const sized = String.raw`[A-Z][A-Za-z0-9]*(?:[.-][A-Za-z0-9]+)*?-\d+(?:\.\d+)?[BM](?:-${MODEL_SUFFIX})*`;
	return new RegExp(String.raw`(?<![A-Za-z0-9-])(?:${family}|${sized})(?![A-Za-z0-9])`, 'g');
}

/** Benchmarks named by context: "the HopperStand task", "on the MiniGrid benchmark", "MultiNLI accuracy". */
export const DATASET_CONTEXT = /(?<![A-Za-z0-9-])([A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)\s+(?:benchmark|dataset|environment|suite|task|test set|accuracy|leaderboard)s?\b/g;

/** Appositions that name a method used: "PAIRED, a principled and popular UED method". */
export const METHOD_APPOSITION = /(?<![A-Za-z0-9-])([A-Za-z][A-Za-z0-9]*(?:[-+][A-Za-z0-9]+)*),\s+an?\s+(?:[\w-]+\s+){0,5}?(?:method|algorithm|approach|framework|baseline|technique)\b/g;
