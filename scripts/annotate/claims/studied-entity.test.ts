import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../src/shared/paper-schema.ts';
import { splitSentences } from '../sentences.ts';
import { studiedEntities } from './studied-entity.ts';

const entity = (text: string, name: string, role: Entity['role'] = 'used'): Entity => {
	const at = text.indexOf(name);
	return { id: name.toLowerCase(), name, type: 'method', role, spans: [{ start: at, end: at + name.length, text: name }] };
};
const studied = (text: string, name: string) => studiedEntities(splitSentences(text), [entity(text, name)]);

describe('studiedEntities', () => {
	it('finds what a study says in its own voice it evaluates a quality of', () => {
		expect(studied('Wearables are popular. This study tested the diagnostic accuracy of the PulseCheck app in primary care.', 'PulseCheck')).toEqual(['method/pulsecheck']);
		expect(studied('Objective: We evaluated the performance of KardiaBand against a 12-lead ECG.', 'KardiaBand')).toEqual(['method/kardiaband']);
	});

	// Haematology and cardiology: a risk classification or score whose worth for a prognosis the study tests.
	it('finds the classification or score whose prognostic or predictive value a study tests, after the year of its edition', () => {
		expect(studied('We tested the prognostic impact of the 2022 IPSS classification in 500 patients.', 'IPSS')).toEqual(['method/ipss']);
		expect(studied('This study evaluated the predictive value of the CHADS score for stroke.', 'CHADS')).toEqual(['method/chads']);
		expect(studied('Earlier cohorts showed the prognostic impact of IPSS.', 'IPSS')).toEqual([]);
	});

	it('finds nothing where the name is only used, or the quality is someone else’s', () => {
		expect(studied('Signals were analyzed using the PulseCheck app.', 'PulseCheck')).toEqual([]);
		expect(studied('Earlier work reported the accuracy of PulseCheck in adults.', 'PulseCheck')).toEqual([]);
	});

	it('finds the device whose test results the paper reports, with a few words of its build before the name', () => {
		expect(studied('Gears wear in vacuum. In this paper, the test results of a 1:50 two-stage CryoGear prototype are reported.', 'CryoGear')).toEqual(['method/cryogear']);
		expect(studied('We report the experimental results of the SoftHand gripper in assembly tasks.', 'SoftHand')).toEqual(['method/softhand']);
		// results someone else reported, and results of a thing only used
		expect(studied('Earlier groups published test results of the CryoGear design.', 'CryoGear')).toEqual([]);
	});
});
