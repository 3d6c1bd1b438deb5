import { describe, expect, it } from 'vitest';
import { statesPlan } from './plan-statement.ts';

describe('statesPlan', () => {
	it('reads a chapter, essay or article telling what it will do as its plan', () => {
		for (const text of ['This chapter will provide an overview of drug counterfeiting globally.', 'This essay will examine three letters of 1810.', 'The present article will briefly discuss two cases.']) {
			expect(statesPlan(text), text).toBe(true);
		}
	});

	it('reads a workshop or symposium telling what it will do as its plan', () => {
		for (const text of ['This workshop will provide a forum for research and industry to exchange ideas.', 'This symposium will bring together hydrologists and modellers.']) {
			expect(statesPlan(text), text).toBe(true);
		}
	});

	it('leaves prospects and plans of others', () => {
		for (const text of ['This study will be valuable for future research.', 'The achievements of this study will help planners.', 'Regulators will examine the filings.']) {
			expect(statesPlan(text), text).toBe(false);
		}
	});
});
