/**
 * The shape of a text annotation rule: one module under `text/` that fills one field of the
 * paper record from the paper's own title and abstract. `text-rules.ts` lists them in the
 * order they run; `annotateText` runs the list.
 */
import type { Paper, Span } from '../../../src/shared/paper-schema.ts';
import type { Lexicons } from '../lexicons.ts';

/** What every rule reads: the paper's own text, split into sentences once for all rules. */
export interface TextInput {
	title: string;
	abstract: string;
	/** Sentences of the abstract (at least one), with exact offsets. */
	sentences: Span[];
	lexicons: Lexicons;
}

/**
 * One text annotation. `annotate` returns the value of `field`; it may read the fields named in
 * `needs`, which rules earlier in the list have made (the runner checks that they have).
 */
export interface TextRule<Field extends keyof Paper, Needs extends keyof Paper = never> {
	field: Field;
	needs: readonly Needs[];
	annotate(input: TextInput, earlier: Pick<Paper, Needs>): Paper[Field];
	/**
	 * `annotate` of each paper of a group, in order, with the same values, for a rule that is itself
	 * a list of rules it runs faster one over all the papers at a time (`annotateTexts`).
	 */
	annotateAll?(inputs: readonly TextInput[], earlier: readonly Pick<Paper, Needs>[]): Paper[Field][];
}
