/**
 * The objects a page key writes as a digest it already has (page-cache-key.ts's `known`): each
 * paper record as its page's content digest, and each of the record's claims as that digest and
 * its position. Entity pages list claims, not papers: without this every claim about an entity
 * is written out whole, field by field, for every build's keys. A record is never changed once
 * loaded (a changed page is a new record), so its digest stands for every part of it.
 */
import type { Paper } from '../shared/paper-schema.ts';

/**
 * The digests standing for `records[i]` (`paper:` and `digests[i]`) and for each of its claims
 * (the record's, `/claims/` and the claim's index: a digest is hex, so the two never meet).
 */
export function recordDigests(records: readonly Paper[], digests: readonly string[]): Map<object, string> {
	const known = new Map<object, string>();
	records.forEach((record, i) => {
		const digest = `paper:${digests[i]}`;
		known.set(record, digest);
		record.claims.forEach((claim, at) => known.set(claim, `${digest}/claims/${at}`));
	});
	return known;
}
