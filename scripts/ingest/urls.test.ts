import { describe, expect, it } from 'vitest';
import { articleLink, classifyUrl, findUrls } from './urls.ts';

describe('classifyUrl', () => {
	it('calls repositories and Hugging Face Spaces code, other sites project pages', () => {
		expect(classifyUrl('https://github.com/s4nyam/RAMario')).toBe('code');
		expect(classifyUrl('https://gitlab.com/group/tool')).toBe('code');
		expect(classifyUrl('https://codeberg.org/someone/thing')).toBe('code');
		expect(classifyUrl('https://huggingface.co/spaces/org/demo')).toBe('code');
		expect(classifyUrl('https://huggingface.co/papers/2501.12948')).toBe('huggingface');
		expect(classifyUrl('https://arxiv.org/abs/2310.20587')).toBe('arxiv');
		expect(classifyUrl('https://doi.org/10.1000/xyz')).toBe('doi');
		expect(classifyUrl('https://lamo2023.github.io')).toBe('project');
		expect(classifyUrl('https://sites.google.com/view/few-shot-icpl/home')).toBe('project');
	});
});

describe('findUrls', () => {
	it('leaves sentence punctuation and closing brackets out of the URL and spans it exactly', () => {
		const text = 'Code is at https://github.com/a/b. See (https://x.io/p), or https://y.org/q?r=1!';
		const links = findUrls(text);
		expect(links.map((link) => link.url)).toEqual(['https://github.com/a/b', 'https://x.io/p', 'https://y.org/q?r=1']);
		for (const link of links) expect(text.slice(link.span?.start, link.span?.end)).toBe(link.url);
	});

	it('leaves out a next sentence glued to the URL, and keeps a capitalised last segment that ends the sentence', () => {
		const text = 'HyperTMO and datasets are publicly available at https://github.com/ippousyuga/HyperTMO.Supplementary data are available online.';
		const [link] = findUrls(text);
		expect(link!.url).toBe('https://github.com/ippousyuga/HyperTMO');
		expect(text.slice(link!.span!.start, link!.span!.end)).toBe(link!.url);
		expect(findUrls('Docs: https://example.org/Main.Page. We show').map((l) => l.url)).toEqual(['https://example.org/Main.Page']);
		expect(findUrls('Code at https://github.com/a/Tool.Jl').map((l) => l.url)).toEqual(['https://github.com/a/Tool.Jl']);
	});

	it('leaves out an e-mail address glued to the URL, and keeps an @ that belongs to the URL', () => {
		const text = 'The source code of GraphBin is available at https://github.com/Vini2/GraphBin.vijini.mallawaarachchi@anu.edu.au or yu.lin@anu.edu.au';
		expect(findUrls(text).map((l) => l.url)).toEqual(['https://github.com/Vini2/GraphBin']);
		expect(findUrls('Blog: https://medium.com/@someone/post-1 and more').map((l) => l.url)).toEqual(['https://medium.com/@someone/post-1']);
	});

	it('ignores a scheme with no host', () => {
		expect(findUrls('see https://. and http://localhost')).toEqual([]);
	});
});

describe('findUrls on arbitrary text', () => {
	it('always returns spans that slice out exactly the URL, never ending in sentence punctuation', async () => {
		const fc = await import('fast-check');
		const url = fc.constantFrom('https://github.com/a/b', 'https://x.io/p?q=1', 'http://site.org/x_y-z');
		const text = fc.tuple(fc.string(), url, fc.constantFrom('', '.', ').', ',', '!', ';'), fc.string());
		fc.assert(
			fc.property(text, ([before, link, punctuation, after]) => {
				const input = `${before} ${link}${punctuation} ${after}`;
				for (const found of findUrls(input)) {
					expect(input.slice(found.span?.start, found.span?.end)).toBe(found.url);
					expect(found.url).not.toMatch(/[.,;:!?]$/);
				}
				expect(findUrls(input).map((found) => found.url)).toContain(link);
			}),
		);
	});
});

describe('articleLink', () => {
	it('calls a reference manager\'s URL field a web page of the article, not a project page, unless it is code, arXiv or a DOI', () => {
		expect(articleLink('https://www.ncbi.nlm.nih.gov/pubmed/33323120')).toEqual({ url: 'https://www.ncbi.nlm.nih.gov/pubmed/33323120', kind: 'other' });
		expect(articleLink('https://github.com/a/b')?.kind).toBe('code');
		expect(articleLink('http://dx.doi.org/10.1000/x')?.kind).toBe('doi');
		expect(articleLink('not a url')).toBeNull();
	});
});
