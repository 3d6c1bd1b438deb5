/**
 * A journal is where a paper is published, not a work it uses. An editorial names its own journal
 * and the journal's standing: "Welcome to the third issue of IEEE Transactions on Computational Social
 * Systems (TCSS) of 2022. … the CitesSore of IEEE TCSS has reached a historical high of 8.4." The
 * acronym rules see a title-case long form in "TCSS", the CamelCase rule a coined name in "CitesSore".
 * A name whose long form is a journal's title ("Transactions on …", "Journal of …", "… Letters") is a
 * journal (`journal-titles.ts`); a name written only as "the X of <that journal>" is one of the journal's figures (its
 * metric, its editor, its scope), whatever its spelling.
 */
import type { NameFilter } from './entity-rule.ts';
import type { Acronym } from '../../../src/shared/paper-schema.ts';
import { allMatches } from '../all-matches.ts';
import { escapeRegExp } from '../../../src/shared/regexp.ts';
import { isJournalTitle } from '../journal-titles.ts';

/** The short forms the abstract defines for a journal's title ("TCSS"). */
function journalAcronyms(acronyms: readonly Acronym[]): string[] {
	return acronyms.filter((a) => isJournalTitle(a.long)).map((a) => a.short);
}

/**
 * Whether every place `abstract` writes `name` is "the <name> of <journal>", the journal one of `journals`
 * (its acronym, a publisher's name before it maybe).
 *
 * @example onlyOfJournal('CitesSore', 'the CitesSore of IEEE TCSS has reached 8.4', ['TCSS']) // true
 */
export function onlyOfJournal(name: string, abstract: string, journals: readonly string[]): boolean {
	if (!journals.length) return false;
	const journal = new RegExp(String.raw`^\s+of\s+(?:the\s+)?(?:(?:IEEE|ACM|IET|SIAM)\s+)?(?:${journals.map(escapeRegExp).join('|')})(?![\w-])`);
	const uses = allMatches(abstract, new RegExp(String.raw`(?<![\w-])${escapeRegExp(name)}(?![\w-])`, 'g'));
	return uses.length > 0 && uses.every((m) => journal.test(abstract.slice(m.index + name.length, m.index + name.length + 60)));
}

/** Drops a journal named by its acronym, and a name written only as a figure of that journal. */
export const journalNames: NameFilter = {
	name: 'journal names',
	rejects: ({ name, forms }, { abstract, acronyms }) => {
		if ([...forms].some(isJournalTitle)) return true;
		const journals = journalAcronyms(acronyms);
		return journals.includes(name) || onlyOfJournal(name, abstract, journals);
	},
};
