import { describe, expect, it } from 'vitest';
import { showsLongForm } from './acronym-long-form.ts';

describe('showsLongForm', () => {
	it('finds the long form in the marked text, ignoring case, hyphens and spacing', () => {
		expect(showsLongForm('Reinforcement Learning from Human Feedback (RLHF)', 'reinforcement learning from human feedback')).toBe(true);
		expect(showsLongForm('in-context  preference learning (ICPL)', 'In-Context Preference Learning')).toBe(true);
		expect(showsLongForm('In context preference learning (ICPL)', 'In-Context Preference Learning')).toBe(true);
	});

	it('does not where the text shows only the acronym or another wording', () => {
		expect(showsLongForm('RLHF', 'Reinforcement Learning from Human Feedback')).toBe(false);
		expect(showsLongForm('learning from feedback (RLHF)', 'Reinforcement Learning from Human Feedback')).toBe(false);
		// Whole words only: "net" is not inside "network".
		expect(showsLongForm('a network (N)', 'net')).toBe(false);
		expect(showsLongForm('anything', '')).toBe(false);
	});
});
