import { describe, expect, it } from 'vitest';
import { orderValues } from './facet-list.ts';

describe('orderValues', () => {
	it('lists a facet by count, then name', () => {
		expect(orderValues('topic', { 'World models': 3, 'Diffusion models': 3, 'Language models': 7 }, [])).toEqual([
			'Language models',
			'Diffusion models',
			'World models',
		]);
	});

	it('puts the values it is told to after all others, however many papers they hold', () => {
		const counts = { 'Other papers': 12, 'World models': 3, 'Language models': 7 };
		expect(orderValues('topic', counts, [], new Set(['Other papers']))).toEqual(['Language models', 'World models', 'Other papers']);
	});

	it('keeps a chosen value with no results, and years newest first', () => {
		expect(orderValues('topic', { 'World models': 3 }, ['Other papers'], new Set(['Other papers']))).toEqual(['World models', 'Other papers']);
		expect(orderValues('year', { '2023': 5, '2025': 1, '2024': 2 }, [])).toEqual(['2025', '2024', '2023']);
	});
});
