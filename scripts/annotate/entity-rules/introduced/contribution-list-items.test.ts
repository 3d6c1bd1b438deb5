import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../../lexicons.ts';
import { extractEntities } from '../../text/entities.ts';

const roles = (title: string, abstract: string) => extractEntities(title, abstract, emptyLexicons()).map((e) => `${e.name}:${e.type}/${e.role}`);

describe('contributionListItems', () => {
	it('takes the coined names of a numbered list of contributions as introduced, typed by their appositions', () => {
		const abstract =
			'We propose LEXA, a retrieval model for legal codes. Our contributions are: (i) LexKB, a curated knowledge base of 4,000 statutes; (ii) LEXA, an embedding model that reads citations; and (iii) LexAgent, an LLM agent that drafts memos.';
		const found = roles('LEXA: Retrieval for Legal Codes', abstract);
		expect(found).toContain('LexKB:dataset/introduced');
		expect(found).toContain('LexAgent:model/introduced');
	});

	it('leaves numbered prose and a list that is not of the authors\' contributions', () => {
		const prose = 'Our contributions are: (i) we show that, (ii) in practice, larger batches help.';
		expect(roles('', prose)).toEqual([]);
		const others = 'Prior systems include: (i) FooKB, a curated knowledge base; (ii) BarAgent, an LLM agent.';
		expect(roles('', others).filter((r) => r.endsWith('/introduced'))).toEqual([]);
	});
});
