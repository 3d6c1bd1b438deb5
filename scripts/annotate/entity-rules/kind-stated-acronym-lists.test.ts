import { describe, expect, it } from 'vitest';
import { entityContext } from '../testing/entity-context.ts';
import { kindStatedAcronymLists } from './kind-stated-acronym-lists.ts';

const found = (abstract: string, generic: string[] = [], known: string[] = []) =>
	kindStatedAcronymLists.find(entityContext(abstract, { generic: new Set(generic), known: new Set(known) })).map((n) => `${n.name}/${n.type} [${n.forms.join(' | ')}]`);

describe('kindStatedAcronymLists', () => {
	it('names each bracketed item of a list after a plural kind, a lower-case one by its long form', () => {
		expect(found('We compare classic techniques, such as constant voltage tracking (CVT), Hill Climbing (HC) and the Recurrent Neural Network (RNN), on one panel.')).toEqual([
			'constant voltage tracking/method [CVT]',
			'HC/method [Hill Climbing]',
			'RNN/method [Recurrent Neural Network]',
		]);
	});

	it('reads a list after a colon, items without acronyms left out, and types every item a method', () => {
		expect(found('Three forecasting approaches: gradient-free particle optimization (GPO), decision trees and echo state networks (ESNs).')).toEqual([
			'gradient-free particle optimization/method [GPO]',
			'echo state networks/method [ESNs]',
		]);
	});

	it('leaves an item the lexicons know to them, but counts it in the list', () => {
		expect(found('We trained classifiers, such as logistic regression (LR) and boosted stumps (BST).', [], ['logistic regression'])).toEqual([
			'boosted stumps/method [BST]',
		]);
	});

	it('leaves one bracketed term, generic acronyms, and lists of metrics', () => {
		expect(found('Errors fell for methods including graph rewiring (GR) in most runs.')).toEqual([]);
		expect(found('We study models such as Large Language Models (LLMs) and Vision Language Models (VLMs).', ['LLMs', 'VLMs'])).toEqual([]);
		expect(found('We report metrics such as mean absolute error (MAE) and root mean square error (RMSE).')).toEqual([]);
	});
});
