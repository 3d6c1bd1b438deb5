/**
 * The related-paper search's input as a build of a workspace made it, read back from the
 * workspace's listing and content-hash caches: each paper's slug, title, abstract, entities and
 * ranked keyphrases, as `completeCollection` hands them to `findRelatedPapers`. For timing and
 * comparing the search on a real collection without annotating it again.
 */
import { join, resolve } from 'node:path';
import { entityKey } from '../../src/shared/urls.ts';
import type { PaperAnnotations } from '../annotate/annotate-paper.ts';
import type { KeptSelection } from '../annotate/collection/keyphrase-reuse.ts';
import type { RelatedInput } from '../annotate/collection/related.ts';
import { assignSlugs } from '../annotate/collection/slugs.ts';
import { parseLexicons } from '../annotate/lexicons.ts';
import { mergePapers } from '../ingest/index.ts';
import { generatorVersion, JsonCache, textKey } from '../cli/generation-cache.ts';
import { TEXT_CACHE_LINE } from '../cli/text-cache-line.ts';
import { readSources, resolveSources } from '../cli/read-sources.ts';
import { readdirSync, readFileSync } from 'node:fs';

/** The related-paper input of `site` (a project folder built with its caches) for the `sources` given. */
export function relatedInputsOf(site: string, sources: string[]): RelatedInput[] {
	const root = resolve(site);
	const { papers: raws } = readSources(resolveSources(root, sources), (file) => file);
	const { papers } = mergePapers(raws);
	const lexiconDir = join(root, 'content/lexicons');
	const lexiconFiles = readdirSync(lexiconDir)
		.filter((name) => /\.ya?ml$/.test(name))
		.sort()
		.map((name) => ({ file: join('content/lexicons', name), text: readFileSync(join(lexiconDir, name), 'utf8') }));
	parseLexicons(lexiconFiles);
	const version = generatorVersion(root, lexiconFiles);
	const texts = new JsonCache<PaperAnnotations>(join(root, '.paperfold-cache/texts.json'), version, TEXT_CACHE_LINE);
	const kept = new JsonCache<KeptSelection>(join(root, '.paperfold-cache/keyphrases.json'), version);
	const { slugs } = assignSlugs(papers);
	return papers.map((raw, i) => {
		const key = textKey(raw);
		const text = texts.get(key);
		const selection = kept.get(key);
		if (!text || !selection) throw new Error(`${site}: paper ${i} is not in the caches; build the workspace first`);
		return {
			id: slugs[i]!,
			title: raw.title,
			abstract: raw.abstract,
			entities: text.text.entities.map((e) => ({ key: entityKey(e.type, e.id), name: e.name })),
			keyphrases: selection.selection.ranked.map((k) => k.text),
		};
	});
}
