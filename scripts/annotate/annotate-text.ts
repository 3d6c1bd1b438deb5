/**
 * All annotations that come from one paper's own text, made by running the rules of
 * `text-rules.ts` in order. Pure and deterministic; the abstract is read by wink-nlp once
 * and every rule shares its sentences.
 */
import type { Paper } from '../../src/shared/paper-schema.ts';
import { readsAsEnglish } from '../ingest/english-text.ts';
import type { Lexicons } from './lexicons.ts';
import { span, splitSentences } from './sentences.ts';
import { TEXT_RULES } from './text-rules.ts';
import type { TextInput, TextRule } from './text/text-rule.ts';
import type { TextAnnotations } from './types.ts';

/** Any text rule, as the runner sees it. */
type AnyTextRule = TextRule<keyof Paper, keyof Paper>;

/**
 * Papers `annotateTexts` puts through each rule together. The analyses of their abstracts must
 * stay in `sentences.ts`'s memory until the last rule has read them: it keeps more than this.
 */
export const TEXTS_AT_ONCE = 25;

/**
 * Annotates one paper's title and abstract (links come from the ingest stage). `rules`
 * defaults to `TEXT_RULES`; a rule that needs a field no earlier rule made is an error.
 */
export function annotateText(
	paper: { title: string; abstract: string },
	lexicons: Lexicons,
	rules: readonly AnyTextRule[] = TEXT_RULES as readonly AnyTextRule[],
): TextAnnotations {
	return annotateTexts([paper], lexicons, rules)[0]!;
}

/**
 * `annotateText` of each paper, in order, with the same annotations. The papers go through one
 * rule after another together, up to `TEXTS_AT_ONCE` at a time, rather than each paper through
 * every rule: a rule's code and patterns then run many times in a row while the processor still
 * holds them, where a paper's hundreds of patterns and functions, run once each, did not stay.
 */
export function annotateTexts(
	papers: readonly { title: string; abstract: string }[],
	lexicons: Lexicons,
	rules: readonly AnyTextRule[] = TEXT_RULES as readonly AnyTextRule[],
): TextAnnotations[] {
	const made = new Set<keyof Paper>();
	for (const rule of rules) {
		const missing = rule.needs.find((field) => !made.has(field));
		if (missing) throw new Error(`Text rule "${rule.field}" needs "${missing}", which no rule before it makes: list it after that rule.`);
		made.add(rule.field);
	}
	const readable = papers.map(hasEnglishText);
	const withText = papers.filter((_, i) => readable[i]);
	const annotated: TextAnnotations[] = [];
	for (let from = 0; from < withText.length; from += TEXTS_AT_ONCE) {
		const inputs = withText.slice(from, from + TEXTS_AT_ONCE).map((paper) => textInput(paper, lexicons));
		const annotations = inputs.map((): Partial<Paper> => ({}));
		for (const rule of rules) {
			const values = rule.annotateAll ? rule.annotateAll(inputs, annotations as Paper[]) : inputs.map((input, i) => rule.annotate(input, annotations[i] as Paper));
			values.forEach((value, i) => Object.assign(annotations[i]!, { [rule.field]: value }));
		}
		annotated.push(...(annotations as TextAnnotations[]));
	}
	if (withText.length === papers.length) return annotated;
	let next = 0;
	return papers.map((_, i) => (readable[i] ? annotated[next++]! : withoutText()));
}

/**
 * Whether the rules can read a paper: a paper listed without an abstract has no text to annotate
 * (its title alone names no span the rules could stand on), and the rules read English only.
 */
const hasEnglishText = (paper: { abstract: string }) => paper.abstract.trim() !== '' && readsAsEnglish(paper.abstract);

/** The annotations of a paper without an abstract: none. */
const withoutText = (): TextAnnotations => ({
	tldr: null,
	summary: { problem: [], approach: [], results: [] },
	acronyms: [],
	entities: [],
	claims: [],
	keyphrases: [],
});

/** What every rule reads of one paper: its abstract's sentences found once. */
function textInput({ title, abstract }: { title: string; abstract: string }, lexicons: Lexicons): TextInput {
	const found = splitSentences(abstract);
	// An abstract with no sentence boundary at all is one sentence.
	const sentences = found.length > 0 ? found : [span(abstract, 0, abstract.length)];
	return { title, abstract, sentences, lexicons };
}
