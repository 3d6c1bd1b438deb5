import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../../lexicons.ts';
import { extractEntities } from '../../text/entities.ts';

const roles = (title: string, abstract: string) => extractEntities(title, abstract, emptyLexicons()).map((e) => `${e.name}/${e.role}`);

describe('titleCaseMates', () => {
	it('takes a title-case part joined by "and" to an introduced acronym, and the mechanism after "via a"', () => {
		const abstract =
			'We introduce RiverGen, a framework that adds hydrology to video generators via a Joint Flow Consistency Paradigm, predicting depth and flow. To stabilise it, we propose Gradual Mask Decay (GMD) to relax constraints during training, and Cross-Scale Self-Guidance to sharpen frames at inference.';
		const found = roles('RiverGen: Physical Video Generation', abstract);
		expect(found).toContain('Joint Flow Consistency Paradigm/introduced');
		expect(found).toContain('Cross-Scale Self-Guidance/introduced');
	});

	it('leaves title-case words outside the authors\' sentence of making, and a generic mechanism', () => {
		const abstract = 'Prior work trains Gradual Mask Decay (GMD) to relax constraints, and Cross-Scale Self-Guidance to sharpen frames. We propose RiverGen via a Large Language Model.';
		const found = roles('', abstract);
		expect(found.filter((r) => (r.startsWith('Cross-Scale') || r.startsWith('Large Language')) && r.endsWith('/introduced'))).toEqual([]);
	});
});
