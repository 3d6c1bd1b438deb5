import { describe, expect, it } from 'vitest';
import { extractKeyphraseCandidates } from './keyphrases.ts';

const candidates = (text: string) => extractKeyphraseCandidates(text).map((c) => c.text);

describe('clause verbs read as nouns', () => {
	it('ends a run at a gerund an adverb grades', () => {
		const found = candidates('Verifying consistency is tractable, naturally positioning reinforcement learning as a feasible solution.');
		expect(found).toContain('reinforcement learning');
		expect(found).not.toContain('positioning reinforcement learning');
	});

	it('ends a run at the second of two verbs joined by "or", whatever its ending', () => {
		const found = candidates('Scanned document images often match or exceed text-mode accuracy on reading tasks.');
		expect(found.some((c) => c.startsWith('exceed'))).toBe(false);
		expect(found).toContain('reading tasks');
	});

	it('reads nothing after a noun or an adjective joined by "and"', () => {
		expect(candidates('Both clinical and blood biochemical changes were recorded.')).toContain('blood biochemical changes');
		expect(candidates('We study the soil and water conservation measures.')).toContain('water conservation measures');
	});

	it('ends a run at a gerund of a verb that takes an object, after a noun', () => {
		const found = candidates('We release a speech synthesis system featuring multi-speaker dialogue.');
		expect(found).toContain('speech synthesis system');
		expect(found.some((c) => c.includes('featuring'))).toBe(false);
	});
});

describe('grading adjectives', () => {
	it('trims words that judge a finding or point at what is left', () => {
		const found = candidates('We derive the remaining perturbative terms and nontrivial conserved quantities.');
		expect(found).toContain('perturbative terms');
		expect(found).toContain('conserved quantities');
		expect(found.some((c) => /remaining|nontrivial/.test(c))).toBe(false);
	});
});

describe('a noun read as a verb before "and"', () => {
	it('leaves a compound after a singular noun wink-nlp tags as a verb', () => {
		expect(candidates('We evaluated the grain yield and land equivalent ratio of each variety.')).toContain('land equivalent ratio');
	});
});

describe('a gerund of inquiry opening a run', () => {
	it('ends the run at the gerund after a preposition, keeping its object', () => {
		const found = candidates('We propose a tool for detecting climate change in records, with fundamentals for understanding vesicle structure.');
		expect(found).toContain('climate change');
		expect(found).toContain('vesicle structure');
		expect(found.some((c) => /^(?:detecting|understanding) /.test(c))).toBe(false);
	});

	it('leaves a gerund that heads a compound after a noun', () => {
		expect(candidates('We release video understanding benchmarks for scene understanding.')).toContain('video understanding benchmarks');
	});

	it('ends a run at the bare infinitive after "help", round 36 machine-ethics wording', () => {
		const found = candidates('Better explainability of RL models could help gain scientific insight on the inner workings.');
		expect(found).toContain('scientific insight');
		expect(found).not.toContain('gain scientific insight');
		expect(candidates('The gate has helped increase reliability and security.')).not.toContain('increase reliability');
	});

	it('leaves a noun after "help" that modifies a plural or a compound, and the noun "help"', () => {
		expect(candidates('The toolkit may help fish farmers and help machine translation researchers.')).toEqual(expect.arrayContaining(['fish farmers', 'machine translation researchers']));
		expect(candidates('Calls reach the help desk staff.')).toContain('help desk staff');
	});

	it('ends a run at a gerund after "by" or "while" that takes an object (HF daily wording)', () => {
		const found = candidates('COT-FM fixes this by clustering target samples and assigning each cluster a flow.');
		expect(found).toContain('target samples');
		expect(found).not.toContain('clustering target samples');
		expect(candidates('The model learns while generating high-quality images.')).not.toContain('generating high-quality images');
	});

	it('leaves a passive agent and a technique after "via" as noun phrases', () => {
		expect(candidates('The bias is caused by sampling error in small plots.')).toContain('sampling error');
		expect(candidates('Images are aligned via scanning laser ophthalmoscopy photographs.')).toContain('scanning laser ophthalmoscopy photographs');
	});
});
