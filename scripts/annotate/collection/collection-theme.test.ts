import { describe, expect, it } from 'vitest';
import { themeTerms } from './collection-theme.ts';
import { vectorize } from './vector-space.ts';

const isNamed = (feature: string) => feature.startsWith('keyphrase:');
const spaceOf = (abstracts: string[], keyphrases: string[][]) =>
	vectorize(abstracts.map((abstract, i) => ({ title: '', abstract, extra: keyphrases[i]!.map((k) => ({ key: `keyphrase:${k}`, label: k, boost: 2 })) })));
const themeOf = (space: ReturnType<typeof spaceOf>) => space.vocabulary.filter((_, term) => themeTerms(space, (df) => df * 2 > space.vectors.length, isNamed)[term]);

describe('themeTerms', () => {
	const abstracts = Array.from({ length: 12 }, (_, i) => (i < 3 ? `Offline reinforcement learning for robot ${i}.` : `Reinforcement learning for robot ${i}.`));

	it('marks the words and word pairs more than half of the papers say', () => {
		expect(themeOf(spaceOf(abstracts, abstracts.map(() => [])))).toEqual(expect.arrayContaining(['reinforc', 'learn', 'reinforc learn', 'robot']));
	});

	it('marks a keyphrase whose every word pair is the theme, though few papers chose it as a keyphrase', () => {
		const theme = themeOf(spaceOf(abstracts, abstracts.map((_, i) => (i < 2 ? ['reinforcement learning'] : []))));
		expect(theme).toContain('keyphrase:reinforcement learning');
	});

	it('keeps a keyphrase with one rarer word pair out of the theme', () => {
		const theme = themeOf(spaceOf(abstracts, abstracts.map((_, i) => (i < 3 ? ['offline reinforcement learning'] : []))));
		expect(theme).not.toContain('keyphrase:offline reinforcement learning');
		expect(theme).not.toContain('offlin reinforc');
	});

	it('finds no theme in a list of fewer than ten papers', () => {
		expect(themeOf(spaceOf(abstracts.slice(0, 9), abstracts.slice(0, 9).map(() => [])))).toEqual([]);
	});
});
