/**
 * Times the related-paper search on a built workspace's real inputs (`related-inputs.ts`), from
 * scratch and reusing the last search after one changed abstract, and checks both give the same
 * lists:
 *
 *   node scripts/bench/related-reuse.ts --site DIR/10000/site --source DIR/10000/listing.txt [--at 5000]
 */
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { findRelatedPapersReusing, type RelatedSearch } from '../annotate/collection/related.ts';
import { collectTextFeatures } from '../annotate/collection/text-feature-table.ts';
import { relatedInputsOf } from './related-inputs.ts';

const { values } = parseArgs({ options: { site: { type: 'string' }, source: { type: 'string' }, at: { type: 'string', default: '5000' } } });
if (!values.site || !values.source) throw new Error('usage: related-reuse.ts --site DIR --source LISTING [--at INDEX]');
const papers = relatedInputsOf(values.site, [values.source]);
const at = Math.min(Number(values.at), papers.length - 1);
const changed = papers.map((paper, i) => (i === at ? { ...paper, abstract: `${paper.abstract} We also release an extended evaluation suite.` } : paper));

const timed = <T>(label: string, run: () => T): T => {
	const cpu = process.cpuUsage();
	const started = performance.now();
	const result = run();
	const used = process.cpuUsage(cpu);
	console.log(`${label}: ${((performance.now() - started) / 1000).toFixed(2)} s wall, ${((used.user + used.system) / 1e6).toFixed(2)} s CPU`);
	return result;
};
const before = collectTextFeatures(papers);
const after = collectTextFeatures(changed);
// Through JSON, as the cache keeps it.
const kept = JSON.parse(JSON.stringify(timed('search, before the change', () => findRelatedPapersReusing(papers, undefined, { text: before })))) as RelatedSearch;
const scratch = timed('search from scratch after the change', () => findRelatedPapersReusing(changed, undefined, { text: after }));
const reused = timed('search reusing the last one', () => findRelatedPapersReusing(changed, kept, { text: after }));
const taken = reused.papers.filter((paper, i) => paper === kept.papers[i]).length;
console.log(`${papers.length} papers, abstract ${at} changed: ${papers.length - taken} searched again, ${taken} taken as kept; equal to the search from scratch: ${isDeepStrictEqual(reused, scratch)}`);
