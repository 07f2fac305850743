/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- test-only: reads the descriptor files and the sandbox catalog */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { catalogOf, FILE as CATALOG_FILE, render } from '../../scripts/ahds-catalog';
import { Ahds } from '../../nodes/Ahds/Ahds.node';
import { AHDS_ENDPOINTS, AHDS_RESOURCE_PATHS } from '../../nodes/Ahds/endpoints';
import * as engineFields from '../../nodes/Ahds/engine/fields';
import { filterFields, sortValues } from '../../nodes/Ahds/engine/fields';
import * as resources from '../../nodes/Ahds/resources';
import { AHDS_RESOURCES } from '../../nodes/Ahds/resources';
import { contact } from '../../nodes/Ahds/resources/contact';
import { searchSites } from '../../nodes/HeyDonto/methods/listSearch';
import { walk } from '../helpers/properties';

const description = new Ahds().description;
const properties = description.properties;

describe('AHDS descriptors', () => {
	it('names every resource the issue lists: Contact and 34 others', () => {
		expect(AHDS_RESOURCES.map((r) => r.slug).sort()).toEqual(
			[
				'animal',
				'appointment',
				'appointment-status',
				'appointment-type',
				'billing-line',
				'breed',
				'consult',
				'contact',
				'contact-association',
				'country',
				'diagnostic-request',
				'diagnostic-result',
				'file',
				'health-status',
				'herd',
				'history',
				'inventory-product',
				'invoice',
				'invoiceline',
				'payment',
				'paymentmethod',
				'prescription',
				'product',
				'product-pricing',
				'product-supplier',
				'resource',
				'separation',
				'site-information',
				'species',
				'standard-diagnostic-lab-report',
				'standardofcare',
				'user',
				'vaccination',
				'wellness-resource',
				'with-primary-inventory-location',
			].sort(),
		);
	});

	it('has one descriptor file per resource, named by its path name, each listed in the index', () => {
		const dir = path.join(__dirname, '..', '..', 'nodes', 'Ahds', 'resources');
		const files = fs
			.readdirSync(dir)
			.filter((file) => !['index.ts', 'types.ts', 'common.ts'].includes(file))
			.map((file) => file.replace(/\.ts$/, ''));
		expect(files.sort()).toEqual(AHDS_RESOURCES.map((r) => r.slug).sort());
		expect(Object.keys(resources)).toEqual(['AHDS_RESOURCES']);
	});

	it('gives every resource a unique path name, n8n value and a camelCase <resource>Id field', () => {
		const unique = (values: string[]) => new Set(values).size === values.length;
		expect(unique(AHDS_RESOURCES.map((r) => r.slug))).toBe(true);
		expect(unique(AHDS_RESOURCES.map((r) => r.value))).toBe(true);
		for (const resource of AHDS_RESOURCES) {
			expect(resource.slug).toMatch(/^[a-z][a-z-]*$/);
			expect(resource.value).toMatch(/^[a-z][a-zA-Z]*$/);
			expect(resource.idField).toMatch(/^[a-z][a-zA-Z]*Id$/);
			expect(resource.fields.map((f) => f.name)).not.toContain(resource.idField);
			expect(['SEED', 'DOCS']).toContain(resource.source);
		}
	});

	it('follows the documented Contact list (SEED): exactly its filters and sort fields', () => {
		expect(
			filterFields(contact.fields)
				.map((f) => f.name)
				.sort(),
		).toEqual(
			[
				'businessName',
				'code',
				'creditStatus',
				'driverLicenseIssuer',
				'driverLicenseNumber',
				'firstName',
				'isBusiness',
				'isCustomer',
				'isStaffMember',
				'isSupplier',
				'isSyndicate',
				'isVet',
				'lastName',
				'ownershipId',
				'physicalAddress',
				'postalAddress',
			].sort(),
		);
		expect([...sortValues(contact.fields)].sort()).toEqual(
			[
				'createdAt',
				'updatedAt',
				'businessName',
				'code',
				'birthDate',
				'driverLicenseExpiryDate',
				'driverLicenseIssuer',
				'driverLicenseNumber',
				'firstName',
				'lastName',
			].sort(),
		);
	});

	it('types every field of the documented Contact create body (SEED)', () => {
		const seedFields = [
			'businessName',
			'code',
			'contactDetails',
			'creditStatus',
			'birthDate',
			'driverLicenseExpiryDate',
			'driverLicenseIssuer',
			'driverLicenseNumber',
			'extensions',
			'firstName',
			'isBusiness',
			'isCustomer',
			'isStaffMember',
			'isSupplier',
			'isSyndicate',
			'isVet',
			'lastName',
			'ownershipId',
			'physicalAddress',
			'postalAddress',
			'creditStatusConcept',
		];
		expect(contact.fields.map((f) => f.name).sort()).toEqual(seedFields.sort());
		const details = contact.fields.find((f) => f.name === 'contactDetails');
		const detailFields = [
			...(details?.fields ?? []).map((f) => f.name),
			'contactId',
			'createdAt',
			'updatedAt',
		];
		expect(detailFields.sort()).toEqual(
			[
				'contactDetailId',
				'contactDetailType',
				'contactId',
				'createdAt',
				'extensions',
				'isActive',
				'isPreferred',
				'name',
				'subscriptionGroups',
				'updatedAt',
				'value',
				'valueCleaned',
			].sort(),
		);
	});
});

