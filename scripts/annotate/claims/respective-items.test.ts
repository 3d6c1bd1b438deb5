import { describe, expect, it } from 'vitest';
import type { Span } from '../../../src/shared/paper-schema.ts';
import { entity, valuesOf } from '../testing/claim-sentence.ts';
import { claimSubjects } from './claim-subjects.ts';
import { respectiveItems } from './respective-items.ts';

const items = (text: string, values: string[]) => {
	const at = valuesOf(text, values);
	const found = respectiveItems(text, values.length, at[0]!.start, at.at(-1)!.end, text.indexOf('respectively'));
	return found?.map((item) => text.slice(item.start, item.end));
};

describe('respectiveItems', () => {
	// Power electronics compares controllers by long names with "and" inside (after round 39's MPPT entry).
	it('reads the items of the list before the values by its commas, names with "and" kept whole', () => {
		const text = 'The results show that classic techniques, such as hill climbing (HC), Perturb and Observe (P&O), and Fuzzy Logic and Particle Swarm (FL-PS), achieved accuracies of 94%, 97.6%, and 99.3% respectively.';
		expect(items(text, ['94%', '97.6%', '99.3%'])).toEqual(['such as hill climbing (HC)', 'Perturb and Observe (P&O)', 'and Fuzzy Logic and Particle Swarm (FL-PS)']);
	});

	it('reads the list between the values and "respectively"', () => {
		const text = 'The accuracies were 0.24, 0.37 and 0.40 for the parent average, single-step and multiple-step approaches, respectively.';
		expect(items(text, ['0.24', '0.37', '0.40'])).toEqual(['the parent average', 'single-step', 'and multiple-step approaches']);
	});

	it('gives none when no list of as many items stands there', () => {
		expect(items('The two models reached 0.81 and 0.85, respectively.', ['0.81', '0.85'])).toBeUndefined();
		expect(items('A, B, C and D reached 0.81 and 0.85, respectively.', ['0.81', '0.85'])).toBeUndefined();
	});
});

describe('claimSubjects of a "respectively" list some of whose names were not found', () => {
	it('pairs each value with the names inside its own item, and with none when its item names none', () => {
		const text = 'Techniques such as hill climbing (HC), Perturb and Observe (P&O), and Fuzzy Logic and Particle Swarm (FL-PS), achieved accuracies of 94%, 97.6%, and 99.3% respectively.';
		const sentence: Span = { start: 0, end: text.length, text };
		// The rules found "P&O" and "FL-PS", not "hill climbing": two names for three values.
		const entities = [entity(text, 'Observe'), entity(text, 'FL-PS')];
		expect(claimSubjects(sentence, valuesOf(text, ['94%', '97.6%', '99.3%']), entities)).toEqual([[], ['method/observe'], ['method/fl-ps']]);
	});
});

describe('claimSubjects of a "respectively" list that is the standard of a comparison', () => {
	it('pairs nothing with the names the result is compared with', () => {
		const text = 'Our kernel reaches a 17.9× speedup over baselines, while outperforming industry-standard libraries like cuML and FAISS by 33× and 200×, respectively.';
		const sentence: Span = { start: 0, end: text.length, text };
		const about = claimSubjects(sentence, valuesOf(text, ['33×', '200×']), [entity(text, 'cuML'), entity(text, 'FAISS')]);
		expect(about.flat()).not.toContain('method/cuml');
		expect(about.flat()).not.toContain('method/faiss');
	});
});
