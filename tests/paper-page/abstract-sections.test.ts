/**
 * A paper whose reference-manager export joined a Plain Language Summary and Key Points to its
 * abstract (Zotero keeps them in one field), built into a site under a base path: the page shows
 * the abstract, then its reading key, then each joined part under its own heading (Key Points as
 * a list).
 */
import { join } from 'node:path';
import type { Element } from 'hast';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, removeCopy, type BuiltSite } from '../helpers/build-site.ts';
import { readPage, select, selectAll, toText } from '../helpers/html.ts';
import { readPapersJson } from '../helpers/site-data.ts';

const FIXTURE = join(import.meta.dirname, 'fixtures/joined-abstract-parts.csl.json');

let built: BuiltSite;
let slug: string;

beforeAll(() => {
	built = buildSite({ args: ['--source', FIXTURE], env: { BASE_PATH: '/reading/' } });
	slug = readPapersJson(built.dist).papers[0]!.id;
}, 180_000);
afterAll(() => {
	if (built) removeCopy(built.root);
});

describe('the parts an export joined to an abstract', () => {
	it('come after the abstract and its reading key, each under its own heading', () => {
		const page = readPage(built.dist, `papers/${slug}/`);
		// The article's blocks in order: the abstract's ends with it, the key follows, then the joined parts.
		const blocks = (select('article.paper', page)!.children as Element[]).filter((node) => node.type === 'element');
		const key = blocks.findIndex((block) => String(block.properties.className).includes('reading-key'));
		expect(key).toBeGreaterThan(0);
		const headingsOf = (block: Element | undefined) => (block ? selectAll('h2', block).map((h) => h.properties.id) : []);
		expect(headingsOf(blocks[key - 1])).toEqual(['abstract']);
		const after = blocks[key + 1]!;
		expect(headingsOf(after)).toEqual(['plain-language-summary', 'key-points']);
		expect(toText(select('h2#plain-language-summary + p', after)!)).toContain('breakup now comes earlier');
	});

	it('keep the abstract to its own text and list the key points one a line', () => {
		const page = readPage(built.dist, `papers/${slug}/`);
		const abstract = toText(select('h2#abstract + p', page)!);
		expect(abstract).toContain('with the largest shifts in coastal basins.');
		expect(abstract).not.toContain('Plain Language Summary');
		expect(selectAll('h2#key-points + ul li', page).map((li) => toText(li))).toEqual(['Breakup dates from 212 stations were compiled', 'Breakup advanced by 2.4 days per decade', 'Coastal basins shifted the most']);
	});
});
