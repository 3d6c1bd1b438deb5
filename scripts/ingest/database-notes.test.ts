import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { endWithoutDatabaseNote } from './database-notes.ts';

const kept = (abstract: string) => abstract.slice(0, endWithoutDatabaseNote(abstract));

// CINAHL's (EBSCO) and ERIC's (Ovid) RIS exports: asreview/citation-file-formatting, Datasets/RIS.
describe('endWithoutDatabaseNote', () => {
	it("leaves out EBSCO's provenance mark and the licence line after it", () => {
		expect(kept('They did not set them apart. [ABSTRACT FROM AUTHOR]')).toBe('They did not set them apart.');
		expect(kept('Rates rose. [ABSTRACT FROM PUBLISHER] Copyright of PLoS ONE is the property of PLoS.')).toBe('Rates rose.');
		expect(kept('Rates rose. Copyright of PLoS ONE is the property of Public Library of Science and its content may not be copied.')).toBe('Rates rose.');
	});

	it("leaves out ERIC's abstractor after the last sentence", () => {
		expect(kept('Compares creationist theories with geological records. (MVL)')).toBe('Compares creationist theories with geological records.');
		expect(kept('Describes a unit on fossils. (Author/JM)')).toBe('Describes a unit on fossils.');
		expect(kept('Scores rose in the post-test. (As Provided)')).toBe('Scores rose in the post-test.');
	});

	// Mohammad-Abazari/pavement_defect_analysis, wos.bib: Web of Science records in Mendeley's BibTeX.
	it("leaves out Web of Science's publisher lines run on into the abstract", () => {
		expect(kept('The speed reached 27.8 FPS. PU - MDPI PI - BASEL PA  - ST ALBAN-ANLAGE 66, CH-4052 BASEL, SWITZERLAND')).toBe('The speed reached 27.8 FPS.');
		expect(kept('Code: https://github.com/a/b. PU  - IEEE-INST ELECTRICAL ELECTRONICS ENGINEERS INC PI  - PISCATAWAY PA  - 445 HOES LANE')).toBe('Code: https://github.com/a/b.');
	});

	it('keeps an acronym in a sentence, a text that is only a note, and copyright as a subject', () => {
		for (const text of [
			'We used pancreatic venous sampling (PVS)',
			'Copyright of images is the property of the museum, we argue.',
			'[ABSTRACT FROM AUTHOR]',
			'The PU - PI gap and the PA - PU ratio were measured.',
		]) expect(kept(text)).toBe(text);
	});

	it('finds what the three patterns find when each is run on every text', () => {
		// The patterns as they stand in the module, tried one after the other with no literal looked for first.
		const patterns = [
			/\s*\[ABSTRACT FROM (?:AUTHOR|PUBLISHER)\][^]*$/,
			/(?<=[.!?)\]"”])\s*Copyright of [^]{1,200}? is the property of [^]*$/,
			/(?<=[.!?"”])\s*\((?:As Provided|Author(?:\/\p{Lu}{2,4})?|\p{Lu}{2,4}(?:\/\p{Lu}{2,4})?)\)\s*$/u,
		];
		const reference = (abstract: string) => {
			const note = patterns.reduce<RegExpExecArray | null>((found, pattern) => found ?? pattern.exec(abstract), null);
			return note && note.index > 0 ? note.index : abstract.length;
		};
		const pieces = ['Rates rose.', ' ', '\n', '\u00a0', '\u2028', '\ufeff', '[ABSTRACT FROM AUTHOR]', '[ABSTRACT FROM PUBLISHER]', 'Copyright of PLoS', ' is the property of ', '(MVL)', '(Author/JM)', '(As Provided)', '(PVS)', ')', '"', 'x'];
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
				const abstract = parts.join('');
				expect(endWithoutDatabaseNote(abstract)).toBe(reference(abstract));
			}),
			{ numRuns: 2000 },
		);
	});
});
