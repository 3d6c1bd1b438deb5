import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../fixtures/seed.ts';
import { extractEntities } from '../text/entities.ts';

const names = (abstract: string) => extractEntities('', abstract, loadLexicons()).map((e) => e.name);

describe('lexicon head nouns in extractEntities', () => {
	it('names a compound-modifier lexicon name with the technique noun written after it', () => {
		const abstract = 'We assessed changes in demographic parameters using whale counts and multi-state closed population capture–recapture models.';
		expect(names(abstract)).toContain('capture–recapture models');
		expect(names(abstract)).not.toContain('capture–recapture');
	});

	it('keeps the lexicon name where no technique noun follows it', () => {
		expect(names('Abundance was estimated by capture–recapture of marked seals.')).toContain('capture–recapture');
	});
});
