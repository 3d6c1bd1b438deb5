import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../../lexicons.ts';
import { extractEntities } from '../../text/entities.ts';

const found = (title: string, abstract: string) => extractEntities(title, abstract, emptyLexicons()).map((e) => `${e.name}:${e.type}/${e.role}`);

describe('titleCasedObjects in extractEntities', () => {
	it('takes a lower-case object of "we introduce" that the title capitalises as an introduced method', () => {
		const abstract = 'We study tutoring agents. We introduce cross-lingual reward shaping from teacher feedback, which halves the cost.';
		expect(found('Tutoring Agents with Cross-Lingual Reward Shaping', abstract)).toContain('cross-lingual reward shaping:method/introduced');
	});

	it('leaves an object the title does not capitalise, only begins, or a plain two-word kind', () => {
		expect(found('Tutoring agents with cross-lingual reward shaping', 'We introduce cross-lingual reward shaping from feedback.')).toEqual([]);
		expect(found('Cross-Lingual Reward Shaping', 'We introduce cross-lingual reward functions for tutors.')).toEqual([]);
		expect(found('Reinforcement Learning for Tutors', 'We introduce reinforcement learning to tutoring.')).toEqual([]);
		expect(found('A Wearable Heart-Rate Monitor for Runners', 'We present a wearable heart-rate monitor for runners.')).toEqual([]);
	});
});
