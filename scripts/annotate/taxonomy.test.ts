import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileTerm, parseTaxonomy, TaxonomyError } from './taxonomy.ts';

const fixture = (name: string) =>
	readFileSync(fileURLToPath(new URL(`./fixtures/taxonomy/${name}`, import.meta.url)), 'utf8');
const projectTaxonomy = readFileSync(fileURLToPath(new URL('../../content/taxonomy.yaml', import.meta.url)), 'utf8');

function errorOf(text: string, file: string): TaxonomyError {
	try {
		parseTaxonomy(text, file);
	} catch (error) {
		if (error instanceof TaxonomyError) return error;
		throw error;
	}
	throw new Error('expected a TaxonomyError');
}

describe('compileTerm', () => {
	it('matches a phrase case-insensitively with hyphens and spaces interchangeable', () => {
		const re = compileTerm('in-context RL');
		expect('An In-Context RL agent'.match(re)).toEqual(['In-Context RL']);
		expect('in context rl'.match(re)).toEqual(['in context rl']);
	});

	it('matches whole words only, allowing a plural', () => {
		const re = compileTerm('prompt');
		expect('prompts and prompting'.match(re)).toEqual(['prompts']);
	});

	it('matches all-caps acronyms case-sensitively', () => {
		const re = compileTerm('RLHF');
		expect('RLHF and rlhf'.match(re)).toEqual(['RLHF']);
	});

	it('compiles /body/flags as a regular expression', () => {
		const re = compileTerm('/generali[sz]ation/i');
		expect('Generalisation and generalization'.match(re)).toEqual(['Generalisation', 'generalization']);
	});
});

describe('parseTaxonomy', () => {
	it('reads the project taxonomy: at least 8 topics with unique ids, titles and descriptions', () => {
		const taxonomy = parseTaxonomy(projectTaxonomy, 'content/taxonomy.yaml');
		expect(taxonomy.topics.length).toBeGreaterThanOrEqual(8);
		expect(new Set(taxonomy.topics.map((t) => t.id)).size).toBe(taxonomy.topics.length);
		for (const topic of taxonomy.topics) {
			expect(topic.title.length).toBeGreaterThan(0);
			expect(topic.description.split(' ').length).toBeGreaterThan(15);
			expect(topic.any.length).toBeGreaterThan(0);
		}
	});

	it('applies defaults and per-topic overrides and folds descriptions to one line', () => {
		const taxonomy = parseTaxonomy(fixture('minimal.yaml'), 'minimal.yaml');
		expect(taxonomy).toMatchObject({ maxTopics: 3, relativeCutoff: 0.35, maxHitsPerTerm: 3 });
		const [offline, theory] = taxonomy.topics;
		expect(offline).toMatchObject({ id: 'offline-rl', description: 'Learning from fixed datasets.', titleWeight: 3, minScore: 2, line: 2 });
		expect(offline.any.map((t) => [t.source, t.weight])).toEqual([['offline RL', 2], ['/\\bbatch RL\\b/i', 1]]);
		expect(offline.not.map((t) => t.source)).toEqual(['imitation learning']);
		expect(theory).toMatchObject({ titleWeight: 5, abstractWeight: 1, minScore: 4, line: 13 });
		expect(theory.all.map((t) => t.source)).toEqual(['/\\bRL\\b/']);
	});

	it('reads `requires` terms and names the line of an invalid one', () => {
		const topic = (requires: string) =>
			`topics:\n  - id: a\n    title: A\n    description: d\n    requires: [${requires}]\n    match:\n      any: [x]\n`;
		expect(parseTaxonomy(topic('RL, policy'), 't.yaml').topics[0]!.requires.map((t) => t.source)).toEqual(['RL', 'policy']);
		expect(() => parseTaxonomy(topic('/(/'), 't.yaml')).toThrow(/^t\.yaml:5:16: invalid regular expression/);
	});

	it('names file and line of a YAML syntax error', () => {
		const error = errorOf(fixture('syntax-error.yaml'), 'syntax-error.yaml');
		expect(error.message).toMatch(/^syntax-error\.yaml:\d+:\d+: /);
		expect(error.line).toBeGreaterThanOrEqual(4);
	});

	it('names the line of a topic with a missing field', () => {
		const error = errorOf(fixture('missing-title.yaml'), 'missing-title.yaml');
		expect(error.file).toBe('missing-title.yaml');
		expect(error.line).toBe(8);
		expect(error.message).toContain('topics.1.title');
	});

	it('names the line and column of an invalid regular expression', () => {
		const error = errorOf(fixture('bad-regex.yaml'), 'bad-regex.yaml');
		expect([error.line, error.column]).toEqual([8, 11]);
		expect(error.message).toContain('invalid regular expression /unclosed(group/i');
	});

	it('rejects duplicate topic ids, pointing at the second one', () => {
		const error = errorOf(fixture('duplicate-id.yaml'), 'duplicate-id.yaml');
		expect(error.message).toBe('duplicate-id.yaml:6:1: duplicate topic id "same" (first defined on line 2)');
	});

	it('rejects unknown keys so typos in rule names do not pass silently', () => {
		const text = 'topics:\n  - id: a\n    title: A\n    description: A.\n    match:\n      any: [a]\n      nott: [b]\n';
		const error = errorOf(text, 'typo.yaml');
		expect(error.line).toBe(7);
		expect(error.message).toContain('nott');
	});

	it('accepts an empty topic list (every topic is then derived) but not an empty file', () => {
		expect(parseTaxonomy('topics: []\n', 'empty.yaml').topics).toEqual([]);
		expect(errorOf('# only a comment\n', 'blank.yaml').message).toBe(
			'blank.yaml:1:1: the taxonomy is empty; expected a "topics:" list (it may be "topics: []")',
		);
	});
});
