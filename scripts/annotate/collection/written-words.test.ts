import { describe, expect, it } from 'vitest';
import { loadSeedPapers } from '../fixtures/seed.ts';
import { isGeneralWord } from '../text/keyphrase-vocabulary.ts';
import { extractKeyphraseCandidates } from '../text/keyphrases.ts';
import { writtenWords } from './written-words.ts';

/** What `writtenWords` stands for: the words split into an array. */
function reference(text: string, isGeneral: (lower: string) => boolean) {
	const words = text.split(/[\s-]+/).filter(Boolean);
	return {
		count: words.length,
		outsideEnglish: words.filter((w) => !/^[A-Za-z]+$/.test(w) || !isGeneral(w.toLowerCase())).length,
		head: words.at(-1) ?? '',
	};
}

describe('writtenWords', () => {
	it('counts, judges and heads the words as the split words would, for every candidate of the seed listing', () => {
		const texts = loadSeedPapers().flatMap((paper) => extractKeyphraseCandidates(paper.abstract).map((c) => c.text));
		expect(texts.length).toBeGreaterThan(500);
		for (const text of texts) expect(writtenWords(text, isGeneralWord)).toEqual(reference(text, isGeneralWord));
	});

	it('splits at any JavaScript white space and at hyphens, and reads words outside ASCII letters as outside English', () => {
		const cases = [
			'post-training quantization',
			'  leading and trailing  ',
			'--',
			'',
			'a\u00a0b\u2009c\u3000d\u2028e\ufeff',
			'Qwen2.5-VL-3B model',
			'naïve Bayes',
			'k\u2013mer counts',
			'tab\there\nnew line',
			'𝒜-algebra ops',
		];
		const general = (lower: string) => ['a', 'b', 'c', 'leading', 'and', 'model', 'counts', 'here', 'new', 'line'].includes(lower);
		for (const text of cases) expect(writtenWords(text, general), JSON.stringify(text)).toEqual(reference(text, general));
		expect(writtenWords('a\u00a0b\u3000c', general)).toEqual({ count: 3, outsideEnglish: 0, head: 'c' });
		expect(writtenWords('naïve Bayes', general)).toEqual({ count: 2, outsideEnglish: 2, head: 'Bayes' });
	});
});
