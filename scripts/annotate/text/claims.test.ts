import { describe, expect, it } from 'vitest';
import { extractClaims } from './claims.ts';
import { extractEntities } from './entities.ts';
import { splitSentences } from '../sentences.ts';
import { loadLexicons, loadSeedPapers } from '../fixtures/seed.ts';

const lexicons = loadLexicons();
const claimsOf = (abstract: string, title = 'T') =>
	extractClaims(abstract, splitSentences(abstract), extractEntities(title, abstract, lexicons));
const values = (abstract: string) => claimsOf(abstract).map((c) => c.value.text);
const seed = loadSeedPapers();
const seedClaims = seed.map((p) => ({ ...p, claims: claimsOf(p.abstract, p.title) }));

describe('extractClaims', () => {
	it('finds percentages, multipliers, "times", points and approximate values', () => {
		expect(values('It achieves up to 4.55% absolute improvements.')).toEqual(['4.55%']);
		expect(values('MBTL can achieve up to 50x improved sample efficiency.')).toEqual(['50x']);
		expect(values('PCL achieves 12.1times and 16.9times faster speed. It is 12.1 times faster.')).toEqual(['12.1times', '16.9times', '12.1 times']);
		expect(values('PPO improves performance, with a 6.3-point gain over SFT on GLUE.')).toEqual(['6.3-point']);
		expect(values('Distances were ~1732 (PPO) and ~2300 (RAMario).')).toEqual(['~1732', '~2300']);
		expect(values('achieving up to 30 to 200 times faster convergence')).toEqual(['30 to 200 times']);
		expect(values('achieving 10.6X and 45\\% improvement')).toEqual(['10.6X', '45\\%']);
	});

	it('reads metric units and score values', () => {
		expect(values('Our model achieves 28.4 BLEU on WMT, and a BLEU score of 41.8 after 3.5 days.')).toEqual(['28.4 BLEU', '41.8']);
		expect(values('It reaches a normalized return above 870 with 51.3 mIoU.')).toEqual(['870', '51.3 mIoU']);
	});

	it('reads a shared unit in "by 28.8 and 28.5 points"', () => {
		expect(values('surpassing these by 28.8 and 28.5 points on SuperGLUE.')).toEqual(['28.8', '28.5 points']);
	});

	it('skips enumerations, years, model sizes, section numbers and "Part I"', () => {
		expect(values('We (1) train LLaMA2-7B, 13B and GPT-4o in 2023 (Sec. 3.2); Part I covers world 1-2 and O(1/epsilon^2).')).toEqual([]);
	});

	it('records the sentence and the entities it names', () => {
		const abstract = 'We propose Foo. On MLEBench, Qwen2.5-3B beats Claude-3.5-Sonnet by an average of 22% across 12 Kaggle tasks.';
		const [claim] = claimsOf(abstract);
		expect(claim!.value).toEqual({ start: abstract.indexOf('22%'), end: abstract.indexOf('22%') + 3, text: '22%' });
		expect(claim!.sentence.text).toBe('On MLEBench, Qwen2.5-3B beats Claude-3.5-Sonnet by an average of 22% across 12 Kaggle tasks.');
		expect(claim!.about).toEqual(['dataset/mlebench', 'model/qwen25-3b', 'model/claude-35-sonnet']);
	});

	it('attributes "our method" claims to the introduced method', () => {
		const [claim] = claimsOf('We propose FooNet, a planner. Our method outperforms them by 5.6% on public benchmarks.', 'FooNet: Plans');
		expect(claim!.about).toEqual(['method/foonet']);
	});

	it('finds the seed claims named in the brief', () => {
		const find = (titleStart: string, value: string) =>
			seedClaims.find((p) => p.title.startsWith(titleStart))!.claims.find((c) => c.value.text === value);
		expect(find('Boosting LLM Reasoning', '4.55%')?.about).toContain('method/cot-max');
		expect(find('Model-Based Transfer Learning', '50x')?.about).toEqual(['method/mbtl']);
		expect(find('Prompt Curriculum Learning', '12.1times')?.about).toContain('dataset/math');
		expect(find('RAMario', '~2300')?.about).toContain('method/ramario');
		expect(find('Reinforcement Learning for Machine Learning Engineering', '22%')?.about).toContain('dataset/mlebench');
		expect(find('Improving the Language Understanding', '6.3-point')?.about).toEqual(['model/llama2-7b', 'algorithm/ppo', 'dataset/glue']);
	});

	it('gives exact value and sentence spans on every seed paper', () => {
		for (const paper of seedClaims) {
			for (const claim of paper.claims) {
				expect(paper.abstract.slice(claim.value.start, claim.value.end)).toBe(claim.value.text);
				expect(paper.abstract.slice(claim.sentence.start, claim.sentence.end)).toBe(claim.sentence.text);
				expect(claim.value.start).toBeGreaterThanOrEqual(claim.sentence.start);
				expect(claim.value.end).toBeLessThanOrEqual(claim.sentence.end);
			}
		}
	});
});
