import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../lexicons.ts';
import { extractEntities } from '../text/entities.ts';
import { quotedModelNames } from './quoted-model-names.ts';

const names = (abstract: string) => extractEntities('', abstract, emptyLexicons()).map((e) => `${e.name}/${e.type}/${e.role}`);
const found = (abstract: string) =>
	quotedModelNames
		.find({ title: '', abstract, sentences: [], acronyms: [], lexicons: emptyLexicons(), isGeneric: () => false, isKnown: () => false, inUrl: () => false, inAcronym: () => false })
		.map((f) => f.name);

// unseen-round33 telomeres (Web of Science RIS): "we investigate the heritability of telomere length, using the
// 'animal model', and …"; "quantitative genetic "animal models" can be used".
describe('quotedModelNames', () => {
	it('takes a lower-case model quoted with its head noun, as written', () => {
		expect(names("We estimate heritability using the 'pedigree model', and parental effects.")).toContain('pedigree model/method/used');
		expect(names('To control for shared nests, quantitative genetic "pedigree models" can be used.')).toContain('pedigree models/method/used');
		expect(names('We fit our new “mixed pedigree model” to the colony.')).toContain('mixed pedigree model/method/introduced');
	});

	it('leaves quotes that close before the kind noun, and a quoted word that is no model', () => {
		expect(found('We fit a new "log-cubic" model and a ‘secular’ approach.')).toEqual([]);
		expect(found("The 'model' was then run twice.")).toEqual([]);
	});
});
