import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../fixtures/seed.ts';
import { extractEntities } from '../text/entities.ts';
import { systemSoftwareNames } from './system-software-names.ts';

const found = (abstract: string, acronyms: { short: string; long: string }[] = []) =>
	systemSoftwareNames
		.find({
			title: '',
			abstract,
			sentences: [],
			acronyms: acronyms.map((a) => ({ ...a, span: { start: 0, end: 0, text: '' } })),
			lexicons: undefined as never,
			isGeneric: (n) => n === 'GPU',
			isKnown: () => false,
			inUrl: () => false,
			inAcronym: () => false,
		})
		.map((f) => `${f.name}:${f.type}/${f.role}`);

describe('systemSoftwareNames', () => {
	it('takes a name before a noun only software is, a word between or none', () => {
		// virtualisation, storage, operating systems
		expect(found('Guests run unmodified under the Bhyve hypervisor.')).toEqual(['Bhyve:method/used']);
		expect(found('We port the scheduler to Nimbus object storage and to the Minix kernel.')).toEqual(['Minix:method/used']);
		expect(found('Backups are written to Stratus cloud storage nightly.')).toEqual(['Stratus:method/used']);
	});

	it('takes a name shaped as one before a noun software shares with other work', () => {
		expect(found('Using the GCC compiler framework and the TRACER provenance infrastructure, we tag each write.')).toEqual(['GCC:method/used', 'TRACER:method/used']);
		expect(found('The collector is implemented on top of eBPF and built upon SystemTap.')).toEqual(['eBPF:method/used', 'SystemTap:method/used']);
	});

	// unseen-round31 Hugging Face day: "demonstrating that LLM-driven kernel optimization can transfer".
	it('leaves a name joined to a participle before the noun, a compound modifier', () => {
		expect(found('This shows that LLM-driven kernel optimization and GPU-based compiler passes transfer.')).toEqual([]);
	});

	it("leaves a benchmark's name before the kernels it holds", () => {
		expect(found('Throughput rose from 45% to 59% for KernoBench kernels and for the FooEval kernels.')).toEqual([]);
	});

	it('leaves styles, languages, sentence openers, generic terms and defined common terms', () => {
		expect(found('We adopt the Bayesian framework and a Python runtime.')).toEqual([]);
		expect(found('Each model runs on GPU platforms. Our kernel is fast.')).toEqual([]);
		expect(found('Heart rate (HR) streams reach the HR platform daily.', [{ short: 'HR', long: 'heart rate' }])).toEqual([]);
		expect(found('The Flask framework serves pages.')).toEqual([]);
		expect(found('Errors fell with the HMM-attention based framework and the GNN driven platform.')).toEqual([]);
	});
});

describe('systemSoftwareNames in the rule list', () => {
	it('gives the platform a paper builds on as a method it uses', () => {
		const abstract = 'We present Ledger, an audit layer for virtual machines running under the Bhyve hypervisor. Ledger adds 2% overhead.';
		expect(extractEntities('', abstract, loadLexicons()).map((e) => [e.name, e.type, e.role])).toContainEqual(['Bhyve', 'method', 'used']);
	});
});
