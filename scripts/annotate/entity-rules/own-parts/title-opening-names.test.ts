import { describe, expect, it } from 'vitest';
import { entityContext } from '../../testing/entity-context.ts';
import type { Candidate } from '../resolve-mentions.ts';
import { titleOpeningNames, titleOpensWith } from './title-opening-names.ts';

const candidate = (name: string, ...forms: string[]): Candidate => ({ type: 'method', name, role: 'used', forms: new Set([name, ...forms]), priority: 1 });
const own = (title: string, abstract: string, name: string, known: string[] = []) =>
	titleOpeningNames.isOwn(candidate(name), { ...entityContext(abstract, { known: new Set(known) }, title), introduced: new Set() });

describe('titleOpensWith', () => {
	// unseen-fresh-quantum-computing: "The XZZX surface code", the abstract's "the XZZX code".
	it('reads a name the title opens with, its article, a kind noun inside it and a plural aside', () => {
		expect(titleOpensWith('The XZZX surface code', 'XZZX code')).toBe(true);
		expect(titleOpensWith('Random Forests', 'random forest')).toBe(true);
		expect(titleOpensWith('The Sequence Alignment/Map format and SAMtools', 'Sequence Alignment/Map')).toBe(true);
		expect(titleOpensWith('MS-FPN-Based Pavement Defect Identification Algorithm', 'MS-FPN')).toBe(true);
	});

	it('leaves a name the title writes after a verb or a preposition, or that opens a longer phrase', () => {
		expect(titleOpensWith('Yield Loss Assessment of Grapes Using Composite Drought Index', 'Composite Drought Index')).toBe(false);
		expect(titleOpensWith('Random forests for land cover mapping', 'random forest')).toBe(false);
		expect(titleOpensWith('Code smells in practice', 'code')).toBe(false);
	});

	it('with `whole`, asks that the title be the name alone', () => {
		expect(titleOpensWith('Random Forests', 'random forest', true)).toBe(true);
		expect(titleOpensWith('Random Forests: a review', 'random forest', true)).toBe(false);
	});
});

describe('titleOpeningNames', () => {
	// unseen-round29-pavement-defects: MS-FPN, defined in "we proposed a … method based on the MS-Feature Pyramid Network (MS-FPN)".
	it('claims for the paper an unknown name the title opens with', () => {
		expect(own('MS-FPN-Based Pavement Defect Identification Algorithm', 'We proposed a method based on the MS-Feature Pyramid Network (MS-FPN).', 'MS-FPN')).toBe(true);
	});

	it('claims a name by the long form its acronym is defined with', () => {
		expect(own('The Sequence Alignment/Map format and FooTools', 'The Sequence Alignment/Map (SAM) format is a generic alignment format.', 'SAM')).toBe(true);
	});

	// unseen-round17-viticulture-sustainability: Breiman's "Random Forests", which the lexicons list.
	it('claims a known name only where the title is that name alone', () => {
		expect(own('Random Forests', 'Random forests are a combination of tree predictors.', 'random forest', ['random forest'])).toBe(true);
		expect(own('Random Forests and Boosting Compared', 'Random forests are a combination of tree predictors.', 'random forest', ['random forest'])).toBe(false);
	});
});
