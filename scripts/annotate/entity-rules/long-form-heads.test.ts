import { describe, expect, it } from 'vitest';
import { typeOfLongForm } from './long-form-heads.ts';

describe('typeOfLongForm', () => {
	it('types a collection, a pooling project and a reanalysis as data', () => {
		expect(typeOfLongForm('Sloan Digital Sky Survey')).toBe('dataset');
		expect(typeOfLongForm('Coupled Model Intercomparison Project')).toBe('dataset');
		expect(typeOfLongForm('Climate Forecast System Reanalysis')).toBe('dataset');
	});

	it('types a long form headed "Model" as a model, not one merely ending alike', () => {
		expect(typeOfLongForm('Canadian Regional Climate Model')).toBe('model');
		expect(typeOfLongForm('Canadian Regional Climate Models')).toBe('model');
		expect(typeOfLongForm('Grouped-Query Attention')).toBe('method');
		expect(typeOfLongForm('Gradual Remodel')).toBe('method');
	});

	it('reads the head before a qualifying phrase, not the model the technique works with', () => {
		expect(typeOfLongForm('Policy Optimization with a Learned World Model')).toBe('method');
		expect(typeOfLongForm('Segment Anything Model for Medical Images')).toBe('model');
	});
});
