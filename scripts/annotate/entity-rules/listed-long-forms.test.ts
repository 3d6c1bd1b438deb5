import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../lexicons.ts';
import { extractEntities } from '../text/entities.ts';
import { listBefore, listLongFormsOf } from './listed-long-forms.ts';

describe('listBefore', () => {
	it('reads a list of coordinate words, one letter each, joined by commas and "and"', () => {
		expect(listBefore('whether supplier environmental, social, and governance ', 'ESG')).toEqual(['environmental', 'social', 'governance']);
		expect(listBefore('the moderation of Environmental, social and government ', 'ESG')).toEqual(['Environmental', 'social', 'government']);
		expect(listBefore('companies\' environmental, social, governance ', 'ESG')).toEqual(['environmental', 'social', 'governance']);
		expect(listBefore('a significant role, “Environmental, Social and Governance” ', 'ESG')).toEqual(['Environmental', 'Social', 'Governance']);
	});

	it('leaves a phrase, a pair joined by "and" alone, and a list that spells another acronym', () => {
		expect(listBefore('we fit structural equation modeling ', 'SEM')).toBeNull();
		expect(listBefore('the natural and orthogonal interactions ', 'NOIA')).toBeNull();
		expect(listBefore('from the Health and Retirement Study ', 'HRS')).toBeNull();
		expect(listBefore('red, green, and blue ', 'ESG')).toBeNull();
	});
});

describe('listLongFormsOf', () => {
	it('finds each acronym a list defines', () => {
		expect(listLongFormsOf('Their environmental, social, and governance (ESG) scores and total factor productivity (TFP).')).toEqual([
			{ short: 'ESG', words: ['environmental', 'social', 'governance'] },
		]);
	});
});

// unseen-round31 ESG in supply chains: seven abstracts define ESG so, and one names "Environmental" of the list.
describe('listed long forms in extractEntities', () => {
	const names = (abstract: string) => extractEntities('Untitled', abstract, emptyLexicons()).map((e) => e.name);

	it('drops the acronym of a list and a capitalised word of it', () => {
		expect(names('We ask whether supplier environmental, social, and governance (ESG) training reduces emissions. ESG training helps.')).toEqual([]);
		expect(names('This study employs a game to find the prerequisites for establishing Environmental, Social, and Governance (ESG) related contracts.')).toEqual([]);
	});

	it('keeps a name coined for a described phrase', () => {
		expect(names('We propose a transformer with residual value routing (ResFormer), which beats baselines.')).toEqual(['ResFormer']);
	});
});
