import { parse } from '@retorquere/bibtex-parser';
import { describe, expect, it } from 'vitest';
import { bibtexTitle, citationKey, escapeBibtex, toBibtex } from './bibtex.ts';

const ramario = {
	id: 'ramario-experimental-approach-to-reptile-algorithm-reinforcement-learning-for-mario',
	title: 'RAMario: Experimental Approach to Reptile Algorithm -- Reinforcement Learning for Mario',
	authors: [] as string[],
	organization: null,
	published: '2023-05-16',
	arxivId: '2305.09655',
	doi: null,
	links: [],
};

describe('escapeBibtex', () => {
	it('escapes LaTeX specials', () => {
		expect(escapeBibtex('50% of {x} & $\\alpha$ #1 a_b')).toBe('50\\% of \\{x\\} \\& \\$\\textbackslash{}alpha\\$ \\#1 a\\_b');
	});
});

describe('citationKey', () => {
	it('uses the first author, year and first significant title word', () => {
		expect(citationKey({ ...ramario, authors: ['Sanyam Jain'] })).toBe('jain2023ramario');
	});
	it('takes the family name of a "Family, Given" author and skips leading articles of the title', () => {
		expect(citationKey({ ...ramario, authors: ['Nichol, Alex'], title: 'On First-Order Meta-Learning Algorithms', published: '2018-03-08' })).toBe('nichol2018first');
		expect(citationKey({ ...ramario, authors: ['Alex Nichol'], title: 'Few-Shot Bot', published: '2021-01-01' })).toBe('nichol2021few');
	});
	it('is the first title word and year when no authors are known, never a slug word posing as a name', () => {
		expect(citationKey(ramario)).toBe('ramario2023');
	});
});

describe('toBibtex', () => {
	it('writes an entry a BibTeX parser reads back with the same fields', () => {
		const bib = toBibtex({ ...ramario, authors: ['Sanyam Jain', 'Ada Lovelace'] });
		const { entries, errors } = parse(bib, { sentenceCase: false });
		expect(errors).toEqual([]);
		expect(entries).toHaveLength(1);
		const entry = entries[0]!;
		expect(entry.type).toBe('misc');
		expect(entry.key).toBe('jain2023ramario');
		expect(entry.fields.title).toBe(ramario.title.replace('--', '–'));
		expect(entry.fields.author?.map((a) => a.lastName)).toEqual(['Jain', 'Lovelace']);
		expect(entry.fields.year).toBe('2023');
		expect(entry.fields.eprint).toBe('2305.09655');
		expect(entry.fields.url).toBe('https://arxiv.org/abs/2305.09655');
	});

	it('writes the entry type and field of the venue the listing named, read back by a BibTeX parser', () => {
		const cases = [
			[{ name: 'Journal of Hydrology & Water', kind: 'journal' }, 'article', 'journal'],
			[{ name: 'Proceedings of ICML', kind: 'proceedings' }, 'inproceedings', 'booktitle'],
			[{ name: 'Handbook of Soil Science', kind: 'book' }, 'incollection', 'booktitle'],
			[{ name: 'University of Utah', kind: 'thesis' }, 'phdthesis', 'school'],
			[{ name: 'Idaho National Laboratory', kind: 'report' }, 'techreport', 'institution'],
			[{ name: 'Phys. Rev. D 99, 012345 (2019)', kind: 'other' }, 'misc', 'howpublished'],
		] as const;
		for (const [venue, type, field] of cases) {
			const { entries, errors } = parse(toBibtex({ ...ramario, venue }), { sentenceCase: false });
			expect(errors).toEqual([]);
			expect(entries[0]!.type).toBe(type);
			// BibLaTeX reads `institution` as a list of names.
			expect([entries[0]!.fields[field]].flat()).toEqual([venue.name]);
		}
	});

	it('keeps special characters of a title literal', () => {
		const bib = toBibtex({ ...ramario, arxivId: null, title: 'Braces {x} & 50% for $5 \\ $10' }, 'https://example.org/papers/x/');
		const { entries, errors } = parse(bib, { sentenceCase: false });
		expect(errors).toEqual([]);
		expect(entries[0]!.fields.title).toBe('Braces {x} & 50% for $5 \\ $10');
		expect(entries[0]!.fields.url).toBe('https://example.org/papers/x/');
	});

	it('writes the year, and the month only when the date states one', () => {
		const read = (published: string) => parse(toBibtex({ ...ramario, published }), { sentenceCase: false }).entries[0]!.fields;
		expect(read('2021-09')).toMatchObject({ year: '2021', month: '9' });
		expect(read('2021').year).toBe('2021');
		expect(read('2021')).not.toHaveProperty('month');
	});

	it('omits fields the paper does not have', () => {
		const bib = toBibtex({ ...ramario, arxivId: null, published: null });
		expect(bib).not.toMatch(/year|eprint|author|url/);
	});
});

describe('bibtexTitle', () => {
	it('keeps maths as $…$ for LaTeX and escapes the text around it', () => {
		expect(bibtexTitle('Scaling $\\alpha$-Divergences and \\(x_1\\) at 45\\% for R&D')).toBe('Scaling $\\alpha$-Divergences and $x_1$ at 45\\% for R\\&D');
		// Read back by a BibTeX parser, the maths is maths, as on the page.
		expect(parse(toBibtex({ ...ramario, title: 'Scaling $\\alpha$-Divergences' }), { sentenceCase: false }).entries[0]!.fields.title).toBe('Scaling α-Divergences');
	});
});
