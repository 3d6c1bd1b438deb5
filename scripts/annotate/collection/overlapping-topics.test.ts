import { describe, expect, it } from 'vitest';
import { mergeOverlappingTopics } from './overlapping-topics.ts';

const topic = (id: string) => ({ id, title: id, description: '', derived: true });
const on = (...ids: string[]) => ids.map((id) => ({ id, derived: true }));

describe('mergeOverlappingTopics', () => {
	it('drops a topic whose papers are nearly those of a larger one, moving them there', () => {
		// "Frailty" holds 5 papers, "Pre-frailty" 4 of them and none else: 4 / 5 shared.
		const topics = ['frailty', 'pre-frailty', 'sarcopenia'].map(topic);
		const paperTopics = [on('frailty', 'pre-frailty'), on('frailty', 'pre-frailty'), on('pre-frailty', 'frailty'), on('frailty', 'pre-frailty'), on('frailty', 'sarcopenia'), on('sarcopenia')];
		const merged = mergeOverlappingTopics(topics, paperTopics, 'other-papers');
		expect(merged.topics.map((t) => t.id)).toEqual(['frailty', 'sarcopenia']);
		expect(merged.paperTopics).toEqual([on('frailty'), on('frailty'), on('frailty'), on('frailty'), on('frailty', 'sarcopenia'), on('sarcopenia')]);
	});

	it('keeps a narrower topic of a few of a larger one\'s papers, and a topic of other papers', () => {
		const topics = ['frailty', 'grip strength', 'sarcopenia'].map(topic);
		const paperTopics = [on('frailty', 'grip strength'), on('frailty', 'grip strength'), on('frailty'), on('frailty'), on('sarcopenia', 'frailty'), on('sarcopenia')];
		const merged = mergeOverlappingTopics(topics, paperTopics, 'other-papers');
		expect(merged.topics).toEqual(topics);
		expect(merged.paperTopics).toEqual(paperTopics);
	});

	it('never merges the papers no name holds, nor taxonomy topics', () => {
		const topics = [topic('other-papers'), { id: 'rl', title: 'RL', description: '', derived: false }, topic('frailty')];
		const paperTopics = [on('other-papers'), [{ id: 'rl', derived: false }, ...on('frailty')], [{ id: 'rl', derived: false }, ...on('frailty')]];
		expect(mergeOverlappingTopics(topics, paperTopics, 'other-papers').topics).toHaveLength(3);
	});
});
