import { describe, expect, it } from 'vitest';
import { emptyLexicons, parseLexicons } from '../lexicons.ts';
import { extractEntities } from '../text/entities.ts';
import { joinedPlatformNames } from './joined-platform-names.ts';

const names = (abstract: string, lexicons = emptyLexicons()) => extractEntities('Untitled', abstract, lexicons).map((e) => `${e.name}/${e.type}/${e.role}`);
const found = (abstract: string) =>
	joinedPlatformNames
		.find({ title: '', abstract, sentences: [], acronyms: [], lexicons: emptyLexicons(), isGeneric: () => false, isKnown: () => false, inUrl: () => false, inAcronym: () => false })
		.map((f) => f.name);

// unseen-round33 health informatics (IEEE Xplore CSV): an app platform named by two capitalised tokens and "on",
// found only as its second token.
describe('joinedPlatformNames', () => {
	it('takes the phrase after an article, before a kind noun, in quotes or called a platform', () => {
		expect(found('Initiatives leveraging the emerging ZORB on QUUX standard are promising.')).toEqual(['ZORB on QUUX']);
		expect(found('We assure safe operation of ZORB on QUUX apps.')).toEqual(['ZORB on QUUX']);
		expect(found('An existing “ZORB on QUUX” app in primary care was used.')).toEqual(['ZORB on QUUX']);
		expect(found('The third introduced ZORB on QUUX which, based on its wide adoption, has become the default app platform.')).toEqual(['ZORB on QUUX']);
		expect(found('We show how the PLIX over WDMX helps.')).toEqual(['PLIX over WDMX']);
	});

	it('leaves a model run on a benchmark, with no sign of one name', () => {
		expect(found('ThinkTwice outperforms GRPO on AIME by 5 points, and EgoMAS on MA too.')).toEqual([]);
		expect(found('Bits in ResNet-50 on ImageNet reduce accuracy, as do VLMs on ReVSI.')).toEqual([]);
	});

	it('leaves a plural or defined first token and a listed benchmark second', () => {
		expect(found('The ALLMs on ADD standard and the FooNet on BARBENCH platform.')).toEqual(['FooNet on BARBENCH']);
		const lexicons = parseLexicons([{ file: 'datasets.yaml', text: '- name: BARBENCH\n' }]);
		expect(names('The baseline FooNet on BARBENCH is weak, but the FooNet on BARBENCH platform is not one name.', lexicons)).not.toContain('FooNet on BARBENCH/method/used');
	});

	it('keeps the whole name in the paper\'s entities, not its second token alone', () => {
		const abstract = 'Fast Healthcare Interoperability Resources (QUUX) is a standard. The third introduced ZORB on QUUX, which has become the default QUUX app platform.';
		expect(names(abstract)).toContain('ZORB on QUUX/method/used');
	});

	// unseen-round33: "Implementation with an existing “SMART on FHIR” app … An extension to FHIR resources …".
	it('takes the second token too where the abstract writes it alone, not where a hyphen runs it into a word', () => {
		expect(found('An existing “ZORB on QUUX” app was used. An extension to QUUX resources helps.')).toEqual(['ZORB on QUUX', 'QUUX']);
		expect(found('The ZORB on QUUX standard opens systems through QUUX-enabled APIs.')).toEqual(['ZORB on QUUX']);
	});

	// unseen-round33: "Sustainable Medical Applications and Reusable Technologies (SMART)-on-FHIR enables …", then
	// "developing SMART-on-FHIR applications".
	it('takes the three joined by hyphens as one name, even with a defined first token', () => {
		const abstract = 'Zonal Operating Resources (ZORB)-on-QUUX enables apps. We show developing ZORB-on-QUUX applications.';
		const acronyms = [{ short: 'ZORB', long: 'Zonal Operating Resources', span: { start: 0, end: 0, text: '' } }];
		const context = { title: '', abstract, sentences: [], acronyms, lexicons: emptyLexicons(), isGeneric: () => false, isKnown: () => false, inUrl: () => false, inAcronym: () => false };
		expect(joinedPlatformNames.find(context).map((f) => f.name)).toEqual(['ZORB-on-QUUX']);
		expect(found('The ZORB on-QUUX standard is none.')).toEqual([]);
	});
});
