/**
 * The title's own name when the abstract writes it as an unexpanded LaTeX macro: an arXiv
 * abstract pasted from the paper's source keeps "\foonetpro" where the PDF prints "FooNet2.5-Pro",
 * the title's "FooNet2.5-Pro: …" prefix. A macro whose letters are the letters of the title's name,
 * case, digits and punctuation aside, is that name; it is the paper's own (authors define a macro
 * for what they keep writing: their system), and the macro is one of its forms, so its mentions in
 * the abstract link to it. A macro of other letters ("\mineru" beside "\minerupro", "\cite") names
 * something else.
 */
import { titleName } from '../../text/title-name.ts';
import { isCoinedName } from '../coined-name.ts';
import type { NameRule } from './name-rule.ts';
import { allMatches } from '../../all-matches.ts';

const MACRO = /\\([A-Za-z]{3,})(?![A-Za-z])/g;
const letters = (text: string) => text.toLowerCase().replace(/[^a-z]/g, '');

/** The title's coined name, with the macro the abstract writes it as. */
export const macroNamedTitle: NameRule = {
	name: 'macro-named title',
	scope: 'paper',
	find({ title, abstract, isKnown }) {
		// Most abstracts hold no backslash: one plain scan spares them the rest.
		if (!abstract.includes('\\')) return [];
		const name = titleName(title);
		if (!name || !isCoinedName(name) || isKnown(name)) return [];
		const spelled = letters(name);
		const macros = [...new Set(allMatches(abstract, MACRO).filter((m) => letters(m[1]!) === spelled).map((m) => m[0]))];
		return macros.length === 0 ? [] : [{ name, forms: [name, ...macros], type: 'method' }];
	},
};
