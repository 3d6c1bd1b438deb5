import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../lexicons.ts';
import { extractEntities } from '../text/entities.ts';
import { namesPlace, onlyAsRegion } from './place-names.ts';

const names = (title: string, abstract: string) => extractEntities(title, abstract, emptyLexicons()).map((e) => e.name);

describe('namesPlace', () => {
	it('knows countries, continents and compass-word regions', () => {
		expect(namesPlace(['Bangladesh'])).toBe(true);
		expect(namesPlace(['SSA', 'Sub-Saharan Africa'])).toBe(true);
		expect(namesPlace(['South Sulawesi'])).toBe(true);
		expect(namesPlace(['Jev'])).toBe(false);
		expect(namesPlace(['African Wildlife Dataset'])).toBe(false);
	});

	it('knows a country by its official name and a region by a compound compass word', () => {
		expect(namesPlace(['ROK', 'Republic of Korea'])).toBe(true);
		expect(namesPlace(["People's Republic of China"])).toBe(true);
		expect(namesPlace(['Northwestern Colombia'])).toBe(true);
		expect(namesPlace(['Southeast Asia'])).toBe(true);
		expect(namesPlace(['Republic of Letters'])).toBe(false);
	});
});

describe('onlyAsRegion', () => {
	it('takes a word written only after a compass word as a region', () => {
		expect(onlyAsRegion('Java', 'farmers in Central Java and in Central Java again')).toBe(true);
		expect(onlyAsRegion('Java', 'a tool written in Java for Central Java')).toBe(false);
	});
});

describe('place names in extractEntities', () => {
	it("drops a country's acronym its official name defines", () => {
		const abstract = 'Malaria re-emerged in the Republic of Korea (ROK) in 1993. Mosquitoes were collected in ROK, where most cases are reported. We trained FooNet.';
		expect(names('Mosquitoes of Korea', abstract)).not.toContain('ROK');
	});

	// unseen-agri-extension.bib (10.33687/ijae.009.03.3606, 10.1016/j.worlddev.2017.12.013)
	it('drops a country the title and abstract name twice', () => {
		const abstract = "Crop farmers of Bangladesh face problems. The study ran in Mymensingh district, Bangladesh. Bangladesh's farmers answered.";
		expect(names('Problems faced by crop farmers in Bangladesh', abstract)).toEqual([]);
	});

	it('drops the short and constituent names of the United Kingdom', () => {
		expect(names('Chapels and Choirs in Victorian Wales', 'This article studies choirs in Wales. Music in Wales, we argue, was civic.')).toEqual([]);
		expect(names('Seaside Holidays in Interwar Britain', 'Resorts grew across Britain. Leisure in Britain, we show, was planned.')).toEqual([]);
	});

	it('drops a state of the United States, one word or two', () => {
		expect(namesPlace(['Florida'])).toBe(true);
		expect(namesPlace(['New Mexico'])).toBe(true);
		const abstract = 'Parcels of Alachua County, Florida were mapped. The grid covers Florida and the types within Florida.';
		expect(names('Mapping population in Alachua County, Florida', abstract)).toEqual([]);
	});

	it('drops a region written as an acronym', () => {
		expect(names('Farmer training', 'Training alleviates rural poverty in Sub-Saharan Africa (SSA). Training all farmers in SSA is expensive.')).toEqual([]);
	});

	it('drops the acronym of a city region or an administrative division', () => {
		expect(namesPlace(['Lagos Metropolitan Area'])).toBe(true);
		expect(namesPlace(['Greater Manila Area'])).toBe(true);
		expect(namesPlace(['Complementarity Determining Region'])).toBe(false);
		const abstract = 'Clinics in the Bogotá Metropolitan Region (BMR) are unevenly spread. We map travel times to clinics across the BMR.';
		expect(names('Clinic access in Bogotá', abstract)).toEqual([]);
	});

	it('drops an ocean or sea, alone or after a compass word', () => {
		expect(namesPlace(['Pacific'])).toBe(true);
		expect(namesPlace(['Baltic Sea'])).toBe(true);
		const abstract = 'Moorings in the western Pacific recorded the heat content. Warming of the North Pacific slowed after the Pacific shift.';
		expect(names('Pacific heat content from moorings', abstract)).toEqual([]);
	});
});
