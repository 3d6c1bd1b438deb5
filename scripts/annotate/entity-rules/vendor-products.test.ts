import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../fixtures/seed.ts';
import { extractEntities } from '../text/entities.ts';

const entities = (abstract: string) => extractEntities('', abstract, loadLexicons()).map((e) => `${e.name}:${e.type}/${e.role}`);

describe('vendorProducts', () => {
	it('keeps a product whole with its maker’s name before it, as a method used, and not the maker alone', () => {
		const found = entities('The planner is released as a plug-in and integrated into Huawei MindSpore Lite, alongside Autodesk Maya.');
		expect(found).toContain('Huawei MindSpore Lite:method/used');
		expect(found).toContain('Autodesk Maya:method/used');
		expect(found.filter((e) => /^(?:Huawei|Autodesk|MindSpore):/.test(e))).toEqual([]);
	});

	it('leaves the company, its research parts and its hardware', () => {
		const found = entities('Authors from Google DeepMind and Intel Labs trained on NVIDIA H100 GPUs, an Nvidia Quadro RTX 6000 and Intel Xeon processors with support from Microsoft Research.');
		expect(found.filter((e) => /^(?:Google|Intel|NVIDIA|Nvidia|Microsoft) /.test(e))).toEqual([]);
	});
});
