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

	// unseen-round33 health informatics: "We propose to apply a “Data Quality by Contract” approach to …".
	it('takes a quoted name in title case after a bare article, the authors\' where they speak as we', () => {
		expect(names('We propose to apply a “Safety Checks by Design” approach to data use cases.')).toEqual(['Safety Checks by Design:method:introduced']);
		expect(names('Hospitals adopted the “Care Path of Value” method in 2019.')).toEqual(['Care Path of Value:method:used']);
		expect(names('Hybrid solvation keeps some explicit water, a “best of Both Worlds” method.')).toEqual([]);
	});
});

describe('quotedApproaches, a word before the kind', () => {
	it('takes the quoted coinage when a word says what the strategy works on', () => {
		expect(names('To balance objectives, we formulate a novel "Base-and-Bonus" reward strategy for critics.')).toEqual(['Base-and-Bonus:method:introduced']);
	});
});
