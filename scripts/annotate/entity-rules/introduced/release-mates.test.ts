import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../../lexicons.ts';
import { extractEntities } from '../../text/entities.ts';

const found = (title: string, abstract: string) => extractEntities(title, abstract, emptyLexicons()).map((e) => `${e.name}/${e.role}`);

describe('releaseMates in extractEntities', () => {
	it('takes the parts written with the version of the system the paper introduces as its own', () => {
		const abstract = 'We introduce KesNet 3.0, a mapping suite. It runs in two steps: a) Mapping with HeronMap 3.0, and b) Routing with OspreyNav 3.0.';
		expect(found('Untitled', abstract)).toEqual(['KesNet 3.0/introduced', 'HeronMap 3.0/introduced', 'OspreyNav 3.0/introduced']);
	});

	it('gives a part already found bare its versioned form, and leaves other versions and sizes alone', () => {
		const abstract = 'We present KesNet 3.0, a mapping suite, and upgrade OspreyNav, its router. OspreyNav 3.0 beats Lark 2.0 and Finch-3B.';
		const entities = extractEntities('Untitled', abstract, emptyLexicons());
		expect(entities.find((e) => e.name === 'OspreyNav')?.spans.map((s) => s.text)).toEqual(['OspreyNav', 'OspreyNav 3.0']);
		expect(entities.find((e) => e.name === 'Lark 2.0')?.role).not.toBe('introduced');
	});
});

describe('enumeratedParts in extractEntities', () => {
	it('takes the coined name of a stage listed beside two of the paper\'s own parts as its own', () => {
		const abstract =
			'We introduce KesNet 3.0, a mapping suite. It works in four stages: a) Mapping with HeronMap 3.0, b) Routing with WayFind, c) Scoring with GullScore 3.0, and d) Export. ' +
			'WayFind is fast.';
		expect(extractEntities('Untitled', abstract, emptyLexicons()).map((e) => `${e.name}/${e.role}`)).toContain('WayFind/introduced');
	});

	it('leaves a stage list naming fewer of the paper\'s own parts', () => {
		const abstract = 'We introduce KesNet 3.0, a mapping suite. It works in three stages: a) detection with YOLOv8, b) tracking with ByteTrack, c) mapping with KesNet 3.0.';
		expect(extractEntities('Untitled', abstract, emptyLexicons()).map((e) => `${e.name}/${e.role}`)).not.toContain('ByteTrack/introduced');
	});
});
