import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../../lexicons.ts';
import { extractEntities } from '../../text/entities.ts';

const found = (title: string, abstract: string) => extractEntities(title, abstract, emptyLexicons()).map((e) => `${e.name}:${e.type}/${e.role}`);

describe('name after verb in extractEntities', () => {
	it('reads a plain capitalised name set off after the verb as the paper\'s', () => {
		expect(found('Taipan', 'We introduce Taipan, a novel hybrid architecture for long contexts.')).toContain('Taipan:method/introduced');
	});

	it('reads capitalised words ending in a noun of data after "the" as the benchmark the paper introduces', () => {
		const abstract = 'We introduce the Live Chess Benchmark, a large-scale dataset of commented games, and present ChessVL, a model that comments on them.';
		expect(found('ChessVL', abstract)).toContain('Live Chess Benchmark:dataset/introduced');
	});

	it('leaves "the" before capitalised words of no data noun to the other rules', () => {
		expect(found('Chess', 'We introduce the Live Chess Engine, a program that comments on games.')).not.toContain('Live Chess Engine:dataset/introduced');
	});
});
