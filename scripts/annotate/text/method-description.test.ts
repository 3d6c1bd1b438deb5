import { describe, expect, it } from 'vitest';
import { splitSentences } from '../sentences.ts';
import { definesNewName, describesOwnMethod } from './method-description.ts';
import { splitSummary } from './summary.ts';

describe('describesOwnMethod', () => {
	it('reads the parts of the method, and its name, doing something after the paper names it', () => {
		const sentences = [
			'Tagging rare words is slow.',
			'We propose FastTag, a tagger built around a lexicon (LXG).',
			'A lexicon-aware gate filters rare tags before decoding.',
			'When triggered, a backoff module splits each word into morphemes.',
			'The LXG stores counts of each tag.',
			'FastTag outperforms all baselines by 4 points.',
		];
		expect(describesOwnMethod(sentences)).toEqual([false, false, true, true, true, false]);
	});

	it('reads the name after a fronted participle phrase of what the method starts from or runs on', () => {
		expect(
			describesOwnMethod([
				'We propose FastTag, a tagger trained by self-play.',
				'Initialized from the same base model, FastTag co-evolves a proposer and a solver.',
				'Operating on a shared backbone, a lexicon gate filters rare tags.',
				'Trained with more data, FastTag achieves 4 more points.',
			]),
		).toEqual([false, true, true, false]);
	});

	it('reads a variant of the named method, told by a hyphenated qualifier before its name', () => {
		expect(
			describesOwnMethod([
				'We present IndexCache, which reuses indexer outputs across layers.',
				'Training-free IndexCache applies a greedy search that selects which layers keep their indexers.',
				'Training-aware IndexCache introduces a distillation loss for each retained indexer.',
				'Full-precision weights remain expensive.',
			]),
		).toEqual([false, true, true, false]);
	});

	it('leaves a component told before the paper names its own work, and an abstract that names none', () => {
		expect(describesOwnMethod(['An attention module weighs each token.', 'We propose FastTag.'])).toEqual([false, false]);
		expect(describesOwnMethod(['Tagging is slow.', 'A lexicon gate filters rare tags.'])).toEqual([false, false]);
	});

	it('reads the name as a case-insensitive pattern does, in another case or spaced by a no-break space', () => {
		expect(describesOwnMethod(['We propose FastTag, a tagger.', 'FASTTAG assigns tags to rare words.', 'The fasttag assigns more.'])).toEqual([false, true, true]);
		expect(describesOwnMethod(['We propose Fast\u00a0Tag, a tagger.', 'Fast\u00a0Tag assigns tags to rare words.', 'Fast Tag assigns tags.'])).toEqual([false, true, false]);
	});

	it('reads the name after an opener, a "the" or both, and only as a whole name before a verb', () => {
		const named = ['We propose FastTag, a tagger (FT).'];
		expect(
			describesOwnMethod([
				...named,
				'Then,  the FastTag splits words.',
				'When run on long texts, FT\tcaches tags.',
				'THE FASTTAG merges tags.',
				'FastTagger splits words.',
				'Moreover, FastTag achieves more.',
				'In short, FastTag splits words.',
			]),
		).toEqual([false, true, true, true, false, false, false]);
	});

	it('reads a sentence opening by defining a name as new', () => {
		expect(definesNewName('FastTag is a new multilingual tagger.')).toBe(true);
		expect(definesNewName('Tagging is a hard problem.')).toBe(false);
	});

	it('puts the method described by its parts in the approach, not the results', () => {
		const abstract =
			'Reading charts remains hard for small models. Existing methods crop every chart the same way. ' +
			'We propose ChartLens, a training-free framework for reading dense charts. ' +
			'A confidence-aware gate fuses agreement among sampled answers with token confidence. ' +
			'When triggered, a variance-driven crop module decomposes the spread of boxes into two terms. ' +
			'Experiments on three benchmarks show gains of up to 9.2% over strong baselines.';
		const approach = splitSummary(splitSentences(abstract)).approach.map((s) => s.text);
		expect(approach).toContain('A confidence-aware gate fuses agreement among sampled answers with token confidence.');
		expect(approach).toContain('When triggered, a variance-driven crop module decomposes the spread of boxes into two terms.');
	});
});
