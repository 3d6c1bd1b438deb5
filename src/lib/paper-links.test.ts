import { describe, expect, it } from 'vitest';
import { hasCode, paperLinks } from './paper-links.ts';

describe('paperLinks', () => {
	it('orders code, project, arXiv and Hugging Face links and adds identifier links', () => {
		const links = paperLinks({
			links: [
				{ url: 'https://lamo2023.github.io', kind: 'project' },
				{ url: 'https://github.com/s4nyam/RAMario', kind: 'code' },
			],
			arxivId: '2310.20587',
			doi: '10.1000/x',
		});
		expect(links.map((l) => `${l.label} ${l.url}`)).toEqual([
			'Code https://github.com/s4nyam/RAMario',
			'Project page https://lamo2023.github.io',
			'arXiv https://arxiv.org/abs/2310.20587',
			'Hugging Face https://huggingface.co/papers/2310.20587',
			'DOI https://doi.org/10.1000/x',
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
		expect(links.map((l) => l.label)).toEqual(['Code (1)', 'Code (2)', 'arXiv', 'Hugging Face']);
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
