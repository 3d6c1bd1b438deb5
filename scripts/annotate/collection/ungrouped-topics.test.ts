import { describe, expect, it } from 'vitest';
import { phraseCarriers } from './phrase-carriers.ts';
import { phraseForm } from './phrase-form.ts';
import { maxUngroupedTopics, nameUngroupedPapers } from './ungrouped-topics.ts';

const other = { id: 'other-papers', title: 'Other papers', description: '', derived: true };
const named = { id: 'language-models', title: 'Language models', description: '', derived: true };

/** Papers 0–1 in "Language models", the rest in "Other papers"; keyphrases and texts per paper, and which topic a phrase would restate. */
function run(keyphrases: string[][], texts: string[], restated?: Parameters<typeof nameUngroupedPapers>[0]['restated']) {
	const paperTopics = keyphrases.map((_, i) => [{ id: i < 2 ? named.id : other.id, derived: true }]);
	const df = new Map<string, number>();
	for (const list of keyphrases) for (const form of new Set(list.map(phraseForm))) df.set(form, (df.get(form) ?? 0) + 1);
	return nameUngroupedPapers({
		topics: [named, other],
		paperTopics,
		otherId: other.id,
		carriers: phraseCarriers(keyphrases, texts),
		df,
		n: keyphrases.length,
		usedTitles: ['Language models'],
		longForms: new Map(),
		reserved: new Set([named.id, other.id]),
		restated,
	});
}

describe('nameUngroupedPapers', () => {
	// hf-daily-2024-10-25.json and hf-papers-2026-10-03.json (scripts/eval/listings/SOURCES.md):
	// three video generation papers the clustering put apart ended in "Other papers".
	it('makes a topic of the ungrouped papers that share a phrase, before "Other papers", which keeps the rest', () => {
		const { topics, paperTopics } = run(
			[['language models'], ['language models'], ['video generation', 'scene memory'], ['egocentric video generation'], ['frame interpolation', 'video generation'], ['galaxy survey']],
			['Language models.', 'Language models.', 'Scene memory for video generation.', 'Egocentric video generation.', 'Frame interpolation and video generation.', 'A galaxy survey.'],
		);
		expect(topics.map((t) => t.title)).toEqual(['Language models', 'Video generation', 'Other papers']);
		expect(paperTopics.map((list) => list.map((t) => t.id))).toEqual([['language-models'], ['language-models'], ['video-generation'], ['video-generation'], ['video-generation'], ['other-papers']]);
		expect(topics[2]!.description).toMatch(/one paper that carries no other/);
	});

	it('names nothing after one paper\'s phrase, a phrase an existing topic says, or a lone model name', () => {
		const { topics, paperTopics, names } = run(
			[['language models'], ['language models'], ['large language models', 'GPT-4'], ['large language models', 'GPT-4'], ['galaxy survey']],
			['Language models.', 'Language models.', 'Large language models against GPT-4.', 'Large language models beat GPT-4.', 'A galaxy survey.'],
		);
		expect(names).toEqual([]);
		expect(topics.map((t) => t.title)).toEqual(['Language models', 'Other papers']);
		expect(paperTopics.slice(2).every((list) => list[0]!.id === 'other-papers')).toBe(true);
	});

	it('joins the papers of a phrase that would restate a topic\'s name to that topic', () => {
		const keyphrases = [['language models'], ['language models'], ['language model pretraining'], ['language model pretraining'], ['galaxy survey']];
		const texts = ['Language models.', 'Language models.', 'Language model pretraining of language models.', 'Language model pretraining for language models.', 'A galaxy survey.'];
		const { topics, paperTopics: after } = run(keyphrases, texts, (phrase) => (phrase.form === 'language model pretraining' ? named.id : undefined));
		expect(topics.map((t) => t.title)).toEqual(['Language models', 'Other papers']);
		expect(after.map((list) => list[0]!.id)).toEqual(['language-models', 'language-models', 'language-models', 'language-models', 'other-papers']);
	});

	it('drops "Other papers" when every ungrouped paper found a topic', () => {
		const { topics } = run(
			[['language models'], ['language models'], ['optimal transport'], ['optimal transport metrics']],
			['Language models.', 'Language models.', 'Optimal transport.', 'Optimal transport metrics.'],
		);
		expect(topics.map((t) => t.title)).toEqual(['Language models', 'Optimal transport']);
	});

	it('makes more topics the more papers are ungrouped, about as many as clustering would aim for, within a bound of work', () => {
		expect(maxUngroupedTopics(10)).toBe(20);
		expect(maxUngroupedTopics(450)).toBe(30);
		expect(maxUngroupedTopics(5000)).toBe(100);
		expect(maxUngroupedTopics(20000)).toBe(200);
		// Each topic ranks the phrases of the papers left: past tens of thousands, fewer topics.
		expect(maxUngroupedTopics(50000)).toBe(80);
		expect(maxUngroupedTopics(500000)).toBe(20);
		// 150 pairs of ungrouped papers, each pair sharing its own subject.
		const word = (i: number) => String.fromCharCode(97 + (i % 26)) + String.fromCharCode(97 + Math.floor(i / 26)) + 'ite';
		const pairs = Array.from({ length: 150 }, (_, i) => `${word(i)} deposits`);
		const keyphrases = [['language models'], ['language models'], ...pairs.flatMap((phrase) => [[phrase], [phrase]])];
		const texts = keyphrases.map((list) => `${list[0]}.`);
		const { names } = run(keyphrases, texts);
		expect(names).toHaveLength(maxUngroupedTopics(300));
		expect(names.length).toBeGreaterThan(20);
	});
});
