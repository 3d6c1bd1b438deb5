import { describe, expect, it } from 'vitest';
import { camelCaseNames } from './camel-case-names.ts';

const found = (abstract: string, acronyms: { short: string; long: string }[] = []) =>
	camelCaseNames
		.find({ title: '', abstract, sentences: [], acronyms: acronyms.map((a) => ({ ...a, span: { start: 0, end: 0, text: '' } })), lexicons: undefined as never, isGeneric: () => false, isKnown: () => false, inUrl: () => false, inAcronym: () => false })
		.map((f) => f.name);

describe('camelCaseNames', () => {
	it('takes CamelCase coined names', () => {
		expect(found('We compare TimeMaster and DeepSeekMath with SubPO.')).toEqual(['TimeMaster', 'DeepSeekMath', 'SubPO']);
	});

	it('takes the name a "-based" compound is built on, a capitals run with a short tail too, and no likeness', () => {
		expect(found('We release an SGLang-based inference engine and a KVDiT-based decoder head.')).toEqual(['SGLang', 'KVDiT']);
		expect(found('A SGLang-style engine and a TimeMaster-like planner.')).toEqual([]);
		expect(found('Spectra from NIRSpec were fitted.')).toEqual([]);
	});

	it('takes a name coined with a one-letter lower-case prefix, but no molecule written so', () => {
		expect(found('The correction uses a resonantly driven iToffoli gate, and eQuilibrator estimates energies.')).toEqual(['iToffoli', 'eQuilibrator']);
		expect(found('Levels of mRNA and tRNA were measured, and the pH was fixed.')).toEqual([]);
	});

	// After the unseen-round5 listings: a microbiome CSL-JSON export's trial registers and bioRxiv tail, a
	// dengue review's protein, and a Hugging Face paper's plural of its own acronym.
	it('leaves molecules, glued words, web domains, registers before their codes and plurals of defined acronyms', () => {
		expect(found('Antibodies to prM and mtDNA copies were counted with olmOCR.')).toEqual(['olmOCR']);
		// unseen-round30 drug repurposing: "non-coding GWAS loci effects on quantitative trait loci, enhancers and CpG islands".
		expect(found('Methylation at CpG islands and TpA steps was read by MethylNet.')).toEqual(['MethylNet']);
		expect(found('Download figureOpen in new tab.')).toEqual([]);
		// unseen-round30 warming (Web of Science, italics lost): "SomeC. dipterumlarvae substantially prolonged their development".
		expect(found('SomeC. dipterum larvae grew, and the ZetaN. lapponica adults too.')).toEqual([]);
		expect(found('We run SubPO. Then TimeMasterX. We rose')).toEqual(['SubPO', 'TimeMasterX']);
		expect(found('Cohort 1: EudraCT number 2021-001856-51. Cohort 2: ClinicalTrial.gov ID NCT03863730.')).toEqual([]);
		expect(found('Chain-of-Thought (CoT) rationales; we refine the CoTs with DeepSeekMath.', [{ short: 'CoT', long: 'Chain-of-Thought' }])).toEqual(['CoT', 'DeepSeekMath']);
	});

	// After unseen-round10-arxiv-electron-physics.xml: "on the order of 1 mHartree", "$E = 1$ MeV".
	it('leaves units, after a number or in a physicist\'s energy unit', () => {
		expect(found('Energies agree to within 2 mHartree, and fluxes rise to $E = 1$ MeV.')).toEqual([]);
		expect(found('Spectra are given in MeV and gaps in meV, beside a fit by DeepSeekMath.')).toEqual(['DeepSeekMath']);
		expect(found('We ran 3 TimeMaster variants and 2 mHartree steps.')).toEqual(['TimeMaster']);
	});

	it('leaves the abbreviation of a common term the abstract defines in lower case, not one of a title-case name', () => {
		expect(found('Mean daily heart rate (DaHR) rose, and DaHR fell at night.', [{ short: 'DaHR', long: 'daily heart rate' }])).toEqual([]);
		expect(found('Daily heart rate (DaHR) rose, and DaHR fell at night.', [{ short: 'DaHR', long: 'Daily heart rate' }])).toEqual([]);
		expect(found('The Deep Heart Rate Network (DeHRNet) beats DeHRNet-S.', [{ short: 'DeHRNet', long: 'Deep Heart Rate Network' }])).toEqual(['DeHRNet', 'DeHRNet-S']);
	});

	it('takes a short run of capitals whose last opens a word, but no enzyme named so', () => {
		expect(found('Training runs on the infrastructure of XTuner and LMDeploy.')).toEqual(['XTuner', 'LMDeploy']);
		expect(found('ATPase activity rose, DNases were added and GTPases were blocked.')).toEqual([]);
		expect(found('We call the RESTful API and read a JWST NIRSpec spectrum measured at the SPring-8 synchrotron.')).toEqual([]);
		expect(found('We introduce AgentSPEX, an Agent SPecification and EXecution Language.')).toEqual(['AgentSPEX']);
	});

	// unseen-round33 Hugging Face day: "LLaVA-1.5 7B" came out "LLaVA-1", a name cut at its version's dot.
	it('keeps a hyphened part\'s dotted version, not a full stop after it', () => {
		expect(found('We lift ZetaVA-1.5 and then NoLan-2. Then ZetaVA-v1.5.2 too.')).toEqual(['ZetaVA-1.5', 'NoLan-2', 'ZetaVA-v1.5.2']);
	});

	it('leaves a Gaelic surname', () => {
		expect(found('Samples were taken at Fort McCoy by MacArthur.')).toEqual([]);
	});

	it('leaves a function of a formula run into its variable, beside a coined name', () => {
		expect(found('Lookups take O(logN) probes and O(sqrt(M) lnM) memory in TreeHash.')).toEqual(['TreeHash']);
	});
});

describe('camelCaseNames, a successor\'s "+"', () => {
	it('keeps a trailing "+" or "++" in the name, not a plus joining two names', () => {
		expect(found('Agents are based on Q-learning, DynaQ+ and Deep Q-learning algorithms.')).toEqual(['DynaQ+']);
		expect(found('We evaluate on ScanNet++.')).toEqual(['ScanNet++']);
		expect(found('It sums DeepNet+LoRA outputs.')).toEqual(['DeepNet', 'LoRA']);
	});
});
