/**
 * A paper's keyphrases: its noun-phrase candidates (`text/keyphrases.ts`) scored against the
 * collection — TF-IDF with a bonus for words the title uses, more for a phrase the title
 * holds whole or one written as a name or led by one (`writtenAsName`), and more the earlier the
 * abstract first says it — and deduplicated by containment
 * (a longer phrase nearly as strong replaces its chosen part),
 * so "diffusion model" and "diffusion model distillation" do not both take a place.
 * An acronym the abstract defines ("large language models (LLMs)") stands for its long form:
 * the long form takes the acronym's occurrences and the acronym takes no place of its own.
 * A short phrase said once, with no title word and not written as a name, is weak: it only fills
 * a paper with fewer than three strong ones, so such a paper gets fewer keyphrases rather than filler.
 * How many a paper gets follows its evidence: past the first three, a phrase scoring under a
 * twentieth of the paper's best is left out, so a paper whose abstract repeats a few names
 * gets those few, not ten.
 * The paper's entity names (`keyphrase-entity-names.ts`) are strong: never weak, scored higher,
 * and not replaced by a longer phrase that holds them ("ScienceQA dataset" for "ScienceQA").
 */
import type { Entity, Span } from '../../../src/shared/paper-schema.ts';
import { withEntityNames } from './keyphrase-entity-names.ts';

/** One paper as keyphrase selection reads it. */
export interface KeyphraseCandidates {
	title: string;
	abstract: string;
	/** Verbatim noun-phrase spans of the abstract, first occurrence of each form. */
	candidates: readonly Span[];
	/** The paper's entities (introduced method, datasets, models), their spans in the title or abstract. */
	entities?: readonly Pick<Entity, 'role' | 'spans'>[];
}

/** Limits of keyphrase selection. */
export interface SelectKeyphrasesOptions {
	/** Most keyphrases per paper (default 10). */
	count?: number;
	/** Past a paper's first three keyphrases, a phrase scoring under this share of its best is left out (default 0.05; 0: the count alone limits). */
	minShare?: number;
}

/**
 * The comparable form of a phrase: lowercase, single-spaced, a plural last word made singular.
 *
 * @example phraseForm('Large Language  Models') // → 'large language model'
 */
export function phraseForm(phrase: string): string {
	return phrase
		.toLowerCase()
		.replace(/\s+/g, ' ')
		.replace(/(?<=[a-z]{3})(?:(?<=[^s])s|(?<=(?:ch|sh|x))es)$/, '');
}

/** One paper's keyphrases: those its page shows, and the longer list the collection steps read. */
export interface KeyphraseSelection {
	/** The keyphrases the evidence supports, best first: what the paper record keeps. */
	shown: Span[];
	/**
	 * Up to `count` keyphrases as if every paper got that many, best first: derived topic names
	 * and related papers look for phrases papers share, and a phrase cut from one page can still
	 * be the one two papers have in common.
	 */
	ranked: Span[];
}

/** Keyphrases of every paper, in input order; each list best first, every entry a candidate span. */
export function selectKeyphrases(papers: readonly KeyphraseCandidates[], options: SelectKeyphrasesOptions = {}): Span[][] {
	return rankKeyphrases(papers, options).map((selection) => selection.shown);
}

