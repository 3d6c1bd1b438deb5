import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../../lexicons.ts';
import { extractEntities } from '../../text/entities.ts';

const roles = (title: string, abstract: string) => extractEntities(title, abstract, emptyLexicons()).map((e) => `${e.name}:${e.type}/${e.role}`);

describe('developed assays in extractEntities', () => {
	it('reads an assay named by its technique and developed, actively or passively, as the paper\'s', () => {
		const abstract =
			'The purpose of this study was to develop a rapid method for identifying five sandfly species. DNA from 90 specimens was used to develop a multiplex LAMP assay. Conclusion: A multiplex LAMP assay was developed to identify the species.';
		expect(roles('Identification of sandfly species', abstract)).toContain('multiplex LAMP assay:method/introduced');
	});

	it('names no described assay and no assay developed by others', () => {
		expect(roles('T', 'We develop a new test for five species. A multiplex LAMP assay was developed by Smith.')).toEqual([]);
	});
});
