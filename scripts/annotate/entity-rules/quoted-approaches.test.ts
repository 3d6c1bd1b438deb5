import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../fixtures/seed.ts';
import { extractEntities } from '../text/entities.ts';

const names = (abstract: string) => extractEntities('', abstract, loadLexicons()).map((e) => `${e.name}:${e.type}:${e.role}`);

describe('quotedApproaches', () => {
	it("takes a quoted coinage before its kind as a method, the authors' when the phrase says so", () => {
		expect(names("Students build robots. This is achieved by using a unique 'open box/closed box' approach since 2015.")).toEqual(['open box/closed box:method:introduced']);
		expect(names('Teachers often follow the “learning by teaching” method in class.')).toEqual(['learning by teaching:method:used']);
	});

	it('leaves a single quoted word, and a quoted model', () => {
		expect(names('Courts take a ‘secular’ approach to the question.')).toEqual([]);
		expect(names('We fit a new "log-cubic" model to yields.').filter((n) => n.startsWith('log-cubic:'))).toEqual([]);
	});
});
