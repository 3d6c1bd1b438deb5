import { describe, expect, it } from 'vitest';
import { proseForm } from './prose-form.ts';

describe('proseForm', () => {
	it('writes a name in capitals as its papers write it in a sentence, when one writes it in lower case', () => {
		// Round 30's "Reward Model" and "Language Models" (unseen-round30-hf-daily-2026-03-04.json), and a title's form.
		expect(proseForm('Reward Model', ['A Process Reward Model (PRM) guides search.', 'Scores from a reward model rank answers.'])).toBe('reward model');
		expect(proseForm('Language Models', ['Large Language Models (LLMs) are used.', 'Language models fail here.'])).toBe('language models');
		expect(proseForm('Hypoxia-inducible Factor-1', ['Hypoxia-inducible Factor-1α and immunity', 'The hypoxia-inducible factor-1 (HIF-1) is a regulator.'])).toBe('hypoxia-inducible factor-1');
	});

	it('keeps the capitals of a name never written in lower case, and the shape of acronyms and names with inner capitals', () => {
		expect(proseForm('European Union', ['The European Union (EU) funds it.', 'A union of states.'])).toBe('European Union');
		expect(proseForm('Monte Carlo', ['Monte Carlo sampling is slow.'])).toBe('Monte Carlo');
		expect(proseForm('Philippe Descola', ['Philippe Descola wrote it.'])).toBe('Philippe Descola');
		expect(proseForm('LoRA Adapters', ['We fine-tune LoRA adapters.'])).toBe('LoRA adapters');
		expect(proseForm('fMRI data', ['fMRI data were read.'])).toBe('fMRI data');
	});

	it('reads a capital first letter as a sentence\'s only where a sentence opens with the name', () => {
		// Within a sentence the capital is the name's own, before a word with inner capitals too.
		expect(proseForm('European LeukemiaNet', ['Risk groups follow the 2022 European LeukemiaNet scheme.'])).toBe('European LeukemiaNet');
		expect(proseForm('European LeukemiaNet', ['Risk is high. European LeukemiaNet groups differ.'])).toBe('european LeukemiaNet');
		expect(proseForm('Reward Model', ['Reward model scores rank answers.'])).toBe('reward model');
		expect(proseForm('Reward Model', ['A title\nReward model scores rank answers.'])).toBe('reward model');
		expect(proseForm('Reward Model', ['Methods: Reward model scores rank answers.'])).toBe('reward model');
	});

	it('reads no occurrence inside a longer word', () => {
		expect(proseForm('Reward Model', ['A reward modeling task.'])).toBe('Reward Model');
	});
});
