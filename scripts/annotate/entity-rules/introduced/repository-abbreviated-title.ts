/**
 * A title that is the method's name, when the code repository the abstract links abbreviates it:
 * "Sparsity-Aware Vision Transformer", whose abstract ends "code at github.com/lab/SpAwViT" and
 * otherwise says "we present a simple add-on". Authors name a repository after their method, and
 * an abbreviation made of the opening letters of every title word (Sp-Aw-Vi-T) says the title is
 * that name, not a description of the paper; the abstract itself may never write it. Only a short
 * title (two to six words, each capitalised but small joining words) without a colon is read so,
 * and the repository's parts (split at capitals) must each open the next title word, in order, to
 * the last one; "LanguageModels" of "Large Language Models for Tables" is no abbreviation of it.
 */
import { hit, type NameRule } from './name-rule.ts';
import { allMatches } from '../../all-matches.ts';

const REPOSITORY = /\b(?:github\.com|gitlab\.com|bitbucket\.org|codeberg\.org)\/[\w.-]+\/([\w-]+)/gi;
const SMALL = /^(?:of|for|and|in|on|with|to|the|a|an)$/;

/** Whether `repository` is made of the opening letters of `words` in order, each word opened once (small words may be skipped). */
export function abbreviates(repository: string, words: readonly string[]): boolean {
	const parts = repository.match(/[A-Z][a-z]*|[a-z]+|\d+/g) ?? [];
	if (parts.length < 3 || parts.join('') !== repository) return false;
	let w = 0;
	for (const part of parts) {
		while (w < words.length && SMALL.test(words[w]!) && !words[w]!.toLowerCase().startsWith(part.toLowerCase())) w++;
		if (w >= words.length || !words[w]!.toLowerCase().startsWith(part.toLowerCase())) return false;
		w++;
	}
	return w === words.length;
}

/** The whole title, as the paper's own method, when the linked repository abbreviates it. */
export const repositoryAbbreviatedTitle: NameRule = {
	name: 'repository-abbreviated title',
	scope: 'paper',
	find({ title, abstract, isKnown }, found) {
		if (found.length > 0 || title.includes(':') || !/github|gitlab|bitbucket|codeberg/.test(abstract)) return [];
		const name = title.trim().replace(/\.$/, '');
		const words = name.split(/[\s-]+/).filter(Boolean);
		if (words.length < 2 || words.length > 6 || !words.every((w) => SMALL.test(w) || /^[A-Z]/.test(w)) || isKnown(name)) return [];
		for (const m of allMatches(abstract, REPOSITORY)) {
			if (abbreviates(m[1]!, words)) return [{ ...hit(name), forms: [name, m[1]!], titleOnly: !abstract.includes(name) }];
		}
		return [];
	},
};
