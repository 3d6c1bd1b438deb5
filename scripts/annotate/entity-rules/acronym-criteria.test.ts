import { describe, expect, it } from 'vitest';
import { entityContext } from '../testing/entity-context.ts';
import { acronymCriteria } from './acronym-criteria.ts';

const found = (text: string) => acronymCriteria.find(entityContext(text)).map((n) => `${n.name}:${n.type}/${n.role} [${n.forms.join(', ')}]`);

describe('acronymCriteria', () => {
	it('names the criteria a body publishes, written by its acronym before "criteria"', () => {
		// Invented: a nephrology and a psychiatry abstract applying published criteria to their patients.
		const text = 'Kidney injury was staged by KDIGO criteria and sepsis defined by SEP-3 criteria. Depression met DSM-5 criteria in 40 patients; the KDIGO criteria were applied twice.';
		expect(found(text)).toEqual(['KDIGO criteria:method/used [KDIGO]', 'SEP-3 criteria:method/used [SEP-3]', 'DSM-5 criteria:method/used [DSM-5]']);
	});

	it('leaves criteria of a condition the abstract defines, and lower-case or capitalised words', () => {
		const text = 'Motoric Cognitive Risk (MCR) syndrome is common; 90 adults met the MCR criteria. Inclusion criteria and Selection criteria were strict.';
		expect(found(text)).toEqual([]);
		expect(found('Of 9,000 adults, 300 met the SGR criteria; participants with SGR fell more often.')).toEqual([]);
	});
});
