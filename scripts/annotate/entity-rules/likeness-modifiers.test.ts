import { describe, expect, it } from 'vitest';
import { parseLexicons } from '../lexicons.ts';
import { extractEntities } from '../text/entities.ts';
import { entityContext } from '../testing/entity-context.ts';
import { likenessModifiers, onlyLikeness } from './likeness-modifiers.ts';

const lexicons = parseLexicons([{ file: 'content/lexicons/models.yaml', text: '- name: BERT\n- name: GPT\n' }]);

describe('onlyLikeness', () => {
	it('knows a name written only before "-style" or "-like"', () => {
		expect(onlyLikeness('BERT', 'a BERT-style encoder and BERT-like masking')).toBe(true);
		expect(onlyLikeness('GPT', 'GPT-like decoders')).toBe(true);
	});

	it('keeps a name the text also writes on its own, or never as a likeness', () => {
		expect(onlyLikeness('BERT', 'a BERT-style encoder, then we fine-tune BERT')).toBe(false);
		expect(onlyLikeness('BERT', 'a BERT-based classifier')).toBe(false);
		expect(onlyLikeness('BERT', 'RoBERTa-style training')).toBe(false);
	});
});

describe('likeness modifiers in extractEntities', () => {
	it('drops a model named only as the likeness of an architecture, and keeps one the paper uses', () => {
		const kind = 'We train a BERT-style encoder from scratch on protein sequences.';
		expect(extractEntities('Protein encoders', kind, lexicons).map((e) => e.name)).toEqual([]);
		const used = 'We fine-tune BERT and compare it with GPT-like decoders.';
		expect(extractEntities('Fine-tuning', used, lexicons).map((e) => e.name)).toEqual(['BERT']);
	});
});

describe('likenessModifiers', () => {
	it('drops a name a rule took with its likeness suffix, and keeps the name it qualifies', () => {
		const text = 'We present Co nanoparticles in an FAU-type zeolite (FZ) on carbon.';
		const rejects = (name: string) => likenessModifiers.rejects({ name, forms: new Set([name]) }, entityContext(text));
		expect(rejects('FAU-type')).toBe(true);
		expect(rejects('FZ')).toBe(false);
	});
});
