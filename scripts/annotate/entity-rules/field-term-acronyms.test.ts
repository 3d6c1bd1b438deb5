import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../fixtures/seed.ts';
import { extractAcronyms } from '../text/acronyms.ts';
import { extractEntities } from '../text/entities.ts';
import { fieldTermAcronyms } from './field-term-acronyms.ts';

const terms = (abstract: string) => [...fieldTermAcronyms(abstract, extractAcronyms(abstract))];
const entities = (abstract: string) => extractEntities('', abstract, loadLexicons()).map((e) => e.name);

describe('fieldTermAcronyms', () => {
	it('reads a short form before tools, problems or parts as a term of the field', () => {
		// process safety, geotechnics and electronics: a practice, a class of problems, a kind of product
		expect(terms('A Hazard and Operability Study (HAZOP) is required by law. Current HAZOP tools are slow.')).toEqual(['HAZOP']);
		expect(terms('We treat Soil-Structure Interaction (SSI) problems with a coupled solver.')).toEqual(['SSI']);
		expect(terms('Field-Programmable Gate Array (FPGA) components fail under radiation.')).toEqual(['FPGA']);
	});

	it('leaves a named work alone', () => {
		expect(terms('We fine-tune with Low-Rank Adaptation (LoRA) and compare LoRA with full tuning.')).toEqual([]);
	});
});

describe('entities of a field term written in title case', () => {
	it('names neither the term nor a qualifier before it', () => {
		const lopa = 'A Layer of Protection Analysis (LOPA) is required by law. Current-day LOPA techniques miss software faults. We present TraceLop, a tool that links LOPA records to code.';
		expect(entities(lopa)).toEqual(['TraceLop']);
		const ssi = 'We study Soil-Structure Interaction (SSI) problems with a coupled solver. The SSI test case is a tall frame.';
		expect(entities(ssi)).toEqual([]);
	});

	it('reads a sentence\'s first word before an acronym as capitalised by its place', () => {
		const fmea = 'Failure Mode and Effects Analysis (FMEA) ranks the faults of a design. Conventional FMEA methods rank them by hand.';
		expect(entities(fmea)).not.toContain('Conventional FMEA');
	});
});
