import { describe, expect, it } from 'vitest';
import { parseFixture } from './parse-fixture.ts';
import { parseBibtex } from './formats/bibtex.ts';
import { readCslItem } from './formats/csl-json.ts';
import { hasScienceSummary, splitScienceSummary } from './science-summary.ts';

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
const laidOut = (...lines: string[]) => lines.join('\n');

describe('splitScienceSummary', () => {
	it("keeps the authors' abstract and sets the editor's summary apart under its headline, the one-sentence summary once", () => {
		const text = laidOut('Cooling by light', 'Smith et al. cooled atoms with lasers.', 'Science, this issue p. 288; see also p. 232', 'We cool atoms to 1 nK.', 'They stay cold for 2 s.', 'Atoms are cooled by light. [Also see Perspective by Jones]', 'Atoms are cooled by light. [Also see Perspective by Jones]');
		expect(splitScienceSummary(text, collapse)).toEqual({
			abstract: 'We cool atoms to 1 nK. They stay cold for 2 s.',
			sections: [{ heading: 'Cooling by light', items: ['Smith et al. cooled atoms with lasers.', 'Science, this issue p. 288; see also p. 232', 'Atoms are cooled by light. [Also see Perspective by Jones]'], list: false }],
		});
	});

	it('leaves a last sentence written once in the abstract, where it cannot be told from the summary', () => {
		const text = laidOut('Cooling by light', 'Smith et al. cooled atoms.', 'Science, this issue p. 1429', 'We cool atoms.', 'Atoms are cooled by light.');
		expect(splitScienceSummary(text, collapse)?.abstract).toBe('We cool atoms. Atoms are cooled by light.');
	});

	it('reads nothing into an abstract without the citation line, or whose first line is a sentence rather than a headline', () => {
		expect(splitScienceSummary(laidOut('We cool atoms.', 'Science is hard.', 'Atoms cool.', 'Atoms cool.'), collapse)).toBeNull();
		expect(splitScienceSummary(laidOut('We cooled atoms.', 'It worked.', 'Science, this issue p. 12', 'We cool atoms.'), collapse)).toBeNull();
		expect(hasScienceSummary('Our results appear in Science, this issue p. 12 shows.')).toBe(false);
	});
});

describe("Science's editor's summary in Zotero exports", () => {
	// Three Science records of a real Zotero BibTeX export (`fixtures/zotero-science/`), in no evaluation listing.
	const { papers } = parseFixture(parseBibtex, 'zotero-science/science.bib');

	it("reads the authors' abstract alone, the editor's headline as its section's heading", () => {
		expect(papers[0]!.abstract).toMatch(/^The application of topology in optics has led to a new paradigm/);
		expect(papers[0]!.abstract).toMatch(/quantum simulation and sensing\.$/);
		expect(papers[0]!.abstractSections.map((s) => [s.heading, s.items.length])).toEqual([['Connecting quantum emitters', 3]]);
		expect(papers[2]!.abstract).not.toMatch(/Science, this issue|Equatorially trapped Kelvin and Yanai waves have/);
	});

	it('keeps the one-sentence summary as the abstract of an export that holds no other', () => {
		expect(papers[1]!.abstract).toBe('A cold atom system supports an exotic topological object with a nonzero second Chern number.');
		expect(papers[1]!.abstractSections[0]!.items.at(-1)).toBe('Science, this issue p. 1429');
	});

	it('reads a CSL-JSON abstract laid out the same way alike', () => {
		const abstract = laidOut('Cooling by light', 'Smith et al. cooled atoms.', 'Science, this issue p. 12', 'We cool atoms.', 'Atoms cool.', 'Atoms cool.');
		const paper = readCslItem({ type: 'article-journal', title: 'Cold atoms', abstract }, 'x.json', 1);
		expect(typeof paper === 'string' ? paper : paper.abstract).toBe('We cool atoms.');
	});
});
