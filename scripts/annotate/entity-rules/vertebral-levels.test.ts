import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../lexicons.ts';
import { extractEntities } from '../text/entities.ts';
import { isVertebralLevel } from './vertebral-levels.ts';

// After a PubMed MEDLINE export on spinal infections and psoas abscesses (read as a stranger's listing, not an eval listing).
describe('isVertebralLevel', () => {
	it('knows a level or a range of levels in an abstract about the spine', () => {
		expect(isVertebralLevel('T6-8', 'compressing the spinal cord at the vertebral levels of T6-8')).toBe(true);
		expect(isVertebralLevel('L3-S1', 'a patient who underwent L3-S1 laminectomy')).toBe(true);
		expect(isVertebralLevel('D8-10', "Pott's spine involving dorsal vertebrae (D8-10)")).toBe(true);
	});

	it('leaves the same shapes elsewhere', () => {
		expect(isVertebralLevel('T5', 'we fine-tune T5 on summaries')).toBe(false);
		expect(isVertebralLevel('L2', 'an L2 penalty on the weights')).toBe(false);
		expect(isVertebralLevel('GPT-4', 'spinal surgery notes read by GPT-4')).toBe(false);
	});
});

describe('vertebral levels in extractEntities', () => {
	it('shows no level as a method the paper introduces', () => {
		const abstract = 'This report presents a patient who underwent L3-S1 laminectomy and pedicle screw placement. The lumbar spine (L1-L4) was most commonly involved.';
		expect(extractEntities('Spinal infection after surgery', abstract, emptyLexicons()).map((e) => e.name)).toEqual([]);
	});
});
