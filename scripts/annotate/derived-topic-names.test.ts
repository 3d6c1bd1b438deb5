/**
 * Derived topic names on listings the taxonomy does not fit (every topic derived), annotated
 * as a build does: each is one noun phrase, as the evaluation's checker reads it, and never
 * a comma-joined pair ("Continually, language models"); and every paper of a named topic writes
 * its name, or an acronym the papers define as a kind of it ("LLMs" under "Language models"), so
 * none sits under a subject it is not about.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isNounPhraseTitle, profileWords } from '../eval/score-topics.ts';
import { parseListing } from '../ingest/index.ts';
import { namesNarrower } from './collection/narrower-names.ts';
import { phraseForm } from './collection/phrase-form.ts';
import { acronymLongForms } from './collection/topic-name-overlap.ts';
import { annotateCollection } from './annotate-collection.ts';
import { loadLexicons } from './fixtures/seed.ts';

const path = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const read = (p: string) => readFileSync(path(p), 'utf8');
const lexicons = loadLexicons();
const words = (text: string) => ` ${text.toLowerCase().replace(/[^\p{L}\p{N}-]+/gu, ' ')} `;

describe.each(['../eval/listings/hf-daily-2024-10-25.json', '../eval/listings/biology.bib', '../../content/sources/hf-papers-few-shot-rl.txt'])(
	'derived topics of %s',
	(file) => {
		const raws = parseListing(read(file), file).papers;
		const { papers, topics } = annotateCollection(raws, { taxonomy: null, lexicons });
		const profile = profileWords(papers.flatMap((p) => [p.title, p.abstract]));

		it('are each named by one noun phrase', () => {
			const derived = topics.filter((t) => t.derived);
			expect(derived.length).toBeGreaterThan(0);
			for (const { title } of derived) {
				expect(title).not.toMatch(/,/);
				expect(isNounPhraseTitle(title, profile), title).toBe(true);
			}
		});

		it('hold only papers that write their name, or an acronym defined as a kind of it', () => {
			const longForms = acronymLongForms(papers.map((p) => p.acronyms));
			const shorts = [...new Set(papers.flatMap((p) => p.acronyms.map((a) => a.short)))];
			for (const topic of topics.filter((t) => t.derived && t.title !== 'Other papers')) {
				const held = papers.filter((p) => p.topics.some((t) => t.id === topic.id));
				expect(held.length, topic.title).toBeGreaterThan(0);
				for (const paper of held) {
					// Whole words, punctuation aside: "reinforcement learning (RL) algorithms" writes "RL algorithm".
					const text = words(`${paper.title} ${paper.abstract}`);
					// A name in "-y" written in "-ies" too, as phrase carriers read it ("generalist policies" for "Generalist policy").
					const name = words(phraseForm(topic.title)).trimEnd();
					const writesName = text.includes(name) || (name.endsWith('y') && text.includes(`${name.slice(0, -1)}ie`));
					const writesKind = shorts.some((short) => (text.includes(words(short)) || text.includes(words(`${short}s`))) && namesNarrower(short, topic.title, longForms));
					expect(writesName || writesKind, `${topic.title}: ${paper.title}`).toBe(true);
				}
			}
		});
	},
);

describe('derived topics of a listing whose records have no abstract (a DBLP export)', () => {
	// Two real listings of other fields with every abstract taken away: only titles are left to share.
	const raws = ['../eval/listings/unseen-round20-host-parasite-coevolution.bib', '../eval/listings/unseen-round19-surface-nmr-geophysics.bib']
		.flatMap((file) => parseListing(read(file), file).papers)
		.map((raw) => ({ ...raw, abstract: '', links: [] }));
	const { papers, topics } = annotateCollection(raws, { taxonomy: null, lexicons });
	const profile = profileWords(papers.map((p) => p.title));

	it('are named by a noun phrase of the titles, never a pair of the clusters\' words', () => {
		const named = topics.filter((t) => t.derived && t.title !== 'Other papers');
		expect(named.length).toBeGreaterThan(0);
		for (const { title } of named) {
			expect(title).not.toMatch(/,/);
			expect(isNounPhraseTitle(title, profile), title).toBe(true);
		}
	});

	it('hold only papers whose title writes their name, and show no keyphrase made from a title', () => {
		for (const topic of topics.filter((t) => t.derived && t.title !== 'Other papers')) {
			for (const paper of papers.filter((p) => p.topics.some((t) => t.id === topic.id))) expect(words(paper.title), topic.title).toContain(words(phraseForm(topic.title)).trimEnd());
		}
		expect(papers.every((p) => p.keyphrases.length === 0)).toBe(true);
	});
});
