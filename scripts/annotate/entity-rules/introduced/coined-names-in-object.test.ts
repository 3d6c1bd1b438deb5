import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../fixtures/seed.ts';
import { extractEntities } from '../../text/entities.ts';

const lexicons = loadLexicons();
const names = (abstract: string) => extractEntities('', abstract, lexicons).map((e) => `${e.name}:${e.role}`);

describe('coinedNamesInObject', () => {
	it('takes a coined name heading the object of a contribution verb as introduced', () => {
		expect(names('This paper proposes CrackFuse, a fusion model for pavement damage detection.')).toEqual(['CrackFuse:introduced']);
	});

	it('leaves a lower-case word joined to an acronym that modifies the noun after it', () => {
		expect(names('This paper proposes a thermal-RGB fusion image-based pavement damage detection model, wherein the fused RGB-thermal image is formed.')).toEqual([]);
		expect(names('We propose a multi-GPU training scheme for large graphs.')).toEqual([]);
	});
});

// unseen-round33 health informatics: "This paper demonstrates the feasibility of developing SMART-on-FHIR applications".
describe('coinedNamesInObject, a platform before the apps built on it', () => {
	it('leaves the platform of the apps a paper develops out of its own names', () => {
		expect(names('This paper demonstrates the feasibility of developing ZorbKit applications that report deaths.')).not.toContain('ZorbKit:introduced');
		expect(names('This paper proposes ZorbKit, an app for reporting deaths.')).toContain('ZorbKit:introduced');
	});
});

describe('coinedNamesInObject, an acronym defined before', () => {
	it('leaves an acronym of the work built on, defined in an earlier sentence', () => {
		const found = names('Recent Visual Grounding Transformer (VGRT) shows strong cues. We introduce two key components: (i) exploits VGRT attention maps to seed queries.');
		expect(found).toEqual(['VGRT:used']);
	});
});

describe('coinedNamesInObject, a longer name opening with an acronym defined before', () => {
	it('takes the longer name as introduced', () => {
		const found = names('Commercial off-the-shelf (COTS) parts are cheap. We propose the COTS Reliability Expert System, which estimates failure rates.');
		expect(found).toContain('COTS Reliability Expert System:introduced');
	});
});
