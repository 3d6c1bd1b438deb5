import { describe, expect, it } from 'vitest';
import { distKind, distWeight, inlineScriptBytes, linkedFiles } from './dist-weight.ts';

describe('distKind', () => {
	it('tells paper pages from the papers listing', () => {
		expect(distKind('papers/reptile/index.html')).toBe('paper pages');
		expect(distKind('papers/index.html')).toBe('listings');
	});

	it('counts topic and entity pages and their CSV files together, their indexes as listings', () => {
		expect(distKind('topics/meta-rl/index.html')).toBe('topic/entity pages');
		expect(distKind('entities/model/gpt-4/claims.csv')).toBe('topic/entity pages');
		expect(distKind('entities/index.html')).toBe('listings');
		expect(distKind('entities/model/index.html')).toBe('listings');
		expect(distKind('topics/index.html')).toBe('listings');
	});

	it('puts the index, the export and the file:// data apart from other assets', () => {
		expect(distKind('pagefind/fragment/en_1.pf_fragment')).toBe('pagefind');
		expect(distKind('papers.json')).toBe('papers.json');
		expect(distKind('papers.json.gz')).toBe('papers.json');
		expect(distKind('search-data.js')).toBe('file:// data');
		expect(distKind('library-data.js')).toBe('file:// data');
		expect(distKind('search-ui.js')).toBe('assets');
		expect(distKind('katex/fonts/KaTeX_Main-Regular.woff2')).toBe('assets');
		expect(distKind('timeline/index.html')).toBe('listings');
	});
});

describe('distWeight', () => {
	it('adds the bytes by kind and divides by the papers', () => {
		const weight = distWeight(
			[
				{ path: 'papers/a/index.html', bytes: 6000 },
				{ path: 'papers/b/index.html', bytes: 4000 },
				{ path: 'papers.json', bytes: 3000 },
				{ path: '_astro/a.css', bytes: 1000 },
			],
			2,
		);
		expect(weight.totalBytes).toBe(14_000);
		expect(weight.bytesPerPaper).toBe(7000);
		expect(weight.byKind.find((k) => k.kind === 'paper pages')).toEqual({ kind: 'paper pages', bytes: 10_000, bytesPerPaper: 5000 });
		expect(weight.byKind.find((k) => k.kind === 'pagefind')!.bytes).toBe(0);
		expect(weight.byKind.reduce((sum, k) => sum + k.bytes, 0)).toBe(weight.totalBytes);
	});
});

describe('inlineScriptBytes', () => {
	it('counts the UTF-8 bytes of inline scripts and skips script files', () => {
		const html = '<head><script>a()</script><script src="/x.js"></script></head><body><script data-eager>"⌘"</script></body>';
		expect(inlineScriptBytes(html)).toBe(3 + 5);
	});
});

describe('linkedFiles', () => {
	it('resolves relative and based screen stylesheets and scripts to paths inside dist/', () => {
		const html =
			'<link rel="icon" href="../../favicon.svg"><link rel="stylesheet" href="../../_astro/a.css">' +
			'<link rel="stylesheet" href="/paperfold/katex/katex.min.css"><script src="https://cdn.example/x.js"></script>' +
			'<link rel="stylesheet" href="../../_astro/print.css" media="print">';
		expect(linkedFiles(html, 'papers/x/index.html', '/paperfold/')).toEqual(['_astro/a.css', 'katex/katex.min.css']);
	});

	it('reads a page written compacted the same way', () => {
		// As src/lib/compact-html.ts writes a page's head: values unquoted where they need no quotes.
		const html = '<link rel=icon href=../../favicon.svg><link rel=stylesheet href=../../_astro/a.css><script src=../../page.js defer></script><link rel=stylesheet href=../../_astro/print.css media=print>';
		expect(linkedFiles(html, 'papers/x/index.html', '/')).toEqual(['_astro/a.css', 'page.js']);
	});
});
