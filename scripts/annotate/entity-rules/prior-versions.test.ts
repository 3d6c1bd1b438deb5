import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../lexicons.ts';
import { extractEntities } from '../text/entities.ts';
import { priorVersions } from './prior-versions.ts';

const found = (title: string, abstract: string) =>
	priorVersions
		.find({ title, abstract, sentences: [], acronyms: [], lexicons: undefined as never, isGeneric: () => false, isKnown: () => false, inUrl: () => false, inAcronym: () => false })
		.map((f) => `${f.name}:${f.type}/${f.role}`);

describe('priorVersions', () => {
	it('takes another version of the system the title names with its version as used', () => {
		expect(found('Kestrel 3.0: Mapping Coasts at Scale', 'Kestrel 3.0 extends our earlier release Kestrel 2.1, and Kestrel v1 before it.')).toEqual(['Kestrel 2.1:method/used', 'Kestrel v1:method/used']);
	});

	it('takes a plain-numbered earlier version of a coined stem, and no plain number of a plain word', () => {
		expect(found('Osprey-Relay 3: Mapping Coasts', 'Unlike Osprey-Relay 2, it adds tides.')).toEqual(['Osprey-Relay 2:method/used']);
		expect(found('Phase 2 Results of Kestrel', 'The Phase 1 trial enrolled 40 patients.')).toEqual([]);
		expect(found('Osprey-Relay 3: Mapping Coasts', 'Osprey-Relay 3B runs on 2 GPUs.')).toEqual([]);
	});

	it('reads nothing when the title gives no version, or the abstract only the same one', () => {
		expect(found('Kestrel: Mapping Coasts', 'Kestrel 2.1 was our first release.')).toEqual([]);
		expect(found('Kestrel 3.0: Mapping Coasts', 'Kestrel 3.0 maps coasts in 2024.')).toEqual([]);
	});
});

describe('priorVersions in extractEntities', () => {
	it('keeps the titled version introduced and the earlier one used', () => {
		const abstract = 'We introduce Kestrel 3.0, a mapping suite that advances our prior project Kestrel 2.1.';
		expect(extractEntities('Kestrel 3.0: Mapping Coasts', abstract, emptyLexicons()).map((e) => `${e.name}/${e.role}`)).toEqual(['Kestrel 3.0/introduced', 'Kestrel 2.1/used']);
	});
});

describe('typePriorVersions in extractEntities', () => {
	it('types an earlier version as the text types the titled one', () => {
		const abstract = 'Kestrel 3.0 is a new native multilingual speech model. Compared with its predecessor, Kestrel 2.1, Kestrel 3.0 adopts a unified architecture.';
		expect(extractEntities('Kestrel 3.0: Speech at Scale', abstract, emptyLexicons()).map((e) => `${e.name}:${e.type}/${e.role}`)).toEqual(['Kestrel 3.0:model/introduced', 'Kestrel 2.1:model/used']);
	});
});
