import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../lexicons.ts';
import { entityContext } from '../testing/entity-context.ts';
import { extractEntities } from '../text/entities.ts';
import { fileFormats } from './file-formats.ts';

const find = (abstract: string) => fileFormats.find(entityContext(abstract)).map((f) => f.name);

describe('fileFormats', () => {
	it('takes an all-capitals name right before "format"', () => {
		expect(find('The tool reads variants in VCF format and writes the CRAM file format.')).toEqual(['VCF', 'CRAM']);
	});

	it('leaves a hyphenated name, a lower-case word and a name far from "format"', () => {
		expect(find('It exports PROV-JSON formats, a tabular format, and VCF in a compact format.')).toEqual([]);
	});

	it('makes the format an entity of the paper', () => {
		const names = extractEntities('Variant tools', 'The tool reads variants in VCF format.', emptyLexicons()).map((e) => `${e.name}/${e.type}`);
		expect(names).toEqual(['VCF/method']);
	});
});
