import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../src/shared/paper-schema.ts';
import { splitSentences } from '../sentences.ts';
import { describeStoredOutputs } from '../testing/stored-outputs.ts';
import { extractClaims } from '../text/claims.ts';
import { appliedSystem } from './applied-system.ts';

/** The entities of `text`, placed at each mention of their names. */
function placed(text: string, entities: Pick<Entity, 'name' | 'type' | 'role'>[]): Entity[] {
	return entities.map((e) => ({
		...e,
		id: e.name.toLowerCase(),
		spans: [...text.matchAll(new RegExp(String.raw`\b${e.name}\b`, 'g'))].map((m) => ({ start: m.index, end: m.index + e.name.length, text: e.name })),
	}));
}

/** Every claim of the abstract as "value → subjects". */
function claimsWithSubjects(input: string): string[] {
	const { text, entities } = JSON.parse(input) as { text: string; entities: Pick<Entity, 'name' | 'type' | 'role'>[] };
	return extractClaims(text, splitSentences(text), placed(text, entities)).map((c) => `${c.value.text} → ${c.about.join(', ') || 'none'}`);
}

// Invented abstracts of land-cover and crop mapping: a study that applies one known classifier and states its accuracy in a
// later sentence naming nothing, one that names two classifiers, one whose only named system is the standard it is compared
// with, and one whose later figures are shares of an area, not a skill; each read through the whole claim pipeline.
describeStoredOutputs(new URL('./fixtures/applied-system/', import.meta.url), 'appliedSystem on fixture %s', 'gives the claim subjects of the stored output.json', (file) =>
	claimsWithSubjects(file('input.json')!),
);

describe('appliedSystem', () => {
	it('gives the one system applied before a sentence of accuracy', () => {
		const text = 'We used XGBoost as the classifier. The F1-score was 0.91.';
		const sentences = splitSentences(text);
		expect(appliedSystem(sentences, placed(text, [{ name: 'XGBoost', type: 'algorithm', role: 'used' }]), sentences[1]!)).toEqual(['algorithm/xgboost']);
	});

	it('reads the passive too, and leaves a system named only after the sentence', () => {
		const text = 'XGBoost was used to classify the scenes. The F1-score was 0.91. Later, ResNet was tried.';
		const sentences = splitSentences(text);
		const entities = placed(text, [
			{ name: 'XGBoost', type: 'algorithm', role: 'used' },
			{ name: 'ResNet', type: 'model', role: 'used' },
		]);
		expect(appliedSystem(sentences, entities, sentences[1]!)).toEqual(['algorithm/xgboost']);
	});

	it('leaves a sentence of no skill measure, and a system named only in the sentence itself', () => {
		const text = 'We used XGBoost as the classifier. Yields rose by 12%.';
		const sentences = splitSentences(text);
		expect(appliedSystem(sentences, placed(text, [{ name: 'XGBoost', type: 'algorithm', role: 'used' }]), sentences[1]!)).toEqual([]);
		const alone = 'XGBoost reached an accuracy of 90%.';
		expect(appliedSystem(splitSentences(alone), placed(alone, [{ name: 'XGBoost', type: 'algorithm', role: 'used' }]), splitSentences(alone)[0]!)).toEqual([]);
	});
});