describe('AHDS node description', () => {
	it('is an action node usable as a tool, with the HeyDonto credential and the site picker', () => {
		expect(description).toEqual(
			expect.objectContaining({
				name: 'ahds',
				usableAsTool: true,
				credentials: [{ name: 'heyDontoApi', required: true }],
				subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
			}),
		);
		expect(new Ahds().methods.listSearch.searchSites).toBe(searchSites);
	});

	it('offers every resource and Other Resource, alphabetised, Contact by default', () => {
		const picker = properties.find((p) => p.name === 'resource');
		const names = (picker?.options as INodePropertyOptions[]).map((o) => o.name);
		expect(names).toHaveLength(AHDS_RESOURCES.length + 1);
		expect(names).toContain('Other Resource');
		expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
		expect(picker?.default).toBe('contact');
	});

	it('gives every resource the six operations, each with an action', () => {
		const pickers = properties.filter((p) => p.name === 'operation');
		expect(pickers).toHaveLength(AHDS_RESOURCES.length + 1);
		for (const picker of pickers) {
			const options = picker.options as INodePropertyOptions[];
			expect(options.map((o) => o.value)).toEqual([
				'create',
				'delete',
				'get',
				'getAll',
				'replace',
				'update',
			]);
			for (const option of options) expect(option.action).toMatch(/^[A-Z][a-z]+ [a-z]/);
		}
	});

	it('follows n8n conventions: Title Case labels, sorted options, "Whether" booleans', () => {
		const small = new Set(['a', 'an', 'and', 'as', 'by', 'of', 'or', 'the', 'to']);
		walk(properties, (property) => {
			for (const word of property.displayName.split(' ')) {
				if (small.has(word) || /^[(A-Z0-9]/.test(word)) continue;
				throw new Error(`"${property.displayName}" (${property.name}) is not Title Case`);
			}
			if (property.type === 'boolean' && property.name !== 'returnAll') {
				expect(property.description).toMatch(/^Whether /);
			}
			if (property.type === 'collection') {
				const labels = (property.options as INodeProperties[]).map((o) => o.displayName);
				expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b)));
			}
			if (property.type === 'options' && (property.options ?? []).length >= 5) {
				const labels = (property.options as INodePropertyOptions[]).map((o) => o.name);
				expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b)));
			}
		});
	});

	it('never shows one parameter name with two types: a name has one type per operation', () => {
		// Create's optional new-record UUID is text; Get, Update, Replace and Delete pick the record.
		const types = new Map<string, string>();
		for (const property of properties) {
			const operations = (property.displayOptions?.show?.operation as string[] | undefined) ?? [
				'*',
			];
			for (const operation of operations) {
				const key = `${property.name} in ${String(property.displayOptions?.show?.resource ?? '*')} ${operation}`;
				const seen = types.get(key);
				if (seen !== undefined && seen !== property.type)
					throw new Error(`${key} is both ${seen} and ${property.type}`);
				types.set(key, property.type);
			}
		}
	});
});

describe('AHDS endpoint table', () => {
	it('has the six operations on the two documented path patterns', () => {
		expect(
			Object.entries(AHDS_ENDPOINTS).map(([key, e]) => `${key} ${e.method} ${e.path} ${e.source}`),
		).toEqual([
			'record.create POST /site/{siteId}/ahds/v1/{resource} SEED',
			'record.getAll GET /site/{siteId}/ahds/v1/{resource} SEED',
			'record.get GET /site/{siteId}/ahds/v1/{resource}/{recordId} SEED',
			'record.update PATCH /site/{siteId}/ahds/v1/{resource}/{recordId} SEED',
			'record.replace PUT /site/{siteId}/ahds/v1/{resource}/{recordId} SEED',
			'record.delete DELETE /site/{siteId}/ahds/v1/{resource}/{recordId} SEED',
		]);
	});

	it('lists every resource path name with its source', () => {
		expect(AHDS_RESOURCE_PATHS).toHaveLength(AHDS_RESOURCES.length);
		expect(AHDS_RESOURCE_PATHS.find((row) => row.path.endsWith('/contact'))).toEqual(
			expect.objectContaining({ source: 'SEED', path: '/site/{siteId}/ahds/v1/contact' }),
		);
		expect(AHDS_RESOURCE_PATHS.filter((row) => row.source === 'DOCS')).toHaveLength(34);
	});
});

describe('sandbox/vendors/ahds/catalog.json', () => {
	it('matches the descriptors (run `npm run docs` after changing one)', () => {
		const sources: Record<string, unknown> = {
			'nodes/Ahds/resources': resources,
			'nodes/Ahds/engine/fields': engineFields,
		};
		const catalog = catalogOf((module) => sources[module]);
		expect(JSON.parse(fs.readFileSync(CATALOG_FILE, 'utf8'))).toEqual(catalog);
		expect(render(catalog)).toMatch(/^\{\n\t"comment": "Generated from nodes\/Ahds\/resources/);
	});
});
