import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHfPapersPage } from '../../ingest/hf-page.ts';
import { compileTerm, parseTaxonomy } from '../taxonomy.ts';
import { TermGate, termGateOf, TermHits } from './term-hits.ts';

const read = (path: string) => readFileSync(fileURLToPath(new URL(path, import.meta.url)), 'utf8');
const term = (source: string) => ({ source, pattern: compileTerm(source) });
const project = parseTaxonomy(read('../../../content/taxonomy.yaml'), 'content/taxonomy.yaml');
const seed = parseHfPapersPage(read('../../../content/sources/hf-papers-few-shot-rl.txt'), 'hf-papers-few-shot-rl.txt').papers;

describe('TermHits', () => {
	it('counts as the pattern matches, once per text', () => {
		const hits = new TermHits('Offline RL with offline data, not online RL.');
		expect(hits.count(term('offline'))).toBe(2);
		expect(hits.count(term('RL'))).toBe(2);
		expect(hits.count(term('/\\bonline\\b/i'))).toBe(1);
		expect(hits.count(term('imitation learning'))).toBe(0);
	});

	it('counts a phrase whose last word takes a plural, and none that is part of a longer word', () => {
		const hits = new TermHits('Reward models and reward-modeles differ from rewards modelling and subreward models.');
		expect(hits.count(term('reward model'))).toBe(2);
		expect(hits.count(term('/reward model/gi'))).toBe(2);
	});

	it('finds a phrase written with the long s or the Kelvin sign, which case-insensitive Unicode patterns match', () => {
		// "ſ" folds to "s" and "K" (U+212A) to "k" under the `iu` flags every phrase term is compiled with.
		const text = 'Poſitive transfer in multi-tasK learning';
		expect(new TermHits(text).count(term('positive transfer'))).toBe(1);
		expect(new TermHits(text).count(term('multi-task learning'))).toBe(1);
		expect(new TermHits(text).count(term('/multi-task/iu'))).toBe(1);
	});

	it("gives every term of the project's taxonomy the count of a scan of every seed title and abstract, in any case", () => {
		const terms = project.topics.flatMap((topic) => [...topic.any, ...topic.all, ...topic.not, ...topic.requires]);
		let matched = 0;
		for (const paper of seed) {
			for (const text of [paper.title, paper.abstract, paper.abstract.toUpperCase(), paper.abstract.replaceAll('s', 'ſ')]) {
				const hits = new TermHits(text, termGateOf(project));
				for (const t of terms) {
					const count = text.match(t.pattern)?.length ?? 0;
					matched += count;
					expect(hits.count(t)).toBe(count);
				}
			}
		}
		expect(matched).toBeGreaterThan(1000);
	});

	it('runs a regular expression term only on a text that holds one of the words it needs', () => {
		let scans = 0;
		class Counted extends RegExp {
			[Symbol.match](text: string) {
				scans++;
				return super[Symbol.match](text);
			}
		}
		const sparse = { source: '/sparse[- ]rewards?/gi', pattern: new Counted('sparse[- ]rewards?', 'gi') };
		// Unicode case folding lets "ſ" match "s": such a pattern is always run.
		const folded = { source: '/sparse/giu', pattern: new Counted('sparse', 'giu') };
		const gate = new TermGate([sparse, folded]);
		expect(new TermHits('Dense rewards everywhere, sparse signals.', gate).count(sparse)).toBe(0);
		expect(scans).toBe(0);
		expect(new TermHits('Learning from SPARSE-REWARDS and sparse rewards.', gate).count(sparse)).toBe(2);
		expect(scans).toBe(1);
		expect(new TermHits('ſparſe', gate).count(folded)).toBe(1);
		expect(scans).toBe(2);
		// Without a gate, every pattern is run.
		expect(new TermHits('Dense rewards everywhere.').count(sparse)).toBe(0);
		expect(scans).toBe(3);
	});

	it("gives every term of the project's taxonomy its scan's count on texts made of the terms' own words", () => {
		const terms = project.topics.flatMap((topic) => [...topic.any, ...topic.all, ...topic.not, ...topic.requires]);
		const words = [...new Set(terms.flatMap((t) => t.source.replace(/\\[bsw]/g, ' ').match(/[A-Za-z]+/g) ?? []))];
		const part = fc.oneof(fc.constantFrom(...words), fc.constantFrom(' ', '-', ' a ', 'S', 's', 'es', 'ſ', 'K', 'İ', 'é', '’', '(', ')', '.', '\n', '\u00a0', '2'));
		fc.assert(
			fc.property(fc.array(part, { maxLength: 12 }), fc.boolean(), (parts, upper) => {
				const text = upper ? parts.join('').toUpperCase() : parts.join('');
				const hits = new TermHits(text, termGateOf(project));
				for (const t of terms) expect(hits.count(t)).toBe(text.match(t.pattern)?.length ?? 0);
			}),
			{ numRuns: 400 },
		);
	});
});
