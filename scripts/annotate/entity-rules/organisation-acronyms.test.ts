import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../lexicons.ts';
import { extractEntities } from '../text/entities.ts';
import { bracketedAfterOrganisation } from './organisation-acronyms.ts';

// Invented: a policy study naming public bodies by acronyms of their names in another language or in lower case.
const ABSTRACT =
	'We interviewed officers of the Coastal Fisheries Authority (OPK) and of the provincial planning department (DPW). Licences granted by the port authorities (PAs) were compared. Grants of micro-credit institutions (MCIs) were read with a decision tree model (DTM).';

describe('bracketedAfterOrganisation', () => {
	it('knows an acronym written after a body\'s head noun, in any case', () => {
		expect(bracketedAfterOrganisation('OPK', ABSTRACT)).toBe(true);
		expect(bracketedAfterOrganisation('DPW', ABSTRACT)).toBe(true);
		expect(bracketedAfterOrganisation('MCIs', ABSTRACT)).toBe(true);
	});

	it('leaves an acronym after any other noun', () => {
		expect(bracketedAfterOrganisation('DTM', ABSTRACT)).toBe(false);
	});
});

describe('organisation acronyms in extractEntities', () => {
	it('names none of the bodies', () => {
		const names = extractEntities('Licensing of coastal fisheries', ABSTRACT, emptyLexicons()).map((e) => e.name);
		for (const body of ['OPK', 'DPW', 'PAs', 'MCIs']) expect(names).not.toContain(body);
	});
});
