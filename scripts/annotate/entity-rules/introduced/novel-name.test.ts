import { describe, expect, it } from 'vitest';
import { parseLexicons } from '../../lexicons.ts';
import { extractEntities } from '../../text/entities.ts';

const lexicons = parseLexicons([{ file: 'science-methods.yaml', text: '- name: data envelopment analysis\n- name: IP-Adapter\n' }]);

describe('novel name in extractEntities', () => {
	it('leaves a known technique named in brackets after "a novel" as used', () => {
		const abstract = 'We measure the green efficiency of regions, based on a novel data envelopment analysis (DEA) model. DEA scores rise.';
		const roles = extractEntities('Regional efficiency', abstract, lexicons).map((e) => `${e.name}:${e.role}`);
		expect(roles).toContain('data envelopment analysis:used');
		expect(roles.some((r) => r.endsWith(':introduced'))).toBe(false);
	});

	it('still reads a coined name in brackets after "a new …" as the paper\'s, though a lexicon lists it', () => {
		const abstract = 'We propose a new dynamic regional image prompt Adapter (IP-Adapter) for diffusion models.';
		const roles = extractEntities('IP-Adapter', abstract, lexicons).map((e) => `${e.name}:${e.role}`);
		expect(roles).toContain('IP-Adapter:introduced');
	});

	it('leaves a name after "is a new" that says whose kind the subject is as used ("a new HL7 interoperability standard")', () => {
		// A SMART on FHIR abstract's wording (unseen-round33-smart-on-fhir.csv): FHIR is new, and not the paper's.
		const abstract = 'Fast Healthcare Interoperability Resources (FHIR) is a new HL7 interoperability standard for electronic health records. We report deaths with it.';
		const roles = extractEntities('Mortality reporting', abstract, lexicons).map((e) => `${e.name}:${e.role}`);
		expect(roles.some((r) => r.endsWith(':introduced'))).toBe(false);
	});
});
