import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../fixtures/seed.ts';
import { extractEntities } from '../../text/entities.ts';

const lexicons = loadLexicons();
const names = (abstract: string) => extractEntities('', abstract, lexicons).map((e) => `${e.name}:${e.type}/${e.role}`);

describe('proposedAlternative', () => {
	it('takes a lower-case technique the paper proposes in place of a known one, as introduced', () => {
		expect(names('This article reviews how farms are appraised. It proposes whole-farm resilience scoring methods as a practical alternative to data envelopment analysis.')).toEqual([
			'whole-farm resilience scoring methods:method/introduced',
			'data envelopment analysis:method/used',
		]);
	});

	it('leaves an alternative to nothing a lexicon knows, and a kind', () => {
		expect(names('It proposes whole-farm resilience scoring methods as a practical alternative to annual audits.')).toEqual([]);
		expect(names('It proposes new statistical methods as an alternative to data envelopment analysis.')).toEqual(['data envelopment analysis:method/used']);
	});
});
