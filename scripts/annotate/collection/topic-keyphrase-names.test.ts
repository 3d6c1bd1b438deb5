import { describe, expect, it } from 'vitest';
import { extractAcronyms } from '../text/acronyms.ts';
import { nameTopicsByKeyphrases } from './topic-keyphrase-names.ts';
import { acronymLongForms } from './topic-name-overlap.ts';

const derived = (id: string) => ({ id, title: id, description: '', derived: true });

describe('nameTopicsByKeyphrases', () => {
	const texts = [
		'We distil diffusion models. Diffusion model distillation is fast.',
		'Diffusion model distillation for video. Fast sampling.',
		'Robot arms grasp cups.',
		'Robot arms pour water into cups.',
	];
	const keyphrases = [['diffusion model distillation', 'fast'], ['diffusion model distillation', 'video'], ['robot arms', 'cups'], ['robot arms', 'water']];
	const paperTopics = [[{ id: 'fast-video', derived: true }], [{ id: 'fast-video', derived: true }], [{ id: 'cups-water', derived: true }], [{ id: 'cups-water', derived: true }]];
	const result = nameTopicsByKeyphrases([derived('fast-video'), derived('cups-water')], paperTopics, keyphrases, texts, []);

	it('names each derived topic by a keyphrase its papers share, never a comma-joined pair or a lone word', () => {
		expect(result.topics.map((t) => t.title)).toEqual(['Diffusion model distillation', 'Robot arms']);
		expect(result.topics.map((t) => t.id)).toEqual(['diffusion-model-distillation', 'robot-arms']);
	});

	it('moves every paper to the renamed ids and describes the topic by its shared keyphrases', () => {
		expect(result.paperTopics.map((list) => list[0]!.id)).toEqual(['diffusion-model-distillation', 'diffusion-model-distillation', 'robot-arms', 'robot-arms']);
		// Grouped by the phrase that names them, not by the words clustering read.
		expect(result.topics[0]!.description).toMatch(/: 2 papers grouped by a phrase they share, the topic’s name\. Top terms: diffusion model distillation\.$/);
	});

	it('names a topic by its next shared phrase when the best one already names another topic, never by one paper\'s own', () => {
		const { topics } = nameTopicsByKeyphrases(
			[derived('first'), derived('second')],
			[[{ id: 'first', derived: true }], [{ id: 'first', derived: true }], [{ id: 'second', derived: true }], [{ id: 'second', derived: true }]],
			[['robot arms'], ['robot arms'], ['robot arms', 'grasp planning', 'suction cups'], ['robot arms', 'grasp planning']],
			['Robot arms.', 'Robot arms.', 'Robot arms need grasp planning and suction cups.', 'Robot arms and grasp planning.'],
			[],
		);
		expect(topics.map((t) => t.title)).toEqual(['Robot arms', 'Grasp planning']);
	});

	it('drops a topic whose shared phrases all name other topics: its papers join the topic whose name they write', () => {
		const { topics, paperTopics: moved } = nameTopicsByKeyphrases(
			[derived('first'), derived('second')],
			[[{ id: 'first', derived: true }], [{ id: 'first', derived: true }], [{ id: 'second', derived: true }], [{ id: 'second', derived: true }]],
			[['robot arms'], ['robot arms'], ['robot arms', 'grasp planning'], ['robot arms']],
			['Robot arms.', 'Robot arms.', 'Robot arms need grasp planning.', 'Robot arms.'],
			[],
		);
		expect(topics.map((t) => [t.id, t.title])).toEqual([['robot-arms', 'Robot arms']]);
		expect(topics[0]!.description).toMatch(/: 4 papers grouped/);
		expect(moved.map((list) => list.map((t) => t.id))).toEqual([['robot-arms'], ['robot-arms'], ['robot-arms'], ['robot-arms']]);
	});

	it('names no topic by a phrase that restates another topic\'s name: one topic for the theme said two ways', () => {
		// A COVID-19 list's wording: "COVID 19" gives the keyphrase "COVID", and "COVID-19 pandemic" papers all write "COVID-19".
		const { topics, paperTopics: moved } = nameTopicsByKeyphrases(
			[derived('first'), derived('second')],
			[[{ id: 'first', derived: true }], [{ id: 'first', derived: true }], [{ id: 'second', derived: true }], [{ id: 'second', derived: true }]],
			[['COVID', 'lockdown'], ['COVID', 'lockdown'], ['COVID-19 pandemic', 'COVID'], ['COVID-19 pandemic']],
			['COVID 19 lockdown.', 'A COVID 19 lockdown.', 'The COVID-19 pandemic and COVID 19 cases.', 'During the COVID-19 pandemic.'],
			[],
		);
		expect(topics.map((t) => t.title)).toEqual(['COVID']);
		expect(moved.map((list) => list[0]!.id)).toEqual(['covid', 'covid', 'covid', 'covid']);
	});

	it('names no topic by the owner of a possessive its papers write: "Alzheimer\'s disease", not "Alzheimer"', () => {
		// The keyphrase rules cut "Alzheimer" of "Alzheimer's disease" (unseen-round30-drug-repurposing.txt); the whole
		// phrase is a keyphrase of many papers, so rarer, the cut one would win.
		const first = { id: 'first', derived: true };
		const second = { id: 'second', derived: true };
		const { topics } = nameTopicsByKeyphrases(
			[derived('first'), derived('second')],
			[[first], [first], [first], [second], [second], [second]],
			[['Alzheimer'], ['Alzheimer'], ['Alzheimer'], ["Alzheimer's disease"], ["Alzheimer's disease"], ["Alzheimer's disease"]],
			[
				"Alzheimer's disease (AD) is the main cause of dementia.",
				"Drugs for Alzheimer's disease.",
				"No drug slows Alzheimer's. Alzheimer's research goes on.",
				"Alzheimer's disease trials.",
				"Alzheimer's disease genes.",
				"Alzheimer's disease risk.",
			],
			[],
		);
		// The paper that writes only "Alzheimer's" carries no name of a topic.
		expect(topics.map((t) => t.title)).toEqual(["Alzheimer's disease", 'Other papers']);
	});

	it('writes a topic\'s title as its papers write the name in a sentence, not as a title capitalises it', () => {
		const { topics } = nameTopicsByKeyphrases(
			[derived('first')],
			[[{ id: 'first', derived: true }], [{ id: 'first', derived: true }]],
			[['Reward Model'], ['Reward Model']],
			['Mixing Rationales for a Generative Reward Model\nWe train a generative reward model.', 'A Process Reward Model (PRM) guides search.'],
			[],
		);
		expect(topics.map((t) => t.title)).toEqual(['Reward model']);
	});

	it('writes a topic\'s title as the collection writes it when its papers write it only inside longer names', () => {
		// Round 36's forest restoration: "Generalised Linear Model" and "Generalized Linear Models" made a topic "Linear Model".
		const { topics } = nameTopicsByKeyphrases(
			[derived('first')],
			[[{ id: 'first', derived: true }], [{ id: 'first', derived: true }], []],
			[['Linear Model'], ['Linear Model'], []],
			['Fuelwood\nA Generalised Linear Model was fitted.', 'Fires\nWe used Generalized Linear Models of severity.', 'Yields\nA linear model of yield.'],
			[],
		);
		expect(topics.map((t) => t.title)).toEqual(['Linear model']);
	});

	it('lists a topic\'s terms as its papers write them in a sentence', () => {
		// The twelve-listing site of rounds 29-37: "Top terms: …, explainable Artificial Intelligence, …"; round 34's "Waste Management".
		const { topics } = nameTopicsByKeyphrases(
			[derived('first')],
			[[{ id: 'first', derived: true }], [{ id: 'first', derived: true }]],
			[['waste reduction', 'Waste Management'], ['waste reduction', 'Waste Management']],
			['Waste Reduction and Waste Management\nWaste reduction needs waste management.', 'Hazards\nWe plan waste reduction and waste management in Makassar.'],
			[],
		);
		expect(topics[0]!.description).toMatch(/Top terms: .*\bwaste management\b/);
		expect(topics[0]!.description).not.toMatch(/Waste Management/);
	});

	it('keeps in a topic only the papers that carry its name; a paper carrying none goes to "Other papers"', () => {
		const { topics, paperTopics: moved } = nameTopicsByKeyphrases(
			[derived('mixed')],
			[[{ id: 'mixed', derived: true }], [{ id: 'mixed', derived: true }], [{ id: 'mixed', derived: true }]],
			[['contrastive loss', 'GPU memory'], ['HTML code', 'UI designs'], ['UI designs', 'HTML code']],
			['A contrastive loss that saves GPU memory.', 'UI designs become HTML code.', 'HTML code from UI designs.'],
			[],
		);
		expect(topics.map((t) => t.title)).toEqual(['HTML code', 'Other papers']);
		expect(topics[0]!.description).toMatch(/: 2 papers grouped/);
		expect(topics[1]!.description).toMatch(/: one paper that carries no other/);
		expect(moved.map((list) => list.map((t) => t.id))).toEqual([['other-papers'], [topics[0]!.id], [topics[0]!.id]]);
	});

	it('keeps taxonomy topics and reserved ids untouched', () => {
		const taxonomy = { id: 'robot-arms', title: 'Robot arms', description: 'Given.', derived: false };
		const { topics, paperTopics: moved } = nameTopicsByKeyphrases(
			[taxonomy, derived('cups-water')],
			[[{ id: 'robot-arms', derived: false }], [{ id: 'cups-water', derived: true }], [{ id: 'cups-water', derived: true }]],
			[[], ['robot arms'], ['robot arms']],
			['', texts[2]!, texts[3]!],
			['robot-arms'],
		);
		expect(topics[0]).toBe(taxonomy);
		expect(topics[1]).toMatchObject({ id: 'robot-arms-2', title: 'Robot arms' });
		expect(moved.map((list) => list[0]!.id)).toEqual(['robot-arms', 'robot-arms-2', 'robot-arms-2']);
	});

	it('drops a topic of papers that share no phrase: they keep their other topics, or go to "Other papers"', () => {
		const { topics, paperTopics: moved } = nameTopicsByKeyphrases(
			[derived('robots'), derived('mixed')],
			[
				[{ id: 'robots', derived: true }, { id: 'mixed', derived: true }],
				[{ id: 'robots', derived: true }],
				[{ id: 'mixed', derived: true }],
				[{ id: 'mixed', derived: true }],
			],
			[['robot arms'], ['robot arms'], ['Apache Point Observatory'], ['N-body code']],
			['Robot arms.', 'Robot arms.', 'Spectra from the Apache Point Observatory.', 'An N-body code.'],
			[],
		);
		expect(topics.map((t) => [t.id, t.title])).toEqual([
			['robot-arms', 'Robot arms'],
			['other-papers', 'Other papers'],
		]);
		expect(topics[1]!.description).toMatch(/: 2 papers that carry no other derived topic’s name/);
		expect(moved.map((list) => list.map((t) => t.id))).toEqual([['robot-arms'], ['robot-arms'], ['other-papers'], ['other-papers']]);
	});

	it('names a topic by the noun phrase its papers\' keyphrases end with when they share no whole one', () => {
		const { topics } = nameTopicsByKeyphrases(
			[derived('cubes')],
			[[{ id: 'cubes', derived: true }], [{ id: 'cubes', derived: true }]],
			[['ALMA data cubes', 'source detection'], ['MaNGA data cubes', 'spiral arms']],
			['Simulated ALMA data cubes.', 'Masks for MaNGA data cubes.'],
			[],
		);
		expect(topics.map((t) => [t.title, t.description])).toEqual([['Data cubes', expect.stringMatching(/Top terms: data cubes\.$/)]]);
	});

	it('takes a topic named in the plural its id from the plural, keeping the singular as a former id', () => {
		const { topics, paperTopics: moved } = nameTopicsByKeyphrases(
			[derived('a')],
			[[{ id: 'a', derived: true }], [{ id: 'a', derived: true }]],
			[['world model'], ['world model']],
			['We train world models on video. Two world models agree.', 'World models predict frames; a world model plans.'],
			[],
		);
		expect(topics.map((t) => [t.title, t.id, t.formerIds])).toEqual([['World models', 'world-models', ['world-model']]]);
		expect(moved.map((list) => list.map((t) => t.id))).toEqual([['world-models'], ['world-models']]);
	});

	it('never names a second topic by a phrase the first one\'s name ends with or contains', () => {
		const { topics } = nameTopicsByKeyphrases(
			[derived('a'), derived('b')],
			[[{ id: 'a', derived: true }], [{ id: 'a', derived: true }], [{ id: 'b', derived: true }], [{ id: 'b', derived: true }]],
			[['large language models'], ['large language models'], ['language models', 'data selection'], ['language models', 'data selection']],
			['Large language models.', 'Large language models.', 'Language models need data selection.', 'Language models and data selection.'],
			[],
		);
		expect(topics.map((t) => t.title)).toEqual(['Large language models', 'Data selection']);
	});

	it('never names a second topic by an acronym the papers define as the first one\'s name; its papers join the first', () => {
		const topicsOf = (longForms?: Map<string, Set<string>>) =>
			nameTopicsByKeyphrases(
				[derived('a'), derived('b')],
				[[{ id: 'a', derived: true }], [{ id: 'a', derived: true }], [{ id: 'b', derived: true }], [{ id: 'b', derived: true }]],
				[['reinforcement learning'], ['reinforcement learning'], ['RL', 'reward shaping'], ['RL', 'grasping']],
				['Reinforcement learning (RL) for robots.', 'Reinforcement learning.', 'RL with reward shaping.', 'RL for grasping.'],
				[],
				longForms,
			).topics.map((t) => t.title);
		expect(topicsOf()).toEqual(['Reinforcement learning', 'RL']);
		// The papers writing only "RL" are about reinforcement learning: they join it, not "Other papers" (`narrower-names.ts`).
		expect(topicsOf(acronymLongForms([extractAcronyms('Reinforcement learning (RL) for robots.')]))).toEqual(['Reinforcement learning']);
	});

	it('keeps the name of a topic whose papers have no keyphrases, its id moved aside when a renamed topic took it', () => {
		const { topics } = nameTopicsByKeyphrases([derived('other-papers')], [[{ id: 'other-papers', derived: true }]], [['fast']], ['Fast.'], []);
		expect(topics[0]!.id).toBe('other-papers');
		const taken = nameTopicsByKeyphrases(
			[derived('x'), derived('robot-arms')],
			[[{ id: 'x', derived: true }], [{ id: 'x', derived: true }], [{ id: 'robot-arms', derived: true }]],
			[['robot arms'], ['robot arms'], []],
			[texts[2]!, texts[2]!, 'Fast.'],
			[],
		);
		expect(taken.topics.map((t) => t.id)).toEqual(['robot-arms', 'robot-arms-2']);
		expect(taken.paperTopics.map((list) => list[0]!.id)).toEqual(['robot-arms', 'robot-arms', 'robot-arms-2']);
	});

	it('names no group of one paper after that paper\'s own phrase: it shares nothing', () => {
		// hf-papers-2026-10-03.json: a lone paper became the topic "Parent-line attention stops".
		const { topics, paperTopics } = nameTopicsByKeyphrases(
			[derived('x'), derived('y')],
			[[{ id: 'x', derived: true }], [{ id: 'x', derived: true }], [{ id: 'y', derived: true }]],
			[['robot arms'], ['robot arms'], ['parent-line attention stops']],
			[texts[2]!, texts[2]!, 'Parent-line attention stops the relay.'],
			[],
		);
		expect(topics.map((t) => t.title)).not.toContain('Parent-line attention stops');
		expect(paperTopics[2]!.map((t) => t.id)).toEqual(['other-papers']);
	});
});
