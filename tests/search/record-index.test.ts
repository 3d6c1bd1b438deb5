/**
 * The search index is built from the paper records while Astro renders (src/integrations/
 * pagefind-indexer.ts), not from the built pages. This indexes the built paper pages with
 * Pagefind as the site once did and checks every page's fragment is the same: the record-built
 * documents carry exactly what the pages' `data-pagefind-*` parts carry.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { PAGEFIND_CONFIG } from '../../src/integrations/pagefind-indexer.ts';

const site = inject('site');
const scratch = mkdtempSync(join(tmpdir(), 'record-index-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Every page fragment of a bundle, by URL. */
function fragments(bundle: string): Map<string, unknown> {
	const dir = join(bundle, 'fragment');
	return new Map(
		readdirSync(dir).map((name) => {
			const text = gunzipSync(readFileSync(join(dir, name))).toString('utf8');
			const fragment = JSON.parse(text.slice(text.indexOf('{'))) as { url: string };
			return [fragment.url, fragment];
		}),
	);
}

describe('the record-built search index', () => {
	it('holds for every paper page the fragment Pagefind makes from the built page', async () => {
		const { index, errors } = await pagefind.createIndex(PAGEFIND_CONFIG);
		expect(errors).toEqual([]);
		const added = await index!.addDirectory({ path: site.dist, glob: 'papers/*/index.html' });
		expect(added.errors).toEqual([]);
		await index!.writeFiles({ outputPath: scratch });
		await pagefind.close();

		const fromPages = fragments(scratch);
		const fromRecords = fragments(join(site.dist, 'pagefind'));
		expect(fromPages.size).toBe(readdirSync(join(site.dist, 'papers'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).length);
		expect([...fromRecords.keys()].sort()).toEqual([...fromPages.keys()].sort());
		for (const [url, fragment] of fromPages) expect(fromRecords.get(url), url).toEqual(fragment);
	});
});
