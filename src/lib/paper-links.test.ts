import { describe, expect, it } from 'vitest';
import { hasCode, linkIdentity, paperLinks, queryValue, searchesAfterArxiv, searchLinks } from './paper-links.ts';

describe('paperLinks', () => {
	it('puts the paper first (arXiv, PDF, Hugging Face, DOI), then code and project', () => {
		const links = paperLinks({
			links: [
				{ url: 'https://lamo2023.github.io', kind: 'project' },
				{ url: 'https://github.com/s4nyam/RAMario', kind: 'code' },
			],
			arxivId: '2310.20587',
			doi: '10.1000/x',
		});
		expect(links.map((l) => `${l.label} ${l.url}`)).toEqual([
			'arXiv https://arxiv.org/abs/2310.20587',
			'PDF https://arxiv.org/pdf/2310.20587',
			'Hugging Face https://huggingface.co/papers/2310.20587',
			'DOI https://doi.org/10.1000/x',
			'Code https://github.com/s4nyam/RAMario',
			'Project page https://lamo2023.github.io',
		]);
	});

	it('lists a URL once and numbers links of the same kind', () => {
		const links = paperLinks({
			links: [
				{ url: 'https://arxiv.org/abs/2310.20587', kind: 'arxiv' },
				{ url: 'https://github.com/a/b', kind: 'code' },
				{ url: 'https://github.com/a/c/', kind: 'code' },
			],
			arxivId: '2310.20587',
			doi: null,
		});
		expect(links.map((l) => l.label)).toEqual(['arXiv', 'PDF', 'Hugging Face', 'Code (1)', 'Code (2)']);
	});

	it("lists a feed's versioned arXiv and dx.doi.org links once, as the links made from the paper's ids", () => {
		const links = paperLinks({
			links: [
				{ url: 'http://dx.doi.org/10.1103/PhysRevE.90.013308', kind: 'doi' },
				{ url: 'http://arxiv.org/abs/1404.7104v2', kind: 'arxiv' },
				{ url: 'http://arxiv.org/pdf/1404.7104v2', kind: 'arxiv' },
			],
			arxivId: '1404.7104',
			doi: '10.1103/PhysRevE.90.013308',
		});
		expect(links.map((l) => `${l.label} ${l.url}`)).toEqual([
			'arXiv https://arxiv.org/abs/1404.7104',
			'PDF https://arxiv.org/pdf/1404.7104',
			'Hugging Face https://huggingface.co/papers/1404.7104',
			'DOI https://doi.org/10.1103/PhysRevE.90.013308',
		]);
	});

	it('names the database a web page is in, and numbers only links of the same name', () => {
		const links = [
			{ url: 'https://pubmed.ncbi.nlm.nih.gov/31000001/', kind: 'other' as const },
			{ url: 'https://www.jstor.org/stable/123', kind: 'other' as const },
			{ url: 'https://example.org/a', kind: 'other' as const },
			{ url: 'https://example.org/b', kind: 'other' as const },
		];
		expect(paperLinks({ links, arxivId: null, doi: null }).map((l) => l.label)).toEqual(['PubMed', 'JSTOR', 'Web page (1)', 'Web page (2)']);
	});

	it('tells apart links that only look alike', () => {
		expect(linkIdentity('https://arxiv.org/abs/2310.20587')).not.toBe(linkIdentity('https://arxiv.org/pdf/2310.20587'));
		expect(linkIdentity('https://arxiv.org/abs/cond-mat/0607501v2')).toBe('arxiv-abs:cond-mat/0607501');
		expect(linkIdentity('https://github.com/a/b')).not.toBe(linkIdentity('https://github.com/a/c'));
		expect(linkIdentity('https://doi.org/10.1000/X')).toBe(linkIdentity('http://dx.doi.org/10.1000/x'));
	});

	it('drops links that are not web URLs', () => {
		expect(paperLinks({ links: [{ url: 'javascript:alert(1)', kind: 'other' }], arxivId: null, doi: null })).toEqual([]);
	});
});

describe('hasCode', () => {
	it('is true only with a code link', () => {
		expect(hasCode({ links: [{ url: 'https://github.com/a/b', kind: 'code' }] })).toBe(true);
		expect(hasCode({ links: [{ url: 'https://x.org', kind: 'project' }] })).toBe(false);
	});
});

describe('searchLinks', () => {
	it('searches arXiv, Hugging Face Papers and Semantic Scholar for the exact title', () => {
		const links = searchLinks('RAMario: Experimental  Approach');
		expect(links.map((l) => new URL(l.url).host)).toEqual(['arxiv.org', 'huggingface.co', 'www.semanticscholar.org']);
		expect(new URL(links[0]!.url).searchParams.get('query')).toBe('"RAMario: Experimental Approach"');
		expect(new URL(links[1]!.url).searchParams.get('q')).toBe('RAMario: Experimental Approach');
		expect(new URL(links[2]!.url).searchParams.get('q')).toBe('"RAMario: Experimental Approach"');
	});
});

describe('searchesAfterArxiv', () => {
	it('makes the other title searches from the arXiv one, as searchLinks makes them from the title', () => {
		for (const title of ['RAMario: Experimental Approach', '"Quoted" 50% & e+f = g#h, C/D? $x$ — ü', 'A  B\tC']) {
			const [arxiv, ...others] = searchLinks(title);
			expect(searchesAfterArxiv(arxiv!.url)).toEqual(others);
		}
	});

	it('makes none from other links', () => {
		expect(searchesAfterArxiv('https://arxiv.org/abs/1703.03400')).toEqual([]);
		expect(searchesAfterArxiv(searchLinks('Meta-DT')[2]!.url)).toEqual([]);
		expect(searchesAfterArxiv('https://arxiv.org/search/?query=Meta-DT&searchtype=all')).toEqual([]);
	});
});

describe('queryValue', () => {
	it('writes spaces as + and keeps what a query may hold raw, reading back as the text', () => {
		const text = '"A: B, C/D? 50% & e+f = g#h"';
		expect(queryValue(text)).toBe('%22A:+B,+C/D?+50%25+%26+e%2Bf+%3D+g%23h%22');
		expect(new URLSearchParams(`q=${queryValue(text)}`).get('q')).toBe(text);
	});
});
