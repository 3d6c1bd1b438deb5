import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../../lexicons.ts';
import { extractEntities } from '../../text/entities.ts';
import { abbreviates } from './repository-abbreviated-title.ts';

describe('abbreviates', () => {
	it('reads a repository made of the opening letters of every title word, in order', () => {
		expect(abbreviates('SpAwViT', ['Sparsity', 'Aware', 'Vision', 'Transformer'])).toBe(true);
		expect(abbreviates('GraNoDe', ['Gradient', 'Noise', 'for', 'Denoising'])).toBe(true);
	});

	it('leaves a repository that skips a title word or names only part of it', () => {
		expect(abbreviates('LanguageModels', ['Large', 'Language', 'Models', 'for', 'Tables'])).toBe(false);
		expect(abbreviates('SpViT', ['Sparsity', 'Aware', 'Vision', 'Transformer'])).toBe(false);
	});
});

describe('repositoryAbbreviatedTitle in extractEntities', () => {
	it('takes the whole title as the paper\'s own method when its repository abbreviates it', () => {
		const abstract = 'Vision transformers blur fine details. We present a simple add-on that sparsifies attention. The code is available at https://github.com/someone/SpAwViT.';
		const found = extractEntities('Sparsity-Aware Vision Transformer', abstract, emptyLexicons()).map((e) => `${e.name}/${e.role}`);
		expect(found).toContain('Sparsity-Aware Vision Transformer/introduced');
	});

	it('leaves a descriptive title whose repository is named otherwise', () => {
		const abstract = 'We study attention sparsity. The code is available at https://github.com/someone/sparse-attn.';
		expect(extractEntities('Sparsity in Vision Transformers', abstract, emptyLexicons())).toEqual([]);
	});
});
