/**
 * The typo dictionary (term-dictionary.ts) kept from the last build with each paper's words by
 * its record's loader digest, so that a rebuild takes the last counts, less the words of the
 * records gone and plus those of the records new, instead of normalising, splitting and counting
 * every title and abstract again: that was most of making `search-terms.js` on the indexing
 * worker, after Astro's wait for the pages.
 *
 * A record file is named by its digest and never rewritten (search-page-sources.ts), so the
 * words kept under a digest are that record's words; the code that finds them and the package
 * versions are the file's salt. A paper's words are each counted once, so the counts of a set
 * of papers are the sum of theirs, whatever the order. Only the indexing worker reads and writes
 * the file, during its job, under the build's lock. A missing, damaged or foreign file only
 * means counting afresh.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildTermDictionary, formatTermDictionary, parseTermDictionary, type TermDictionary } from '../client/search/term-dictionary.ts';
import type { TermSource } from '../data/search-terms-ahead.ts';
import { sourceDigest } from '../shared/build/source-digest.ts';
import { readSourceFiles } from '../shared/build/source-files.ts';

/** The file in the index cache folder. */
export const TERMS_FILE = 'terms.json';

/** What the file holds: the counts as `search-terms.js` writes them, and each paper's words joined by spaces. */
interface KeptTerms {
	salt: string;
	dictionary: string;
	/** By record digest; a word is letters only (term-dictionary.ts), so a space never occurs in one. */
	papers: Record<string, string>;
}

/** Digest of the code that finds and counts words (term-dictionary.ts and what it imports) and of `versions`. */
export function termsCodeDigest(versions: string): string {
	const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
	const files = readSourceFiles(root, ['src/client/search'], (path) => path !== 'term-dictionary.ts');
	return sourceDigest({ files, lockfile: '', data: [{ file: 'package versions', text: versions }] });
}

/**
 * The dictionary of `papers` (each with its record's digest), from the one kept in `cacheDir`
 * under `salt` (`termsCodeDigest`) where there is one, and kept there in its place for the next
 * build. A paper's words are those of its own dictionary, found by the dictionary's code itself
 * (term-dictionary.ts, left as it is: it is bundled for the browser too).
 */
export function termDictionaryKept(cacheDir: string, salt: string, papers: readonly { digest: string; paper: TermSource }[]): TermDictionary {
	const file = join(cacheDir, TERMS_FILE);
	const previous = readKept(file, salt);
	const words = new Map<string, string>();
	// The last counts where kept (a word counted by no paper any more leaves them), else none yet.
	const dictionary: TermDictionary = previous ? parseTermDictionary(previous.dictionary) : new Map();
	const count = (list: Iterable<string>, step: number) => {
		for (const word of list) {
			const df = (dictionary.get(word) ?? 0) + step;
			if (df === 0) dictionary.delete(word);
			else dictionary.set(word, df);
		}
	};
	for (const { digest, paper } of papers) {
		if (words.has(digest)) continue;
		const kept = previous && Object.hasOwn(previous.papers, digest) ? previous.papers[digest] : undefined;
		if (kept !== undefined) {
			words.set(digest, kept);
			continue;
		}
		const found = [...buildTermDictionary([paper]).keys()];
		words.set(digest, found.join(' '));
		count(found, 1);
	}
	for (const [digest, list] of Object.entries(previous?.papers ?? {})) if (!words.has(digest) && list !== '') count(list.split(' '), -1);
	mkdirSync(cacheDir, { recursive: true });
	const temporary = `${file}.${process.pid}.tmp`;
	writeFileSync(temporary, JSON.stringify({ salt, dictionary: formatTermDictionary(dictionary), papers: Object.fromEntries(words) } satisfies KeptTerms));
	renameSync(temporary, file);
	return dictionary;
}

/** What the file kept, or null when it is missing, damaged or of another salt. */
function readKept(file: string, salt: string): KeptTerms | null {
	try {
		const kept = JSON.parse(readFileSync(file, 'utf8')) as Partial<KeptTerms>;
		const valid = kept.salt === salt && typeof kept.dictionary === 'string' && typeof kept.papers === 'object' && kept.papers !== null && !Array.isArray(kept.papers);
		return valid && Object.values(kept.papers!).every((list) => typeof list === 'string') ? (kept as KeptTerms) : null;
	} catch {
		return null;
	}
}
