import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentWords } from '../annotate/collection/text-feature-table.ts';
import { JsonCache, type WordCache } from './generation-cache.ts';
import { WORD_CACHE_LINE } from './word-cache-line.ts';

const paper = { title: 'Offline Reinforcement Learning', abstract: 'We train diffusion policies for offline RL.' };

describe('WORD_CACHE_LINE', () => {
	it('gives back the words as written, parsing a line only when its words are read', () => {
		const dir = mkdtempSync(join(tmpdir(), 'word-cache-line-'));
		try {
			const file = join(dir, 'words.json');
			const words = documentWords(paper);
			const first = new JsonCache(file, 'v1', WORD_CACHE_LINE) as WordCache;
			first.set('a', words);
			first.set('b', documentWords({ title: 'Sparse Attention', abstract: 'Long documents.' }));
			first.save();
			// The words stay in the file, after the line's tab, not in its head.
			expect(readFileSync(file, 'utf8').split('\n')[1]!.split('\t')[0]).not.toContain('Offline');
			const again = new JsonCache(file, 'v1', WORD_CACHE_LINE) as WordCache;
			const read = again.get('a')!;
			expect(Object.getOwnPropertyDescriptor(read, 'words')!.get).toBeDefined();
			expect({ ...read }).toEqual(words);
			expect(Object.getOwnPropertyDescriptor(read, 'words')!.get).toBeUndefined();
			// Saved again unread, an entry keeps its words.
			again.get('b');
			again.set('c', documentWords({ title: 'Graph Networks', abstract: '' }));
			again.save();
			const third = new JsonCache(file, 'v1', WORD_CACHE_LINE) as WordCache;
			expect(JSON.parse(JSON.stringify(third.get('b')))).toEqual(documentWords({ title: 'Sparse Attention', abstract: 'Long documents.' }));
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
