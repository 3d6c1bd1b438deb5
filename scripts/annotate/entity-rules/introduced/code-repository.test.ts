import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../sentences.ts';
import { extractAcronyms } from '../../text/acronyms.ts';
import { findIntroducedNames } from '../introduced-names.ts';
import { codeRepository } from './code-repository.ts';

const context = (abstract: string, known: string[] = []) => {
	const acronyms = extractAcronyms(abstract);
	return {
		title: 'Untitled',
		abstract,
		sentences: splitSentences(abstract),
		acronyms,
		isGeneric: (name: string) => name === 'LLM',
		isKnown: (name: string) => known.includes(name),
		inAcronym: (at: number) => acronyms.some((a) => at >= a.span.start && at < a.span.end),
	};
};
const named = (abstract: string, known: string[] = []) => findIntroducedNames(context(abstract, known), [codeRepository]).map((h) => h.name);

// The VESPA paper (scripts/eval/listings/biology.bib) introduces VESPA without "we propose".
const VESPA =
	'Inputting the conservation prediction into a simplistic logistic regression (LR) ensemble for Variant Effect Score Prediction without Alignments (VESPA) predicted SAV effect magnitude. ' +
	'Our method predicted SAV effects for the entire human proteome within 40 min. ' +
	'All methods and data sets are freely available through bioembeddings.com, https://github.com/Rostlab/VESPA, and PredictProtein.';

describe('codeRepository', () => {
	it('takes the name of the linked repository that the text also names', () => {
		expect(named(VESPA)).toEqual(['VESPA']);
		expect(named('GraphBin refines bins. The source code of GraphBin is available at https://github.com/Vini2/GraphBin.vijini.mallawaarachchi@anu.edu.au')).toEqual(['GraphBin']);
	});

	it('spells the name as the text does, not as the link does', () => {
		expect(named('Agents trained with ReLIC adapt fast. Code: https://github.com/aielawady/relic')).toEqual(['ReLIC']);
	});

	it('leaves a repository the text does not name, or names only as a phrase, a plain word or a known name', () => {
		expect(named('We study the effective horizon of tasks. Code: https://github.com/cassidylaidlaw/effective-horizon.')).toEqual([]);
		expect(named('Our code is at https://github.com/someone/FooNet.')).toEqual([]);
		expect(named('Harness the data. Code: https://github.com/lab/harness.')).toEqual([]);
		expect(named('We fine-tune LLaMA on it. See https://github.com/meta/LLaMA', ['LLaMA'])).toEqual([]);
	});
});
