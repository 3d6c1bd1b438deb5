import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { z } from 'astro/zod';
import { abstractSpans, AcronymSchema, ClaimSchema, EntitySchema, inTitle, SpanSchema, type Span } from '../../src/shared/paper-schema.ts';
import { annotateText, annotateTexts, TEXTS_AT_ONCE } from './annotate-text.ts';
import { TEXT_RULES } from './text-rules.ts';
import { claimsRule } from './text/claims.ts';
import { tldrRule } from './text/tldr.ts';
import { emptyLexicons } from './lexicons.ts';
import { loadLexicons, loadSeedPapers } from './fixtures/seed.ts';

const lexicons = loadLexicons();
const seed = loadSeedPapers();

/** Every span an annotation carries, with where it came from; an entity's span in the title is listed by `titleSpansOf`. */
function spansOf(annotations: ReturnType<typeof annotateText>): [string, Span][] {
	return [
		...(annotations.tldr ? [['tldr', annotations.tldr] as [string, Span]] : []),
		...annotations.summary.problem.map((s) => ['problem', s] as [string, Span]),
		...annotations.summary.approach.map((s) => ['approach', s] as [string, Span]),
		...annotations.summary.results.map((s) => ['results', s] as [string, Span]),
		...annotations.entities.flatMap((e) => abstractSpans(e).map((s) => [`entity ${e.name}`, s] as [string, Span])),
		...annotations.acronyms.map((a) => [`acronym ${a.short}`, a.span] as [string, Span]),
		...annotations.claims.flatMap((c) => [[`claim ${c.value.text}`, c.value], ['claim sentence', c.sentence], ...(c.measure ? [['claim measure', c.measure]] : [])] as [string, Span][]),
	];
}

/** The entity spans in the title (a paper's own name only the title gives). */
const titleSpansOf = (annotations: ReturnType<typeof annotateText>): Span[] => annotations.entities.flatMap((e) => e.spans.filter(inTitle));

