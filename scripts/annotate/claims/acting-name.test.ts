import { describe, expect, it } from 'vitest';
import type { Entity, Span } from '../../../src/shared/paper-schema.ts';
import { actsInSentence } from './acting-name.ts';
import { claimSubjects } from './claim-subjects.ts';

const at = (text: string, name: string) => [text.indexOf(name), text.indexOf(name) + name.length] as const;
const acts = (text: string, name: string) => actsInSentence(text, ...at(text, name));

describe('actsInSentence', () => {
	it('reads a name followed by a verb of improving or scoring as acting', () => {
		expect(acts('On the new suite, TallyNet improves counting accuracy by 6.1%.', 'TallyNet')).toBe(true);
		expect(acts('PlanSet-2M also achieves 71.0% on B.', 'PlanSet-2M')).toBe(true);
	});

	// After 2604.18543 of scripts/eval/listings/unseen-round7-hf-daily-2026-04-21.json, names changed.
	it('reads a name followed by a verb of matching another as acting', () => {
		expect(acts('Empirically, Auto-TaskSet matches or exceeds human-curated environments at 13,800x lower cost.', 'Auto-TaskSet')).toBe(true);
		expect(acts('TaskSet exceeds 90% on every split.', 'TaskSet')).toBe(true);
	});

	it('reads a name alone yielding a gain as acting', () => {
		expect(acts('On Qwen2.5-7B, PoT alone yields an average +5.7% improvement across eight tasks.', 'PoT')).toBe(true);
		expect(acts('TallyNet delivered a 3% gain.', 'TallyNet')).toBe(true);
		expect(acts('Fine-tuning on PoT yields a further gain.', 'PoT')).toBe(false);
	});

	it('leaves a name that is the object of a preposition, or followed by no such verb', () => {
		expect(acts('Training on WebClips improves recall by 3%.', 'WebClips')).toBe(false);
		expect(acts('WebClips accuracy rose by 3%.', 'WebClips')).toBe(false);
	});
});

describe('claimSubjects with a paper’s own name typed dataset', () => {
	it('gives the result to the introduced name that is the subject of "improves", not only to where it was measured', () => {
		const text = 'On CountSuite, TallyNet improves counting accuracy by up to 6.1% on VidGen-2B.';
		const sentence: Span = { start: 0, end: text.length, text };
		const entity = (name: string, type: Entity['type'], role: Entity['role']): Entity => {
			const [start, end] = at(text, name);
			return { id: name.toLowerCase(), name, type, role, spans: [{ start, end, text: name }] };
		};
		const entities = [entity('CountSuite', 'dataset', 'used'), entity('TallyNet', 'dataset', 'introduced'), entity('VidGen-2B', 'model', 'used')];
		const [about] = claimSubjects(sentence, [{ start: text.indexOf('6.1%'), end: text.indexOf('6.1%') + 4 }], entities);
		expect(about).toContain('dataset/tallynet');
		expect(about).not.toContain('dataset/countsuite');
	});
});
