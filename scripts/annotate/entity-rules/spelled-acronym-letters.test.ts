import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../lexicons.ts';
import { extractEntities } from '../text/entities.ts';
import { spellsAcronym } from './spelled-acronym-letters.ts';

const names = (title: string, abstract: string) => extractEntities(title, abstract, emptyLexicons()).map((e) => e.name);

describe('spellsAcronym', () => {
	it('reads a word whose capitals are letters of an acronym defined after it', () => {
		expect(spellsAcronym('COupled', 'we present the open-source COupled Snowpack and Ice model in PYthon (COSIPY), which')).toBe(true);
		expect(spellsAcronym('PYthon', 'we present the open-source COupled Snowpack and Ice model in PYthon (COSIPY), which')).toBe(true);
	});

	it('leaves a coined name that spells no longer acronym after it', () => {
		expect(spellsAcronym('SQLite', 'Records are stored in SQLite (version 3) and queried in SQL (SQL).')).toBe(false);
		expect(spellsAcronym('COupled', 'COupled runs first. Much later we define the heat model (COSIPY).')).toBe(false);
	});
});

describe('spelled acronym letters in extractEntities', () => {
	// After unseen-round10-glaciology.csl.json, COSIPY's abstract.
	it('keeps the acronym and drops the spelled-out word', () => {
		const abstract = 'Here, we present the open-source COupled Lake and Ice surface energy and mass balance model in PYthon (COLIPY), which provides a flexible framework.';
		const found = names('COLIPY v2 – a lake model', abstract);
		expect(found).toContain('COLIPY');
		expect(found).not.toContain('COupled');
	});
});
