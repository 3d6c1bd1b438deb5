/**
 * Stable page slugs for papers: `/papers/<slug>/`.
 *
 * A slug depends only on the title (github-slugger, then folded to ASCII and cut at a
 * word boundary), so it survives re-runs and reordering. Papers whose titles give the same
 * slug all get their arXiv id (or DOI) added, so which one comes first never decides who
 * owns a slug; they are reported, never silently overwritten.
 */
import { slug as githubSlug } from 'github-slugger';
import { separateJoinedWords } from '../word-joiners.ts';

/** Longest slug before a collision suffix. */
export const MAX_SLUG_LENGTH = 80;
/** Used when a title has no ASCII letters or digits at all. */
const FALLBACK_SLUG = 'paper';

/** What a slug is made from: the title, plus what can tell same-titled papers apart. */
export interface SlugInput {
	title: string;
	arxivId?: string | null;
	doi?: string | null;
	published?: string | null;
}

/** Papers whose titles gave the same slug, and the slugs they got instead. */
export interface SlugCollision {
	/** The slug they all wanted. */
	slug: string;
	/** In input order; only a paper with nothing to tell it apart (nor a date) may keep `slug`. */
	papers: { index: number; title: string; slug: string; suffix: 'none' | 'arxiv' | 'doi' | 'date' | 'counter' }[];
}

/** Slug of one title: lowercase ASCII words joined by `-`, at most {@link MAX_SLUG_LENGTH} characters. */
export function slugify(title: string): string {
	const ascii = separateJoinedWords(title.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''));
	const words = githubSlug(ascii)
		.replace(/[^a-z0-9-]+/g, '-')
		.split('-')
		.filter(Boolean);
	let result = '';
	for (const word of words) {
		const next = result ? `${result}-${word}` : word;
		if (next.length > MAX_SLUG_LENGTH) {
			// A single overlong first word is cut hard; otherwise stop at the last whole word.
			if (!result) result = word.slice(0, MAX_SLUG_LENGTH);
			break;
		}
		result = next;
	}
	return result || FALLBACK_SLUG;
}

/**
 * Slugs for a whole collection, one per input in input order, all distinct.
 * On a collision every paper gets `-<arXiv id>`, else `-<DOI>`, else `-<published date>`;
 * the first paper with none of these keeps the slug, later ones get `-2`, `-3`, … (the first
 * free one). So dropping one of two same-titled papers never hands its slug to the other.
 *
 * @example assignSlugs([{ title: 'X', arxivId: '2401.1' }, { title: 'X', arxivId: '2402.2' }]).slugs // ['x-2401-1', 'x-2402-2']
 */
export function assignSlugs(inputs: readonly (string | SlugInput)[]): { slugs: string[]; collisions: SlugCollision[] } {
	const items = inputs.map((input) => (typeof input === 'string' ? { title: input } : input));
	const bases = items.map((item) => slugify(item.title));
	const groups = new Map<string, number[]>();
	bases.forEach((base, index) => groups.set(base, [...(groups.get(base) ?? []), index]));

	// Every base slug is taken up front so a suffixed slug can never steal another paper's base.
	const used = new Set(bases);
	const slugs = [...bases];
	const collisions: SlugCollision[] = [];
	for (const [base, indices] of groups) {
		if (indices.length < 2) continue;
		used.delete(base);
		const papers: SlugCollision['papers'] = [];
		for (const index of indices) {
			const { arxivId, doi, published } = items[index];
			const candidates: [string, 'arxiv' | 'doi' | 'date'][] = [];
			for (const [value, suffix] of [[arxivId, 'arxiv'], [doi, 'doi'], [published, 'date']] as const) {
				const part = suffixPart(value);
				if (part) candidates.push([`${base}-${part}`, suffix]);
			}
			const free = candidates.find(([candidate]) => !used.has(candidate));
			let counter = 2;
			while (!free && used.has(`${base}-${counter}`)) counter++;
			const [slug, suffix] = free ?? (candidates.length > 0 || used.has(base) ? [`${base}-${counter}`, 'counter' as const] : [base, 'none' as const]);
			papers.push({ index, title: items[index].title, slug, suffix });
			slugs[index] = slug;
			used.add(slug);
		}
		collisions.push({ slug: base, papers });
	}
	return { slugs, collisions };
}

/** `2310.12345v2` → `2310-12345v2`: keeps the separators readable, unlike github-slugger. */
function suffixPart(value: string | null | undefined): string {
	return (value ?? '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** `"Title" × 2 → slug (kept), slug-2401-00001 (arXiv id)`, for the build log. */
export function describeCollision(collision: SlugCollision): string {
	const why = { none: 'kept', arxiv: 'arXiv id', doi: 'DOI', date: 'publication date', counter: 'input order' } as const;
	const titles = [...new Set(collision.papers.map((p) => `"${p.title}"`))].join(' / ');
	return `${titles} × ${collision.papers.length} → ${collision.papers.map((p) => `${p.slug} (${why[p.suffix]})`).join(', ')}`;
}
