import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../lexicons.ts';
import { extractEntities } from '../text/entities.ts';
import { isSubtypeCode } from './subtype-codes.ts';

// Invented: a clinical abstract that names its own groups by codes built on the syndrome's acronym.
const ABSTRACT =
	'Frailty gait syndrome (FGS) was diagnosed in 210 adults from slow cadence (FGSc). Three further subtypes were defined by short step width (FGSw), long double support (FGSds) and high step variability (FGSv). FGSc predicted falls.';

describe('isSubtypeCode', () => {
	it('reads lower-case letters glued to a defined acronym as a subtype code', () => {
		expect(isSubtypeCode('FGSds', new Set(['FGS']))).toBe(true);
	});

	it('keeps a plural, an undefined prefix and a name of other letters', () => {
		expect(isSubtypeCode('FGSs', new Set(['FGS']))).toBe(false);
		expect(isSubtypeCode('BERTbase', new Set(['FGS']))).toBe(false);
		expect(isSubtypeCode('FGS-Net', new Set(['FGS']))).toBe(false);
	});
});

describe('subtype codes in extractEntities', () => {
	it('names none of the groups a study codes on its own acronym', () => {
		const names = extractEntities('Frailty gait subtypes', ABSTRACT, emptyLexicons()).map((e) => e.name);
		expect(names.filter((name) => name.startsWith('FGS'))).toEqual([]);
	});

	it('still names a coinage of other letters beside them', () => {
		const text = `${ABSTRACT} We then propose stride-aware gait transformer (StrideFormer).`;
		expect(extractEntities('Frailty gait subtypes', text, emptyLexicons()).map((e) => e.name)).toContain('StrideFormer');
	});
});
