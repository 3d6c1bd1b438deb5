import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../lexicons.ts';
import { extractEntities } from '../text/entities.ts';
import { languageNames } from './language-names.ts';

const context = { abstract: '' } as Parameters<typeof languageNames.rejects>[1];
const rejects = (name: string) => languageNames.rejects({ name, forms: new Set([name]) }, context);

describe('languageNames', () => {
	it('drops a language or a people named alone', () => {
		expect(['Hindi', 'German', 'Persian', 'Vietnamese', 'English', 'Brazilian'].filter(rejects)).toEqual(['Hindi', 'German', 'Persian', 'Vietnamese', 'English', 'Brazilian']);
	});

	it('keeps a name that holds one among more words, and other capitalised words', () => {
		expect(['German Credit', 'Chinese Corpora Internet 3.0', 'Bayesian', 'Gaussian', 'Transformer'].filter(rejects)).toEqual([]);
	});
});

// unseen-round31 machine translation: "freely available English to Hindi machine translation engines".
describe('language names in extractEntities', () => {
	it('drops a language before a cue noun', () => {
		const abstract = 'We compare freely available English to Hindi machine translation engines on three texts.';
		expect(extractEntities('Untitled', abstract, emptyLexicons()).map((e) => e.name)).toEqual([]);
	});
});