/** `selectKeyphrases` with, for each paper, the longer ranked list beside the shown one, in one pass. */
export function rankKeyphrases(papers: readonly KeyphraseCandidates[], options: SelectKeyphrasesOptions = {}): KeyphraseSelection[] {
	const { count = 10, minShare = MIN_SHARE } = options;
	const named = papers.map((paper) => withEntityNames(paper.abstract, paper.candidates, paper.entities ?? [], phraseForm));
	const forms = named.map((paper) => paper.forms);
	const df = new Map<string, number>();
	for (const list of forms) for (const form of new Set(list)) df.set(form, (df.get(form) ?? 0) + 1);
	const n = papers.length;
	return papers.map((paper, p) => {
		const titleList = wordsOf(phraseForm(paper.title)).map(singular);
		const titleWords = new Set(titleList);
		const abstract = paper.abstract.toLowerCase();
		const title = ` ${titleList.join(' ')} `;
		const defined = definedAcronyms(paper);
		const { candidates, roles } = named[p]!;
		const scored = candidates.flatMap((candidate, i) => {
			const entity = roles[i];
			if (defined.acronyms.has(candidate.text)) return [];
			const form = forms[p]![i]!;
			const words = wordsOf(form);
			const acronym = defined.longForms.get(candidate.start);
			const tf = occurrences(abstract, candidate.text.toLowerCase()) + (acronym ? occurrences(paper.abstract, acronym) - 1 : 0);
			// Rare in the collection is specific; with one paper, every phrase is equally rare.
			const idf = Math.log(1 + n / df.get(form)!);
			const titled = words.filter((w) => titleWords.has(singular(w))).length / words.length;
			// Three or more words name a specific idea more often than two; one word is kept
			// only when it is a name or a technical word (`text/keyphrases.ts`).
			const length = words.length === 1 ? 1.2 : words.length === 2 ? 1 : 1.3;
			// A phrase the authors repeat, put whole in the title or write as a name ("LoRA",
			// "HalluEditBench") is far more often a keyphrase than one said once in passing.
			const whole = title.includes(` ${words.map(singular).join(' ')} `) ? TITLE_PHRASE_BONUS : 1;
			const named = writtenAsName(candidate.text) ? NAME_BONUS : 1;
			const weak = !entity && tf === 1 && titled === 0 && named === 1 && words.length < 3;
			const found = entity ? ENTITY_BONUS : 1;
			// Abstracts say what the paper is about first and details later: a phrase first said
			// at the start counts up to twice one first said at the end.
			const early = 2 - candidate.start / Math.max(1, paper.abstract.length);
			return [{ candidate, form, weak, entity, score: tf * (1 + Math.log(tf)) * idf * (1 + 1.5 * titled) * length * whole * named * found * early }];
		});
		// Weak phrases come after every strong one and only fill a paper up to `FLOOR`.
		scored.sort((a, b) => Number(a.weak) - Number(b.weak) || b.score - a.score || a.candidate.start - b.candidate.start);
		const best = scored[0]?.score ?? 0;
		const byForm = new Map(scored.map((entry) => [entry.form, entry]));
		let chosen: typeof scored = [];
		let shown: typeof scored | null = null;
		for (const entry of scored) {
			if (chosen.length === count || (chosen.length >= FLOOR && entry.weak)) break;
			// The page's list ends at the first phrase too weak beside the best; the ranked list goes on.
			if (!shown && chosen.length >= FLOOR && entry.score < best * minShare) shown = chosen.slice();
			if (chosen.some((c) => contains(c.form, entry.form))) continue;
			// Two overlapping parts of one candidate ("video generation", "generation models")
			// are that candidate: it takes the first part's place.
			const overlap = chosen.findIndex((c) => byForm.has(joinOverlap(c.form, entry.form)) || byForm.has(joinOverlap(entry.form, c.form)));
			if (overlap >= 0) {
				const whole = byForm.get(joinOverlap(chosen[overlap]!.form, entry.form)) ?? byForm.get(joinOverlap(entry.form, chosen[overlap]!.form))!;
				chosen[overlap] = whole;
				chosen = chosen.filter((c) => c === whole || !contains(whole.form, c.form));
				continue;
			}
			// A longer phrase nearly as strong as a chosen part of it names more ("cell trajectory inference"),
			// unless the part is an entity's name: "ScienceQA dataset" says no more than "ScienceQA".
			const part = chosen.findIndex((c) => contains(entry.form, c.form));
			if (part < 0) chosen.push(entry);
			else if (entry.score >= chosen[part]!.score * LONGER_SHARE && !chosen[part]!.entity) chosen[part] = entry;
		}
		return { shown: (shown ?? chosen).map((c) => c.candidate), ranked: chosen.map((c) => c.candidate) };
	});
}

