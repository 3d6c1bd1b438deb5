/**
 * A product named with its maker's name before it: "integrated as part of NVIDIA NeMo Gym", "the
 * NVIDIA Isaac Lab simulator", "Microsoft Azure Kinect", "IBM Watson Studio". Technology vendors
 * prefix their platforms, toolkits and services with the company's name, and papers keep the
 * prefix; cut at the vendor, the capitalised-name rules find the company alone ("NVIDIA", a false
 * name) and the product's first CamelCase word ("NeMo"), and miss the whole. The vendor is read
 * from a closed list of software and hardware makers whose names are no English words ("Apple",
 * "Amazon" and "Meta" are rivers, fruit and prefixes too), and the product is one to three
 * capitalised words right after it, the first not an organisation's own head ("NVIDIA Research",
 * "Google DeepMind", "Microsoft Corporation" name who did the work), nor a line of processors or boards
 * ("an Nvidia Quadro RTX 8000", "Intel Xeon": hardware it ran on). The product is a method the
 * paper uses; its name without the vendor is a form of it ("NeMo Gym").
 */
import type { EntityRule, FoundName } from './entity-rule.ts';
import { allMatches } from '../all-matches.ts';

/** Makers whose products papers name after them (software, cloud and chip makers). */
const VENDOR = String.raw`(?:NVIDIA|Nvidia|Google|Microsoft|IBM|Intel|OpenAI|Adobe|Autodesk|Esri|ESRI|Siemens|Huawei|Baidu|Alibaba|Tencent|Qualcomm|Oracle)`;
/** A capitalised product word: CamelCase, capitals, digits and inner hyphens allowed ("NeMo", "HoloLens", "Isaac", "Kinect-2"). */
const WORD = String.raw`[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*`;
const VENDOR_PRODUCT = new RegExp(String.raw`(?<![\w-])(${VENDOR})\s+(${WORD}(?:\s+${WORD}){0,2})(?![\w-])`, 'g');

/** Lines of processors and boards: a product so named is hardware the work ran on ("an Nvidia Quadro RTX 8000", "Intel Xeon"). */
const HARDWARE_LINE = /^(?:Quadro|GeForce|Tesla|Titan|TITAN|Jetson|RTX|GTX|DGX|HGX|Xeon|Core|Pentium|Celeron|Atom|Snapdragon|Kirin|Ascend|Gaudi|Arc)$/;

/** Heads that make the phrase the company or one of its parts, not a product ("Google Research", "Intel Labs"). */
const ORGANISATION_HEAD = /^(?:Research|Labs?|AI|DeepMind|Brain|Inc|Corp|Corporation|Company|Foundation|Health|Cloud|Scholar|Inc\.|Ltd|Group|Team|Institute|University)$/;

/** "NVIDIA NeMo Gym": a vendor's name and the capitalised product name after it, as a method used. */
export const vendorProducts: EntityRule = {
	name: 'vendor products',
	priority: 1,
	find({ abstract, isGeneric, isKnown, inUrl }) {
		const found: FoundName[] = [];
		for (const m of allMatches(abstract, VENDOR_PRODUCT)) {
			const product = m[2]!;
			const words = product.split(/\s+/);
			// "Google Research", "Intel Corporation": the company itself; "… NVIDIA A100 GPUs" is hardware, which `hardware-vendors.ts` reads.
			if (ORGANISATION_HEAD.test(words[0]!) || /^[A-Z]?\d/.test(words[0]!) || /^(?:GPUs?|TPUs?|NPUs?|CPUs?)$/.test(words.at(-1)!) || words.some((w) => HARDWARE_LINE.test(w))) continue;
			const name = `${m[1]} ${product}`;
			if (inUrl(m.index) || isGeneric(name) || isKnown(name) || isKnown(product) || found.some((f) => f.name === name)) continue;
			found.push({ type: 'method', name, role: 'used', forms: words.length > 1 ? [product] : [] });
		}
		return found;
	},
};
