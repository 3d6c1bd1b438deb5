import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../lexicons.ts';
import { entityContext } from '../testing/entity-context.ts';
import { extractEntities } from '../text/entities.ts';
import { countedPartNames, namedComponents } from './named-components.ts';

// unseen-round32 Hugging Face day: "GEMS is built upon three core components. Agent Loop introduces … Agent
// Memory provides … Agent Skill offers …", and "a Playwriter Agent orchestrates the whole storytelling flow".
const PARTS =
	'We propose ROAM, a planning framework. ROAM is built upon three core components. Task Graph introduces a plan of subgoals. Step Memory stores past outcomes. Tool Router selects the tool for each step. ROAM beats strong baselines.';

describe('countedPartNames', () => {
	it('takes the capitalised names opening the sentences after a sentence counting the parts', () => {
		expect(countedPartNames(entityContext(PARTS))).toEqual(['Task Graph', 'Step Memory', 'Tool Router']);
	});

	it('stops at a sentence that opens otherwise, and reads nothing without a count', () => {
		expect(countedPartNames(entityContext('ROAM has two modules. The planner writes a plan. Step Memory stores it.'))).toEqual([]);
		expect(countedPartNames(entityContext('ROAM is a framework. Task Graph introduces a plan.'))).toEqual([]);
	});
});

describe('namedComponents', () => {
	it('reads a capitalised word before "Agent" after an article as one of the paper\'s agents', () => {
		const found = namedComponents.find(entityContext('Then a Storyteller Agent orders the scenes, and Editor and Critic Agents cut them.'));
		expect(found.map((f) => `${f.name}:${f.type}/${f.role}`)).toEqual(['Storyteller Agent:method/introduced']);
	});
});

describe('named components in extractEntities', () => {
	it('finds the parts as introduced', () => {
		const names = extractEntities('ROAM: planning with memory', PARTS, emptyLexicons()).map((e) => `${e.name}/${e.role}`);
		expect(names).toEqual(expect.arrayContaining(['Task Graph/introduced', 'Step Memory/introduced', 'Tool Router/introduced']));
	});
});
