import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../lexicons.ts';
import { entityContext } from '../testing/entity-context.ts';
import { extractEntities } from '../text/entities.ts';
import { basePackageNames, basePackages } from './base-packages.ts';

describe('basePackageNames', () => {
	it('reads the package a tool is a component, extension or plugin of', () => {
		expect([...basePackageNames('FastMap is implemented as a component of SeqKit, which is available online.')]).toEqual(['SeqKit']);
		expect([...basePackageNames('We present FooCall, an extension to the VCFkit software package.')]).toEqual(['VCFkit']);
		expect([...basePackageNames('It ships as a plugin for QGIS.')]).toEqual(['QGIS']);
	});

	it('reads no package in a part of something unnamed', () => {
		expect([...basePackageNames('This step is part of the pipeline and a component of the model.')]).toEqual([]);
	});
});

describe('basePackages', () => {
	it('finds the package as used, even where the linked repository is named after it', () => {
		expect(basePackages.find(entityContext('FastMap is implemented as a component of SeqKit.')).map((f) => `${f.name}/${f.role}`)).toEqual(['SeqKit/used']);
		const abstract = 'We present FooCall, an extension to the VCFkit software package. FooCall is available from https://github.com/lab/VCFkit.';
		const roles = extractEntities('FooCall', abstract, emptyLexicons()).map((e) => `${e.name}/${e.role}`);
		expect(roles).toEqual(expect.arrayContaining(['FooCall/introduced', 'VCFkit/used']));
	});
});
