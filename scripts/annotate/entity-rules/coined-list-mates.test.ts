import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../lexicons.ts';
import { entityContext } from '../testing/entity-context.ts';
import { extractEntities } from '../text/entities.ts';
import { coinedListMates } from './coined-list-mates.ts';

const find = (abstract: string, known: string[] = []) => coinedListMates.find(entityContext(abstract, { known: new Set(known) })).map((f) => f.name);

describe('coinedListMates', () => {
	it('takes the plain-word names listed beside two coined ones as the means of a step', () => {
		expect(find('Reads were assembled using GapFill, Velour, KmerKit and Tessera.')).toEqual(['GapFill', 'Velour', 'KmerKit', 'Tessera']);
		expect(find('We compare with SPAdes, Falcon, HiCanu and Shasta.', ['SPAdes'])).toEqual(['Falcon', 'HiCanu', 'Shasta']);
	});

	it('leaves lists with fewer than two coined names, lists after other words, and two-item lists', () => {
		expect(find('Scripts were written using Python, Velour and Tessera.')).toEqual([]);
		expect(find('Farms in China, India, USA and UK were sampled.')).toEqual([]);
		expect(find('Models are trained on corpora including WikiText, OSCAR and Gutenberg.')).toEqual([]);
		expect(find('Reads were assembled using GapFill and KmerKit.')).toEqual([]);
	});

	it('makes them entities of the paper, beside the coined names other rules find', () => {
		const names = extractEntities('Assembly depth', 'Reads were assembled using GapFill, Velour, KmerKit and Tessera.', emptyLexicons()).map((e) => e.name);
		expect(names).toEqual(expect.arrayContaining(['Velour', 'Tessera']));
	});
});
