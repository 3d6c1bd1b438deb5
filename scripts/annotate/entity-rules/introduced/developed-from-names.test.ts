import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../../lexicons.ts';
import { extractEntities } from '../../text/entities.ts';
import { isDevelopedFrom } from './developed-from-names.ts';

const ABSTRACT =
	'This paper introduces the Super-PFOO (FOO based on rank correlation) model, which is developed from the Fuzzy ordinal operator (FOO) model, and applies it to regional data.';

describe('isDevelopedFrom', () => {
	it('reads the name, or the long form defining it, right after "developed from"', () => {
		expect(isDevelopedFrom('FOO', ABSTRACT, [{ short: 'FOO', long: 'Fuzzy ordinal operator', span: { start: 0, end: 0 } } as never])).toBe(true);
		expect(isDevelopedFrom('FOO', 'The model is derived from an existing FOO model.', [])).toBe(true);
		expect(isDevelopedFrom('Super-PFOO', ABSTRACT, [])).toBe(false);
	});
});

describe('developed-from names in extractEntities', () => {
	it('leaves the model the paper develops its own from as used', () => {
		const roles = extractEntities('Super-PFOO for regional efficiency', ABSTRACT, emptyLexicons()).map((e) => `${e.name}:${e.role}`);
		expect(roles).toContain('Super-PFOO:introduced');
		expect(roles).not.toContain('FOO:introduced');
	});
});
