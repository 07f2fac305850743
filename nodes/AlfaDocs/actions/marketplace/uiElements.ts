import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation } from '../../../shared/describe';
import type { Operation } from '../../../shared/operation';
import { invalidParameter, toPathSegment, toText } from '../../../shared/validate';
import type { AlfaDocsEndpointKey } from '../../endpoints';
import type { Session } from '../../transport';
import { alfaDocs } from '../../transport';

const uiElementProperties: INodeProperties[] = [
	{
		displayName: 'UI Element Name',
		name: 'uiElementName',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. integrationSummary',
		description: 'The name of the UI element of your marketplace app',
	},
	{
		displayName: 'Elements',
		name: 'elements',
		type: 'fixedCollection',
		placeholder: 'Add Element',
		typeOptions: { multipleValues: true, sortable: true },
		default: {},
		description: 'The rows the UI element shows',
		options: [
			{
				displayName: 'Element',
				name: 'element',
				values: [
					{
						displayName: 'Title',
						name: 'title',
						type: 'string',
						default: '',
						placeholder: 'e.g. Last sync',
					},
					{
						displayName: 'Value',
						name: 'value',
						type: 'string',
						default: '',
						placeholder: 'e.g. 2 minutes ago',
					},
				],
			},
		],
	},
];

/**
 * Update UI Elements, for the practice or for the app: the same parameters and body, two endpoints.
 */
export function uiElementsOperation(
	operation: 'updatePracticeUiElements' | 'updateAppUiElements',
): Operation<Session> {
	const endpoint: AlfaDocsEndpointKey = `marketplace.${operation}`;
	const description = forOperation('marketplace', operation, uiElementProperties);
	async function execute(this: IExecuteFunctions, i: number, session: Session) {
		const uiElementName = toPathSegment(
			this,
			i,
			'UI Element Name',
			this.getNodeParameter('uiElementName', i),
		);
		const elements = (this.getNodeParameter('elements.element', i, []) as IDataObject[]).map(
			(element, n) => ({
				title: toText(this, i, `Elements › Element ${n + 1} › Title`, element.title ?? ''),
				value: toText(this, i, `Elements › Element ${n + 1} › Value`, element.value ?? ''),
			}),
		);
		if (elements.length === 0) {
			throw invalidParameter(
				this,
				i,
				'Elements',
				'at least one element with a title and a value',
				'',
			);
		}
		const response = await alfaDocs.request.call(this, {
			endpoint,
			params: { uiElementName },
			body: { data: elements },
			itemIndex: i,
			state: session,
		});
		return { uiElementName, ...(response as IDataObject | undefined) };
	}
	return { description, execute };
}
