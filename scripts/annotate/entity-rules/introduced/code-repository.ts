/**
 * The name of the code repository an abstract points to, when the text names the same thing:
 * "… logistic regression ensemble for Variant Effect Score Prediction without Alignments
 * (VESPA) … available through https://github.com/Rostlab/VESPA", "… GraphBin … at
 * https://github.com/Vini2/GraphBin". An abstract links the code it releases, so what the
 * repository is named after is the paper's own, even where no sentence says "we propose" it.
 * The text's spelling is the name ("ReLIC" for …/aielawady/relic); a repository named after a
 * phrase ("effective-horizon") or after a name the lexicons know is no such name, nor is the
 * package the paper's tool extends, whose repository it may live in (`base-packages.ts`).
 */
import { basePackageNames } from '../base-packages.ts';
import { isCoinedName } from '../coined-name.ts';
import { nameStarts } from '../name-occurrences.ts';
import { hit, type NameContext, type NameHit, type NameRule } from './name-rule.ts';
import { allMatches } from '../../all-matches.ts';

// owner/name on a code or model host; a name stops at a dot ("GraphBin.vijini…", "VINE.").
const REPOSITORY = /\b(?:github\.com|gitlab\.com|bitbucket\.org|codeberg\.org|huggingface\.co(?:\/(?:datasets|spaces))?)\/[\w.-]+\/([\w-]+)/gi;
const URL = /(?:https?:\/\/|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|co)\/\S*/g;

/** The names of the repositories the abstract links, written the same way outside the links. */
export const codeRepository: NameRule = {
	name: 'code repository',
	scope: 'paper',
	find(context) {
		const { abstract, isKnown, isGeneric } = context;
		const hits: NameHit[] = [];
		// Most abstracts link no repository: their links are not looked for.
		const repositories = allMatches(abstract, REPOSITORY);
		if (repositories.length === 0) return hits;
		const links = allMatches(abstract, URL).map((m) => [m.index, m.index + m[0].length] as const);
		const inLink = (at: number) => links.some(([start, end]) => at >= start && at < end);
		// "an extension to the VCFkit package … github.com/lab/VCFkit": the repository of the package the tool extends.
		const bases = basePackageNames(abstract);
		for (const [, repository] of repositories) {
			const name = spellingInText(repository!, context, inLink);
			if (name && !bases.has(name) && !isKnown(name) && !isGeneric(name) && !hits.some((h) => h.name === name)) hits.push(hit(name));
		}
		return hits;
	},
};

/**
 * How the abstract writes `repository` outside its links, if it writes it as a name: a coined
 * name, or a capitalised word somewhere a sentence does not begin.
 */
function spellingInText(repository: string, { abstract, sentences }: NameContext, inLink: (at: number) => boolean): string | undefined {
	const starts = new Set(sentences.map((s) => s.start));
	const written = writtenAt(repository, abstract).filter((at) => !inLink(at));
	const named = written.map((at) => ({ at, text: abstract.slice(at, at + repository.length) })).find(({ at, text }) => isCoinedName(text) || (/^[A-Z]/.test(text) && !starts.has(at)));
	return named?.text;
}

const WORD_OR_HYPHEN = /[\w-]/;

/**
 * Where `/(?<![\w-])REPOSITORY(?![\w-])/gi` matches `text`, without compiling a pattern per
 * repository (that cost more than the rest of the rule). The name is ASCII word characters and
 * hyphens, so `nameStarts` finds its case-insensitive matches exactly, and two bounded ones
 * cannot overlap: every start is a match of the pattern.
 */
function writtenAt(repository: string, text: string): number[] {
	const end = (at: number) => at + repository.length;
	return (nameStarts(repository, text) ?? []).filter((at) => (at === 0 || !WORD_OR_HYPHEN.test(text[at - 1]!)) && (end(at) === text.length || !WORD_OR_HYPHEN.test(text[end(at)]!)));
}
