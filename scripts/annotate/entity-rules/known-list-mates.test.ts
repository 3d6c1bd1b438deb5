import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../lexicons.ts';
import { entityContext } from '../testing/entity-context.ts';
import { knownListMates } from './known-list-mates.ts';

const lexicons = { ...emptyLexicons(), dataset: ['MMLU', 'AIME', 'GPQA', 'TruthfulQA'].map((name) => ({ name, aliases: [] })) } as ReturnType<typeof emptyLexicons>;
const known = new Set(['MMLU', 'AIME', 'GPQA', 'TruthfulQA']);
const found = (abstract: string) => knownListMates.find({ ...entityContext(abstract, { known }), lexicons }).map((f) => `${f.name}:${f.type}/${f.role}`);

describe('knownListMates', () => {
	it('takes the coined and acronym items of a list mostly of known datasets', () => {
		expect(found('Routers generalize to out-of-domain tasks (MMLU, GSM8k, AIME, TruthfulQA, GPQA, PIQA, AGIEval) with a small drop.')).toEqual([
			'GSM8k:dataset/used',
			'PIQA:dataset/used',
			'AGIEval:dataset/used',
		]);
	});

	// unseen-round30 Hugging Face day: "reaching 90.0%, 75.4%, and 71.4% … on AIME25, HMMT25, and GPQA Diamond".
	it("counts a known dataset's yearly edition as known, and leaves it to the edition rule", () => {
		expect(found('It reaches 90.0%, 75.4%, and 71.4% on AIME25, HMMT25, and GPQA, respectively.')).toEqual(['HMMT25:dataset/used']);
		expect(found('It reaches 90.0% and 75.4% on FOO25, HMMT25, and GPQA.')).toEqual([]);
	});

	it('takes the other of two names evaluated on together when one is a known dataset', () => {
		expect(found('On GPQA and HARDQ, our model leads.')).toEqual(['HARDQ:dataset/used']);
		expect(found('We test on MMLU and ZetaBench benchmarks.')).toEqual(['ZetaBench:dataset/used']);
		expect(found('We run on MMLU and NVIDIA GPUs.')).toEqual([]);
		expect(found('On FOO and BARQ, it leads.')).toEqual([]);
	});

	it('leaves plain words, and lists that are mostly unknown or too short', () => {
		expect(found('Scores on MMLU, AIME, Physics and Average rose.')).toEqual([]);
		expect(found('We compare FooNet, BarNet, BazNet and MMLU.')).toEqual([]);
		expect(found('On MMLU and PIQA it improves.')).toEqual([]);
	});
});
