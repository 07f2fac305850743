import type { INodeProperties } from 'n8n-workflow';

/** Visits every property, with the options of collections and the values of fixed collections. */
export function walk(list: INodeProperties[], visit: (property: INodeProperties) => void) {
	for (const property of list) {
		visit(property);
		if (property.type === 'collection') walk(property.options as INodeProperties[], visit);
		if (property.type === 'fixedCollection') {
			for (const option of property.options as Array<{ values: INodeProperties[] }>)
				walk(option.values, visit);
		}
	}
}
