import { describe, expect, it } from 'vitest';
import { extractAcronyms } from '../text/acronyms.ts';
import { componentAcronyms } from './component-acronyms.ts';

const GENERIC = new Set(['LLM', 'MoE', 'ER']);
const components = (abstract: string) =>
	componentAcronyms
		.find({ title: '', abstract, sentences: [], acronyms: extractAcronyms(abstract), lexicons: undefined as never, isGeneric: (n) => GENERIC.has(n), isKnown: () => false, inUrl: () => false, inAcronym: () => false })
		.map((f) => `${f.name}:${f.type}`);

describe('componentAcronyms', () => {
	// unseen-round15 Hugging Face day: "refinement methods primarily follow a refinement-via-editing (RvE) paradigm".
	it('takes a lower-case long form a kind noun after the bracket calls a paradigm, module or approach', () => {
		expect(components('Current methods follow a refinement-via-editing (RvE) paradigm, where models edit.')).toEqual(['RvE:method']);
		expect(components('We add an edge feature enhancement (EFE) module and an adaptive fusion (AF) module.')).toEqual(['EFE:method', 'AF:method']);
	});

	// unseen-round29-pavement-defects.bib: "an edge refinement module (ER) are proposed".
	it('takes a long form whose own head is such a kind noun, even an acronym the generic list holds in another sense', () => {
		expect(components('Finally, an edge refinement module (ER) suppresses noise.')).toEqual(['ER:method']);
	});

	it('gives the authors a part their sentence proposes, and others one that current methods follow', () => {
		const roles = (abstract: string) => componentAcronyms.find({ title: '', abstract, sentences: [], acronyms: extractAcronyms(abstract), lexicons: undefined as never, isGeneric: () => false, isKnown: () => false, inUrl: () => false, inAcronym: () => false }).map((f) => `${f.name}/${f.role}`);
		expect(roles('An edge feature enhancement (EFE) module is proposed to sharpen cracks.')).toEqual(['EFE/introduced']);
		expect(roles('Current methods follow a refinement-via-editing (RvE) paradigm.')).toEqual(['RvE/used']);
	});

	it('leaves a generic acronym named by a kind noun only after its bracket', () => {
		expect(components('It employs a hybrid attention mixture-of-experts (MoE) framework.')).toEqual([]);
	});

	it('leaves concepts, families and compounds alone', () => {
		expect(components('A large language model (LLM) and an unmanned aircraft system (UAS) fly.')).toEqual([]);
		expect(components('Sparse mixture-of-experts (SMoE) architectures scale well.')).toEqual([]);
		expect(components('A graph neural network (GNN) framework-based design.')).toEqual([]);
	});

	it('leaves a title-case long form to the rules of named acronyms', () => {
		expect(components('The Hybrid Attention Routing (HAR) module routes tokens.')).toEqual([]);
	});
});
