import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../sentences.ts';
import { describeStoredOutputs } from '../../testing/stored-outputs.ts';
import { SUBJECT } from './contribution-statement.ts';
import { colonNamedProposal } from './colon-named-proposal.ts';

const find = (abstract: string): string[] => {
	const rule = colonNamedProposal;
	if (rule.scope !== 'sentence') return [];
	const context = { title: '', abstract, sentences: splitSentences(abstract), acronyms: [], isGeneric: () => false, isKnown: () => false, inAcronym: () => false };
	return context.sentences
		.filter((sentence) => SUBJECT.test(sentence.text))
		.flatMap((sentence) => rule.find(sentence, context, []))
		.map((h) => `${h.name}:${h.type}`);
};

// Inputs written after the forms of law reviews, not copied from a listing: a device named after the
// colon of "devises a novel remedy:" and, in quotation marks, of "offers a new idea for …:", and
// negatives (a list, a clause, a capitalised coinage, a subject that is not the paper, no verb of offering).
describeStoredOutputs(new URL('../fixtures/colon-named-proposal/', import.meta.url), 'colonNamedProposal on fixture %s', 'finds exactly the names of the stored output.json', (file) => find(file('input.txt')!));

describe('colonNamedProposal', () => {
	it('reads the name up to the closing quotation mark, its full stop inside', () => {
		expect(find('This Article offers a novel idea for governing the board: an "internal veto right."')).toEqual(['internal veto right:method']);
	});
});
