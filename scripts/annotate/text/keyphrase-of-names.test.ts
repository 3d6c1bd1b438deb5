import { describe, expect, it } from 'vitest';
import { extractKeyphraseCandidates } from './keyphrases.ts';
import { namesWithOf, withWholeOfNames } from './keyphrase-of-names.ts';

const candidatesOf = (text: string) => withWholeOfNames(extractKeyphraseCandidates(text), text).map((c) => c.text);

describe('withWholeOfNames', () => {
	it('puts a capitalised name with "of" inside in place of its pieces', () => {
		const text = 'Sensors of the Internet of Things report to a gateway, and we searched the Web of Science database.';
		const found = candidatesOf(text);
		expect(found).toContain('Internet of Things');
		expect(found).toContain('Web of Science database');
		expect(found).not.toContain('Internet');
		expect(found).not.toContain('Things');
		expect(found).not.toContain('Science database');
	});

	it('puts a capitalised name with "for" inside whole, with the number that closes it', () => {
		// Round 33's SMART on FHIR CSV wording.
		const found = candidatesOf('It follows the Draft Standard for Trial Use Version 2 of HL7.');
		expect(found).toContain('Draft Standard for Trial Use Version 2');
		expect(found).not.toContain('Draft Standard');
		expect(found).not.toContain('Trial Use Version 2');
		// A method's long form beside its acronym is left to the long-form rule, and what it is for stays (round 34's HF "OPSDC" abstract).
		const method = candidatesOf('We introduce OPSDC (On-Policy Self-Distillation for Reasoning Compression), a method.');
		expect(method).toContain('Reasoning Compression');
		expect(method).not.toContain('On-Policy Self-Distillation for Reasoning Compression');
		// A piece the text also writes in lower case stays beside the name.
		expect(candidatesOf('We built Learned Indexes for Sequence Analysis, as sequence analysis needs them.')).toEqual(expect.arrayContaining(['Learned Indexes for Sequence Analysis', 'Sequence Analysis']));
		// A volume number after a journal's name stays out.
		expect(namesWithOf('See the Journal of Vector Ecology 34 (1): 62-69.').map((n) => n.text)).toEqual(['Journal of Vector Ecology']);
	});

	it('leaves out a place and its pieces', () => {
		const found = candidatesOf('We sampled oyster reefs on the Isle of Wight and along the Gulf of Mexico.');
		expect(found).toContain('oyster reefs');
		for (const piece of ['Isle', 'Wight', 'Isle of Wight', 'Gulf', 'Mexico', 'Gulf of Mexico']) expect(found).not.toContain(piece);
	});

	it('reads no name where a sentence opens, in capitals, or for a thing of a place', () => {
		expect(namesWithOf('Effects of Climate Change on yields are large.')).toEqual([]);
		expect(namesWithOf('We measured XANES of Pb edges.')).toEqual([]);
		expect(namesWithOf('Fossils of the Late Miocene of Spain are described.')).toEqual([]);
	});

	it('keeps every candidate a verbatim span of the abstract', () => {
		const text = 'The Survey of Consumer Finances and the Flow of Funds show wealth gaps.';
		for (const span of withWholeOfNames(extractKeyphraseCandidates(text), text)) expect(text.slice(span.start, span.end)).toBe(span.text);
		expect(candidatesOf(text)).toEqual(expect.arrayContaining(['Survey of Consumer Finances', 'Flow of Funds']));
	});
});
