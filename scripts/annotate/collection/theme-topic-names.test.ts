import { describe, expect, it } from 'vitest';
import { themePhrases } from './theme-topic-names.ts';
import { collectTextFeatures } from './text-feature-table.ts';
import { nameTopicsByKeyphrases } from './topic-keyphrase-names.ts';

// A list about one syndrome, as round 40's MEDLINE export is: most papers write its name, fewer their own subjects.
const abstracts = [
	'Motoric cognitive risk syndrome was tied to slow gait in the Einstein Aging Study.',
	'We measured slow gait and grip strength; motoric cognitive risk syndrome was common.',
	'Among Chinese adults, slow gait marked motoric cognitive risk syndrome in women.',
	'Motoric cognitive risk syndrome subtypes differ: slow gait with memory complaints.',
	'Motoric cognitive risk syndrome predicts incident dementia over ten years.',
	'In a Japanese cohort, incident dementia was higher with motoric cognitive risk syndrome.',
	'Polypharmacy, motoric cognitive risk syndrome and incident dementia were studied together.',
	'Depression symptoms rose with frailty in nursing homes.',
	'We screened depression symptoms by telephone in rural clinics.',
	'Loneliness and depression symptoms were followed for two years.',
];
const table = (texts: readonly string[]) => collectTextFeatures(texts.map((abstract) => ({ title: '', abstract })));

describe('themePhrases', () => {
	const isTheme = themePhrases(table(abstracts));

	it('reads a phrase whose every word pair more than half of the papers write as the theme', () => {
		expect(isTheme('Motoric cognitive risk syndrome')).toBe(true);
		expect(isTheme('motoric cognitive risk syndromes')).toBe(true);
	});

	it('keeps a phrase with one word pair of half the papers or fewer out of it', () => {
		expect(isTheme('incident dementia')).toBe(false);
		expect(isTheme('slow gait')).toBe(false);
		expect(isTheme('syndrome and slow gait')).toBe(false);
	});

	it('keeps a name with a word the text features leave out of it, though its other word is the theme', () => {
		// "Materials Project" on a materials list; "project" is no text feature.
		const isThemeOf = themePhrases(table([...abstracts.slice(0, 9), 'The Syndrome Project and 1000 Syndrome cohorts.']));
		expect(isThemeOf('syndrome')).toBe(true);
		expect(isThemeOf('Syndrome Project')).toBe(false);
		expect(isThemeOf('1000 syndromes')).toBe(false);
	});

	it('finds no theme in a list of fewer than ten papers', () => {
		expect(themePhrases(table(abstracts.slice(0, 9)))('Motoric cognitive risk syndrome')).toBe(false);
	});
});

describe('nameTopicsByKeyphrases with the theme', () => {
	const derived = (id: string) => ({ id, title: id, description: '', derived: true });
	const keyphrases = abstracts.map((text) => [
		...(text.includes('otoric cognitive risk syndrome') ? ['motoric cognitive risk syndrome'] : []),
		...(text.includes('slow gait') ? ['slow gait'] : []),
		...(text.includes('incident dementia') ? ['incident dementia'] : []),
		...(text.includes('epression symptoms') ? ['depression symptoms'] : []),
	]);
	const paperTopics = abstracts.map((_, i) => [{ id: i < 7 ? 'mcr' : 'depression', derived: true }]);
	const named = (isTheme?: (phrase: string) => boolean) =>
		nameTopicsByKeyphrases([derived('mcr'), derived('depression')], paperTopics, keyphrases, abstracts, [], new Map(), undefined, isTheme);

	it('names the topic of most of the list by the phrase it shares besides the theme', () => {
		expect(named().topics.map((t) => t.title)).toContain('Motoric cognitive risk syndrome');
		const { topics, paperTopics: moved } = named(themePhrases(table(abstracts)));
		expect(topics.map((t) => t.title)).not.toContain('Motoric cognitive risk syndrome');
		expect(topics.map((t) => t.title)).toEqual(expect.arrayContaining(['Slow gait', 'Incident dementia', 'Depression symptoms']));
		const titleOf = new Map(topics.map((t) => [t.id, t.title]));
		expect(moved.map((list) => list.map((t) => titleOf.get(t.id)))).toEqual([
			...Array.from({ length: 4 }, () => ['Slow gait']),
			...Array.from({ length: 3 }, () => ['Incident dementia']),
			...Array.from({ length: 3 }, () => ['Depression symptoms']),
		]);
	});
});
