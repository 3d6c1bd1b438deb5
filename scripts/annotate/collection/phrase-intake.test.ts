import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { phraseCarriers, type PhraseCarriers } from './phrase-carriers.ts';
import { phraseForm } from './phrase-form.ts';
import type { KeptIntake } from './phrase-intake.ts';
import { shareKeyphraseTopics } from './shared-keyphrase-topics.ts';

const other = { id: 'other-papers', title: 'Other papers', description: '', derived: true };
const climate = { id: 'climate-change', title: 'Climate change', description: '', derived: true };

/** A paper: its keyphrases, its `title\nabstract`, and its topics ("Climate change", "Other papers", a taxonomy topic or none). */
interface Paper {
	keyphrases: string[];
	text: string;
	topic: 'climate' | 'other' | 'taxonomy' | 'none';
}

const TOPIC = { climate: [{ id: climate.id, derived: true }], other: [{ id: other.id, derived: true }], taxonomy: [{ id: 'forests', derived: false }], none: [] };

/** Shared-keyphrase topics of the papers; with `kept`, reusing and keeping the phrases' intake; `asked` counts the papers carriers were asked about. */
function run(papers: readonly Paper[], kept?: { intake: KeptIntake | undefined }, asked?: Set<number>) {
	const keyphrases = papers.map((p) => p.keyphrases);
	const texts = papers.map((p) => p.text);
	const df = new Map<string, number>();
	for (const list of keyphrases) for (const form of new Set(list.map(phraseForm))) df.set(form, (df.get(form) ?? 0) + 1);
	const made = phraseCarriers(keyphrases, texts);
	const carriers: PhraseCarriers = { phrases: made.phrases, carries: (paper, form, written) => (asked?.add(paper), made.carries(paper, form, written)) };
	return shareKeyphraseTopics({
		topics: [climate, other],
		paperTopics: papers.map((p) => TOPIC[p.topic]),
		otherId: other.id,
		carriers,
		texts,
		df,
		n: papers.length,
		usedTitles: ['Climate change'],
		longForms: new Map(),
		reserved: new Set([climate.id, other.id]),
		maxTopicsPerPaper: 3,
		most: 20,
		keeping: kept && { kept: kept.intake, keep: (intake) => (kept.intake = intake) },
	});
}

const PHRASES = ['tree density', 'tree crown cover', 'Tree Density', 'mesh network', 'sediment load', 'tumour hypoxia', 'tumor hypoxia', 'Generalised Linear Model', 'generalized linear models', 'fire severity', 'species composition'];
const topic = fc.constantFrom('climate' as const, 'other' as const, 'other' as const, 'taxonomy' as const, 'none' as const);
const paper = fc.record({
	keyphrases: fc.uniqueArray(fc.constantFrom(...PHRASES), { maxLength: 3 }),
	// The text writes some phrases, its keyphrases or not: the intake is of the papers that write one.
	text: fc.array(fc.constantFrom(...PHRASES, 'trees', 'a watershed', 'the tumour'), { minLength: 1, maxLength: 4 }).map((words) => `On ${words[0]}\nWe study ${words.join(' and ')}.`),
	topic,
});
/** A change of a paper: another paper in its place, or the same paper in another topic (clustering moved it). */
const change = fc.tuple(fc.nat(), fc.oneof(paper, topic));

describe('takeInCarriers (through shareKeyphraseTopics)', () => {
	it('gives a rebuild with the kept intake the topics of a build from scratch, over two rebuilds in a row', () => {
		fc.assert(
			fc.property(
				fc.array(paper, { minLength: 3, maxLength: 14 }),
				fc.array(change, { maxLength: 3 }),
				fc.array(change, { maxLength: 2 }),
				(papers, first, second) => {
					const kept = { intake: undefined as KeptIntake | undefined };
					expect(run(papers, kept)).toEqual(run(papers));
					for (const changes of [first, second]) {
						for (const [at, changed] of changes) {
							const was = papers[at % papers.length]!;
							papers[at % papers.length] = typeof changed === 'string' ? { ...was, topic: changed } : changed;
						}
						expect(run(papers, kept)).toEqual(run(papers));
					}
				},
			),
			{ numRuns: 400 },
		);
	});

	it('asks the carriers about the changed paper only, where no phrase changed its writing', () => {
		const papers: Paper[] = [
			{ keyphrases: ['fire severity'], text: 'Fire severity\nClimate change and tree density shaped species composition.', topic: 'climate' },
			{ keyphrases: ['sediment load'], text: 'Sediment load\nTree density near a watershed.', topic: 'climate' },
			{ keyphrases: ['tree density'], text: 'Counting trees\nWe estimate tree density from crowns.', topic: 'other' },
			{ keyphrases: ['mesh network'], text: 'A mesh network\nAt a port.', topic: 'other' },
		];
		const kept = { intake: undefined as KeptIntake | undefined };
		const scratch = new Set<number>();
		run(papers, kept, scratch);
		expect([...scratch].sort()).toEqual([0, 1]);
		papers[3] = { keyphrases: ['mesh network'], text: 'A mesh network\nTree density at a port.', topic: 'other' };
		const asked = new Set<number>();
		const rebuilt = run(papers, kept, asked);
		expect([...asked]).toEqual([3]);
		expect(rebuilt).toEqual(run(papers));
		expect(rebuilt.paperTopics.map((list) => list.map((t) => t.id))).toEqual([
			['climate-change', 'tree-density'],
			['climate-change', 'tree-density'],
			['tree-density'],
			['tree-density'],
		]);
	});
});
