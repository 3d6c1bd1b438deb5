/**
 * The rules that clean a title as a source gives it, in order: each reads the title and the
 * abstract and returns the title, cleaned or unchanged. Adding a rule is one module and one line.
 */
import { bracketedTail } from './bracketed-tail.ts';
import { capitalsTitle } from './capitals-title.ts';
import { closingStop } from './closing-stop.ts';
import { footnoteMark } from './footnote-mark.ts';
import type { TitleRule } from './types.ts';

/** The title rules, in the order they run: another title in brackets comes off first, the stop before the mark is read at the end, the mark before the casing reads the words. */
export const TITLE_RULES: readonly TitleRule[] = [bracketedTail, closingStop, footnoteMark, capitalsTitle];

/** The title cleaned by every rule of `TITLE_RULES`. */
export function cleanTitle(title: string, abstract: string): string {
	return TITLE_RULES.reduce((current, rule) => rule(current, abstract), title);
}
