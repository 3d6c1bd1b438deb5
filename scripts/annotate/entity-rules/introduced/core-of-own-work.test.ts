import { describe, expect, it } from 'vitest';
import { extractAcronyms } from '../../text/acronyms.ts';
import { splitSentences } from '../../sentences.ts';
import { coreOfOwnWork } from './core-of-own-work.ts';

const find = (abstract: string, known: string[] = []) =>
	coreOfOwnWork.scope === 'paper'
		? coreOfOwnWork
				.find(
					{ title: '', abstract, sentences: splitSentences(abstract), acronyms: extractAcronyms(abstract), isGeneric: () => false, isKnown: (n) => known.includes(n), inAcronym: () => false },
					[],
				)
				.map((h) => `${h.name}<${h.forms.join('|')}>`)
		: [];

describe('coreOfOwnWork', () => {
	it('takes the acronym of a long form put at the core of the own approach as introduced', () => {
		expect(find('We build a world simulator. At the core of our approach is a Sparse Recurrent Memory (SRM) architecture, which keeps scenes consistent.')).toEqual([
			'SRM<SRM|Sparse Recurrent Memory>',
		]);
	});

	it('takes a title-case run at the heart of the proposed framework', () => {
		expect(find('At the heart of the proposed framework lies Anchor Replay Tuning, which keeps old skills.')).toEqual(['Anchor Replay Tuning<Anchor Replay Tuning>']);
	});

	it('leaves a kind of work and a known name at the core', () => {
		expect(find('At the core of our method is a Transformer, trained on text.', ['Transformer'])).toEqual([]);
		expect(find('At the core of our system are Large Language Models.')).toEqual([]);
	});
});
