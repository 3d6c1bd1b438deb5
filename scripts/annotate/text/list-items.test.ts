import { describe, expect, it } from 'vitest';
import { listLeads } from './list-items.ts';

describe('listLeads', () => {
	it('leads later items to the sentence that holds the first one', () => {
		expect(listLeads(['Chat agents forget.', 'It has three parts: (a) Memory: it stores turns.', '(b) Recall: It retrieves them.', '(c) Style: It infers a persona.', 'Scores rise by 9%.'])).toEqual([-1, -1, 1, 1, -1]);
	});

	it('leads a list whose first item opens a sentence to the sentence before it', () => {
		expect(listLeads(['We build a benchmark of two tracks.', '(i) Atomic evaluates single tool calls.', '(ii) Workflow adds long tasks.'])).toEqual([-1, 0, 0]);
		expect(listLeads(['We validate it in two settings: 1) Policy learning reaches 90%.', '2) World modelling transfers actions.'])).toEqual([-1, 0]);
	});

	it('leaves an item with no first item before it, and a list opening the abstract', () => {
		expect(listLeads(['Editing needs reasoning.', '(2) Generalizability.'])).toEqual([-1, -1]);
		expect(listLeads(['(a) A reader parses text.', '(b) A writer stores it.'])).toEqual([-1, -1]);
	});

	it('reads no marker inside a sentence as an item', () => {
		expect(listLeads(['It has two parts: (a) a reader.', 'The writer (b) stores it.'])).toEqual([-1, -1]);
	});
});
