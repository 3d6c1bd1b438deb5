import { describe, expect, it } from 'vitest';
import { afterSpaces, analyzeText, isEnglishWord, KEPT_ANALYSES, partsOfSpeech, splitSentences } from './sentences.ts';
import { TEXTS_AT_ONCE } from './annotate-text.ts';
import { loadSeedPapers } from './fixtures/seed.ts';

const texts = (text: string) => splitSentences(text).map((s) => s.text);

describe('splitSentences', () => {
	it('splits plain prose at sentence ends', () => {
		expect(texts('We study RL. It works well! Does it scale?')).toEqual(['We study RL.', 'It works well!', 'Does it scale?']);
	});

	it('does not split after abbreviations such as "e.g." and "etc."', () => {
		const text = 'Most work tunes soft prompts (e.g., embeddings) instead. It beats PaLM, Minerva, etc. on the GSM8K. Done.';
		expect(texts(text)).toEqual([
			'Most work tunes soft prompts (e.g., embeddings) instead.',
			'It beats PaLM, Minerva, etc. on the GSM8K.',
			'Done.',
		]);
		// "ca." (circa) before a number; the symbol of calcium still ends a sentence.
		expect(texts('Efficiency rose by ca. 5%. We then tested it. We measured Ca. Then Mg.')).toEqual(['Efficiency rose by ca. 5%.', 'We then tested it.', 'We measured Ca.', 'Then Mg.']);
	});

	// unseen-round26-anopheles-entomology.bib (scripts/eval/listings/SOURCES.md).
	it('keeps a genus abbreviated before its subgenus and species inside the sentence', () => {
		expect(texts('We describe the eggs of An. (Nyssorhynchus) rondoni and An. (Nys.) konderi. They differ.')).toEqual([
			'We describe the eggs of An. (Nyssorhynchus) rondoni and An. (Nys.) konderi.',
			'They differ.',
		]);
	});

	it('keeps enumerations, decimals and version numbers inside one sentence', () => {
		const text = 'We find (1) a gain of 4.55% and (2) that Qwen2.5-3B and GPT-4.1 rise by +14.0% on AIME. Next one.';
		expect(texts(text)).toEqual(['We find (1) a gain of 4.55% and (2) that Qwen2.5-3B and GPT-4.1 rise by +14.0% on AIME.', 'Next one.']);
	});

	it('keeps a journal reference whole: abbreviated journal names, and any break inside square brackets', () => {
		const text = 'The band was derived earlier [J. Chem. Phys. 12, 345 (2001)]. We extend it to films, as Kim and Lee did [Appl. Phys. Lett. 88, 1021 (2006)]. Spin [Nat. Commun. 5, 44 (2014)] matters too.';
		expect(texts(text)).toEqual([
			'The band was derived earlier [J. Chem. Phys. 12, 345 (2001)].',
			'We extend it to films, as Kim and Lee did [Appl. Phys. Lett. 88, 1021 (2006)].',
			'Spin [Nat. Commun. 5, 44 (2014)] matters too.',
		]);
		// A bracket closed before the break leaves the break as it is.
		expect(texts('The fit is shown [see below]. Errors are small.')).toEqual(['The fit is shown [see below].', 'Errors are small.']);
	});

	it('keeps a URL whole, with the sentence that states it', () => {
		const text = 'Full code is available at https://github.com/s4nyam/RAMario. Our project website is https://lamo2023.github.io';
		expect(texts(text)).toEqual(['Full code is available at https://github.com/s4nyam/RAMario.', 'Our project website is https://lamo2023.github.io']);
	});

	it('ends a sentence after a capital variable that a preposition of a setting puts before the stop, and keeps initials', () => {
		const text = 'We report hit rate and Recall at K. Results improve on the top N. Their work, by J. Smith and K. Lee, helps.';
		expect(texts(text)).toEqual(['We report hit rate and Recall at K.', 'Results improve on the top N.', 'Their work, by J. Smith and K. Lee, helps.']);
	});

	it('ends a sentence after a unit letter that follows a number, which no initial does', () => {
		const text = 'The density saturates at T=0.5 K. The origin is uncovered below 2 K. In this work, J. Smith helps.';
		expect(texts(text)).toEqual(['The density saturates at T=0.5 K.', 'The origin is uncovered below 2 K.', 'In this work, J. Smith helps.']);
		// After the Dr.LLM entry of unseen-first-hf-daily-2025-10-15.json: "%p" is percentage points.
		expect(texts('They beat prior methods by up to +7.7%p. Overall, routers help.')).toEqual(['They beat prior methods by up to +7.7%p.', 'Overall, routers help.']);
	});

	it('ends no sentence at a question mark an export wrote for a lost character, but does at a question', () => {
		// Web of Science writes "21 °C" as "21?" and "p ≤ 0.05" as "p ? 0.05".
		const text = 'It was simulated from 21? (current average) to 25?, then kept at 25? for 3 days. Survival fell (p ? 0.05). Oxygen fell.';
		expect(texts(text)).toEqual(['It was simulated from 21? (current average) to 25?, then kept at 25? for 3 days.', 'Survival fell (p ? 0.05).', 'Oxygen fell.']);
		expect(texts('Does it hold beyond 100? We test it on ten sets.')).toEqual(['Does it hold beyond 100?', 'We test it on ten sets.']);
	});

	it('opens a sentence at a name written with a lower-case initial and a capital inside, but not after an abbreviation or an initial', () => {
		const text = 'It manages resources to enable dynamic scalability. iFaaSBus offers OAuth-based privacy. eBPF programs run in the kernel.';
		expect(texts(text)).toEqual(['It manages resources to enable dynamic scalability.', 'iFaaSBus offers OAuth-based privacy.', 'eBPF programs run in the kernel.']);
		expect(texts('We compare, e.g. mRNA levels, across tissues. The rest follows.')).toEqual(['We compare, e.g. mRNA levels, across tissues.', 'The rest follows.']);
		expect(texts('The bile acid pathway (e.b. baiB) increased in the gut. It fell later.')).toEqual(['The bile acid pathway (e.b. baiB) increased in the gut.', 'It fell later.']);
		// A lower-case word that is no such name goes on reading as the continuation it is.
		expect(texts('Results are shown in Fig. cheaper runs follow. The end.')).toEqual(['Results are shown in Fig. cheaper runs follow.', 'The end.']);
	});

	it("opens a sentence at each bullet of highlights run on after the abstract, the bullet left out", () => {
		const text = 'We mapped soils with satellite data. •A moisture index was developed.•Weights were set by PCA.';
		expect(splitSentences(text).map((s) => s.text)).toEqual(['We mapped soils with satellite data.', 'A moisture index was developed.', 'Weights were set by PCA.']);
	});

	it('returns spans that are exact slices of the text, trimmed', () => {
		const text = '  Leading space.   Two  spaces here.  ';
		for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
		expect(texts(text)).toEqual(['Leading space.', 'Two  spaces here.']);
	});

	it('gives exact, ordered, non-overlapping spans for every seed abstract', () => {
		const papers = loadSeedPapers();
		expect(papers.length).toBeGreaterThanOrEqual(47);
		for (const { abstract } of papers) {
			const sentences = splitSentences(abstract);
			expect(sentences.length).toBeGreaterThan(1);
			let previousEnd = 0;
			for (const s of sentences) {
				expect(abstract.slice(s.start, s.end)).toBe(s.text);
				expect(s.start).toBeGreaterThanOrEqual(previousEnd);
				previousEnd = s.end;
			}
		}
	});
});

