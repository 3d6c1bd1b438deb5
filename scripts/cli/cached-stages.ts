/**
 * The per-paper stages of the generator with the content-hash cache and worker threads
 * around them: only new or changed papers are annotated and rendered, on both cores when
 * there are many. The stages themselves stay pure (`annotateText`, `renderPaperMdx`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { completeCollection, prepareCollection, type AnnotateCollectionResult } from '../annotate/annotate-collection.ts';
import { annotateText } from '../annotate/annotate-text.ts';
import type { Lexicons } from '../annotate/lexicons.ts';
import type { Taxonomy } from '../annotate/taxonomy.ts';
import type { TextAnnotations } from '../annotate/types.ts';
import type { RawPaper } from '../ingest/types.ts';
import { renderPaperMdx } from '../render/paper-mdx.ts';
import type { Paper } from '../../src/shared/paper-schema.ts';
import { contentHash, pageKey, textKey, type PageCache, type TextCache } from './generation-cache.ts';
import { mapPapers } from './paper-stage.ts';
import { annotateAndPrepareInWorkers, renderPagesInWorkers, threadCount } from './parallel.ts';


/**
 * The whole annotate stage: text annotations for every paper (from the cache, else
 * computed) and then the collection (`annotateCollection`'s result). With many papers to
 * annotate, worker threads annotate while the first of them prepares the collection (slugs,
 * topics, text features) instead of after.
 */
export async function annotatePapers(
	raws: readonly RawPaper[],
	options: { taxonomy: Taxonomy | null; lexicons: Lexicons; lexiconFiles: { file: string; text: string }[]; cache: TextCache },
): Promise<{ collection: AnnotateCollectionResult; computed: number }> {
	const { taxonomy, lexicons, cache } = options;
	const keys = raws.map(textKey);
	const texts: (TextAnnotations | undefined)[] = keys.map((key) => cache.get(key));
	const missing = texts.flatMap((text, i) => (text ? [] : [i]));
	const threads = threadCount(missing.length);
	const stale = missing.map((i) => raws[i]!);
	const { texts: fresh, prepared } =
		threads > 1
			? await annotateAndPrepareInWorkers(stale, { raws, taxonomy }, options.lexiconFiles, threads, lexicons)
			: { texts: mapPapers('annotation', stale, (raw) => annotateText(raw, lexicons)), prepared: prepareCollection(raws, { taxonomy }) };
	missing.forEach((index, j) => {
		texts[index] = fresh[j]!;
		cache.set(keys[index]!, fresh[j]!);
	});
	const collection = completeCollection({ ...prepared, raws, taxonomy }, { lexicons, texts: texts as TextAnnotations[] });
	return { collection, computed: missing.length };
}

/**
 * The MDX text of every page. A page whose record is unchanged and whose file still holds the
 * bytes written last time is read back instead of rendered; an edited page is rendered anew.
 */
export async function renderPages(
	papers: readonly Paper[],
	options: { outDir: string; cache: PageCache },
): Promise<{ pages: string[]; rendered: number }> {
	const keys = papers.map(pageKey);
	const pages: (string | undefined)[] = papers.map((paper, i) => {
		const cached = options.cache.get(paper.id);
		const file = join(options.outDir, `${paper.id}.mdx`);
		if (!cached || cached.file !== keys[i] || !existsSync(file)) return undefined;
		const text = readFileSync(file, 'utf8');
		return contentHash(text) === cached.content ? text : undefined;
	});
	const missing = pages.flatMap((page, i) => (page === undefined ? [i] : []));
	const threads = threadCount(missing.length);
	const stale = missing.map((i) => papers[i]!);
	const fresh = threads > 1 ? await renderPagesInWorkers(stale, threads) : mapPapers('rendering', stale, (paper) => renderPaperMdx(paper));
	missing.forEach((index, j) => {
		pages[index] = fresh[j]!;
	});
	papers.forEach((paper, i) => options.cache.set(paper.id, { file: keys[i]!, content: contentHash(pages[i]!) }));
	return { pages: pages as string[], rendered: missing.length };
}
