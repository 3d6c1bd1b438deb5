import { describe, expect, it } from 'vitest';
import { nameTopicsByKeyphrases } from './topic-keyphrase-names.ts';
import { topicTitle } from './topic-title-case.ts';

describe('topicTitle', () => {
	it('capitalises a phrase as a heading', () => {
		expect(topicTitle('flow regime')).toBe('Flow regime');
		expect(topicTitle('Large Language Models')).toBe('Large Language Models');
	});

	it('keeps a first word with a capital inside as written', () => {
		expect(topicTitle('fMRI data')).toBe('fMRI data');
		expect(topicTitle('mRNA vaccines')).toBe('mRNA vaccines');
		expect(topicTitle('eQTL-based mapping')).toBe('eQTL-based mapping');
	});
});

describe('topic titles in nameTopicsByKeyphrases', () => {
	const derived = (id: string) => ({ id, title: id, description: '', derived: true });

	it('writes a name like "fMRI data" as the papers do', () => {
		const { topics } = nameTopicsByKeyphrases(
			[derived('t')],
			[[{ id: 't', derived: true }], [{ id: 't', derived: true }]],
			[['fMRI data', 'motion artifacts'], ['fMRI data']],
			['Cleaning fMRI data of motion artifacts.', 'Parcellating fMRI data.'],
			[],
		);
		expect(topics.map((t) => t.title)).toEqual(['fMRI data']);
	});
});
