import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../fixtures/seed.ts';
import { extractEntities } from '../text/entities.ts';
import { spelledTail } from './qualified-acronyms.ts';

const entities = (abstract: string) => extractEntities('', abstract, loadLexicons()).map((e) => `${e.name}/${e.role} [${e.spans.map((s) => s.text).join(', ')}]`);

describe('qualifiedAcronyms', () => {
	it('reads a written-out method abbreviated with a qualifier before its acronym as one method used', () => {
		// management: a survey model validated with covariance-based SEM
		const abstract = 'The model was validated using structural equation modelling (CB-SEM) with 300 owners. CB-SEM confirmed four paths.';
		expect(entities(abstract)).toEqual(['structural equation modelling/used [structural equation modelling, CB-SEM, CB-SEM]']);
	});

	it('leaves a bracket whose acronym does not spell the words before, and one the authors propose', () => {
		expect(spelledTail('CB-SEM', 'validated using a new survey design ')).toBeUndefined();
		expect(spelledTail('PLS-SEM', 'partial least squares structural equation modeling ')).toBeUndefined();
		expect(spelledTail('CXR-RG', 'a model for chest X-ray report generation ')).toBeUndefined();
		expect(spelledTail('GMM-UBM', 'a Gaussian mixture model and universal background model ')).toBeUndefined();
		expect(entities('Chest X-ray report generation (CXR-RG) is slow. Instruction-following information retrieval (IF-IR) is hard.')).toEqual([]);
		const proposed = 'We propose a multi-head graph attention network (MH-GAT) for traffic forecasting.';
		expect(entities(proposed).some((e) => e.startsWith('graph attention network'))).toBe(false);
	});
});
