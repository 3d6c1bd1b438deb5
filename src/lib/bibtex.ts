/**
 * A BibTeX citation for a paper, built only from its recorded fields (nothing guessed).
 */
import { splitLatexText } from '../loaders/remark-latex-text.ts';
import type { Paper } from '../shared/paper-schema.ts';

type CitablePaper = Pick<Paper, 'id' | 'title' | 'authors' | 'published' | 'arxivId' | 'doi' | 'links' | 'organization'> & Partial<Pick<Paper, 'venue'>>;

/** The entry type and venue field of each kind of venue; a paper with none is `@misc`. */
const VENUE_ENTRY = {
	journal: ['article', 'journal'],
	proceedings: ['inproceedings', 'booktitle'],
	book: ['incollection', 'booktitle'],
	thesis: ['phdthesis', 'school'],
	report: ['techreport', 'institution'],
	other: ['misc', 'howpublished'],
} as const satisfies Record<NonNullable<Paper['venue']>['kind'], readonly [string, string]>;

const SPECIALS: Record<string, string> = { '\\': '\\textbackslash{}', '~': '\\textasciitilde{}', '^': '\\textasciicircum{}' };

/** Escapes the characters BibTeX and LaTeX treat as syntax. */
export function escapeBibtex(text: string): string {
	// One pass, so the braces of `\textbackslash{}` are not escaped again.
	return text.replace(/[\\{}&%$#_~^]/g, (c) => SPECIALS[c] ?? `\\${c}`);
}

/**
 * A title for BibTeX, which is LaTeX: its maths (`$\alpha$`, `\(…\)`) kept as `$…$` for
 * LaTeX to typeset, the text around it as shown on the page (`\oni` → "oni") and escaped.
 * @example bibtexTitle('Scaling $\\alpha$-Divergences at 45\\%') // 'Scaling $\\alpha$-Divergences at 45\\%'
 */
export function bibtexTitle(title: string): string {
	if (!/[\\$~]/.test(title)) return escapeBibtex(title);
	return splitLatexText(title)
		.map((node) => (node.type === 'text' ? escapeBibtex(node.value) : `$${node.value}$`))
		.join('');
}

/** Words Google Scholar skips when it takes a key's title word. */
const SKIPPED_WORDS = /^(a|an|the|on|of|in|for|to|and|with|from|using|towards?|via)$/i;

/**
 * A Google Scholar style key: first author's family name, year, first title word
 * (`nichol2018first`). Without author names it is the first title word and year
 * (`ramario2023`): never a word of the slug passed off as a name.
 */
export function citationKey(paper: CitablePaper): string {
	const ascii = (s: string) => s.normalize('NFKD').replace(/[^A-Za-z0-9]/g, '').toLowerCase();
	const name = paper.authors[0]?.trim();
	// "Family, Given" (BibTeX and CSL order) or "Given Family".
	const family = name?.includes(',') ? name.split(',')[0] : name?.split(/\s+/).at(-1);
	const year = paper.published?.slice(0, 4) ?? '';
	const word = ascii(paper.title.split(/[\s\-:–—]+/).find((w) => ascii(w) && !SKIPPED_WORDS.test(ascii(w))) ?? '');
	const who = ascii(family ?? '');
	return who ? `${who}${year}${word}` : `${word || 'paper'}${year}`;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * The BibTeX entry: `@article`, `@inproceedings` or `@incollection` with its journal or book
 * title when the listing named where the paper was published (`@phdthesis` with its school,
 * `@techreport` with its institution), else `@misc`; title (case
 * protected), authors when known, year and month, the arXiv eprint, DOI and a URL (arXiv, DOI,
 * else the page's own URL when given).
 */
export function toBibtex(paper: CitablePaper, pageUrl?: string): string {
	const fields: [string, string][] = [['title', `{${bibtexTitle(paper.title)}}`]];
	if (paper.authors.length) fields.push(['author', paper.authors.map(escapeBibtex).join(' and ')]);
	else if (paper.organization) fields.push(['author', `{${escapeBibtex(paper.organization)}}`]);
	const [entryType, venueField] = paper.venue ? VENUE_ENTRY[paper.venue.kind] : ['misc', null];
	if (paper.venue && venueField) fields.push([venueField, escapeBibtex(paper.venue.name)]);
	if (paper.published) {
		fields.push(['year', paper.published.slice(0, 4)]);
		const month = MONTHS[Number(paper.published.slice(5, 7)) - 1];
		if (month) fields.push(['month', month]);
	}
	if (paper.arxivId) {
		fields.push(['eprint', escapeBibtex(paper.arxivId)], ['archivePrefix', 'arXiv']);
	}
	if (paper.doi) fields.push(['doi', escapeBibtex(paper.doi)]);
	const url = paper.arxivId
		? `https://arxiv.org/abs/${paper.arxivId}`
		: paper.doi
			? `https://doi.org/${paper.doi}`
			: pageUrl;
	if (url) fields.push(['url', url.replace(/([{}%#])/g, '\\$1')]);
	// Unbraced month macros (`may`) are BibTeX's own; everything else is braced.
	const body = fields
		.map(([name, value]) => (name === 'month' ? `  ${name} = ${value}` : `  ${name} = {${value}}`))
		.join(',\n');
	return `@${entryType}{${citationKey(paper)},\n${body}\n}`;
}
