/**
 * Related papers on whole listings, annotated as a build does: the bundled one and an
 * evaluation listing from other fields. Each neighbour's reason is the entities and
 * keyphrases it shares (or a word pair), never a lone common word.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseListing } from '../ingest/index.ts';
import { annotateCollection } from './annotate-collection.ts';
import { phraseForm } from './collection/phrase-form.ts';
import { loadLexicons } from './fixtures/seed.ts';

const path = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const read = (p: string) => readFileSync(path(p), 'utf8');
const lexicons = loadLexicons();
const annotate = (file: string) => annotateCollection(parseListing(read(file), file).papers, { taxonomy: null, lexicons }).papers;
const listings = {
	bundled: annotate('../../content/sources/hf-papers-few-shot-rl.txt'),
	'evaluation (HF daily 2024-10-25)': annotate('../eval/listings/hf-daily-2024-10-25.json'),
};

describe.each(Object.entries(listings))('related papers of the %s listing', (_, papers) => {
	const byId = new Map(papers.map((p) => [p.id, p]));

	it('gives reasons that are names, keyphrases or word pairs, never a lone lower-case word', () => {
		const reasons = papers.flatMap((p) => p.related.flatMap((r) => r.shared));
		expect(reasons.length).toBeGreaterThan(papers.length);
		for (const reason of reasons) expect(reason).toMatch(/\s|[\p{Lu}\p{N}]/u);
		for (const paper of papers) for (const r of paper.related) expect(r.shared.length).toBeGreaterThan(0);
	});

	// What more than half of the listing says ("reinforcement learning" on the bundled one) relates any two papers: no reason.
	const texts = papers.map((p) => phraseForm(`${p.title} ${p.abstract}`));
	const isTheme = (phrase: string) => texts.filter((text) => text.includes(phrase)).length * 2 > papers.length;
	// Whether `acronym` ("LLMs") is written with the initials of `phrase`'s words ("large language models").
	const spells = (acronym: string, phrase: string) =>
		/^\p{Lu}{2,}s?$/u.test(acronym) && acronym.replace(/s$/, '') === phrase.split(/[\s-]+/).map((w) => w[0]!.toUpperCase()).join('');

	it('names a shared entity or keyphrase whenever the two papers have one besides the listing\'s theme', () => {
		const named = (p: (typeof papers)[number]) =>
			new Set([...p.entities.map((e) => e.name), ...p.keyphrases.map((k) => k.text).filter((k) => /\s|[\p{Lu}\p{N}]/u.test(k))].map(phraseForm));
		let checked = 0;
		for (const paper of papers) {
			for (const r of paper.related) {
				const mine = named(paper);
				const common = [...named(byId.get(r.id)!)].filter((n) => mine.has(n) && !isTheme(n));
				if (common.length === 0) continue;
				checked++;
				// A reason may name a shared phrase by its acronym ("LLM" for "Large Language Models", both pages showing the long form).
				const namesOne = (s: string) => common.includes(phraseForm(s)) || mine.has(phraseForm(s)) || common.some((c) => spells(s, c));
				expect(r.shared.some(namesOne), `${paper.id} → ${r.id}: ${r.shared.join(', ')}`).toBe(true);
			}
		}
		expect(checked).toBeGreaterThan(0);
	});
});

describe('related papers of the evaluation listing', () => {
	const papers = listings['evaluation (HF daily 2024-10-25)'];
	const relatedOf = (prefix: string) => papers.find((p) => p.title.startsWith(prefix))!.related;

	it('relates the two knowledge-editing papers, sharing more than a word', () => {
		const editing = relatedOf('Can Knowledge Editing Really Correct Hallucinations');
		const evaluation = papers.find((p) => p.title.startsWith('Should We Really Edit Language Models'))!;
		expect(editing[0]!.id).toBe(evaluation.id);
	});

	it('relates diffusion-model papers by "diffusion model"', () => {
		const smite = relatedOf('SMITE');
		expect(smite[0]!.shared).toContain('diffusion model');
	});
});
