import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { toOneOf } from '../../../shared/choices';
import type { Subject } from '../../../shared/ids';
import { readIds } from '../../../shared/ids';
import type { EndpointKey } from '../../endpoints';
import { fhirPath, R4_RESOURCE_TYPES } from '../../fhir/types';
import { FHIR_ID_EXAMPLE, toFhirId } from '../../fhir/values';
import { siteId } from '../common';

/** The FHIR resources of the node (its `resource` values): the named types, then any type by name. */
export type FhirValue =
	| 'fhirAppointment'
	| 'fhirPatient'
	| 'fhirPractitioner'
	| 'fhirSchedule'
	| 'fhirSlot'
	| 'fhirOther';

export type FhirInteraction = 'search' | 'get' | 'create' | 'update' | 'delete';

/** What one FHIR resource of the node is: its value, its FHIR type and how messages name it. */
export interface FhirKind {
	value: FhirValue;
	/** The FHIR resource type; none for "FHIR Other Resource", which reads it from Resource Type. */
	type?: string;
	/** "FHIR appointment", for actions. */
	one: string;
	plural: string;
}

/** "FHIR Other Resource": the type, from the R4 list; the path is its name in lower case. */
export const resourceTypeProperty: INodeProperties = {
	displayName: 'Resource Type',
	name: 'resourceType',
	type: 'options',
	options: R4_RESOURCE_TYPES.map((type) => ({ name: type, value: type })),
	default: 'AllergyIntolerance',
	required: true,
	description:
		'The FHIR R4 resource type, sent in the path in lower case (/site/{siteId}/fhir/allergyintolerance)',
};

const idLabel = (kind: FhirKind) => `${kind.type ?? 'Resource'} ID`;

export const idProperty = (kind: FhirKind): INodeProperties => ({
	displayName: idLabel(kind),
	name: 'resourceId',
	type: 'string',
	default: '',
	required: true,
	placeholder: `e.g. ${FHIR_ID_EXAMPLE}`,
	description: `The FHIR ID of the ${kind.type?.toLowerCase() ?? 'resource'} (letters, digits, dashes, dots)`,
});

/** The parameters that say which resource a request is about: Site, the type (Other only), the ID. */
export const targetProperties = (kind: FhirKind, withId: boolean): INodeProperties[] => [
	siteId.property,
	...(kind.type ? [] : [resourceTypeProperty]),
	...(withId ? [idProperty(kind)] : []),
];

export interface FhirTarget {
	/** The FHIR resource type. */
	type: string;
	/** The path parameters: siteId, the type's path (Other), the resource ID. */
	params: Record<string, string | number>;
	/** What a 404 names: the resource within the site, or the site. */
	subject?: Subject;
	/** The resource ID, when the operation takes one. */
	id?: string;
	endpoint(interaction: FhirInteraction): EndpointKey;
}

/** The site, type and (with `withId`) resource ID of an item, checked before any request. */
export function readTarget(
	ctx: IExecuteFunctions,
	i: number,
	kind: FhirKind,
	withId: boolean,
): FhirTarget {
	const site = readIds(ctx, i, siteId);
	const type =
		kind.type ??
		toOneOf(ctx, i, 'Resource Type', ctx.getNodeParameter('resourceType', i, ''), [
			...R4_RESOURCE_TYPES,
		]);
	const params: Record<string, string | number> = { ...site.params };
	if (!kind.type) params.resourceType = fhirPath(type);
	const target: FhirTarget = {
		type,
		params,
		subject: site.subject,
		endpoint: (interaction) => `${kind.value}.${interaction}` as EndpointKey,
	};
	if (withId) {
		const id = toFhirId(ctx, i, idLabel(kind), ctx.getNodeParameter('resourceId', i, ''));
		params.resourceId = id;
		target.id = id;
		target.subject = { label: type, id, parent: site.subject };
	}
	return target;
}
