/**
 * All annotations that come from one paper's own text, made by running the rules of
 * `text-rules.ts` in order. Pure and deterministic; the abstract is read by wink-nlp once
 * and every rule shares its sentences.
 */
import type { Paper } from '../../src/shared/paper-schema.ts';
import type { Lexicons } from './lexicons.ts';
import { span, splitSentences } from './sentences.ts';
import { TEXT_RULES } from './text-rules.ts';
import type { TextInput, TextRule } from './text/text-rule.ts';
import type { TextAnnotations } from './types.ts';

/** Any text rule, as the runner sees it. */
type AnyTextRule = TextRule<keyof Paper, keyof Paper>;

/**
 * Annotates one paper's title and abstract (links come from the ingest stage). `rules`
 * defaults to `TEXT_RULES`; a rule that needs a field no earlier rule made is an error.
 */
export function annotateText(
	paper: { title: string; abstract: string },
	lexicons: Lexicons,
	rules: readonly AnyTextRule[] = TEXT_RULES as readonly AnyTextRule[],
): TextAnnotations {
	const { title, abstract } = paper;
	const found = splitSentences(abstract);
	// An abstract with no sentence boundary at all is one sentence.
	const sentences = found.length > 0 ? found : [span(abstract, 0, abstract.length)];
	const input: TextInput = { title, abstract, sentences, lexicons };
	const annotations: Partial<Paper> = {};
	for (const rule of rules) {
		const missing = rule.needs.find((field) => !(field in annotations));
		if (missing) throw new Error(`Text rule "${rule.field}" needs "${missing}", which no rule before it makes: list it after that rule.`);
		Object.assign(annotations, { [rule.field]: rule.annotate(input, annotations as Paper) });
	}
	return annotations as TextAnnotations;
}
