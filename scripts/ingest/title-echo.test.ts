import { describe, expect, it } from 'vitest';
import { createRawPaper } from './raw-paper.ts';
import { endWithoutTitleEcho } from './title-echo.ts';

const source = { file: 'savedrecs.txt', format: 'web-of-science', line: 1 };

describe('endWithoutTitleEcho', () => {
	// unseen-round31-machine-translation.txt (scripts/eval/listings/SOURCES.md), Przegląd Elektrotechniczny's record.
	it('leaves out the title the abstract repeats in brackets after its last sentence', () => {
		const title = 'The implementation of Example-Based Machine Translation method in specialized machine translation systems';
		const abstract = `In the paper we describe an implementation of the example-based method for reports concerning capital markets. (${title}).`;
		expect(createRawPaper({ title, abstract, source }).abstract).toBe('In the paper we describe an implementation of the example-based method for reports concerning capital markets.');
		expect(endWithoutTitleEcho('We map soils. [Mapping Soils.]', 'Mapping soils')).toBe(13);
	});

	it('keeps a closing bracket that says something else, or a bracket inside the last sentence', () => {
		expect(endWithoutTitleEcho('We map soils. (Funded by the Soil Trust).', 'Mapping soils')).toBe(41);
		expect(endWithoutTitleEcho('We map soils (mapping soils).', 'Mapping soils')).toBe(29);
		expect(endWithoutTitleEcho('Yields rose (p < 0.05).', 'Mapping soils')).toBe(23);
	});
});
