import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../fixtures/seed.ts';
import { extractEntities } from '../text/entities.ts';
import { isStudiedCondition } from './studied-conditions.ts';

const names = (title: string, abstract: string) => extractEntities(title, abstract, loadLexicons()).map((e) => e.name);

describe('isStudiedCondition', () => {
	it('takes long forms headed by a condition or by a measured quantity', () => {
		for (const long of ['Chronic Kidney Disease', 'Obstructive Sleep Apnea', 'Ventricular Fibrillation', 'Acute Lymphoblastic Leukemia', 'Rheumatoid Arthritis', 'Heart Rate Variability', 'Power Spectrum', 'Multiple Sclerosis'])
			expect(isStudiedCondition(long), long).toBe(true);
	});

	it('leaves works named after a condition, one-word names, diagnosis and academia', () => {
		for (const long of ['Disease Prediction Model', 'Heart Disease Dataset', 'Flutter', 'Stroke', 'Automated Diagnosis', 'Open Academia', 'Singular Spectrum Analysis'])
			expect(isStudiedCondition(long), long).toBe(false);
	});
});

describe('studiedConditions', () => {
	it('drops an acronym of a disease, however a rule found it', () => {
		// nephrology: a title-case long form, then the acronym in the authors' own sentence
		const ckd = 'Chronic Kidney Disease (CKD) affects one adult in ten. We develop a CKD screening algorithm for retinal photographs and validate it on 900 patients.';
		expect(names('', ckd)).not.toContain('CKD');
		// sleep medicine: a plural long form
		const osa = 'Sleep Breathing Disorders (SBDs) are underdiagnosed. We record oximetry at home in 40 patients with SBDs.';
		expect(names('', osa)).not.toContain('SBDs');
	});

	it('drops an acronym whose long form leaves the condition\'s head after the bracket', () => {
		// invented: geriatrics writes a syndrome's name so
		const text = 'BACKGROUND: Slow Walking Complaint (SWC) syndrome predicts falls. We classified 400 adults into SWC groups and followed SWC for six years.';
		expect(names('', text)).not.toContain('SWC');
	});

	it('drops a signal feature abbreviated in title case', () => {
		const hrv = 'We extract the Heart Rate Variability (HRV) of each recording and feed HRV to a random forest.';
		expect(names('', hrv)).not.toContain('HRV');
	});

	it('keeps a work whose long form names a condition but is headed by a kind of work', () => {
		const model = 'We train the Cardiac Disease Risk Model (CDRM) on 2,000 records and compare CDRM with clinicians.';
		expect(names('', model)).toContain('CDRM');
	});

	it('keeps a name whose definition an apposition calls a work, whatever its head', () => {
		const work = 'We introduce Deep Synaptic Lesion (DSL), a data-free method that finds critical weights, and test DSL on ten networks.';
		expect(names('', work)).toContain('DSL');
	});
});
