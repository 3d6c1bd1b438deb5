import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignSlugs, MAX_SLUG_LENGTH, slugify } from './slugs.ts';

describe('slugify', () => {
	it('lowercases, drops punctuation and joins words with single hyphens', () => {
		expect(slugify('RAMario: Experimental Approach to Reptile Algorithm -- Reinforcement Learning for Mario')).toBe(
			'ramario-experimental-approach-to-reptile-algorithm-reinforcement-learning-for',
		);
		expect(slugify('Part I: Tricks or Traps? A Deep Dive into RL for LLM Reasoning')).toBe(
			'part-i-tricks-or-traps-a-deep-dive-into-rl-for-llm-reasoning',
		);
	});

	it('separates words a dash or slash joins', () => {
		expect(slugify('A digital twin for ship structures—R&D project in Japan')).toBe('a-digital-twin-for-ship-structures-rd-project-in-japan');
		expect(slugify('ZigBee/RFID Safety at Seaports–a gap analysis')).toBe('zigbee-rfid-safety-at-seaports-a-gap-analysis');
		expect(slugify('Self-Play in 2D')).toBe('self-play-in-2d');
	});

	it('folds accents to ASCII and drops other scripts and emoji', () => {
		expect(slugify('Réseaux Neuronaux für Ångström 🚀 学习')).toBe('reseaux-neuronaux-fur-angstrom');
	});

	it('cuts long titles at a word boundary within the limit', () => {
		const title = 'Overcoming Slow Decision Frequencies in Continuous Control: Model-Based Sequence Reinforcement Learning for Model-Free Control';
		const slug = slugify(title);
		expect(slug).toBe('overcoming-slow-decision-frequencies-in-continuous-control-model-based-sequence');
		expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
	});

	it('falls back to "paper" when nothing ASCII is left', () => {
		expect(slugify('强化学习 🚀')).toBe('paper');
	});

	it('always yields a slug the page schema accepts', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (title) => {
				const slug = slugify(title);
				expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
				expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
			}),
		);
	});
});

describe('assignSlugs', () => {
	it('keeps the title slug when titles are distinct and reports no collisions', () => {
		expect(assignSlugs(['On Zero-Shot Reinforcement Learning', 'Learning to Navigate the Web'])).toEqual({
			slugs: ['on-zero-shot-reinforcement-learning', 'learning-to-navigate-the-web'],
			collisions: [],
		});
	});

	it('suffixes every same-titled paper by arXiv id, then DOI, then date, then a counter, and reports them', () => {
		const result = assignSlugs([
			{ title: 'Meta Learning', arxivId: '2101.00001', published: '2021-01-01' },
			'Something else',
			{ title: 'Meta-Learning!', arxivId: '2202.00002v2', published: null },
			{ title: 'meta learning', arxivId: null, published: '2023-03-03' },
			{ title: 'META LEARNING' },
			{ title: 'Meta learning.', doi: '10.1/ML' },
		]);
		expect(result.slugs).toEqual([
			'meta-learning-2101-00001',
			'something-else',
			'meta-learning-2202-00002v2',
			'meta-learning-2023-03-03',
			'meta-learning',
			'meta-learning-10-1-ml',
		]);
		expect(result.collisions).toEqual([
			{
				slug: 'meta-learning',
				papers: [
					{ index: 0, title: 'Meta Learning', slug: 'meta-learning-2101-00001', suffix: 'arxiv' },
					{ index: 2, title: 'Meta-Learning!', slug: 'meta-learning-2202-00002v2', suffix: 'arxiv' },
					{ index: 3, title: 'meta learning', slug: 'meta-learning-2023-03-03', suffix: 'date' },
					{ index: 4, title: 'META LEARNING', slug: 'meta-learning', suffix: 'none' },
					{ index: 5, title: 'Meta learning.', slug: 'meta-learning-10-1-ml', suffix: 'doi' },
				],
			},
		]);
	});

	it('never hands out a suffixed slug that is another paper\'s own slug', () => {
		const { slugs } = assignSlugs(['Foo', 'Foo', 'Foo 2']);
		expect(slugs).toEqual(['foo', 'foo-3', 'foo-2']);
	});

	it('falls back to the counter when two duplicates share the same date', () => {
		const { slugs } = assignSlugs([
			{ title: 'X', published: '2024-01-01' },
			{ title: 'X', published: '2024-01-01' },
			{ title: 'X', published: '2024-01-01' },
		]);
		expect(slugs).toEqual(['x-2024-01-01', 'x-2', 'x-3']);
	});

	it('never hands a dropped paper\'s slug to its same-titled twin', () => {
		const both = assignSlugs([
			{ title: 'Scaling Laws', arxivId: '2001.08361' },
			{ title: 'Scaling laws', arxivId: '2203.15556' },
		]).slugs;
		const secondAlone = assignSlugs([{ title: 'Scaling laws', arxivId: '2203.15556' }]).slugs;
		expect(both).toEqual(['scaling-laws-2001-08361', 'scaling-laws-2203-15556']);
		expect(secondAlone).not.toContain(both[0]);
	});

	it('gives every paper a distinct slug for any list of titles', () => {
		fc.assert(
			fc.property(fc.array(fc.constantFrom('A', 'a!', 'B', 'a 2', '', '🚀', 'paper'), { maxLength: 30 }), (titles) => {
				const { slugs } = assignSlugs(titles);
				expect(new Set(slugs).size).toBe(titles.length);
				expect(assignSlugs(titles).slugs).toEqual(slugs);
			}),
		);
	});
});
