import { describe, expect, it } from 'vitest';
import { phraseCarriers } from './phrase-carriers.ts';
import { phraseForm } from './phrase-form.ts';
import { shareKeyphraseTopics } from './shared-keyphrase-topics.ts';

const other = { id: 'other-papers', title: 'Other papers', description: '', derived: true };
const climate = { id: 'climate-change', title: 'Climate change', description: '', derived: true };

/** Papers 0–1 in "Climate change", the rest in "Other papers" (or the topics given); keyphrases and texts per paper. */
function run(keyphrases: string[][], texts: string[], topicsOf?: { id: string; derived: boolean }[][]) {
	const paperTopics = topicsOf ?? keyphrases.map((_, i) => [{ id: i < 2 ? climate.id : other.id, derived: true }]);
	const df = new Map<string, number>();
	for (const list of keyphrases) for (const form of new Set(list.map(phraseForm))) df.set(form, (df.get(form) ?? 0) + 1);
	return shareKeyphraseTopics({
		topics: [climate, other],
		paperTopics,
		otherId: other.id,
		carriers: phraseCarriers(keyphrases, texts),
		texts,
		df,
		n: keyphrases.length,
		usedTitles: ['Climate change'],
		longForms: new Map(),
		reserved: new Set([climate.id, other.id]),
		maxTopicsPerPaper: 3,
		most: 20,
	});
}

describe('shareKeyphraseTopics', () => {
	// unseen-round36-forest-restoration.ris (scripts/eval/listings/SOURCES.md): a tree-counting paper was in "Other
	// papers" though a fire-severity paper of "Climate change" writes its keyphrase "tree density".
	it('makes a topic of an ungrouped paper and the grouped papers that carry its keyphrase, a second topic for the latter', () => {
		const { topics, paperTopics, names } = run(
			[['successive fires', 'species composition'], ['sediment load reduction'], ['tree density', 'tree crown'], ['nitrate isotopes']],
			[
				'Successive fires in mixed conifer forests. Climate change and tree density shaped species composition.',
				'Climate change and sediment load reduction in a watershed.',
				'Counting trees in a mega city. We estimate tree density from tree crown images.',
				'Nitrate isotopes in a karst basin.',
			],
		);
		expect(topics.map((t) => t.title)).toEqual(['Climate change', 'Tree density', 'Other papers']);
		expect(paperTopics.map((list) => list.map((t) => t.id))).toEqual([['climate-change', 'tree-density'], ['climate-change'], ['tree-density'], ['other-papers']]);
		expect(names.map((n) => n.written)).toEqual(['tree density']);
		expect(topics[2]!.description).toMatch(/one paper that carries no other/);
	});

	it('reads British and American "-ise" and "-ize" as one phrase, and prefers it to its tail', () => {
		const { topics, paperTopics } = run(
			[['successive fires', 'Generalized Linear Models'], ['sediment load reduction'], ['fuelwood collection', 'Generalised Linear Model']],
			['Successive fires, fitted with Generalized Linear Models.', 'Sediment load reduction.', 'Fuelwood collection, read with a Generalised Linear Model.'],
		);
		expect(topics.map((t) => t.title)).toEqual(['Climate change', 'Generalised Linear Model']);
		expect(paperTopics.map((list) => list.map((t) => t.id))).toEqual([['climate-change', 'generalised-linear-model'], ['climate-change'], ['generalised-linear-model']]);
	});

	it('makes no topic of research prose, of one paper\'s phrase, nor for a paper that holds three topics already', () => {
		const full = [{ id: 'a', derived: true }, { id: 'b', derived: true }, { id: 'c', derived: true }];
		const { topics, paperTopics, names } = run(
			[['future research directions', 'mesh network'], ['sediment load reduction', 'mesh network'], ['future research directions'], ['mesh network']],
			['Future research directions for a mesh network.', 'Sediment load reduction over a mesh network.', 'Future research directions of seaport microgrids.', 'A mesh network at a port.'],
			[[{ id: climate.id, derived: true }], full, [{ id: other.id, derived: true }], [{ id: other.id, derived: true }]],
		);
		expect(names.map((n) => n.written)).toEqual(['mesh network']);
		expect(paperTopics.map((list) => list.map((t) => t.id))).toEqual([['climate-change', 'mesh-network'], ['a', 'b', 'c'], ['other-papers'], ['mesh-network']]);
		expect(topics.map((t) => t.title)).toEqual(['Climate change', 'Mesh network', 'Other papers']);
	});

	// Hugging Face days (unseen-round*-hf-daily-*.json): the bundled taxonomy files half the papers, and an ungrouped paper
	// shares "language models" with them.
	it('gives a taxonomy topic\'s paper the topic as a further one', () => {
		const { names, paperTopics } = run(
			[['tree density'], ['sediment load reduction'], ['tree density']],
			['Tree density.', 'Sediment load reduction.', 'Tree density again.'],
			[[{ id: 'rl-theory', derived: false }], [{ id: climate.id, derived: true }], [{ id: other.id, derived: true }]],
		);
		expect(names.map((n) => n.written)).toEqual(['tree density']);
		expect(paperTopics.map((list) => list.map((t) => t.id))).toEqual([['rl-theory', 'tree-density'], ['climate-change'], ['tree-density']]);
	});
});