const TITLE_PHRASE_BONUS = 3;
/** How much more an entity's name (introduced, or a dataset or model used) counts than a phrase like it. */
const ENTITY_BONUS = 3;
const NAME_BONUS = 2;

/** How strong a longer phrase must be, relative to a chosen part of it, to replace that part. */
const LONGER_SHARE = 0.3;

/** Keyphrases a paper gets whatever their strength, when it has that many: a page is never left without any. */
const FLOOR = 3;

/** Share of the paper's best score under which a phrase past the `FLOOR` is weak evidence. */
const MIN_SHARE = 0.05;

// A definition "long form (ACR)": the parenthesised acronym right after a candidate.
const DEFINITION = /\s*\(([A-Z][A-Za-z0-9-]*[A-Z][A-Za-z0-9-]*)\)/y;

/**
 * Acronyms the abstract defines right after a candidate whose word initials they spell: the
 * acronyms, and each long form's start mapped to its acronym.
 * "Large language models (LLMs) hallucinate." → acronyms { LLMs }, long form at 0 → "LLMs".
 */
function definedAcronyms({ abstract, candidates }: KeyphraseCandidates) {
	const acronyms = new Set<string>();
	const longForms = new Map<number, string>();
	for (const candidate of candidates) {
		DEFINITION.lastIndex = candidate.end;
		const acronym = DEFINITION.exec(abstract)?.[1];
		if (!acronym || !initialsMatch(candidate.text, acronym)) continue;
		acronyms.add(acronym);
		longForms.set(candidate.start, acronym);
	}
	return { acronyms, longForms };
}

/** True when the acronym's capitals are the first letters of the long form's last words, in order. */
function initialsMatch(longForm: string, acronym: string): boolean {
	const initials = longForm
		.split(/[\s-]+/)
		.map((w) => w[0]!.toUpperCase())
		.join('');
	const capitals = acronym.replace(/[^A-Z]/g, '');
	return capitals.length >= 2 && initials.endsWith(capitals);
}

/**
 * Phrase form `a` continued by `b` where `b` starts with `a`'s last words, or '' when they do not overlap.
 *
 * @example joinOverlap('video generation', 'generation model') // → 'video generation model'
 */
function joinOverlap(a: string, b: string): string {
	const left = a.split(' ');
	const right = b.split(' ');
	for (let k = Math.min(left.length, right.length) - 1; k >= 1; k--) {
		if (left.slice(-k).join(' ') === right.slice(0, k).join(' ')) return [...left, ...right.slice(k)].join(' ');
	}
	return '';
}

function wordsOf(form: string): string[] {
	return form.split(/[\s-]+/).filter(Boolean);
}

function singular(word: string): string {
	return word.length > 3 && /[^s]s$/.test(word) ? word.slice(0, -1) : word;
}

/**
 * True when a phrase is written as a name or led by one: its first word has a capital past its
 * first letter ("LoRA", "ScienceQA dataset"), or every word is capitalised ("Monte Carlo Tree
 * Search"). A common phrase that only holds a name further in ("archive HST transit data",
 * "masked LLM") names no more than its common words do.
 *
 * @example writtenAsName('ScienceQA dataset') // → true
 * @example writtenAsName('Monte Carlo Tree Search') // → true
 * @example writtenAsName('base LLM') // → false
 */
export function writtenAsName(phrase: string): boolean {
	const words = phrase.split(/\s+/);
	return /[A-Z]/.test(words[0]!.slice(1)) || (words.length > 1 && words.every((word) => /^[A-Z0-9]/.test(word)));
}

/** True when phrase form `outer` holds `inner` as whole words. */
function contains(outer: string, inner: string): boolean {
	return ` ${outer} `.includes(` ${inner} `);
}

function occurrences(text: string, phrase: string): number {
	let found = 0;
	for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + phrase.length)) found++;
	return Math.max(1, found);
}
