import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../../lexicons.ts';
import { splitSentences } from '../../sentences.ts';
import { extractEntities } from '../../text/entities.ts';
import { titleAcronymPrefix } from './title-acronym-prefix.ts';

const find = (title: string, abstract: string) =>
	titleAcronymPrefix.scope === 'paper'
		? titleAcronymPrefix.find({ title, abstract, sentences: splitSentences(abstract), acronyms: [], isGeneric: () => false, isKnown: () => false, inAcronym: () => false }, []).map((h) => `${h.name}=${h.forms.join('|')}`)
		: [];

// mcglinn_measurement_2019 in scripts/eval/listings/unseen-ecology.bib.
const MOB_TITLE = 'Measurement of Biodiversity (MoB): A method to separate the scale-dependent effects of species abundance distribution, density, and aggregation on diversity change';
const MOB = 'We provide an approach for the measurement of biodiversity that decomposes changes in species rarefaction curves into proximate components.';

describe('titleAcronymPrefix', () => {
	it('takes the acronym of a "Long Form (ACRO):" title, with its long form', () => {
		expect(find(MOB_TITLE, MOB)).toEqual(['MoB=MoB|Measurement of Biodiversity']);
	});

	it('takes a lower-case short form, as software is named', () => {
		const title = 'Python Materials Genomics (pymatgen): A robust, open-source python library for materials analysis';
		expect(find(title, 'We present the Python Materials Genomics (pymatgen) library for materials analysis.')).toEqual(['pymatgen=pymatgen|Python Materials Genomics']);
	});

	it('leaves an acronym that does not start as its long form, or one the abstract never writes', () => {
		expect(find('Measurement of Biodiversity (XB): A method', MOB)).toEqual([]);
		expect(find(MOB_TITLE, 'We study reef fishes in protected areas.')).toEqual([]);
		expect(find('Scale dependence in species turnover', MOB)).toEqual([]);
	});

	it('makes the acronym the paper’s own method, found where the abstract writes the long form in lower case', () => {
		expect(extractEntities(MOB_TITLE, MOB, emptyLexicons()).map((e) => `${e.name}:${e.role}:${e.spans[0]!.text}`)).toEqual(['MoB:introduced:measurement of biodiversity']);
	});
});
