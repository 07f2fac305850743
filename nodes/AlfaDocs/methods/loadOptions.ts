import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import type { AlfaDocsEndpointKey } from '../endpoints';
import { alfaDocs } from '../transport';

async function options(
	ctx: ILoadOptionsFunctions,
	endpoint: AlfaDocsEndpointKey,
	toOption: (record: IDataObject) => INodePropertyOptions,
	qs?: IDataObject,
): Promise<INodePropertyOptions[]> {
	const list = await alfaDocs.list.call(ctx, { endpoint, qs }, { returnAll: true, limit: 0 });
	return list.map(toOption).sort((a, b) => a.name.localeCompare(b.name));
}

const named = (record: IDataObject): INodePropertyOptions => ({
	name: String(record.name ?? `ID ${String(record.id)}`),
	value: Number(record.id),
});

export async function getChairs(this: ILoadOptionsFunctions) {
	return await options(this, 'chair.getAll', named);
}

export async function getOperators(this: ILoadOptionsFunctions) {
	return await options(this, 'operator.getAll', named, { ignoreDeleted: true });
}

export async function getSpecialties(this: ILoadOptionsFunctions) {
	return await options(this, 'specialty.getAll', named);
}

export async function getColors(this: ILoadOptionsFunctions) {
	return await options(this, 'color.getAll', (color) => ({
		name: `#${String(color.backgroundColor)} on #${String(color.textColor)}`,
		value: Number(color.id),
	}));
}

/** The archive's custom patient fields, by label; the value is the technical name. */
export async function getPatientCustomFields(this: ILoadOptionsFunctions) {
	return await options(
		this,
		'customField.getAll',
		(field) => ({
			name: String(field.label ?? field.technicalName),
			value: String(field.technicalName),
			description: `_${String(field.technicalName)} (${String(field.type ?? 'text')})`,
		}),
		{ objectType: 'patient' },
	);
}
