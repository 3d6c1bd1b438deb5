import { describe, expect, it } from 'vitest';
import { runInNewContext } from 'node:vm';
import type { CitedPaper } from '../../lib/csl-json.ts';
import { packJson } from '../../lib/pack-json.ts';
import { unpackJson } from '../packed-json.ts';
import { LIBRARY_DATA_GLOBAL, buildCitationData, citationFields, renderDataScript, withAbstract, type CitationData } from './citation-data.ts';

const cited: CitedPaper = {
	id: 'a-paper',
	title: 'Learning to Jump </script>',
	abstract: 'We jump.',
	authors: ['Sanyam Jain', 'Ana Lee'],
	published: '2023-05-16',
	arxivId: '2305.01234',
	doi: '10.1/x',
	organization: 'Lab',
	venue: { name: 'Journal of <Jumping> & Leaping', kind: 'journal' },
	links: [],
};
const bare: CitedPaper = { id: 'bare', title: 'Bare', abstract: '', authors: [], published: null, arxivId: null, doi: null, organization: null, links: [] };

describe('buildCitationData', () => {
	it('leaves out the id, the URL and every empty field, which the reader gets back whole', () => {
		const data = buildCitationData([cited, bare], 'https://x.org/paperfold/');
		expect(data.papers.bare).toEqual({ title: 'Bare' });
		expect(citationFields(data, 'bare')).toEqual({
			id: 'bare',
			title: 'Bare',
			authors: [],
			published: null,
			arxivId: null,
			doi: null,
			venue: null,
			organization: null,
			url: 'https://x.org/paperfold/papers/bare/',
		});
		const { links: _links, abstract: _abstract, ...fields } = cited;
		expect(citationFields(data, 'a-paper')).toEqual({ ...fields, url: 'https://x.org/paperfold/papers/a-paper/' });
	});

	it('gives based URLs when the site has no URL, and nothing for a paper it does not hold', () => {
		const data = buildCitationData([bare], '/paperfold/');
		expect(citationFields(data, 'bare')?.url).toBe('/paperfold/papers/bare/');
		expect(citationFields(data, 'gone')).toBeNull();
		expect(citationFields(data, 'constructor')).toBeNull();
	});

	it('reads the whole records of the previous version, which a service worker may still hold', () => {
		const old = { id: 'bare', title: 'Bare', authors: [], published: null, arxivId: null, doi: null, organization: null, url: '/papers/bare/' };
		const data = { v: 1, papers: { bare: old } } as unknown as CitationData;
		expect(citationFields(data, 'bare')).toEqual(old);
	});
});

describe('renderDataScript', () => {
	it('assigns the data, packed, to its global in a script no text can close', async () => {
		const script = renderDataScript(LIBRARY_DATA_GLOBAL, packJson(buildCitationData([cited], '/')));
		expect(script).not.toContain('</script>');
		const window: Record<string, string> = {};
		runInNewContext(script, { window });
		expect(citationFields(await unpackJson<CitationData>(window[LIBRARY_DATA_GLOBAL]!), 'a-paper')?.title).toBe(cited.title);
	});
});

describe('withAbstract', () => {
	it('adds the paper\'s abstract, or none when the abstracts are not at hand', () => {
		const fields = citationFields(buildCitationData([cited], '/'), 'a-paper')!;
		expect(withAbstract(fields, new Map([['a-paper', 'We jump.']])).abstract).toBe('We jump.');
		expect(withAbstract(fields, null).abstract).toBe('');
	});
});