describe('analyzeText', () => {
	it('reads each abstract of a group that annotateTexts runs together once', () => {
		expect(KEPT_ANALYSES).toBeGreaterThan(TEXTS_AT_ONCE);
		const texts = Array.from({ length: TEXTS_AT_ONCE }, (_, i) => `Sentence number ${i} of a group. It has two.`);
		const first = texts.map(analyzeText);
		// The rules ask again for every text of the group, after every other one.
		expect(texts.map(analyzeText).every((analysis, i) => analysis === first[i])).toBe(true);
	});

	it('locates every token in the text and tags its part of speech', () => {
		const text = 'We propose CoT-Max, a novel approach.';
		const { tokens } = analyzeText(text);
		for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
		expect(tokens.find((t) => t.text === 'propose')?.pos).toBe('VERB');
	});
});

describe('isEnglishWord', () => {
	it('gives the same answer when asked again, as written and lowercased', () => {
		const words = ['pipeline', 'Detection', 'pseudotime', 'contigs', 'DETECTION'];
		const first = words.map(isEnglishWord);
		expect(first).toEqual([true, true, false, false, true]);
		expect(words.map(isEnglishWord)).toEqual(first);
	});
});

describe('afterSpaces', () => {
	it('skips the spaces, tabs and line breaks from an offset on, and nothing else', () => {
		expect(afterSpaces('a  b', 1)).toBe(3);
		expect(afterSpaces('a\n\t\r b', 1)).toBe(5);
		expect(afterSpaces('ab', 1)).toBe(1);
		expect(afterSpaces('a  ', 1)).toBe(3);
		// A no-break space is no separator wink-nlp leaves out of a value: it is not skipped.
		expect(afterSpaces('a\u00a0b', 1)).toBe(1);
	});

	it('leaves analyzeText locating every token where its text stands, after runs of spaces, and line breaks and tabs, which are tokens', () => {
		const text = 'We  propose\n\nX-Net (XN).\tIt   scores 4.5%  higher.';
		const { tokens } = analyzeText(text);
		expect(tokens.every((t) => text.slice(t.start, t.end) === t.text)).toBe(true);
		expect(tokens.map((t) => t.text)).toContain('X-Net');
	});
});

describe('partsOfSpeech', () => {
	it("gives wink-nlp's tag of every token of a short text, in order", () => {
		expect(partsOfSpeech('They lack the')).toEqual(['PRON', 'VERB', 'DET']);
	});
});
