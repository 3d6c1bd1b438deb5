import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { renderFrontmatter } from '../shared/frontmatter.ts';
import { readPaperSortValues } from './paper-sort-values.ts';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A generated page as the writer emits it: JSON frontmatter between fences, then a body. */
const page = (data: Record<string, unknown>) => `---\n${renderFrontmatter(data, ' test page')}---\n\n## Abstract\n\nText.\n`;

describe('readPaperSortValues', () => {
	it("reads each paper's date and upvotes from JSON and hand-written YAML frontmatter, skipping _ files", () => {
		dir = mkdtempSync(join(tmpdir(), 'pf-values-'));
		writeFileSync(join(dir, 'older.mdx'), page({ id: 'older', published: '2020-01-01', upvotes: 9 }));
		writeFileSync(join(dir, 'edited.mdx'), '---\nid: edited\npublished: "2021-03-04"\n---\n\nBody.\n');
		writeFileSync(join(dir, '_topics.json'), '[]');
		writeFileSync(join(dir, '_draft.mdx'), page({ id: 'draft', published: '2024-01-01', upvotes: 1 }));
		expect(readPaperSortValues(dir)).toEqual(
			new Map([
				['edited', { date: '2021-03-04', upvotes: null }],
				['older', { date: '2020-01-01', upvotes: 9 }],
			]),
		);
	});
});
