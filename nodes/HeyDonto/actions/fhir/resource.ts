import type { IExecuteFunctions } from 'n8n-workflow';

import { forOperation } from '../../../shared/describe';
import type { Operation, Resource } from '../../../shared/operation';
import { deleted, operationPicker, resourceOf, withArticle } from '../../../shared/operation';
import { heyDonto } from '../../transport';
import type { FhirField } from './fields';
import type { SearchFilter } from './search';
import { outputProperty, search, shaped } from './search';
import type { FhirKind } from './target';
import { readTarget, targetProperties } from './target';
import { create, update } from './write';

/**
 * A FHIR resource of the HeyDonto node, with FHIR's five interactions (Search, Get, Create, Update,
 * Delete) on /site/{siteId}/fhir/{type}, built from one definition: `<resource>/<Resource>.resource.ts`
 * for each named type, and "FHIR Other Resource" for any R4 type by its name.
 */
export interface FhirDefinition extends FhirKind {
	/** Typed search parameters (Last Updated and IDs are added for every type). */
	filters: SearchFilter[];
	/** The type's sort keys, the first being the default; none: _sort as text. */
	sortKeys: Array<{ name: string; value: string }>;
	/** Create's top-level typed fields; none for a type written as JSON only. */
	primary: FhirField[];
	optional: FhirField[];
}

function get(kind: FhirKind): Operation {
	return {
		description: forOperation(kind.value, 'get', [
			...targetProperties(kind, true),
			outputProperty(false),
		]),
		async execute(this: IExecuteFunctions, i: number) {
			const target = readTarget(this, i, kind, true);
			const resource = await heyDonto.record.call(this, {
				endpoint: target.endpoint('get'),
				params: target.params,
				itemIndex: i,
				subject: target.subject,
			});
			return shaped(this.getNodeParameter('output', i, 'simple'), resource);
		},
	};
}

function remove(kind: FhirKind): Operation {
	return {
		description: forOperation(kind.value, 'delete', targetProperties(kind, true)),
		async execute(this: IExecuteFunctions, i: number) {
			const target = readTarget(this, i, kind, true);
			await heyDonto.request.call(this, {
				endpoint: target.endpoint('delete'),
				params: target.params,
				itemIndex: i,
				subject: target.subject,
			});
			return deleted({ resourceType: target.type, id: target.id });
		},
	};
}

export function fhirResource(def: FhirDefinition): Resource {
	const a = withArticle(def.one);
	const picker = operationPicker(
		def.value,
		[
			{ name: 'Create', value: 'create', action: `Create ${a}` },
			{ name: 'Delete', value: 'delete', action: `Delete ${a}` },
			{ name: 'Get', value: 'get', action: `Get ${a}`, description: `Get ${a} by ID` },
			{ name: 'Search', value: 'search', action: `Search ${def.plural}` },
			{
				name: 'Update',
				value: 'update',
				action: `Update ${a}`,
				description: `Update ${a}: only the elements you set change`,
			},
		],
		'search',
	);
	const writes = { kind: def, primary: def.primary, optional: def.optional };
	return resourceOf(picker, {
		search: search({ kind: def, filters: def.filters, sortKeys: def.sortKeys }),
		get: get(def),
		create: create(writes),
		update: update(writes),
		delete: remove(def),
	});
}
