import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../fixtures/seed.ts';
import { extractEntities } from '../text/entities.ts';

const entities = (abstract: string) => extractEntities('', abstract, loadLexicons()).map((e) => e.name);

describe('sponsorNames', () => {
	it('drops a programme and the bodies that fund or oversee the work', () => {
		// scientific computing: the programme and its overseers are who, not what
		const abstract = 'The HexaFlow initiative, funded under a national plan and overseen by ONERA, CERFACS, and Irstea, builds tools for exascale machines. We present MeshSplit, a proxy application that refines meshes in parallel.';
		expect(entities(abstract)).toEqual(['MeshSplit']);
	});

	it("drops the bodies a clinical abstract's funding line names", () => {
		// Invented: a conference abstract closing on its funders.
		const abstract = 'We enrolled 400 adults with cirrhosis; 30% died. Funding: Nordic Association Study for the Study of Fibrosis and the Baltic Liver Society.';
		expect(entities(abstract)).toEqual([]);
	});

	it('keeps a name the abstract also uses as a work', () => {
		const abstract = 'The HexaFlow initiative builds tools for exascale machines. We run HexaFlow on two meshes and compare it with MeshSplit.';
		expect(entities(abstract)).toContain('HexaFlow');
	});
});

describe('organisation and document names of a regulator', () => {
	it('drops a committee named before "on" and a document named before "for"', () => {
		// nuclear licensing: a committee and a request are who and what is sent, not what is used
		const abstract = 'Each licence goes to the Advisory Committee on Pipeline Safety (ACPS). If a filing lacks data, the regulator issues a Request for Supplementary Data (RSD). We present LedgerFile, a platform for filings.';
		expect(entities(abstract)).toEqual(['LedgerFile']);
	});
});
