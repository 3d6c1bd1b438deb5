import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTermDictionary, formatTermDictionary } from '../client/search/term-dictionary.ts';
import { TERM_DICTIONARY_CACHE, termDictionaryReusing } from './term-dictionary-cache.ts';

type TermPaper = Parameters<typeof buildTermDictionary>[0][number];

const paper = (title: string, abstract: string, ...names: string[]): TermPaper => ({ title, abstract, entities: names.map((name) => ({ name })) });

const first: TermPaper[] = [
	paper('Reptile: scalable meta learning', 'We study first-order meta learning for few-shot classification.', 'Reptile', 'Omniglot'),
	paper('Offline reinforcement learning', 'Policies learned from logged data without further interaction.', 'D4RL'),
	paper('Café naïve Bayes', 'Ünïcode words fold to their letters: naïve, café, Straße.'),
	paper('Offline reinforcement learning', 'Policies learned from logged data without further interaction.', 'D4RL'),
	paper('Tiny', 'a an of to'),
];

describe('termDictionaryReusing', () => {
	let dir: string;
	let file: string;
	beforeEach(() => {
		dir = mkdtempSync(join(tmpdir(), 'paperfold-terms-'));
		file = join(dir, TERM_DICTIONARY_CACHE);
	});
	afterEach(() => rmSync(dir, { recursive: true, force: true }));

	it('gives what counting afresh gives, build after build, whatever changed', () => {
		const builds: TermPaper[][] = [
			first,
			// One abstract changed (the rebuild the bench measures).
			first.map((p, i) => (i === 1 ? { ...p, abstract: `${p.abstract} We also release an extended evaluation suite.` } : p)),
			// A paper removed, one of two identical ones.
			first.filter((_, i) => i !== 3),
			// Papers added, one of them a copy, and the order changed.
			[first[2]!, paper('Extended evaluation', 'An extended evaluation suite for offline policies.', 'D4RL'), ...first, first[0]!],
			// An entity renamed only.
			first.map((p, i) => (i === 0 ? { ...p, entities: [{ name: 'Reptile' }, { name: 'MiniImageNet' }] } : p)),
			[],
			first,
		];
		for (const papers of builds) {
			const reused = termDictionaryReusing(papers, file, 'code-1');
			expect(new Map([...reused].sort())).toEqual(new Map([...buildTermDictionary(papers)].sort()));
			expect(formatTermDictionary(reused)).toBe(formatTermDictionary(buildTermDictionary(papers)));
		}
	});

	it('takes the counts kept by the last build with the same code, and counts afresh for other code or an unreadable file', () => {
		termDictionaryReusing(first, file, 'code-1');
		// A count the last build kept, altered: reused as it is for the same code, so nothing was counted again.
		const kept = JSON.parse(readFileSync(file, 'utf8')) as { df: [string, number][] };
		kept.df = kept.df.map(([word, df]) => [word, word === 'omniglot' ? 7 : df]);
		writeFileSync(file, JSON.stringify(kept));
		const changed = first.map((p, i) => (i === 1 ? { ...p, abstract: 'Policies learned offline.' } : p));
		expect(termDictionaryReusing(changed, file, 'code-1').get('omniglot')).toBe(7);
		writeFileSync(file, JSON.stringify(kept));
		expect(termDictionaryReusing(changed, file, 'code-2')).toEqual(buildTermDictionary(changed));
		writeFileSync(file, '{"v":1,');
		expect(termDictionaryReusing(changed, file, 'code-2')).toEqual(buildTermDictionary(changed));
	});
});
