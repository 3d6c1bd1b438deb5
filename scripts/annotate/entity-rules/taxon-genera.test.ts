import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../lexicons.ts';
import { extractEntities } from '../text/entities.ts';
import { writtenAsGenus } from './taxon-genera.ts';

const names = (title: string, abstract: string) => extractEntities(title, abstract, emptyLexicons()).map((e) => e.name);

describe('writtenAsGenus', () => {
	it('reads a genus and a subgenus from the forms of nomenclature', () => {
		expect(writtenAsGenus('Culex', 'Eggs of Culex (Melanoconion) pilosus are described.')).toBe(true);
		expect(writtenAsGenus('Melanoconion', 'Eggs of Culex (Melanoconion) pilosus are described.')).toBe(true);
		expect(writtenAsGenus('Melanoconion', 'Species of the subgenus Melanoconion were caught.')).toBe(true);
		expect(writtenAsGenus('Aedes', 'Members of the Aedes and Culex genera were caught.')).toBe(true);
		expect(writtenAsGenus('Culex', 'Members of the Aedes and Culex genera were caught.')).toBe(true);
		expect(writtenAsGenus('Aedes', 'Aedes spp. were caught.')).toBe(true);
		expect(writtenAsGenus('Culex', 'Culex (Diptera: Culicidae) were caught.')).toBe(true);
		expect(writtenAsGenus('Plasmodium', 'Plasmodium falciparum was found. P. falciparum rates were high.')).toBe(true);
	});

	it('leaves a capitalised name written otherwise', () => {
		expect(writtenAsGenus('Jevon', 'We compare Jevon models. Jevon beats the baseline.')).toBe(false);
		expect(writtenAsGenus('Jevon', 'We compare Jevon models with Smith. J. Smith proposed them.')).toBe(false);
		// An acronym's definition is no subgenus in brackets.
		expect(writtenAsGenus('Fmask', 'code based on the Function of Mask (Fmask) algorithm', new Set(['Fmask']))).toBe(false);
	});
});

describe('taxon genera in extractEntities', () => {
	it('drops a genus and a subgenus a title names and the abstract writes as taxa', () => {
		const abstract =
			'The eggs of Culex (Melanoconion) pilosus and Culex (Melanoconion) erraticus are described. The egg of Cx. pilosus has floats, unusual for Culex. The egg of Cx. erraticus is similar to Melanoconion.';
		expect(names('Eggs of Culex pilosus and Culex erraticus of the subgenus Melanoconion', abstract)).toEqual([]);
	});

	it('keeps a title word the abstract uses as a name', () => {
		const abstract = "We integrate Jevon's interface into edge service orchestration. We compare Jevon, two self-hosted decision models, and three hosted models. Jevon reduces median decision latency.";
		expect(names('Replacing Large Language Models with Jevon Decision Models', abstract)).toContain('Jevon');
	});
});
