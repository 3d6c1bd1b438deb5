import { describe, expect, it } from 'vitest';
import { withoutCopyright } from './copyright-lines.ts';
import { createRawPaper } from './raw-paper.ts';
import { loadLexicons } from '../annotate/fixtures/seed.ts';
import { extractEntities } from '../annotate/text/entities.ts';

const kept = (abstract: string) => {
	const { start, end } = withoutCopyright(abstract);
	return abstract.slice(start, end);
};

describe('withoutCopyright', () => {
	it('leaves out the statement after the last sentence, with the notice that follows it', () => {
		expect(kept('We map lakes. © 2014 Elsevier Ltd.')).toBe('We map lakes.');
		expect(kept('Lakes shrank. (C) 2011 Elsevier B.V. All rights reserved.')).toBe('Lakes shrank.');
		expect(kept('Lakes shrank. Copyright © 2006 Royal Meteorological Society.')).toBe('Lakes shrank.');
		// A © lost to the wrong encoding.
		expect(kept('Lakes shrank. Copyright ? 2000 John Wiley & Sons, Ltd.')).toBe('Lakes shrank.');
		expect(kept('Gait changed. © 2016 Orthopaedic Research Society. Published by Wiley Periodicals, Inc. J Orthop Res 34:1790-1797, 2016.')).toBe('Gait changed.');		// Glued to the last sentence's stop, as a Web of Science export wrote it (unseen-round28-drone-aeroacoustics.bib).
		expect(kept('Levels rose at the microphone.(c) 2023 Elsevier Masson SAS. All rights reserved.')).toBe('Levels rose at the microphone.');
		expect(kept('It helps the industry.© 2023 The Author(s). Published by Elsevier Masson SAS.')).toBe('It helps the industry.');
	});

	// Run on after the last word with no stop, as a Web of Science-derived EndNote library wrote it (unseen-round32-fracture-epoxies.xml).
	it('leaves out a statement run on after the last word when it names a holder or reserves rights', () => {
		expect(kept('It gives a wider use in the industrial manufacturing processes (C) 2009 Elsevier Ltd All rights reserved')).toBe('It gives a wider use in the industrial manufacturing processes');
		expect(kept('Joints were tested in water (c) 2001 Kluwer Academic Publishers')).toBe('Joints were tested in water');
		expect(kept('We compare three sets of records: (a) 2007 data, (b) 2008 data and (c) 2009 data')).toBe('We compare three sets of records: (a) 2007 data, (b) 2008 data and (c) 2009 data');
	});

	it('leaves out a closing bracket that holds the statement', () => {
		expect(kept('Words were recalled. (PsycINFO Database Record (c) 2016 APA, all rights reserved)')).toBe('Words were recalled.');
		// The line cut after its first words, the rest kept in another field of the record.
		expect(kept('Words were recalled. (PsycINFO Database Record')).toBe('Words were recalled.');
	});

	it('leaves out the statement before the text, and the notice sentences after it, not cut at an initial', () => {
		expect(kept('© The Author(s) 2018. In musicology, there is a debate.')).toBe('In musicology, there is a debate.');
		expect(kept('© 2019 Copyright held by the owner/author(s). Publication rights licensed to ACM. In this paper, we ask how.')).toBe('In this paper, we ask how.');
		expect(kept('Copyright: © 2016 Ada Li, Dawn A. A. Black. This is an open-access article distributed under the terms. We study x.')).toBe('We study x.');
	});

	it('keeps copyright as the paper\'s subject, a list\'s third item, and a text that is only a statement', () => {
		for (const text of [
			'Watermarks pose challenges to copyright protection. In this work, we introduce W-Bench.',
			'Copyright protection is hard. We study it in 2020.',
			'We make three gains. (a) speed. (b) memory. (c) we train on 2019 data.',
			'© 2014 Elsevier Ltd.',
		]) expect(kept(text)).toBe(text);
	});
});

describe('createRawPaper', () => {
	it('keeps a link after a leading statement at its place in the abstract that is left', () => {
		const abstract = '© The Author(s) 2018. Code is at https://x.org/a.';
		const url = 'https://x.org/a';
		const span = { start: abstract.indexOf(url), end: abstract.indexOf(url) + url.length, text: url };
		const paper = createRawPaper({ title: 'T', abstract, links: [{ url, kind: 'code', span }], source: { file: 'f.bib', format: 'bibtex', line: 1 } });
		expect(paper.abstract).toBe('Code is at https://x.org/a.');
		expect(paper.links[0]!.span).toEqual({ start: 11, end: 26, text: url });
	});
});

describe('a copyright line and the entities', () => {
	it('leaves the indexing database it names out of the paper\'s entities, whole or cut', () => {
		for (const line of ['(PsycINFO Database Record (c) 2019 APA, all rights reserved)', '(PsycINFO Database Record']) {
			const { abstract } = createRawPaper({ title: 'T', abstract: `Using hierarchical linear modeling, engagement was higher. ${line}`, source: { file: 'f.txt', format: 'medline', line: 1 } });
			expect(extractEntities('', abstract, loadLexicons()).map((e) => e.name)).toEqual(['hierarchical linear modeling']);
		}
	});
});
