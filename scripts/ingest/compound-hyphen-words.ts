/**
 * Words English writes in hyphenated compounds of any field ("text-based", "self-supervised",
 * "data-driven", "long-term"): a line broken after "text-" is most likely such a compound, never
 * the word "textbased". `line-break-hyphens.ts` keeps the hyphen where one of these meets a break.
 */

/** Second halves of hyphenated compounds. */
export const COMPOUND_HEADS: ReadonlySet<string> = new Set(
	`based driven aware free specific level scale wise like dependent independent oriented agnostic efficient intensive
	friendly centric guided conditioned supervised trained tuned tuning order term time range world life class art
	making sized shaped related induced derived dominated resolved averaged weighted informed sensitive invariant
	specified defined wide scale step domain source layer stage shot off`.split(/\s+/),
);

/** First halves of hyphenated compounds. */
export const COMPOUND_MODIFIERS: ReadonlySet<string> = new Set(
	`self cross non multi semi fine well real long short high low large small open end full half state
	one two three four five first second third few zero data task user human model rule`.split(/\s+/),
);