describe('annotateText', () => {
	it('satisfies abstract.slice(start, end) === text for every span of every seed paper', () => {
		expect(seed.length).toBeGreaterThanOrEqual(47);
		let checked = 0;
		for (const paper of seed) {
			const annotations = annotateText(paper, lexicons);
			for (const [what, s] of spansOf(annotations)) {
				expect(paper.abstract.slice(s.start, s.end), `${what} in "${paper.title}"`).toBe(s.text);
				checked++;
			}
			for (const s of titleSpansOf(annotations)) expect(paper.title.slice(s.start, s.end), `title span in "${paper.title}"`).toBe(s.text);
		}
		expect(checked).toBeGreaterThan(800);
	});

	it('produces records the page schema accepts, with unique entity ids per type', () => {
		const schema = z.object({
			tldr: SpanSchema(),
			summary: z.object({ problem: z.array(SpanSchema()), approach: z.array(SpanSchema()), results: z.array(SpanSchema()) }),
			entities: z.array(EntitySchema()),
			acronyms: z.array(AcronymSchema()),
			claims: z.array(ClaimSchema()),
		});
		for (const paper of seed) {
			const result = annotateText(paper, lexicons);
			expect(schema.safeParse(result).success, paper.title).toBe(true);
			const keys = result.entities.map((e) => `${e.type}/${e.id}`);
			expect(new Set(keys).size).toBe(keys.length);
			for (const claim of result.claims) for (const ref of claim.about) expect(keys).toContain(ref);
		}
	});

	it('keeps spans exact on arbitrary text and on abstract-like word salad (property)', () => {
		const words = fc.constantFrom(
			'We', 'propose', 'introduce', 'FooNet', '(FN)', 'Foo Net', '4.5%', '~23', '50x', 'GPT-4o', 'Qwen2.5-3B', 'MATH', 'math',
			'In-Context', 'Learning', '(ICL).', 'e.g.,', 'etc.', '(1)', 'https://x.io/FooNet.', '\\oni', 'İstanbul', 'ﬁne', '😀', '.', ',', 'However,',
		);
		const salad = fc.array(words, { minLength: 1, maxLength: 60 }).map((w) => w.join(' '));
		const text = fc.oneof(fc.string({ minLength: 1, maxLength: 400, unit: 'binary' }), salad);
		fc.assert(
			// Some titles open with a coined name before a colon, which the abstract may never write.
			fc.property(text, fc.oneof(fc.string({ maxLength: 60 }), salad.map((words) => `FooBar: ${words}`)), (abstract, title) => {
				const annotations = annotateText({ title, abstract }, lexicons);
				for (const [, s] of spansOf(annotations)) {
					if (abstract.slice(s.start, s.end) !== s.text) return false;
				}
				return titleSpansOf(annotations).every((s) => title.slice(s.start, s.end) === s.text);
			}),
			{ numRuns: 200 },
		);
	});

	it('combines TL;DR, summary, entities, acronyms and claims for one paper', () => {
		const paper = seed.find((p) => p.title.startsWith('Few-shot In-Context Preference Learning'))!;
		const result = annotateText(paper, lexicons);
		expect(result.tldr!.text).toMatch(/^We propose In-Context Preference Learning \(ICPL\)/);
		expect(result.summary.approach.map((s) => s.text)).toContain(result.tldr!.text);
		expect(result.entities[0]).toMatchObject({ id: 'icpl', name: 'ICPL', type: 'method', role: 'introduced' });
		expect(result.acronyms.find((a) => a.short === 'RLHF')?.long).toBe('Reinforcement Learning from Human Feedback');
		expect(Object.keys(result).sort()).toEqual(['acronyms', 'claims', 'entities', 'keyphrases', 'summary', 'tldr']);
	});

	it('makes one field per rule of TEXT_RULES, each rule after the rules it reads', () => {
		const paper = seed[0]!;
		const result = annotateText(paper, lexicons);
		expect(Object.keys(result)).toEqual(TEXT_RULES.map((rule) => rule.field));
		TEXT_RULES.forEach((rule, i) => {
			for (const need of rule.needs) expect(TEXT_RULES.slice(0, i).map((r) => r.field), rule.field).toContain(need);
		});
	});

	it('runs the rules it is given, and names a rule listed before the field it needs', () => {
		const paper = seed[0]!;
		expect(annotateText(paper, lexicons, [tldrRule])).toEqual({ tldr: annotateText(paper, lexicons).tldr });
		expect(() => annotateText(paper, lexicons, [tldrRule, claimsRule])).toThrow('Text rule "claims" needs "entities", which no rule before it makes');
	});

	it('is deterministic', () => {
		for (const paper of seed.slice(0, 10)) expect(annotateText(paper, lexicons)).toEqual(annotateText(paper, lexicons));
	});

	it('annotates an abstract without sentence punctuation, and works with no lexicons', () => {
		const result = annotateText({ title: 'X', abstract: 'a single clause without a full stop' }, emptyLexicons());
		expect(result.tldr!.text).toBe('a single clause without a full stop');
		expect(result.entities).toEqual([]);
	});
});

describe('annotateTexts', () => {
	it('gives each seed paper, annotated in groups, what annotateText gives it alone', () => {
		// More papers than one group holds, so that a later group reads abstracts the first has pushed out of any memory.
		expect(seed.length).toBeGreaterThan(TEXTS_AT_ONCE);
		const together = annotateTexts(seed, lexicons);
		const alone = [...seed].reverse().map((paper) => annotateText(paper, lexicons)).reverse();
		expect(together).toEqual(alone);
	});

	it('gives a paper without an abstract no annotation, and the papers around it theirs', () => {
		const bare = { title: 'Tidal Gliders: Mapping Estuary Salinity with Drones', abstract: '' };
		const [first, none, last] = annotateTexts([seed[0]!, bare, seed[1]!], lexicons);
		expect(none).toEqual({ tldr: null, summary: { problem: [], approach: [], results: [] }, acronyms: [], entities: [], claims: [], keyphrases: [] });
		expect([first, last]).toEqual([annotateText(seed[0]!, lexicons), annotateText(seed[1]!, lexicons)]);
	});
});
