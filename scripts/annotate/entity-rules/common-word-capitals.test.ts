import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../lexicons.ts';
import { extractEntities } from '../text/entities.ts';
import { writtenLowerToo } from './common-word-capitals.ts';

describe('writtenLowerToo', () => {
	it('reads a capitalised word the text writes in lower case too, or its plural', () => {
		expect(writtenLowerToo('Fluency', 'Fluency is rated. The fluency scores rise.')).toBe(true);
		expect(writtenLowerToo('Faithfulness', 'Faithfulness is checked; fewer faithfulness errors.')).toBe(true);
		expect(writtenLowerToo('Error', 'Error is graded; three errors per summary.')).toBe(true);
	});

	it('leaves names, and words written in lower case only inside longer words', () => {
		expect(writtenLowerToo('Gisty', 'Gisty improves; it writes gisty-style text.')).toBe(false);
		expect(writtenLowerToo('GPT', 'GPT and gpt')).toBe(false);
		expect(writtenLowerToo('Quito', 'built upon Quito, a corpus')).toBe(false);
	});
});

describe('common-word capitals in extractEntities', () => {
	it('drops the dimensions a paper grades by, capitalised as labels', () => {
		const title = 'Summary Audit: Grading Fluency and Omission in Machine-written Summaries';
		const abstract =
			'We introduce Summary Audit (SumAudit), a grading framework for machine-written summaries. SumAudit splits the grading into two dimensions, ' +
			'Fluency and Omission, where Fluency is rated with a rubric and Omission is checked against the source. ' +
			'Both SumRite and Gisty improve with model size, but SumRite makes more omissions per summary.';
		expect(extractEntities(title, abstract, emptyLexicons()).map((e) => e.name)).not.toContain('Omission');
	});

	it('keeps a name a web address writes in lower case', () => {
		const abstract = 'We introduce Beehive, a video world model built on a fixed-size memory. Beehive keeps storage constant. Code is at https://example.github.io/beehive/.';
		expect(extractEntities('Beehive: Constant-Size Scene Memory', abstract, emptyLexicons()).map((e) => e.name)).toContain('Beehive');
	});
});
