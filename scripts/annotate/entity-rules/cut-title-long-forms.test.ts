import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../lexicons.ts';
import { extractEntities } from '../text/entities.ts';
import { isCutTitleLongForm } from './cut-title-long-forms.ts';

describe('isCutTitleLongForm', () => {
	it("reads the opening words of the title's long form as a piece of it", () => {
		expect(isCutTitleLongForm('Sparse Policy Adaptation', 'SPARK: Sparse Policy Adaptation for Robust Kinematics')).toBe(true);
	});

	it('keeps a whole long form, a name elsewhere, and a title with no name before its colon', () => {
		expect(isCutTitleLongForm('Low-Rank Adaptation', 'LoRA: Low-Rank Adaptation of Large Language Models')).toBe(false);
		expect(isCutTitleLongForm('Robust Kinematics', 'SPARK: Sparse Policy Adaptation for Robust Kinematics')).toBe(false);
		expect(isCutTitleLongForm('Sparse Policy Adaptation', 'Why sparse policies: Sparse Policy Adaptation for Robust Kinematics')).toBe(false);
	});
});

describe('cut title long forms in extractEntities', () => {
	it('leaves the paper its own name alone', () => {
		// Invented, after a Hugging Face day's abstract: "We present X, an <long form's first words> framework for …".
		const abstract = 'We present SPARK, a Sparse Policy Adaptation framework for Robust Kinematics, which plans grasps before moving.';
		const names = extractEntities('SPARK: Sparse Policy Adaptation for Robust Kinematics', abstract, emptyLexicons()).map((e) => e.name);
		expect(names).toContain('SPARK');
		expect(names).not.toContain('Sparse Policy Adaptation');
	});
});
