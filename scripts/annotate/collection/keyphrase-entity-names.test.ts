import { describe, expect, it } from 'vitest';
import type { Span } from '../../../src/shared/paper-schema.ts';
import { withEntityNames } from './keyphrase-entity-names.ts';
import { phraseForm } from './phrase-form.ts';

const at = (text: string, name: string, from = 0): Span => {
	const start = text.indexOf(name, from);
	return { start, end: start + name.length, text: name };
};

describe('withEntityNames', () => {
	const abstract = 'We fine-tune Qwen2-Math on GSM8K with step rewards. Qwen2-Math improves, and step rewards help.';

	it('adds a name no candidate spells at its first mention in the abstract', () => {
		const list = withEntityNames(abstract, [at(abstract, 'step rewards')], [{ role: 'used', spans: [at(abstract, 'Qwen2-Math', 40), at(abstract, 'Qwen2-Math')] }], phraseForm);
		expect(list).toEqual({ candidates: [at(abstract, 'step rewards'), at(abstract, 'Qwen2-Math')], forms: ['step reward', 'qwen2-math'], roles: [undefined, 'used'] });
		for (const c of list.candidates) expect(abstract.slice(c.start, c.end)).toBe(c.text);
	});

	it('marks a candidate that is an entity name with its role, introduced over used', () => {
		const list = withEntityNames(
			abstract,
			[at(abstract, 'GSM8K')],
			[
				{ role: 'used', spans: [at(abstract, 'GSM8K')] },
				{ role: 'introduced', spans: [at(abstract, 'GSM8K')] },
			],
			phraseForm,
		);
		expect(list).toEqual({ candidates: [at(abstract, 'GSM8K')], forms: ['gsm8k'], roles: ['introduced'] });
	});

	it('skips a mention that is not a span of the abstract (a name only in the title)', () => {
		const list = withEntityNames(abstract, [], [{ role: 'introduced', spans: [{ start: 0, end: 8, text: 'MathStep' }] }], phraseForm);
		expect(list).toEqual({ candidates: [], forms: [], roles: [] });
	});
});
