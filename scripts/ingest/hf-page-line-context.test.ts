import { describe, expect, it } from 'vitest';
import { classifyPageLines } from './hf-page-line-context.ts';

const kinds = (lines: string[]) => classifyPageLines(lines).map((line) => line.kind);

describe('classifyPageLines', () => {
	it('gives one entry per line', () => {
		const lines = ['Daily Papers', '', 'A title', '• 3 authors'];
		expect(classifyPageLines(lines)).toHaveLength(lines.length);
	});

	it('reads a menu word before a page of the site as chrome, URL included', () => {
		expect(kinds(['Models', 'https://huggingface.co/models'])).toEqual(['chrome', 'chrome']);
	});

	it('reads the user name after "Submitted by" as chrome', () => {
		expect(kinds(['Submitted by', 'akhaliq', 'A title of a paper'])).toEqual(['chrome', 'chrome', 'text']);
	});

	it('reads a short label before the separator, after the card text, as an organisation', () => {
		const lines = classifyPageLines(['A title of a paper', '', 'DeepMind', '·', 'Jan 3']);
		expect(lines[2]).toEqual({ kind: 'organization', name: 'DeepMind' });
	});

	it('joins wrapped text lines into one paragraph on its first line', () => {
		const lines = classifyPageLines(['A long title wrapped', 'over two lines', '• 3 authors']);
		expect(lines[0]).toEqual({ kind: 'text', text: 'A long title wrapped over two lines', arxivId: null });
		expect(lines[1]).toEqual({ kind: 'blank' });
	});
});
