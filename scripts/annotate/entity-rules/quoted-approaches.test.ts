import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../fixtures/seed.ts';
import { extractEntities } from '../text/entities.ts';

const names = (abstract: string) => extractEntities('', abstract, loadLexicons()).map((e) => `${e.name}:${e.type}:${e.role}`);

describe('quotedApproaches', () => {
	it("takes the authors' quoted coinage before its kind as a method they introduce", () => {
		expect(names("Students build robots. This is achieved by using a unique 'open box/closed box' approach since 2015.")).toEqual(['open box/closed box:method:introduced']);
		expect(names('In class we follow our “learning by teaching” method.')).toEqual(['learning by teaching:method:introduced']);
	});

	it('leaves a quoted idiom with a bare article, a single quoted word, and a quoted model', () => {
		expect(names('Hybrid solvation keeps some explicit water, a “best of both worlds” method.')).toEqual([]);
		expect(names('Courts take a ‘secular’ approach to the question.')).toEqual([]);
		expect(names('We fit a new "log-cubic" model to yields.').filter((n) => n.startsWith('log-cubic:'))).toEqual([]);
	});
});
